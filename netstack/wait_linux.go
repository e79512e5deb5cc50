package netstack

import (
	"net"
	"syscall"
)

// readLazy reads from c into a pooled buffer that it takes only once data
// is there, so an idle flow holds no copy buffer, and it costs one syscall per
// read. Kernel TCP and UDP conns go through their raw fd (honouring deadlines
// and Close); other conns use Read. On success the caller owns *bp and must
// putBuf it; on error bp is nil. n == 0 with a nil error never happens: EOF is
// reported as io.EOF.
func readLazy(c net.Conn) (bp *[]byte, n int, err error) {
	rc := rawConn(c)
	if rc == nil {
		return readPlain(c)
	}
	_, isUDP := c.(*net.UDPConn)
	var rerr error
	err = rc.Read(func(fd uintptr) bool {
		if bp == nil {
			bp = getBuf()
		}
		n, rerr = syscall.Read(int(fd), *bp)
		if rerr == syscall.EAGAIN {
			putBuf(bp)
			bp = nil
			return false
		}
		return rerr != syscall.EINTR
	})
	if err == nil {
		err = rerr
	}
	if err != nil {
		if bp != nil {
			putBuf(bp)
		}
		return nil, 0, wrapSyscallErr(err)
	}
	if n == 0 && !isUDP {
		putBuf(bp)
		return nil, 0, errEOF
	}
	return bp, n, nil
}

// rawConn is the raw fd of a kernel TCP or UDP conn, nil for other conns.
func rawConn(c net.Conn) syscall.RawConn {
	var rc syscall.RawConn
	var err error
	switch c := c.(type) {
	case *net.TCPConn:
		rc, err = c.SyscallConn()
	case *net.UDPConn:
		rc, err = c.SyscallConn()
	}
	if err != nil {
		return nil
	}
	return rc
}
