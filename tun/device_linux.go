package tun

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"runtime"
	"sync"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"
	"golang.org/x/sys/unix"
	wgtun "golang.zx2c4.com/wireguard/tun"
)

// Device is a kernel TUN device with its address, MTU and routes.
type Device struct {
	tun   wgtun.Device
	name  string
	index int
	addr  netip.Prefix
	nl    *netlink.Handle // in the device's network namespace

	mu     sync.Mutex
	routes map[netip.Prefix]struct{} // guarded by mu; the routes this Device added
	closed bool                      // guarded by mu
}

// Create makes the TUN device with wireguard-go's tun.CreateTUN (so it keeps its offloads
// and virtio-net header), sets its address and MTU, brings it up and adds the routes. On any
// failure it undoes what it did.
func Create(cfg Config) (*Device, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("create tun: %w", err)
	}
	var t wgtun.Device
	var nl *netlink.Handle
	if cfg.NetNS == "" {
		t, err = wgtun.CreateTUN(cfg.Name, cfg.MTU)
		if err == nil {
			nl, err = netlink.NewHandle()
		}
	} else {
		t, nl, err = createInNetNS(cfg)
	}
	if err != nil {
		if t != nil {
			t.Close()
		}
		return nil, fmt.Errorf("create tun %s: %w", cfg.Name, err)
	}
	d := &Device{tun: t, nl: nl, addr: cfg.Addr, routes: make(map[netip.Prefix]struct{})}
	if err := d.setup(cfg); err != nil {
		d.Close()
		return nil, fmt.Errorf("create tun %s: %w", cfg.Name, err)
	}
	return d, nil
}

// createInNetNS creates the TUN on an OS thread switched into the namespace. The thread is
// never switched back: the goroutine exits locked, so the runtime discards the thread.
func createInNetNS(cfg Config) (wgtun.Device, *netlink.Handle, error) {
	ns, err := netns.GetFromPath(cfg.NetNS)
	if err != nil {
		return nil, nil, fmt.Errorf("open netns %s: %w", cfg.NetNS, err)
	}
	defer ns.Close()
	type result struct {
		t   wgtun.Device
		err error
	}
	ch := make(chan result, 1)
	go func() {
		runtime.LockOSThread() // no Unlock: the thread dies with this goroutine
		if err := netns.Set(ns); err != nil {
			ch <- result{err: fmt.Errorf("enter netns %s: %w", cfg.NetNS, err)}
			return
		}
		t, err := wgtun.CreateTUN(cfg.Name, cfg.MTU)
		ch <- result{t, err}
	}()
	r := <-ch
	if r.err != nil {
		return nil, nil, r.err
	}
	nl, err := netlink.NewHandleAt(ns)
	if err != nil {
		return r.t, nil, fmt.Errorf("netlink in netns %s: %w", cfg.NetNS, err)
	}
	return r.t, nl, nil
}

func (d *Device) setup(cfg Config) error {
	name, err := d.tun.Name()
	if err != nil {
		return fmt.Errorf("get name: %w", err)
	}
	d.name = name
	link, err := d.nl.LinkByName(name)
	if err != nil {
		return fmt.Errorf("find link: %w", err)
	}
	d.index = link.Attrs().Index
	if err := d.nl.LinkSetMTU(link, cfg.MTU); err != nil {
		return fmt.Errorf("set mtu %d: %w", cfg.MTU, err)
	}
	addr := &netlink.Addr{IPNet: prefixToIPNet(cfg.Addr)}
	if cfg.Addr.Addr().Is6() {
		addr.Flags = unix.IFA_F_NODAD
	}
	if err := d.nl.AddrReplace(link, addr); err != nil {
		return fmt.Errorf("set address %v: %w", cfg.Addr, err)
	}
	if err := d.nl.LinkSetUp(link); err != nil {
		return fmt.Errorf("set link up: %w", err)
	}
	return d.SetRoutes(cfg.Routes)
}

// Tun returns the device for wireguard-go. A WG built on it closes it; Close is safe
// either way.
func (d *Device) Tun() wgtun.Device { return d.tun }

// Name returns the interface name.
func (d *Device) Name() string { return d.name }

