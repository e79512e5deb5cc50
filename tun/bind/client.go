package bind

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"sync"
	"time"

	"golang.zx2c4.com/wireguard/conn"
)

// DialFunc opens a new byte stream to the server side (for example a port-forward stream).
// It must honour ctx. Closing the returned stream must unblock its pending Read and Write
// calls and release it entirely (for an SPDY/WebSocket port-forward stream: reset it, not
// only half-close it), since that is how a dead stream is abandoned.
type DialFunc func(ctx context.Context) (io.ReadWriteCloser, error)

// StreamClient is the client side of the stream transport: a conn.Bind with a single remote
// endpoint reached over streams from dial. It dials when opened, redials with backoff when
// the stream fails or goes silent, and blocks its receive function meanwhile (wireguard-go
// gives up on a bind after 10 consecutive receive errors).
type StreamClient struct {
	dial DialFunc
	opts StreamOptions
	ep   *clientEndpoint
	// id names the client's session to the server; it is kept across Close and Open so the
	// server moves the session (and the peer's replies) to the new stream at once.
	id sessionID

	mu         sync.Mutex
	run        *clientRun // guarded by mu; nil while closed
	reconnects int        // guarded by mu
	lastErr    error      // guarded by mu
}

var _ conn.Bind = (*StreamClient)(nil)

// NewStreamClient returns a closed StreamClient; wireguard-go opens it when the device goes
// up.
func NewStreamClient(dial DialFunc, opts StreamOptions) *StreamClient {
	return &StreamClient{dial: dial, opts: opts.withDefaults(), ep: &clientEndpoint{}, id: newSessionID()}
}

// clientRun is one Open..Close generation: its manager goroutine and current stream.
type clientRun struct {
	c      *StreamClient
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	cur     *stream       // guarded by mu
	changed chan struct{} // guarded by mu; closed and replaced when cur changes

	kick chan struct{} // NetworkChanged: ends a backoff sleep
}

// StreamState describes the client's transport for status output.
type StreamState struct {
	Open       bool      // the bind is open (the device is up)
	Connected  bool      // a stream is established
	Reconnects int       // streams established after the first one, over the client's life
	LastRx     time.Time // last frame received on the current stream (zero if none)
	LastError  string    // why the last stream or dial failed
}

// State reports the transport's state.
func (c *StreamClient) State() StreamState {
	c.mu.Lock()
	st := StreamState{Open: c.run != nil, Reconnects: c.reconnects}
	if c.lastErr != nil {
		st.LastError = c.lastErr.Error()
	}
	r := c.run
	c.mu.Unlock()
	if r != nil {
		if s := r.current(); s != nil {
			st.Connected = true
			st.LastRx = time.Unix(0, s.lastRx.Load())
		}
	}
	return st
}

