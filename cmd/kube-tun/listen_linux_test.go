package main

import (
	"io"
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
		{"   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1", 8080, true}, // [::]:8080
		{"   1: 00000000000000000000000001000000:0BB8 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1", 3000, true}, // [::1]:3000
	} {
		if got := listenLine(tc.line, tc.port); got != tc.want {
			t.Errorf("listenLine(%q, %d) = %v", tc.line, tc.port, got)
		}
	}
}

// Listeners on 127.0.0.1, on ::1 only and on Go's dual-stack ":0" are all found, and
// dialLocal reaches each of them; a closed one is not found.
func TestListeningLoopbackAndDialLocal(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0", ":0"} {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Logf("listen %s: %v (no IPv6 here?)", addr, err)
			continue
		}
		port := uint16(ln.Addr().(*net.TCPAddr).Port)
		if l, ok := listeningLoopback(port); !l || !ok {
			t.Errorf("a listener on %s (port %d) not found", addr, port)
		}
		go func() {
			if c, err := ln.Accept(); err == nil {
				_, _ = io.WriteString(c, "hi")
				c.Close()
			}
		}()
		c, err := dialLocal(port)
		if err != nil {
			t.Errorf("dialLocal to %s: %v", ln.Addr(), err)
		} else {
			b, _ := io.ReadAll(c)
			c.Close()
			if string(b) != "hi" {
				t.Errorf("dialLocal to %s read %q", ln.Addr(), b)
			}
		}
		ln.Close()
		if l, _ := listeningLoopback(port); l {
			t.Errorf("a closed listener on %s found", addr)
		}
	}
}
