package redirect

import (
	"context"
	"io"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coreos/go-iptables/iptables"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestRedirectRealIPTables(t *testing.T) {
	tp := newTopo(t)
	tab := New(tp.ipt, time.Minute, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	if _, err := tab.CleanStale(); err != nil {
		t.Fatal(err)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("before Apply: answered by %q", got)
	}
	rules := []Rule{{Port: appPort, ToPort: agentPort}}
	if err := tab.Apply(rules); err != nil {
		t.Fatal(err)
	}
	if got := tp.who(t, tp.client); got != "agent" {
		t.Fatalf("with rule: answered by %q, want agent", got)
	}
	if got := tp.who(t, tp.pod); got != "app" {
		t.Fatalf("pod-local connection: answered by %q, want app (only PREROUTING)", got)
	}

	// Idempotent: applying the same rules again gives the same ruleset.
	before := tp.natRules(t)
	if err := tab.Apply(rules); err != nil {
		t.Fatal(err)
	}
	if after := tp.natRules(t); after != before {
		t.Fatalf("second Apply changed the ruleset:\n%s\n---\n%s", before, after)
	}
	if !strings.Contains(before, "-A PREROUTING -j KUBETUN_REDIRECT") {
		t.Fatalf("no jump in ruleset:\n%s", before)
	}

	// Except the client's address: it reaches the app.
	except := []Rule{{Port: appPort, ToPort: agentPort, ExceptSources: []netip.Prefix{
		netip.MustParsePrefix("10.77.0.2/32"), netip.MustParsePrefix("fd00::/64")}}}
	if err := tab.Apply(except); err != nil {
		t.Fatal(err)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("excepted source: answered by %q, want app", got)
	}
	// Fewer rules again: the RETURN rule is removed in place.
	if err := tab.Apply(rules); err != nil {
		t.Fatal(err)
	}
	if got := tp.natRules(t); got != before {
		t.Fatalf("shrinking did not give the original ruleset:\n%s\n---\n%s", before, got)
	}
	if got := tp.who(t, tp.client); got != "agent" {
		t.Fatalf("after removing the exception: answered by %q", got)
	}

	if err := tab.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tab.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("after Close: answered by %q", got)
	}
	if s := tp.natRules(t); strings.Contains(s, "KUBETUN") {
		t.Fatalf("leftovers after Close:\n%s", s)
	}
	if err := tab.Apply(rules); err != ErrClosed {
		t.Fatalf("Apply after Close: %v, want ErrClosed", err)
	}
}