// SetRoutes makes routes the device's route set: it adds missing ones and removes the ones
// no longer wanted. Calling it again with the same set changes nothing. It never replaces
// another interface's route: a prefix already routed elsewhere is an error (see
// CheckOverlaps).
func (d *Device) SetRoutes(routes []netip.Prefix) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return fmt.Errorf("set routes on %s: %w", d.name, net.ErrClosed)
	}
	want := make(map[netip.Prefix]struct{}, len(routes))
	for _, p := range routes {
		want[p.Masked()] = struct{}{}
	}
	var errs []error
	for p := range d.routes {
		if _, ok := want[p]; ok {
			continue
		}
		if err := d.nl.RouteDel(d.route(p)); err != nil && !isGone(err) {
			errs = append(errs, fmt.Errorf("delete route %v dev %s: %w", p, d.name, err))
			continue
		}
		delete(d.routes, p)
	}
	for p := range want {
		if _, ok := d.routes[p]; ok {
			continue
		}
		if err := d.nl.RouteAdd(d.route(p)); err != nil {
			if !errors.Is(err, unix.EEXIST) || !d.hasRoute(p) {
				errs = append(errs, fmt.Errorf("add route %v dev %s: %w", p, d.name, err))
				continue
			}
		}
		d.routes[p] = struct{}{}
	}
	return errors.Join(errs...)
}

func (d *Device) route(p netip.Prefix) *netlink.Route {
	r := &netlink.Route{LinkIndex: d.index, Dst: prefixToIPNet(p), Scope: netlink.SCOPE_LINK}
	if p.Addr().Is4() == d.addr.Addr().Is4() {
		r.Src = d.addr.Addr().AsSlice()
	}
	return r
}

// hasRoute reports whether p is already routed to this device.
func (d *Device) hasRoute(p netip.Prefix) bool {
	rs, err := d.nl.RouteListFiltered(family(p), &netlink.Route{LinkIndex: d.index, Dst: prefixToIPNet(p)}, netlink.RT_FILTER_OIF|netlink.RT_FILTER_DST)
	return err == nil && len(rs) > 0
}

// Close removes the routes and the device (the kernel removes a TUN's link, with its
// address, when its file is closed). Idempotent.
func (d *Device) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	var errs []error
	for p := range d.routes {
		if err := d.nl.RouteDel(d.route(p)); err != nil && !isGone(err) {
			errs = append(errs, fmt.Errorf("delete route %v dev %s: %w", p, d.name, err))
		}
	}
	d.routes = nil
	if err := d.tun.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close tun %s: %w", d.name, err))
	}
	d.nl.Close()
	return errors.Join(errs...)
}

// isGone reports errors meaning the route or link is already gone.
func isGone(err error) bool {
	return errors.Is(err, unix.ESRCH) || errors.Is(err, unix.ENODEV) || errors.Is(err, unix.ENOENT)
}

// CheckOverlaps lists the machine's routes (main table, both families, default routes
// excluded) that overlap any of routes, so callers can warn before routing them.
func CheckOverlaps(routes []netip.Prefix) ([]Overlap, error) {
	existing, err := netlink.RouteList(nil, netlink.FAMILY_ALL)
	if err != nil {
		return nil, fmt.Errorf("list routes: %w", err)
	}
	names := map[int]string{}
	var out []Overlap
	for _, r := range existing {
		if r.Dst == nil {
			continue
		}
		q, ok := ipNetToPrefix(r.Dst)
		if !ok || q.Bits() == 0 {
			continue
		}
		for _, p := range routes {
			if !p.Overlaps(q) {
				continue
			}
			name, seen := names[r.LinkIndex]
			if !seen && r.LinkIndex > 0 {
				if l, err := netlink.LinkByIndex(r.LinkIndex); err == nil {
					name = l.Attrs().Name
				}
				names[r.LinkIndex] = name
			}
			out = append(out, Overlap{Route: p, Existing: q, Dev: name})
		}
	}
	return out, nil
}

func family(p netip.Prefix) int {
	if p.Addr().Is4() {
		return netlink.FAMILY_V4
	}
	return netlink.FAMILY_V6
}

func prefixToIPNet(p netip.Prefix) *net.IPNet {
	a := p.Addr()
	return &net.IPNet{IP: a.AsSlice(), Mask: net.CIDRMask(p.Bits(), a.BitLen())}
}

func ipNetToPrefix(n *net.IPNet) (netip.Prefix, bool) {
	a, ok := netip.AddrFromSlice(n.IP)
	if !ok {
		return netip.Prefix{}, false
	}
	ones, _ := n.Mask.Size()
	return netip.PrefixFrom(a.Unmap(), ones).Masked(), true
}
