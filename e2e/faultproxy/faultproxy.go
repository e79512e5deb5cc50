// Package faultproxy is a TCP proxy for tests that fails on demand the way a link
// or a peer does: its connections freeze (they stay open and pass nothing, as a
// hung port-forward does), are cut while it keeps accepting new ones (a dropped
// link), or it dies with them (the peer went away). It can also hold every piece
// it passes for a one-way latency.
//
// It serves the unit tests of the packages whose transports run over TCP (the
// stream transport in tun/bind, the remote file system in fs). All its goroutines
// end when the test does.
package faultproxy

import (
	"bytes"
	"net"
	"sync"
	"testing"
	"time"
)

// Proxy forwards the TCP connections it accepts on loopback to a target.
type Proxy struct {
	l      net.Listener
	target string
	delay  time.Duration
	frozen chan struct{} // closed by Freeze
	freeze sync.Once
	closed sync.Once
	wg     sync.WaitGroup

	mu    sync.Mutex
	conns []*pair // guarded by mu
	dead  bool    // guarded by mu: Kill ran, new connections are closed at once
}

// pair is one proxied connection: a accepted, b dialled to the target.
type pair struct {
	a, b   net.Conn
	frozen chan struct{} // closed by FreezeConns
	once   sync.Once
}

// Option configures a Proxy.
type Option func(*Proxy)

// Delay holds each piece of data for d before passing it on, in order: a link with
// latency d each way.
func Delay(d time.Duration) Option { return func(p *Proxy) { p.delay = d } }

// New starts a proxy to target; the test's cleanup closes it and waits for its
// goroutines.
func New(t testing.TB, target string, opts ...Option) *Proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("faultproxy: listen: %v", err)
	}
	p := &Proxy{l: l, target: target, frozen: make(chan struct{})}
	for _, o := range opts {
		o(p)
	}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.Close)
	return p
}

// Addr is the address to dial instead of the target.
func (p *Proxy) Addr() string { return p.l.Addr().String() }

// FreezeConns makes the current connections silently stop passing data; they stay
// open, and connections accepted later work.
func (p *Proxy) FreezeConns() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.once.Do(func() { close(c.frozen) })
	}
}

// Freeze makes every connection, current or accepted later, silently stop passing
// data: a peer that hangs.
func (p *Proxy) Freeze() { p.freeze.Do(func() { close(p.frozen) }) }

// Cut closes the current connections; new ones are still accepted.
func (p *Proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.a.Close()
		c.b.Close()
	}
	p.conns = nil
}

// Kill closes the listener and every connection: the peer went away.
func (p *Proxy) Kill() {
	p.l.Close()
	p.mu.Lock()
	p.dead = true
	p.mu.Unlock()
	p.Cut()
}

// Close kills the proxy and waits for its goroutines. It is idempotent.
func (p *Proxy) Close() {
	p.closed.Do(func() {
		p.Kill()
		p.wg.Wait()
	})
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		a, err := p.l.Accept()
		if err != nil {
			return
		}
		b, err := net.Dial("tcp", p.target)
		if err != nil {
			a.Close()
			continue
		}
		c := &pair{a: a, b: b, frozen: make(chan struct{})}
		p.mu.Lock()
		if p.dead {
			p.mu.Unlock()
			a.Close()
			b.Close()
			return
		}
		p.conns = append(p.conns, c)
		p.wg.Add(2)
		p.mu.Unlock()
		go p.pipe(c, a, b)
		go p.pipe(c, b, a)
	}
}

// passes reports whether c passes data.
func (p *Proxy) passes(c *pair) bool {
	select {
	case <-p.frozen:
		return false
	case <-c.frozen:
		return false
	default:
		return true
	}
}

// pipe copies src to dst until either fails; data read while frozen is dropped.
func (p *Proxy) pipe(c *pair, dst, src net.Conn) {
	defer p.wg.Done()
	out := dst.Write
	if p.delay > 0 {
		q := make(chan piece, 4096)
		p.wg.Add(1)
		go p.deliver(q, dst, src)
		defer close(q)
		out = func(b []byte) (int, error) {
			q <- piece{due: time.Now().Add(p.delay), data: bytes.Clone(b)}
			return len(b), nil
		}
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 && p.passes(c) {
			if _, werr := out(buf[:n]); werr != nil {
				src.Close()
				return
			}
		}
		if err != nil {
			if p.delay == 0 {
				dst.Close() // else deliver closes it after the last piece
			}
			return
		}
	}
}

// piece is data that a delayed pipe passes on once it is due.
type piece struct {
	due  time.Time
	data []byte
}

// deliver writes each piece of q to dst when it is due, then closes dst.
func (p *Proxy) deliver(q <-chan piece, dst, src net.Conn) {
	defer p.wg.Done()
	for pc := range q {
		time.Sleep(time.Until(pc.due)) // the link's latency, not a wait on a condition
		if _, err := dst.Write(pc.data); err != nil {
			src.Close()
		}
	}
	dst.Close()
}
