package intercept

import (
	"errors"
	"net"
	"syscall"

	"golang.org/x/sys/unix"
)

// peerOpen reports whether c's peer may still be sending: false once it closed or reset
// the connection. It never blocks; connections without a socket are assumed open.
func peerOpen(c net.Conn) bool {
	for {
		u, ok := c.(interface{ NetConn() net.Conn })
		if !ok {
			break
		}
		c = u.NetConn()
	}
	sc, ok := c.(syscall.Conn)
	if !ok {
		return true
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return true
	}
	open := true
	var buf [1]byte
	_ = rc.Control(func(fd uintptr) {
		n, _, err := unix.Recvfrom(int(fd), buf[:], unix.MSG_PEEK|unix.MSG_DONTWAIT)
		switch {
		case errors.Is(err, unix.EAGAIN), errors.Is(err, unix.EINTR):
		case err != nil, n == 0:
			open = false
		}
	})
	return open
}
