package intercept

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Defaults for a Port's limits.
const (
	// DefaultMaxHeaderBytes caps an HTTP/1 request head; larger heads go to the app raw.
	DefaultMaxHeaderBytes = 64 << 10
	// DefaultHeaderTimeout bounds reading a request head once its first byte arrived.
	DefaultHeaderTimeout = 10 * time.Second
	// DefaultSniffTimeout is how long a filtered port waits for a new connection's first
	// byte before deciding it's a server-speaks-first protocol and handing it to the app.
	DefaultSniffTimeout = 2 * time.Second
	// DefaultMirrorBuffer bounds the bytes queued for one mirror of one connection.
	DefaultMirrorBuffer = 4 << 20
)

// Limits bound what a Port accepts from clients and mirrors. Zero fields take the
// defaults.
type Limits struct {
	MaxHeaderBytes int           // HTTP/1 request head; DefaultMaxHeaderBytes
	HeaderTimeout  time.Duration // reading a request head; DefaultHeaderTimeout
	SniffTimeout   time.Duration // first byte on a filtered port; DefaultSniffTimeout
	MirrorBuffer   int           // bytes queued per mirror and connection; DefaultMirrorBuffer
}

// SetLimits changes the port's limits. Call it before the first ServeConn.
func (p *Port) SetLimits(l Limits) {
	p.maxHeader = cmp.Or(l.MaxHeaderBytes, DefaultMaxHeaderBytes)
	p.headerTimeout = cmp.Or(l.HeaderTimeout, DefaultHeaderTimeout)
	p.sniffTimeout = cmp.Or(l.SniffTimeout, DefaultSniffTimeout)
	p.mirrorBuffer = cmp.Or(l.MirrorBuffer, DefaultMirrorBuffer)
}

// Dialer dials one side of a connection.
type Dialer func(ctx context.Context) (net.Conn, error)

// Port holds the claims on one application port and serves the connections redirected
// from it. Its methods are safe for concurrent use.
type Port struct {
	port     uint16
	upstream Dialer
	logf     func(string, ...any)

	// Limits, set before serving (SetLimits).
	maxHeader     int
	headerTimeout time.Duration
	sniffTimeout  time.Duration
	mirrorBuffer  int

	ctx    context.Context // cancelled by Close
	cancel context.CancelFunc
	// drain is cancelled by Shutdown: idle HTTP/1 connections end at their next request
	// boundary.
	drain     context.Context
	drainStop context.CancelFunc
	app       *h2Upstream // HTTP/2 connections to the app, for h2c streams

	claims atomic.Pointer[[]*claim] // immutable snapshot, replaced under mu

	mu     sync.Mutex
	closed bool                  // guarded by mu
	conns  map[net.Conn]struct{} // guarded by mu: connections being served
	idle   chan struct{}         // guarded by mu; made by Shutdown, closed when conns is empty
	wg     sync.WaitGroup        // ServeConn calls and mirror goroutines; Add under mu
}

// NewPort returns a Port for the application port port; upstream dials the real app.
func NewPort(port uint16, upstream func(ctx context.Context) (net.Conn, error), logf func(string, ...any)) *Port {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &Port{
		port: port, upstream: upstream, logf: logf,
		ctx: ctx, cancel: cancel,
		conns: map[net.Conn]struct{}{},
	}
	p.drain, p.drainStop = context.WithCancel(ctx)
	p.SetLimits(Limits{})
	p.app = newH2Upstream(upstream)
	p.claims.Store(&[]*claim{})
	return p
}

// Number is the application port.
func (p *Port) Number() uint16 { return p.port }

// AddClaim registers c. A StealAll claim excludes every other steal on the port, and two
// filtered steals may not have the same filter: such refusals are *ConflictError naming
// the holder. Overlapping (different) filters are allowed; the earlier claim wins.
// Connections already being served keep the mode they started with, but HTTP requests
// are routed with the current claims.
func (p *Port) AddClaim(c Claim) error {
	if err := checkClaim(c); err != nil {
		return fmt.Errorf("add claim: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return fmt.Errorf("add claim: %w", net.ErrClosed)
	}
	cur := *p.claims.Load()
	key := ""
	if c.Mode == StealFiltered {
		key = c.Filter.String()
	}
	if err := conflict(cur, c, key); err != nil {
		return fmt.Errorf("add claim %s for %s: %w", c.ID, c.Owner, err)
	}
	cl := &claim{Claim: c, filterKey: key}
	cl.ctx, cl.cancel = context.WithCancel(p.ctx)
	cl.h2 = newH2Upstream(func(ctx context.Context) (net.Conn, error) { return p.deliver(ctx, cl) })
	next := append(slices.Clip(cur), cl)
	p.claims.Store(&next)
	return nil
}

// RemoveClaim removes the claim with this id, closing the connections delivered for it.
// Unknown ids are ignored.
func (p *Port) RemoveClaim(id string) {
	p.mu.Lock()
	cur := *p.claims.Load()
	i := slices.IndexFunc(cur, func(c *claim) bool { return c.ID == id })
	if i < 0 {
		p.mu.Unlock()
		return
	}
	cl := cur[i]
	next := slices.Delete(slices.Clone(cur), i, i+1)
	p.claims.Store(&next)
	p.mu.Unlock()
	cl.cancel()
	cl.h2.close()
}

// Claims lists the current claims in registration order.
func (p *Port) Claims() []ClaimInfo {
	cur := *p.claims.Load()
	out := make([]ClaimInfo, len(cur))
	for i, c := range cur {
		out[i] = c.info()
	}
	return out
}

// Close stops serving: it closes every connection being served and delivered, and waits
// for its goroutines. It is idempotent.
func (p *Port) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	for c := range p.conns {
		_ = c.Close()
	}
	cur := *p.claims.Load()
	p.claims.Store(&[]*claim{})
	p.mu.Unlock()
	p.cancel()
	p.wg.Wait()
	for _, c := range cur {
		c.h2.close()
	}
	p.app.close()
	return nil
}

