package tun

import (
	"errors"
	"fmt"
	"net"
	"net/netip"

	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"
)

// PinnedRoute keeps one address on the path it has now, so that routing a wider prefix
// into the TUN (e.g. the pod CIDR) does not swallow the tunnel's own packets to the agent.
type PinnedRoute struct {
	route *netlink.Route // nil when nothing was added
}

// PinRoute adds a host route for addr through its current gateway and device. It adds
// nothing if addr is local or already has a host route.
func PinRoute(addr netip.Addr) (*PinnedRoute, error) {
	routes, err := netlink.RouteGet(net.IP(addr.AsSlice()))
	if err != nil {
		return nil, fmt.Errorf("pin route to %s: %w", addr, err)
	}
	if len(routes) == 0 {
		return nil, fmt.Errorf("pin route to %s: no route", addr)
	}
	cur := routes[0]
	if cur.Type == 2 /* RTN_LOCAL */ {
		return &PinnedRoute{}, nil
	}
	bits := addr.BitLen()
	r := &netlink.Route{
		LinkIndex: cur.LinkIndex,
		Dst:       &net.IPNet{IP: net.IP(addr.AsSlice()), Mask: net.CIDRMask(bits, bits)},
		Gw:        cur.Gw,
		Table:     cur.Table,
	}
	if r.Table == 0 {
		r.Table = 254 // main
	}
	if err := netlink.RouteAdd(r); err != nil {
		if errors.Is(err, unix.EEXIST) {
			return &PinnedRoute{}, nil
		}
		return nil, fmt.Errorf("pin route to %s: %w", addr, err)
	}
	return &PinnedRoute{route: r}, nil
}

// Close removes the pinned route. It is idempotent.
func (p *PinnedRoute) Close() error {
	if p == nil || p.route == nil {
		return nil
	}
	r := p.route
	p.route = nil
	if err := netlink.RouteDel(r); err != nil {
		return fmt.Errorf("remove pinned route: %w", err)
	}
	return nil
}