func TestApplyEmptyRemoves(t *testing.T) {
	tp := newTopo(t)
	tab := New(tp.ipt, time.Minute, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	if err := tab.Apply([]Rule{{Port: appPort, ToPort: agentPort}}); err != nil {
		t.Fatal(err)
	}
	if err := tab.Apply(nil); err != nil {
		t.Fatal(err)
	}
	// Only the pin stays, which nothing jumps to.
	if s := tp.natRules(t); strings.Contains(s, Chain) || strings.Count(s, "KUBETUN") != 2 || !strings.Contains(s, "-A "+PinChain+" ") {
		t.Fatalf("leftovers after Apply(nil):\n%s", s)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("answered by %q", got)
	}
	if err := tab.Unpin(); err != nil {
		t.Fatal(err)
	}
	if s := tp.natRules(t); strings.Contains(s, "KUBETUN") {
		t.Fatalf("leftovers after Unpin:\n%s", s)
	}
	// The pin comes back with the next rules; Unpin leaves it while they are applied,
	// and Close removes everything.
	if err := tab.Apply([]Rule{{Port: appPort, ToPort: agentPort}}); err != nil {
		t.Fatal(err)
	}
	if err := tab.Unpin(); err != nil {
		t.Fatal(err)
	}
	if s := tp.natRules(t); !strings.Contains(s, "-A "+PinChain+" ") {
		t.Fatalf("Unpin with rules applied removed the pin:\n%s", s)
	}
	if err := tab.Close(); err != nil {
		t.Fatal(err)
	}
	if s := tp.natRules(t); strings.Contains(s, "KUBETUN") {
		t.Fatalf("leftovers after Close:\n%s", s)
	}
}

// TestRemovedRuleKeepsRedirectedConnections: a connection redirected to the agent before
// its rule went away keeps working, both ways, after the last rule is removed (with
// iptables-nft its replies went out untranslated, and the client never saw them).
func TestRemovedRuleKeepsRedirectedConnections(t *testing.T) {
	tp := newTopo(t)
	tab := New(tp.ipt, time.Minute, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	held := tp.serveHeld(t, heldPort)
	if err := tab.Apply([]Rule{{Port: appPort, ToPort: heldPort}}); err != nil {
		t.Fatal(err)
	}
	c := tp.dialApp(t, tp.client)
	defer c.Close()
	<-held.accepted
	if err := tab.Apply(nil); err != nil {
		t.Fatal(err)
	}
	close(held.release)
	b := make([]byte, len("late"))
	if _, err := io.ReadFull(c, b); err != nil || string(b) != "late" {
		t.Fatalf("the redirected connection after its rule went: %q, %v", b, err)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("a new connection after the rule went: answered by %q", got)
	}
}

// TestLeaseExpires is the dead-man switch: nothing renews the rule, and the kernel stops
// matching it once the lease has passed.
func TestLeaseExpires(t *testing.T) {
	tp := newTopo(t)
	tab := New(tp.ipt, 3*time.Second, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	if err := tab.Apply([]Rule{{Port: appPort, ToPort: agentPort}}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if got := tp.who(t, tp.client); got != "agent" {
		t.Fatalf("with rule: answered by %q", got)
	}
	waitFor(t, 10*time.Second, "the app to answer after the lease", func() bool {
		return tp.who(t, tp.client) == "app"
	})
	t.Logf("lease of 3s lapsed after %v with no process acting", time.Since(start).Round(100*time.Millisecond))
	if s := tp.natRules(t); !strings.Contains(s, "KUBETUN_REDIRECT") {
		t.Fatalf("the expired rule should still be there (nothing removed it):\n%s", s)
	}
}

func TestCleanStale(t *testing.T) {
	tp := newTopo(t)
	// A killed predecessor's leftovers: our chain with a rule, another KUBETUN_ chain, and
	// jumps from two hooks.
	old := New(tp.ipt, time.Hour, t.Logf)
	if err := old.Apply([]Rule{{Port: appPort, ToPort: agentPort}}); err != nil {
		t.Fatal(err)
	}
	netnstest.Sh(t, "ip", "netns", "exec", tp.pod, "iptables", "-t", "nat", "-N", "KUBETUN_OLD")
	netnstest.Sh(t, "ip", "netns", "exec", tp.pod, "iptables", "-t", "nat", "-A", "KUBETUN_OLD", "-p", "tcp", "--dport", "9", "-j", "REDIRECT", "--to-ports", "10")
	netnstest.Sh(t, "ip", "netns", "exec", tp.pod, "iptables", "-t", "nat", "-A", "OUTPUT", "-j", "KUBETUN_OLD")
	netnstest.Sh(t, "ip", "netns", "exec", tp.pod, "iptables", "-t", "nat", "-A", "PREROUTING", "-j", "KUBETUN_OLD")
	if got := tp.who(t, tp.client); got != "agent" {
		t.Fatalf("stale rule: answered by %q", got)
	}

	tab := New(tp.ipt, time.Minute, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	removed, err := tab.CleanStale()
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(removed)
	if want := []string{"KUBETUN_OLD", PinChain, Chain}; !slices.Equal(removed, want) {
		t.Errorf("CleanStale removed %v, want %v", removed, want)
	}
	if s := tp.natRules(t); strings.Contains(s, "KUBETUN") {
		t.Fatalf("leftovers after CleanStale:\n%s", s)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("after CleanStale: answered by %q", got)
	}
	if removed, err := tab.CleanStale(); err != nil || len(removed) > 0 {
		t.Fatalf("second CleanStale: removed %v, %v", removed, err)
	}
}

func TestRunRenewsAndCleansUp(t *testing.T) {
	tp := newTopo(t)
	tab := New(tp.ipt, 3*time.Second, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	if err := tab.Apply([]Rule{{Port: appPort, ToPort: agentPort}}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); tab.Run(ctx) }()
	t.Cleanup(func() { cancel(); wg.Wait() })

	start := time.Now()
	// Well past the first lease, the renewed rule still redirects.
	waitFor(t, 10*time.Second, "two leases to pass", func() bool { return time.Since(start) > 6*time.Second })
	if got := tp.who(t, tp.client); got != "agent" {
		t.Fatalf("after renewals: answered by %q", got)
	}
	cancel()
	wg.Wait()
	if s := tp.natRules(t); strings.Contains(s, "KUBETUN") {
		t.Fatalf("leftovers after Run returned:\n%s", s)
	}
	if got := tp.who(t, tp.client); got != "app" {
		t.Fatalf("after Run returned: answered by %q", got)
	}
}

// fakeIPT records nothing; it only serves specs rendering.
type fakeIPT struct {
	IPTables
	proto iptables.Protocol
}

func (f fakeIPT) Proto() iptables.Protocol { return f.proto }

func TestSpecs(t *testing.T) {
	stop := time.Date(2026, 11, 25, 22, 50, 39, 0, time.FixedZone("X", 3600))
	rules := []Rule{{Port: 8080, ToPort: 15001, ExceptSources: []netip.Prefix{
		netip.MustParsePrefix("10.0.0.7/24"), netip.MustParsePrefix("fd00::1/64")}}}
	v4 := New(fakeIPT{proto: iptables.ProtocolIPv4}, time.Minute, nil).specs(rules, stop)
	want := [][]string{
		{"-p", "tcp", "-s", "10.0.0.0/24", "--dport", "8080", "-j", "RETURN"},
		{"-p", "tcp", "--dport", "8080", "-m", "time", "--datestop", "2026-11-25T21:50:39", "-j", "REDIRECT", "--to-ports", "15001"},
	}
	if !slices.EqualFunc(v4, want, slices.Equal) {
		t.Fatalf("v4 specs:\n%q\nwant\n%q", v4, want)
	}
	v6 := New(fakeIPT{proto: iptables.ProtocolIPv6}, time.Minute, nil).specs(rules, stop)
	if len(v6) != 2 || v6[0][3] != "fd00::/64" {
		t.Fatalf("v6 specs: %q", v6)
	}
	for _, bad := range [][]Rule{{{Port: 0, ToPort: 1}}, {{Port: 1, ToPort: 2}, {Port: 1, ToPort: 3}}} {
		if err := validate(bad); err == nil {
			t.Errorf("validate(%v) = nil", bad)
		}
	}
}
