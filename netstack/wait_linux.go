package netstack

import (
	"net"
	"syscall"
	"unsafe"
)

// waitReadable blocks until c has data (or EOF, or an error) without
// consuming it, so an idle flow holds no copy buffer. It honours c's read
// deadline and returns an error if c is closed. Conns that are not sockets
// return at once and the following Read does the waiting.
func waitReadable(c net.Conn) error {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return nil
	}
	var b [1]byte
	return rc.Read(func(fd uintptr) bool {
		_, _, errno := syscall.Syscall6(syscall.SYS_RECVFROM, fd, uintptr(unsafe.Pointer(&b[0])), 1,
			syscall.MSG_PEEK|syscall.MSG_DONTWAIT, 0, 0)
		return errno != syscall.EAGAIN
	})
}
