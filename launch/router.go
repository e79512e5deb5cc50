package launch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
)

// Router decides where a flow from the command goes: destinations in Cluster (and not
// kept Local) through the tunnel, HostAddr to the host's loopback, everything else from
// the host's own network stack, as if the command ran without a namespace.
type Router struct {
	// Tunnel dials through the cluster tunnel (client.Session.Dial).
	Tunnel func(ctx context.Context, network, addr string) (net.Conn, error)
	// Cluster are the prefixes reached through the tunnel (pod and service CIDRs, the
	// tunnel network).
	Cluster []netip.Prefix
	// Local prefixes and address:ports stay off the tunnel even inside Cluster.
	Local      []netip.Prefix
	LocalPorts []netip.AddrPort
	// HostAddr, if valid, stands for the host's 127.0.0.1 (or ::1 for IPv6 flows).
	HostAddr netip.Addr
}

// Dial implements NetConfig.Dial.
func (r *Router) Dial(ctx context.Context, network string, dst netip.AddrPort) (net.Conn, error) {
	switch r.Route(dst) {
	case RouteTunnel:
		return r.Tunnel(ctx, network, dst.String())
	case RouteHostLoopback:
		dst = netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), dst.Port())
	}
	var d net.Dialer
	c, err := d.DialContext(ctx, network, dst.String())
	if err != nil {
		return nil, fmt.Errorf("dial %s from the host: %w", dst, err)
	}
	return c, nil
}

// Routes.
const (
	RouteHost = iota
	RouteTunnel
	RouteHostLoopback
)

// Route tells where a flow to dst goes.
func (r *Router) Route(dst netip.AddrPort) int {
	a := dst.Addr().Unmap()
	if r.HostAddr.IsValid() && a == r.HostAddr {
		return RouteHostLoopback
	}
	for _, p := range r.LocalPorts {
		if p.Addr().Unmap() == a && (p.Port() == 0 || p.Port() == dst.Port()) {
			return RouteHost
		}
	}
	for _, p := range r.Local {
		if p.Contains(a) {
			return RouteHost
		}
	}
	for _, p := range r.Cluster {
		if p.Contains(a) {
			return RouteTunnel
		}
	}
	return RouteHost
}
