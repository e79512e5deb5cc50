//go:build !linux

package netstack

import (
	"errors"
	"net"
	"syscall"

	"gvisor.dev/gvisor/pkg/tcpip"
)

// readLazy reads from c into a pooled buffer the caller must putBuf. Off
// Linux the buffer is held while Read waits.
func readLazy(c net.Conn) (*[]byte, int, error) { return readPlain(c) }

// rawConn is nil off Linux: every upstream goes through a copy buffer.
func rawConn(net.Conn) syscall.RawConn { return nil }

// writeFromSock is Linux only; off Linux rawConn never gives it a conn.
func writeFromSock(syscall.RawConn, tcpip.Endpoint) (int, bool, error) {
	return 0, false, errors.ErrUnsupported
}
