package main

import (
	"net"
	"testing"
)

func TestListenLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		port uint16
		want bool
	}{
		{"   2: 0100007F:9407 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 3439028 1", 0x9407, true},
		{"   0: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 107 1", 2024, true},
		{"   1: 0100FA0A:280A 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 3439894 2", 0x280A, false}, // 10.250.0.1 only
		{"   3: 0100007F:2809 0100007F:A000 01 00000000:00000000 00:00000000 00000000     0        0 3439131 2", 0x2809, false}, // established
		{"   2: 0100007F:9407 00000000:0000 0A", 0x9408, false},
	} {
		if got := listenLine(tc.line, tc.port); got != tc.want {
			t.Errorf("listenLine(%q, %d) = %v", tc.line, tc.port, got)
		}
	}
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := uint16(ln.Addr().(*net.TCPAddr).Port)
	if l, ok := listeningLoopback(port); !l || !ok {
		t.Errorf("a listener on 127.0.0.1:%d not found", port)
	}
	ln.Close()
	if l, _ := listeningLoopback(port); l {
		t.Errorf("a closed listener on 127.0.0.1:%d found", port)
	}
}
