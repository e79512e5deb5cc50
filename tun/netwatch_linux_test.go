package tun

import (
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// WatchNetwork, in a namespace of its own, reports a link that comes back (its peer's end
// of a veth pair set down, then up: the carrier goes and returns) and an added address.
func TestWatchNetworkLinkBack(t *testing.T) {
	netnstest.NeedRoot(t, "ip")
	a := netnstest.New(t, "kt-watch")
	b := netnstest.New(t, "kt-watch")
	devA, devB := netnstest.Link(t, a, "10.99.7.1", b, "10.99.7.2")

	changes := make(chan struct{}, 100)
	var w *NetWatcher
	if err := netnstest.Run(a, func() (err error) {
		w, err = WatchNetwork(func() { changes <- struct{}{} })
		return err
	}); err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	expect := func(what string) {
		t.Helper()
		select {
		case <-changes:
		case <-time.After(10 * time.Second):
			t.Fatalf("no change reported after %s", what)
		}
	}
	drain := func() {
		for len(changes) > 0 {
			<-changes
		}
	}

	netnstest.Sh(t, "ip", "-n", b, "link", "set", devB, "down")
	waitLinkDown(t, a, devA)
	drain()
	netnstest.Sh(t, "ip", "-n", b, "link", "set", devB, "up")
	expect("the peer came back")

	drain()
	netnstest.Sh(t, "ip", "-n", a, "addr", "add", "10.99.8.1/24", "dev", devA)
	expect("an address was added")

	w.Close()
	w.Close() // idempotent
}

// waitLinkDown waits until dev in namespace ns has lost its carrier.
func waitLinkDown(t *testing.T, ns, dev string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		out := netnstest.Sh(t, "ip", "-n", ns, "-o", "link", "show", dev)
		if !strings.Contains(out, "LOWER_UP") {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not lose its carrier: %s", dev, out)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
