package intercept

import (
	"encoding/binary"
	"fmt"
	"net"
	"net/netip"

	"golang.org/x/sys/unix"
)

// soOriginalDst is SO_ORIGINAL_DST (and IP6T_SO_ORIGINAL_DST) from linux/netfilter_ipv4.h.
const soOriginalDst = 80

// OriginalDst returns the destination a redirected connection was addressed to before
// the nat REDIRECT rewrote it (from conntrack).
func OriginalDst(c *net.TCPConn) (netip.AddrPort, error) {
	rc, err := c.SyscallConn()
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("original destination: %w", err)
	}
	var ap netip.AddrPort
	var serr error
	err = rc.Control(func(fd uintptr) {
		local, _ := netip.ParseAddrPort(c.LocalAddr().String())
		if local.Addr().Unmap().Is4() {
			// sockaddr_in: family, port (big endian), address; IPv6Mreq is big enough.
			m, err := unix.GetsockoptIPv6Mreq(int(fd), unix.SOL_IP, soOriginalDst)
			if err != nil {
				serr = err
				return
			}
			port := binary.BigEndian.Uint16(m.Multiaddr[2:4])
			ap = netip.AddrPortFrom(netip.AddrFrom4([4]byte(m.Multiaddr[4:8])), port)
			return
		}
		// sockaddr_in6 (28 bytes) fits in IPv6MTUInfo.
		info, err := unix.GetsockoptIPv6MTUInfo(int(fd), unix.SOL_IPV6, soOriginalDst)
		if err != nil {
			serr = err
			return
		}
		port := uint16(info.Addr.Port>>8 | info.Addr.Port<<8)
		ap = netip.AddrPortFrom(netip.AddrFrom16(info.Addr.Addr), port)
	})
	if err == nil {
		err = serr
	}
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("original destination: %w", err)
	}
	return ap, nil
}
