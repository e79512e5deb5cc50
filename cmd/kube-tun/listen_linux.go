package main

import (
	"bufio"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Loopback and wildcard addresses as /proc/net/tcp{,6} print them (32-bit words in host
// order): where a process that steal and mirror deliver to can listen.
var loopbackHex = map[string]bool{
	"0100007F":                         true, // 127.0.0.1
	"00000000":                         true, // 0.0.0.0
	"00000000000000000000000001000000": true, // ::1
	"00000000000000000000000000000000": true, // :: (dual-stack: Go's ":8080")
}

// listeningLoopback reports whether a TCP socket in this network namespace listens on
// port at a loopback or wildcard address, from /proc/net/tcp and tcp6, without connecting
// to it. ok is false if neither table could be read.
func listeningLoopback(port uint16) (listening, ok bool) {
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		f, err := os.Open(table)
		if err != nil {
			continue
		}
		ok = true
		sc := bufio.NewScanner(f)
		sc.Scan() // header
		for sc.Scan() {
			if listenLine(sc.Text(), port) {
				f.Close()
				return true, true
			}
		}
		f.Close()
	}
	return false, ok
}

// listenLine reports whether one line of /proc/net/tcp or tcp6 is a LISTEN socket (state
// 0A) on a loopback or wildcard address at port.
func listenLine(line string, port uint16) bool {
	fields := strings.Fields(line)
	if len(fields) < 4 || fields[3] != "0A" {
		return false
	}
	addr, p, ok := strings.Cut(fields[1], ":")
	if !ok {
		return false
	}
	n, err := strconv.ParseUint(p, 16, 16)
	if err != nil || uint16(n) != port {
		return false
	}
	return loopbackHex[addr]
}

// dialLocal connects to the local process on port: at 127.0.0.1, or at ::1 for one that
// listens on IPv6 loopback only (Node.js's "localhost", for one).
func dialLocal(port uint16) (net.Conn, error) {
	p := strconv.Itoa(int(port))
	c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", p), 5*time.Second)
	if err == nil || !errors.Is(err, syscall.ECONNREFUSED) {
		return c, err
	}
	if c6, err6 := net.DialTimeout("tcp", net.JoinHostPort("::1", p), 5*time.Second); err6 == nil {
		return c6, nil
	}
	return nil, err
}
