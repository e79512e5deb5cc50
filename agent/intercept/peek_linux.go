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
	_, open := peekSocket(c)
	return open
}

// hasUnread reports whether bytes from c's peer wait to be read. It never blocks;
// connections without a socket report false.
func hasUnread(c net.Conn) bool {
	unread, _ := peekSocket(c)
	return unread
}

// peekSocket looks at c's socket without blocking or consuming anything: whether bytes
// wait to be read, and whether the peer may still send (false once it closed or reset).
func peekSocket(c net.Conn) (unread, open bool) {
	for {
		u, ok := c.(interface{ NetConn() net.Conn })
		if !ok {
			break
		}
		c = u.NetConn()
	}
	sc, ok := c.(syscall.Conn)
	if !ok {
		return false, true
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return false, true
	}
	open = true
	var buf [1]byte
	_ = rc.Control(func(fd uintptr) {
		n, _, err := unix.Recvfrom(int(fd), buf[:], unix.MSG_PEEK|unix.MSG_DONTWAIT)
		switch {
		case errors.Is(err, unix.EAGAIN), errors.Is(err, unix.EINTR):
		case err != nil, n == 0:
			open = false
		default:
			unread = true
		}
	})
	return unread, open
}
