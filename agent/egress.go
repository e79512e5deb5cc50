package agent

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"slices"
)

// egressPolicy decides which flows from the tunnel the agent may dial for a client.
type egressPolicy struct {
	tunnel   netip.Prefix // no client reaches another client, or the tunnel itself
	local    []netip.Addr // the pod's own addresses
	reserved []uint16     // the agent's pod ports: not reachable through the tunnel
	dial     func(ctx context.Context, network, address string) (net.Conn, error)
}

// errRefused is returned for flows the policy forbids; the netstack answers them with RST.
type errRefused struct{ reason string }

func (e errRefused) Error() string { return "refused by agent policy: " + e.reason }

func (p *egressPolicy) check(dst netip.AddrPort) error {
	a := dst.Addr().Unmap()
	switch {
	case p.tunnel.Contains(a):
		return errRefused{"tunnel address"}
	case a.IsLoopback() || a.IsUnspecified() || a.IsMulticast():
		return errRefused{"loopback, unspecified or multicast destination"}
	case slices.Contains(p.local, a) && slices.Contains(p.reserved, dst.Port()):
		return errRefused{"the agent's own port"}
	}
	return nil
}

// Dial is the netstack's egress hook.
func (p *egressPolicy) Dial(ctx context.Context, network string, src, dst netip.AddrPort) (net.Conn, error) {
	if err := p.check(dst); err != nil {
		return nil, fmt.Errorf("dial %s %s for %s: %w", network, dst, src.Addr(), err)
	}
	return p.dial(ctx, network, dst.String())
}

func localAddrs() ([]netip.Addr, error) {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil, fmt.Errorf("list pod addresses: %w", err)
	}
	var out []netip.Addr
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok {
			if ip, ok := netip.AddrFromSlice(n.IP); ok {
				out = append(out, ip.Unmap())
			}
		}
	}
	return out, nil
}