// Shutdown closes the port gracefully. It drops every claim at once (closing what was
// delivered for them, as RemoveClaim does) and lets the connections being served, which
// now all go to the application, run to their end: an HTTP/1 connection ends at its next
// request boundary, after its last response, an HTTP/2 one gets a GOAWAY and ends when
// its open streams have, and anything else ends when its client or the application
// closes it. When ctx ends first, it closes the rest as Close does. The
// caller stops sending new connections first (the redirect rule and the listener).
// Shutdown returns Close's result; it may be called more than once, and with Close.
func (p *Port) Shutdown(ctx context.Context) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	cur := *p.claims.Load()
	p.claims.Store(&[]*claim{})
	if p.idle == nil {
		p.idle = make(chan struct{})
		if len(p.conns) == 0 {
			close(p.idle)
		}
	}
	idle := p.idle
	p.mu.Unlock()
	for _, c := range cur {
		c.cancel()
		c.h2.close()
	}
	p.drainStop()
	select {
	case <-idle:
	case <-ctx.Done():
	}
	return p.Close()
}

// draining reports whether Shutdown has begun.
func (p *Port) draining() bool { return p.drain.Err() != nil }

// goTracked runs f in a goroutine Close waits for; false if the port is closed.
func (p *Port) goTracked(f func()) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		f()
	}()
	return true
}

// ServeConn handles one redirected connection and returns when it is done. It closes c.
func (p *Port) ServeConn(ctx context.Context, c net.Conn) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		_ = c.Close()
		return
	}
	p.wg.Add(1)
	p.conns[c] = struct{}{}
	p.mu.Unlock()
	defer func() {
		_ = c.Close()
		p.mu.Lock()
		delete(p.conns, c)
		if p.idle != nil && len(p.conns) == 0 {
			select {
			case <-p.idle:
			default:
				close(p.idle)
			}
		}
		p.mu.Unlock()
		p.wg.Done()
	}()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(p.ctx, cancel)()
	defer context.AfterFunc(ctx, func() { _ = c.Close() })()

	claims := *p.claims.Load()
	src := c
	if ms := p.startMirrors(claims); ms != nil {
		defer ms.close()
		src = &teeConn{Conn: c, sinks: ms}
	}
	var filtered bool
	for _, cl := range claims {
		switch cl.Mode {
		case StealAll:
			p.serveWhole(ctx, src, cl)
			return
		case StealFiltered:
			filtered = true
		}
	}
	if filtered {
		p.serveFiltered(ctx, src)
		return
	}
	p.serveWhole(ctx, src, nil)
}

// route returns the first filtered claim matching the request, or nil for the app.
func (p *Port) route(method, path string, h headerGetter) *claim {
	for _, cl := range *p.claims.Load() {
		if cl.Mode == StealFiltered && cl.Filter.Match(method, path, h) {
			return cl
		}
	}
	return nil
}

// serveWhole pipes c to the claim's developer (nil: the app), falling back to the app
// when the developer can't be dialed.
func (p *Port) serveWhole(ctx context.Context, c net.Conn, cl *claim) {
	back, _, err := p.dial(ctx, cl)
	if err != nil {
		p.logf("intercept: port %d: %v", p.port, err)
		return
	}
	pipe(c, c, back, back)
}

// dial connects to the claim's developer, or to the app for nil or when that fails. It
// returns the claim it reached (nil: the app).
func (p *Port) dial(ctx context.Context, cl *claim) (net.Conn, *claim, error) {
	if cl != nil {
		c, err := p.deliver(ctx, cl)
		if err == nil {
			return c, cl, nil
		}
		p.logf("intercept: port %d: %v; falling back to the app", p.port, err)
	}
	c, err := p.upstream(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("dial app: %w", err)
	}
	return c, nil, nil
}

// errDeliver marks a failure to reach a developer (the request may go to the app).
var errDeliver = errors.New("deliver")

// deliver dials the claim's developer; the connection closes when the claim is removed.
func (p *Port) deliver(ctx context.Context, cl *claim) (net.Conn, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(cl.ctx, cancel)
	defer stop()
	c, err := cl.Deliver(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w to %s (claim %s): %w", errDeliver, cl.Owner, cl.ID, err)
	}
	return newClaimConn(c, cl.ctx), nil
}

// claimConn is a delivered connection that closes when its claim's context ends.
type claimConn struct {
	net.Conn
	stop func() bool
}

func newClaimConn(c net.Conn, ctx context.Context) *claimConn {
	return &claimConn{Conn: c, stop: context.AfterFunc(ctx, func() { _ = c.Close() })}
}

func (c *claimConn) Close() error {
	c.stop()
	return c.Conn.Close()
}

func (c *claimConn) CloseWrite() error { return closeWrite(c.Conn) }

// NetConn returns the delivered connection.
func (c *claimConn) NetConn() net.Conn { return c.Conn }
