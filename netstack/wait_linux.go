package netstack

import (
	"io"
	"net"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
	"gvisor.dev/gvisor/pkg/tcpip"
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

// sockPayload is the tcpip.Payloader through which writeFromSock hands a
// kernel socket to gVisor: gVisor reads it straight into its own buffers, so
// the upstream's bytes are copied once on their way into the tunnel (kernel
// to gVisor) instead of twice (kernel to a copy buffer, then to gVisor). Len
// is at most what the socket holds, so no read waits. Read never fails: gVisor
// drops everything it read when a read fails, so an error (or the peer's FIN)
// ends the payload as io.EOF, and gVisor keeps what came before it; err keeps
// the error for the caller.
type sockPayload struct {
	fd   int
	left int   // bytes gVisor may still read
	err  error // what ended the reads early: io.EOF or a read error
}

func (p *sockPayload) Len() int { return p.left }

func (p *sockPayload) Read(b []byte) (int, error) {
	if p.left == 0 || p.err != nil {
		return 0, io.EOF
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > p.left {
		b = b[:p.left]
	}
	for {
		n, err := syscall.Read(p.fd, b)
		switch {
		case err == syscall.EINTR:
			continue
		case err == syscall.EAGAIN:
			p.left = 0 // less than SIOCINQ said: end here, look again next time
			return 0, io.EOF
		case err != nil:
			p.err = os.NewSyscallError("read", err)
			return 0, io.EOF
		case n == 0:
			p.err = io.EOF
			return 0, io.EOF
		}
		p.left -= n
		return n, nil
	}
}

// writeFromSock moves what the kernel socket behind rc holds (up to
// copyBufSize) into ep, first waiting in the netpoller, without a buffer,
// until it holds something. It returns the bytes moved; full when ep's send
// buffer had no room (wait for ep to be writable, then call again); io.EOF
// after the peer's FIN, possibly with bytes that came before it. Read errors
// too may come with bytes. A read deadline on the conn ends the wait with
// os.ErrDeadlineExceeded.
func writeFromSock(rc syscall.RawConn, ep tcpip.Endpoint) (n int, full bool, err error) {
	var p sockPayload
	var werr error
	rerr := rc.Read(func(fd uintptr) bool {
		p = sockPayload{fd: int(fd)}
		q, err := queued(int(fd))
		if err != nil {
			p.err = err
			return true
		}
		if q == 0 {
			return false // wait for data
		}
		p.left = min(q, copyBufSize)
		w, terr := ep.Write(&p, tcpip.WriteOptions{})
		n = int(w)
		switch terr.(type) {
		case nil:
		case *tcpip.ErrWouldBlock:
			full = true
		default:
			werr = tcpipError{terr}
		}
		return true
	})
	switch {
	case rerr != nil:
		return n, false, wrapSyscallErr(rerr)
	case werr != nil:
		return n, false, werr
	case p.err != nil:
		return n, false, p.err
	}
	return n, full, nil
}

// queued is how many bytes the socket fd holds for reading. When it holds
// none, it tells the peer's FIN (io.EOF) and errors apart from nothing yet
// (0, nil) by peeking at one byte.
func queued(fd int) (int, error) {
	for {
		q, err := unix.IoctlGetInt(fd, unix.SIOCINQ)
		if err != nil {
			return 0, os.NewSyscallError("ioctl SIOCINQ", err)
		}
		if q > 0 {
			return q, nil
		}
		var one [1]byte
		m, _, err := unix.Recvfrom(fd, one[:], unix.MSG_PEEK|unix.MSG_DONTWAIT)
		switch {
		case err == unix.EAGAIN:
			return 0, nil
		case err == unix.EINTR:
			continue
		case err != nil:
			return 0, os.NewSyscallError("read", err)
		case m == 0:
			return 0, io.EOF
		}
		// Data came between the two calls: count it.
	}
}
