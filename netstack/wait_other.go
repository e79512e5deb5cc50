//go:build !linux

package netstack

import "net"

// readLazy reads from c into a pooled buffer the caller must putBuf. Off
// Linux the buffer is held while Read waits.
func readLazy(c net.Conn) (*[]byte, int, error) { return readPlain(c) }