// Open starts dialling in the background and returns one receive function. The port is
// meaningless for streams and returned unchanged.
func (c *StreamClient) Open(port uint16) ([]conn.ReceiveFunc, uint16, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.run != nil {
		return nil, 0, conn.ErrBindAlreadyOpen
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &clientRun{c: c, ctx: ctx, cancel: cancel, changed: make(chan struct{}), kick: make(chan struct{}, 1)}
	c.run = r
	r.wg.Add(1)
	go r.manage()
	return []conn.ReceiveFunc{r.receive}, port, nil
}

// Close stops dialling, closes the current stream and waits for the manager goroutine. The
// receive function returned by Open then returns net.ErrClosed. Close is idempotent and the
// client can be opened again.
func (c *StreamClient) Close() error {
	c.mu.Lock()
	r := c.run
	c.run = nil
	c.mu.Unlock()
	if r == nil {
		return nil
	}
	r.cancel()
	if s := r.current(); s != nil {
		s.close(net.ErrClosed)
	}
	r.wg.Wait()
	return nil
}

// NetworkChanged tells the client that the network may work again (a link came up, an
// address was added): a redial waiting out its backoff starts at once, with the backoff
// reset. It does not block.
func (c *StreamClient) NetworkChanged() {
	c.mu.Lock()
	r := c.run
	c.mu.Unlock()
	if r == nil {
		return
	}
	select {
	case r.kick <- struct{}{}:
	default:
	}
}

// SetMark is a no-op: streams are not UDP sockets.
func (c *StreamClient) SetMark(uint32) error { return nil }

// BatchSize is the maximum number of datagrams per receive or send.
func (c *StreamClient) BatchSize() int { return c.opts.BatchSize }

// ParseEndpoint accepts any string: the client has a single remote endpoint.
func (c *StreamClient) ParseEndpoint(string) (conn.Endpoint, error) { return c.ep, nil }

// OwnsEndpoint reports whether ep belongs to this bind (used by Multi).
func (c *StreamClient) OwnsEndpoint(ep conn.Endpoint) bool { return ep == conn.Endpoint(c.ep) }

// Send writes bufs as frames with one write. While no stream is established it waits up to
// SendWait and then drops them (returning nil, like a lossy UDP path).
func (c *StreamClient) Send(bufs [][]byte, ep conn.Endpoint) error {
	if ep != conn.Endpoint(c.ep) {
		return conn.ErrWrongEndpointType
	}
	c.mu.Lock()
	r := c.run
	c.mu.Unlock()
	if r == nil {
		return net.ErrClosed
	}
	s, err := r.waitStream(c.opts.SendWait, nil)
	if err != nil || s == nil {
		return err // closed, or dropped after SendWait
	}
	_ = s.write(bufs) // a failed write closes the stream; the manager redials
	return nil
}

// WaitConnected waits until a stream is established, for wait at most or until ctx is
// done, and reports whether one is.
func (c *StreamClient) WaitConnected(ctx context.Context, wait time.Duration) bool {
	c.mu.Lock()
	r := c.run
	c.mu.Unlock()
	if r == nil {
		return false
	}
	s, err := r.waitStream(wait, ctx.Done())
	return err == nil && s != nil
}

func (r *clientRun) current() *stream {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cur
}

func (r *clientRun) setCurrent(s *stream) {
	r.mu.Lock()
	r.cur = s
	close(r.changed)
	r.changed = make(chan struct{})
	r.mu.Unlock()
}

// waitStream returns a live stream, waiting up to wait (forever if wait < 0) or until stop
// is closed (nil: never). It returns (nil, nil) on timeout or stop and net.ErrClosed once
// the run is closed.
func (r *clientRun) waitStream(wait time.Duration, stop <-chan struct{}) (*stream, error) {
	var timeout <-chan time.Time
	if wait >= 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		timeout = t.C
	}
	for {
		r.mu.Lock()
		s, ch := r.cur, r.changed
		r.mu.Unlock()
		if r.ctx.Err() != nil {
			return nil, net.ErrClosed
		}
		if s != nil && !s.isDone() {
			return s, nil
		}
		var done <-chan struct{}
		if s != nil {
			done = s.done
		}
		select {
		case <-r.ctx.Done():
			return nil, net.ErrClosed
		case <-ch:
		case <-done:
		case <-timeout:
			return nil, nil
		case <-stop:
			return nil, nil
		}
	}
}

// receive is the ReceiveFunc: it blocks across reconnects and fails only after Close.
func (r *clientRun) receive(bufs [][]byte, sizes []int, eps []conn.Endpoint) (int, error) {
	for {
		s, err := r.waitStream(-1, nil)
		if err != nil {
			return 0, err
		}
		n, err := s.readBatch(bufs, sizes, false)
		if err != nil || n == 0 {
			continue
		}
		for i := range n {
			eps[i] = r.c.ep
		}
		return n, nil
	}
}

// manage dials, supervises each stream (keepalives, dead detection) and redials with
// backoff until the run is closed.
func (r *clientRun) manage() {
	defer r.wg.Done()
	o := r.c.opts
	backoff := o.MinBackoff
	first := true
	for r.ctx.Err() == nil {
		s, err := r.connect()
		if err != nil {
			if r.ctx.Err() != nil {
				return
			}
			r.c.noteErr(err)
			o.Logf("stream transport: %v; retrying in %v", err, backoff)
			var alive bool
			if backoff, alive = r.backoff(backoff); !alive {
				return
			}
			continue
		}
		if !first {
			r.c.mu.Lock()
			r.c.reconnects++
			r.c.mu.Unlock()
		}
		first = false
		o.Logf("stream transport: connected")
		select {
		case <-r.kick: // a change from before this stream
		default:
		}
		r.setCurrent(s)
		start := time.Now()
		r.supervise(s)
		r.setCurrent(nil)
		if r.ctx.Err() != nil {
			return
		}
		r.c.noteErr(s.err)
		o.Logf("stream transport: stream lost: %v", s.err)
		if time.Since(start) > o.DeadAfter {
			backoff = o.MinBackoff
		}
		var alive bool
		if backoff, alive = r.backoff(backoff); !alive {
			return
		}
	}
}

