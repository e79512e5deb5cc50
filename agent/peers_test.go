package agent

import (
	"net/netip"
	"testing"
	"time"
)

func TestRegistryAllocatesAndReuses(t *testing.T) {
	now := time.Unix(1000, 0)
	r := newRegistry(netip.MustParsePrefix("198.19.0.0/29"), netip.MustParseAddr("198.19.0.1"), now)
	seen := map[netip.Addr]bool{}
	var keys []string
	for i := range 5 { // .2 .. .6 (.0 network, .1 agent, .7 broadcast-like last)
		k := string(rune('a' + i))
		p, fresh, err := r.add(k, k, now)
		if err != nil || !fresh {
			t.Fatalf("add %d: fresh=%v err=%v", i, fresh, err)
		}
		if seen[p.addr] || p.addr == netip.MustParseAddr("198.19.0.1") {
			t.Fatalf("address %s given twice or is the agent's", p.addr)
		}
		seen[p.addr] = true
		keys = append(keys, k)
	}
	if _, _, err := r.add("z", "z", now); err == nil {
		t.Fatal("pool should be exhausted")
	}
	p, fresh, _ := r.add("a", "a", now)
	if fresh || p.addr != netip.MustParseAddr("198.19.0.2") {
		t.Fatalf("re-register changed address: %s fresh=%v", p.addr, fresh)
	}
	r.remove("c", now)
	p, _, err := r.add("z", "z", now)
	if err != nil || p.addr != netip.MustParseAddr("198.19.0.4") {
		t.Fatalf("freed address not reused: %v %v", p, err)
	}
	for _, k := range append(keys, "z") {
		r.remove(k, now.Add(time.Second))
	}
	if got := r.idleSince(); !got.Equal(now.Add(time.Second)) {
		t.Fatalf("idleSince = %v", got)
	}
}

func TestRegistryLiveness(t *testing.T) {
	now := time.Unix(1000, 0)
	r := newRegistry(netip.MustParsePrefix("198.19.0.0/16"), netip.MustParseAddr("198.19.0.1"), now)
	r.add("k", "alice", now)
	if !r.observe("k", 0, now.Add(20*time.Second), 10*time.Second, 30*time.Second) {
		t.Fatal("a new peer must get the first-handshake grace")
	}
	if !r.observe("k", 100, now.Add(21*time.Second), 10*time.Second, 30*time.Second) {
		t.Fatal("peer with traffic is alive")
	}
	if r.observe("k", 100, now.Add(32*time.Second), 10*time.Second, 30*time.Second) {
		t.Fatal("peer silent for 11s must be dead")
	}
}

func TestRegistryKeepsAddressOfTimedOutSession(t *testing.T) {
	now := time.Unix(1000, 0)
	r := newRegistry(netip.MustParsePrefix("198.19.0.0/16"), netip.MustParseAddr("198.19.0.1"), now)
	a, _, _ := r.add("a", "alice", now)
	r.remove("a", now) // timed out
	b, _, _ := r.add("b", "bob", now)
	if b.addr == a.addr {
		t.Fatalf("a timed-out session's address was given to another client")
	}
	a2, fresh, _ := r.add("a", "alice", now)
	if !fresh || a2.addr != a.addr {
		t.Fatalf("re-registration got %s (fresh %v), want %s", a2.addr, fresh, a.addr)
	}
	r.release("a")
	r.remove("a", now) // said goodbye: not kept
	if _, kept := r.sticky["a"]; kept {
		t.Fatal("a released session's address must not be kept")
	}
}
