//go:build !linux

package intercept

import "net"

// peerOpen assumes the peer is open where a non-blocking peek isn't implemented.
func peerOpen(net.Conn) bool { return true }

// hasUnread assumes nothing waits where a non-blocking peek isn't implemented.
func hasUnread(net.Conn) bool { return false }
