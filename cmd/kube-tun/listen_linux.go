package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// listeningLoopback reports whether a TCP socket in this network namespace listens on
// port at 127.0.0.1 or on every IPv4 address (where steal and mirror deliver), from
// /proc/net/tcp, without connecting to it. ok is false if the table could not be read.
func listeningLoopback(port uint16) (listening, ok bool) {
	f, err := os.Open("/proc/net/tcp")
	if err != nil {
		return false, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		if listenLine(sc.Text(), port) {
			return true, true
		}
	}
	return false, sc.Err() == nil
}

// listenLine reports whether one line of /proc/net/tcp is a LISTEN socket (state 0A) on
// 127.0.0.1:port or 0.0.0.0:port. Addresses are hex, the IPv4 address in host order.
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
	return addr == "00000000" || addr == "0100007F"
}