func (c *StreamClient) noteErr(err error) {
	c.mu.Lock()
	c.lastErr = err
	c.mu.Unlock()
}

// connect dials one stream (see DialStaggered) and sends the hello.
func (r *clientRun) connect() (*stream, error) {
	o := r.c.opts
	rwc, err := DialStaggered(r.ctx, r.c.dial, o.DialStagger, o.DialTimeout, o.Logf)
	if err != nil {
		return nil, fmt.Errorf("dial stream: %w", err)
	}
	s := newStream(rwc, r.c.opts.ReadBufferSize)
	// Close must not wait on a hello stuck in a stream that does not read.
	stop := context.AfterFunc(r.ctx, func() { s.close(net.ErrClosed) })
	defer stop()
	// Nor may a server that never reads hold the client here.
	timer := time.AfterFunc(r.c.opts.DeadAfter, func() { s.close(errors.New("hello timed out")) })
	defer timer.Stop()
	if err := s.write([][]byte{helloFrame(r.c.id)}); err != nil {
		s.close(err)
		return nil, fmt.Errorf("send hello: %w", err)
	}
	return s, nil
}

// supervise returns when s is closed: by a read or write error, by going silent for
// DeadAfter, or by the run closing. It asks for keepalives while idle; they are written by
// a separate goroutine so that a stuck write never stops the dead-stream check (closing
// the stream unblocks the write).
func (r *clientRun) supervise(s *stream) {
	o := r.c.opts
	kick := make(chan struct{}, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-s.done:
				return
			case <-kick:
				s.keepalive()
			}
		}
	}()
	defer wg.Wait()
	tick := time.NewTicker(min(o.KeepaliveInterval, o.DeadAfter) / 2)
	defer tick.Stop()
	for {
		select {
		case <-r.ctx.Done():
			s.close(net.ErrClosed)
			return
		case <-s.done:
			return
		case now := <-tick.C:
			if s.sinceRx(now) > o.DeadAfter {
				s.close(fmt.Errorf("%w for %v", errDead, o.DeadAfter))
				return
			}
			if s.sinceTx(now) >= o.KeepaliveInterval || s.sinceRx(now) >= o.KeepaliveInterval {
				select {
				case kick <- struct{}{}:
				default:
				}
			}
		}
	}
}

// sleep waits d, or less if NetworkChanged is called meanwhile (kicked). It reports false
// once the run is closed.
func (r *clientRun) sleep(d time.Duration) (alive, kicked bool) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-r.ctx.Done():
		return false, false
	case <-t.C:
		return true, false
	case <-r.kick:
		r.c.opts.Logf("stream transport: the network changed; redialling now")
		return true, true
	}
}

// backoff sleeps d and returns the next backoff: doubled up to MaxBackoff, or MinBackoff
// if the network changed meanwhile. It reports false once the run is closed.
func (r *clientRun) backoff(d time.Duration) (time.Duration, bool) {
	o := r.c.opts
	alive, kicked := r.sleep(d)
	if kicked {
		return o.MinBackoff, alive
	}
	return min(2*d, o.MaxBackoff), alive
}

// clientEndpoint is the client's single remote endpoint.
type clientEndpoint struct{}

var _ conn.Endpoint = (*clientEndpoint)(nil)

func (*clientEndpoint) ClearSrc()           {}
func (*clientEndpoint) SrcToString() string { return "" }
func (*clientEndpoint) DstToString() string { return "stream" }
func (*clientEndpoint) DstToBytes() []byte  { return []byte("stream") }
func (*clientEndpoint) DstIP() netip.Addr   { return netip.IPv6Unspecified() }
func (*clientEndpoint) SrcIP() netip.Addr   { return netip.Addr{} }
