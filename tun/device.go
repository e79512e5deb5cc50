package tun

import (
	"fmt"
	"net/netip"
)

// DefaultMTU is the TUN MTU used when Config.MTU is 0: WireGuard's 1420, which fits an
// outer 1500-byte path.
const DefaultMTU = 1420

// StreamMTU is the tunnel MTU over a stream transport, where no path MTU limits WireGuard
// datagrams: the largest packet whose WireGuard message (16-byte header, packet padded to
// 16 bytes, 16-byte tag) fits one 64 KiB frame. Packets 46 times larger than DefaultMTU's
// cut every per-packet cost (WireGuard's queues, the netstack's TCP, framing) by as much;
// TCP flows agree on the smaller of both ends' MTUs through the MSS option.
const StreamMTU = 65488

// Config describes the kernel TUN device Create makes.
type Config struct {
	Name   string         // interface name, e.g. "kt0" (at most 15 bytes)
	MTU    int            // 0 means DefaultMTU
	Addr   netip.Prefix   // the tunnel address, e.g. 198.19.0.2/32
	Routes []netip.Prefix // routed into the device, e.g. the cluster's pod and service CIDRs
	// NetNS, if set, is the path of a network namespace (e.g. /run/netns/laptop or
	// /proc/PID/ns/net) to create the device in; empty means the caller's.
	NetNS string
}

func (c Config) withDefaults() (Config, error) {
	if c.Name == "" || len(c.Name) > 15 {
		return c, fmt.Errorf("tun name %q: must be 1 to 15 bytes", c.Name)
	}
	if c.MTU == 0 {
		c.MTU = DefaultMTU
	}
	if c.MTU < 576 || c.MTU > 65535 {
		return c, fmt.Errorf("tun mtu %d: out of range", c.MTU)
	}
	if !c.Addr.IsValid() {
		return c, fmt.Errorf("tun address %v: invalid", c.Addr)
	}
	for _, r := range c.Routes {
		if !r.IsValid() {
			return c, fmt.Errorf("tun route %v: invalid", r)
		}
	}
	return c, nil
}

// Overlap is an existing route on the machine that overlaps a route kube-tun would add.
type Overlap struct {
	Route    netip.Prefix // the route kube-tun would add
	Existing netip.Prefix // the machine's route
	Dev      string       // the machine's route's device, if any
}

func (o Overlap) String() string {
	return fmt.Sprintf("%v overlaps existing route %v dev %s", o.Route, o.Existing, o.Dev)
}
