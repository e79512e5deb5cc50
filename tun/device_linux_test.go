package tun

import (
	"errors"
	"net"
	"net/netip"
	"slices"
	"testing"
	"time"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

func nlIn(t *testing.T, path string) *netlink.Handle {
	t.Helper()
	ns, err := netns.GetFromPath(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ns.Close()
	h, err := netlink.NewHandleAt(ns)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h
}

func routesOf(t *testing.T, h *netlink.Handle, link netlink.Link) []netip.Prefix {
	t.Helper()
	rs, err := h.RouteList(link, netlink.FAMILY_V4)
	if err != nil {
		t.Fatal(err)
	}
	var out []netip.Prefix
	for _, r := range rs {
		if r.Dst == nil || r.Protocol == 2 { // skip kernel (proto kernel) routes
			continue
		}
		p, _ := ipNetToPrefix(r.Dst)
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b netip.Prefix) int { return a.Addr().Compare(b.Addr()) })
	return out
}

func prefixes(s ...string) []netip.Prefix {
	var out []netip.Prefix
	for _, p := range s {
		out = append(out, netip.MustParsePrefix(p))
	}
	return out
}

// waitGone waits until the link is gone from the namespace.
func waitGone(t *testing.T, h *netlink.Handle, name string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := h.LinkByName(name)
		var nf netlink.LinkNotFoundError
		if errors.As(err, &nf) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("link %s still present after Close (err=%v)", name, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestCreateInNetNS(t *testing.T) {
	needRoot(t)
	ns, path := newNetNS(t)
	h := nlIn(t, path)
	name := "kt" + randSuffix()
	d, err := Create(Config{
		Name:   name,
		MTU:    1380,
		Addr:   netip.MustParsePrefix("198.19.0.2/32"),
		Routes: prefixes("10.244.0.0/16", "10.96.0.0/16"),
		NetNS:  path,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.Name() != name {
		t.Fatalf("name %q", d.Name())
	}
	link, err := h.LinkByName(name)
	if err != nil {
		t.Fatal(err)
	}
	if link.Attrs().MTU != 1380 || link.Attrs().Flags&net.FlagUp == 0 {
		t.Fatalf("mtu %d flags %v", link.Attrs().MTU, link.Attrs().Flags)
	}
	if mtu, err := d.Tun().MTU(); err == nil && mtu != 1380 {
		// MTU() looks the name up in the caller's namespace, so it may fail here; if it
		// answers, it must be right.
		t.Fatalf("tun MTU %d", mtu)
	}
	addrs, err := h.AddrList(link, netlink.FAMILY_V4)
	if err != nil || len(addrs) != 1 || addrs[0].IPNet.String() != "198.19.0.2/32" {
		t.Fatalf("addrs %v %v", addrs, err)
	}
	if got := routesOf(t, h, link); !slices.Equal(got, prefixes("10.96.0.0/16", "10.244.0.0/16")) {
		t.Fatalf("routes %v", got)
	}
	rs, _ := h.RouteGet(net.ParseIP("10.244.1.1"))
	if len(rs) != 1 || rs[0].LinkIndex != link.Attrs().Index || !rs[0].Src.Equal(net.ParseIP("198.19.0.2")) {
		t.Fatalf("route lookup %+v", rs)
	}

	// SetRoutes replaces the set, and is idempotent.
	for range 2 {
		if err := d.SetRoutes(prefixes("10.96.0.0/16", "10.100.0.0/24")); err != nil {
			t.Fatal(err)
		}
		if got := routesOf(t, h, link); !slices.Equal(got, prefixes("10.96.0.0/16", "10.100.0.0/24")) {
			t.Fatalf("routes after SetRoutes %v", got)
		}
	}

	// CheckOverlaps sees our routes from inside the namespace.
	var ov []Overlap
	if err := netnstest.Run(ns, func() (err error) {
		ov, err = CheckOverlaps(prefixes("10.100.0.128/25", "172.16.0.0/12"))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(ov) != 1 || ov[0].Dev != name || ov[0].Existing != netip.MustParsePrefix("10.100.0.0/24") {
		t.Fatalf("overlaps %v", ov)
	}

	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	waitGone(t, h, name)
	all, _ := h.RouteList(nil, netlink.FAMILY_V4)
	for _, r := range all {
		if r.Dst != nil && (r.Dst.String() == "10.96.0.0/16" || r.Dst.String() == "10.100.0.0/24") {
			t.Fatalf("route %v left after Close", r.Dst)
		}
	}
	if err := d.SetRoutes(nil); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("SetRoutes after Close: %v", err)
	}
}

// A route already owned by another link makes Create fail, and Create undoes everything.
func TestCreateUndoesOnFailure(t *testing.T) {
	needRoot(t)
	_, path := newNetNS(t)
	h := nlIn(t, path)
	first, err := Create(Config{Name: "kt" + randSuffix(), Addr: netip.MustParsePrefix("198.19.0.2/32"), Routes: prefixes("10.96.0.0/16"), NetNS: path})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	name := "kt" + randSuffix()
	d, err := Create(Config{Name: name, Addr: netip.MustParsePrefix("198.19.0.3/32"), Routes: prefixes("10.244.0.0/16", "10.96.0.0/16"), NetNS: path})
	if err == nil {
		d.Close()
		t.Fatal("Create with a conflicting route succeeded")
	}
	t.Logf("expected error: %v", err)
	waitGone(t, h, name)
	// the first device's route is untouched
	link, err := h.LinkByName(first.Name())
	if err != nil {
		t.Fatal(err)
	}
	if got := routesOf(t, h, link); !slices.Equal(got, prefixes("10.96.0.0/16")) {
		t.Fatalf("first device routes %v", got)
	}
}
