package agent

import (
	"errors"
	"fmt"
	"net/netip"
	"sync"
	"time"
)

// peer is one registered client session.
type peer struct {
	pub        string // base64 WireGuard public key
	name       string
	addr       netip.Addr
	registered time.Time
	lastSeen   time.Time // last time its received bytes grew
	lastRx     uint64
	released   bool // said goodbye; dropped on the next liveness check
}

// registry allocates tunnel addresses and tracks sessions. It is safe for concurrent use.
type registry struct {
	prefix netip.Prefix
	self   netip.Addr

	mu     sync.Mutex
	byKey  map[string]*peer     // guarded by mu
	byAddr map[netip.Addr]*peer // guarded by mu
	next   netip.Addr           // guarded by mu; next address to try
	// sticky remembers the address of sessions that timed out, so a client whose link
	// comes back re-registers onto the same address (its TUN keeps it). Guarded by mu.
	sticky map[string]netip.Addr
	empty  time.Time // guarded by mu; when the last session left (zero while any is present)
}

var errPoolExhausted = errors.New("no free tunnel address")

func newRegistry(prefix netip.Prefix, self netip.Addr, now time.Time) *registry {
	return &registry{
		prefix: prefix,
		self:   self,
		byKey:  make(map[string]*peer),
		byAddr: make(map[netip.Addr]*peer),
		next:   self.Next(),
		empty:  now,
		sticky: make(map[string]netip.Addr),
	}
}

// add registers pub, or refreshes it if it is already known (a client re-registering
// after a reconnect keeps its address).
func (r *registry) add(pub, name string, now time.Time) (*peer, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p, ok := r.byKey[pub]; ok {
		p.name, p.lastSeen = name, now
		return p, false, nil
	}
	addr, ok := r.sticky[pub]
	if _, taken := r.byAddr[addr]; !ok || taken {
		var err error
		if addr, err = r.allocLocked(); err != nil {
			return nil, false, err
		}
	}
	delete(r.sticky, pub)
	p := &peer{pub: pub, name: name, addr: addr, registered: now, lastSeen: now}
	r.byKey[pub], r.byAddr[addr] = p, p
	r.empty = time.Time{}
	return p, true, nil
}

func (r *registry) allocLocked() (netip.Addr, error) {
	// First pass keeps addresses of timed-out sessions for their owners; the second
	// takes them too rather than refuse a client.
	for _, keepSticky := range []bool{true, false} {
		a := r.next
		for range 1 << 16 {
			if !r.prefix.Contains(a) || a == r.prefix.Masked().Addr() {
				a = r.prefix.Masked().Addr().Next()
				continue
			}
			_, used := r.byAddr[a]
			if !used && !(keepSticky && r.stickyLocked(a)) && a != r.self && a.Next().IsValid() && r.prefix.Contains(a.Next()) {
				r.next = a.Next()
				for pub, s := range r.sticky {
					if s == a {
						delete(r.sticky, pub)
					}
				}
				return a, nil
			}
			a = a.Next()
		}
	}
	return netip.Addr{}, fmt.Errorf("allocate tunnel address in %s: %w", r.prefix, errPoolExhausted)
}

func (r *registry) remove(pub string, now time.Time) (*peer, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.byKey[pub]
	if !ok {
		return nil, false
	}
	delete(r.byKey, pub)
	delete(r.byAddr, p.addr)
	if !p.released { // timed out: the client may come back
		if len(r.sticky) >= maxSticky {
			clear(r.sticky)
		}
		r.sticky[pub] = p.addr
	}
	if len(r.byKey) == 0 {
		r.empty = now
	}
	return p, true
}

func (r *registry) byAddress(a netip.Addr) (peer, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.byAddr[a]
	if !ok {
		return peer{}, false
	}
	return *p, true
}

// observe records a peer's received-byte counter and reports whether it is still alive.
func (r *registry) observe(pub string, rx uint64, now time.Time, timeout, grace time.Duration) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.byKey[pub]
	if !ok {
		return false
	}
	if p.released {
		return false
	}
	if rx != p.lastRx {
		p.lastRx, p.lastSeen = rx, now
	}
	limit := timeout
	if p.lastRx == 0 {
		limit = grace // never heard from yet: give it time to finish its first handshake
	}
	return now.Sub(p.lastSeen) <= limit
}

func (r *registry) snapshot() []peer {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]peer, 0, len(r.byKey))
	for _, p := range r.byKey {
		out = append(out, *p)
	}
	return out
}

// idleSince reports when the last session left, or zero while sessions exist.
func (r *registry) idleSince() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.empty
}

// release marks a session as gone; the next liveness check drops it.
func (r *registry) release(pub string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p, ok := r.byKey[pub]; ok {
		p.released = true
	}
}

const maxSticky = 4096

func (r *registry) stickyLocked(a netip.Addr) bool {
	for _, s := range r.sticky {
		if s == a {
			return true
		}
	}
	return false
}
