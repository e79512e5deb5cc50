//go:build !linux

package netstack

import "net"

// waitReadable is a no-op off Linux: the following Read does the waiting.
func waitReadable(net.Conn) error { return nil }
