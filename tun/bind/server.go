package bind

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"golang.zx2c4.com/wireguard/conn"
)

// sessionTTL is how long the server remembers a session that has no stream, so a client
// reconnecting within it keeps its endpoint.
const sessionTTL = time.Minute

// rxQueueLen is the number of received batches queued between the per-stream readers and
// the receive function; a full queue pushes back on the streams.
const rxQueueLen = 16

// rxBatchBytes is the payload space of one received batch.
const rxBatchBytes = 256 << 10

// StreamServer is the agent side of the stream transport: a conn.Bind fed by streams
// handed to Accept (or accepted by Serve). Each client session is one Endpoint; when a
// client reconnects, its session moves to the new stream at once, so replies follow it.
// Keepalives are echoed; a stream that receives nothing for DeadAfter is closed.
type StreamServer struct {
	opts StreamOptions
	mu   sync.Mutex // serialises Open and Close
	run  atomic.Pointer[serverRun]
	pool sync.Pool // of *rxBatch

	// sessions outlive Close and Open (wireguard-go's BindUpdate), so a client that
	// reconnects keeps the endpoint its peer already points at.
	sessMu   sync.Mutex
	sessions map[sessionID]*serverEndpoint // guarded by sessMu
}

var _ conn.Bind = (*StreamServer)(nil)

// NewStreamServer returns a closed StreamServer; wireguard-go opens it when the device goes
// up. Only DeadAfter, ReadBufferSize, BatchSize and Logf of opts apply.
func NewStreamServer(opts StreamOptions) *StreamServer {
	s := &StreamServer{opts: opts.withDefaults(), sessions: make(map[sessionID]*serverEndpoint)}
	s.pool.New = func() any { return &rxBatch{data: make([]byte, rxBatchBytes)} }
	return s
}

type serverRun struct {
	s      *StreamServer
	rx     chan *rxBatch
	closed chan struct{}
	wg     sync.WaitGroup

	mu      sync.Mutex
	closing bool                 // guarded by mu
	streams map[*stream]struct{} // guarded by mu

	// owned by the goroutine calling receive
	pending    *rxBatch
	pendingOff int
}

// rxBatch is a run of datagrams read from one stream.
type rxBatch struct {
	data  []byte
	spans [][2]int
	ep    *serverEndpoint
}

// Open starts accepting streams and returns one receive function.
func (s *StreamServer) Open(port uint16) ([]conn.ReceiveFunc, uint16, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.run.Load() != nil {
		return nil, 0, conn.ErrBindAlreadyOpen
	}
	r := &serverRun{
		s:       s,
		rx:      make(chan *rxBatch, rxQueueLen),
		closed:  make(chan struct{}),
		streams: make(map[*stream]struct{}),
	}
	r.wg.Add(1)
	go r.watch()
	s.run.Store(r)
	return []conn.ReceiveFunc{r.receive}, port, nil
}

// Close closes every stream, waits for their goroutines, and makes the receive function
// return net.ErrClosed. Idempotent; the server can be opened again.
func (s *StreamServer) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.run.Swap(nil)
	if r == nil {
		return nil
	}
	close(r.closed)
	r.mu.Lock()
	r.closing = true
	for st := range r.streams {
		st.close(net.ErrClosed)
	}
	r.mu.Unlock()
	r.wg.Wait()
	return nil
}

// Accept takes over rwc as a new stream. It returns at once; rwc is closed when the stream
// ends. While the bind is closed (device down) rwc is closed and net.ErrClosed returned.
func (s *StreamServer) Accept(rwc io.ReadWriteCloser) error {
	r := s.run.Load()
	if r == nil {
		rwc.Close()
		return net.ErrClosed
	}
	r.mu.Lock()
	if r.closing {
		r.mu.Unlock()
		rwc.Close()
		return net.ErrClosed
	}
	// Created under r.mu, after the closing check: a stream (and its writer goroutine)
	// exists only once Close is sure to see it.
	st := newStream(rwc, s.opts.ReadBufferSize)
	r.streams[st] = struct{}{}
	r.wg.Add(1)
	r.mu.Unlock()
	go r.serveStream(st, remoteName(rwc))
	return nil
}

// Serve accepts streams from l until l fails (for example, is closed), and returns that
// error. Streams accepted while the bind is closed are refused.
func (s *StreamServer) Serve(l net.Listener) error {
	for {
		c, err := l.Accept()
		if err != nil {
			return fmt.Errorf("accept stream: %w", err)
		}
		_ = s.Accept(c)
	}
}

// SetMark is a no-op: streams are not UDP sockets.
func (s *StreamServer) SetMark(uint32) error { return nil }

// BatchSize is the maximum number of datagrams per receive or send.
func (s *StreamServer) BatchSize() int { return s.opts.BatchSize }

// ParseEndpoint always fails: server endpoints come only from accepted streams.
func (s *StreamServer) ParseEndpoint(str string) (conn.Endpoint, error) {
	return nil, fmt.Errorf("parse endpoint %q: stream server endpoints come from accepted streams", str)
}

// OwnsEndpoint reports whether ep belongs to this bind (used by Multi).
func (s *StreamServer) OwnsEndpoint(ep conn.Endpoint) bool {
	e, ok := ep.(*serverEndpoint)
	return ok && e.srv == s
}

// Send writes bufs to the endpoint's current stream with one write. Datagrams for a session
// without a stream are dropped (nil error), as a lossy UDP path would.
func (s *StreamServer) Send(bufs [][]byte, ep conn.Endpoint) error {
	e, ok := ep.(*serverEndpoint)
	if !ok || e.srv != s {
		return conn.ErrWrongEndpointType
	}
	if s.run.Load() == nil {
		return net.ErrClosed
	}
	st := e.cur.Load()
	if st == nil {
		return nil
	}
	_ = st.write(bufs) // a failed write closes the stream
	return nil
}

// serveStream reads the hello and then batches of datagrams from st until it ends.
func (r *serverRun) serveStream(st *stream, name string) {
	defer r.wg.Done()
	log := r.s.opts.Logf
	var ep *serverEndpoint
	defer func() {
		st.close(errors.New("stream ended"))
		r.mu.Lock()
		delete(r.streams, st)
		r.mu.Unlock()
		if ep != nil {
			r.s.sessMu.Lock()
			if ep.cur.CompareAndSwap(st, nil) {
				ep.lostAt.Store(time.Now().UnixNano())
			}
			r.s.sessMu.Unlock()
		}
	}()

	var hello [helloLen]byte
	n, err := ReadFrame(st.br, hello[:])
	if err == nil {
		var id sessionID
		if id, err = parseHello(hello[:n]); err == nil {
			ep = r.attach(id, st)
		}
	}
	if err != nil {
		log("stream transport: %s: %v", name, err)
		return
	}
	st.lastRx.Store(time.Now().UnixNano())
	log("stream transport: %s: session %s connected", name, ep.DstToString())

	for {
		b := r.s.pool.Get().(*rxBatch)
		b.ep = ep
		err := st.readInto(b, r.s.opts.BatchSize)
		if len(b.spans) == 0 {
			r.s.putBatch(b)
		} else {
			select {
			case r.rx <- b:
			case <-r.closed:
				r.s.putBatch(b)
				return
			}
		}
		if err != nil {
			log("stream transport: %s: session %s: %v", name, ep.DstToString(), err)
			return
		}
	}
}

// attach makes st the current stream of session id and closes the one it replaces.
func (r *serverRun) attach(id sessionID, st *stream) *serverEndpoint {
	r.s.sessMu.Lock()
	ep := r.s.sessions[id]
	if ep == nil {
		ep = newServerEndpoint(r.s, id)
		r.s.sessions[id] = ep
	}
	old := ep.cur.Swap(st)
	r.s.sessMu.Unlock()
	if old != nil {
		old.close(errors.New("replaced by a newer stream of the same session"))
	}
	return ep
}

// readInto fills b with the datagrams of one read, echoing keepalives. It returns with at
// least one datagram or an error.
func (s *stream) readInto(b *rxBatch, limit int) error {
	off := 0
	for len(b.spans) < limit && len(b.data)-off >= MaxFrameSize {
		if len(b.spans) > 0 && !frameBuffered(s.br) {
			return nil
		}
		m, err := ReadFrame(s.br, b.data[off:])
		if errors.Is(err, ErrFrameTooLarge) {
			continue
		}
		if err != nil {
			s.close(fmt.Errorf("read: %w", err))
			return err
		}
		s.lastRx.Store(time.Now().UnixNano())
		if m == 0 {
			s.keepalive()
			continue
		}
		b.spans = append(b.spans, [2]int{off, off + m})
		off += m
	}
	return nil
}

func (s *StreamServer) putBatch(b *rxBatch) {
	b.spans = b.spans[:0]
	b.ep = nil
	s.pool.Put(b)
}

// receive is the ReceiveFunc: it hands out queued batches until Close.
func (r *serverRun) receive(bufs [][]byte, sizes []int, eps []conn.Endpoint) (int, error) {
	select {
	case <-r.closed:
		return 0, net.ErrClosed
	default:
	}
	if r.pending == nil {
		select {
		case <-r.closed:
			return 0, net.ErrClosed
		case b := <-r.rx:
			r.pending, r.pendingOff = b, 0
		}
	}
	b := r.pending
	n := 0
	for n < len(bufs) && r.pendingOff < len(b.spans) {
		sp := b.spans[r.pendingOff]
		sizes[n] = copy(bufs[n], b.data[sp[0]:sp[1]])
		eps[n] = b.ep
		n++
		r.pendingOff++
	}
	if r.pendingOff == len(b.spans) {
		r.pending = nil
		r.s.putBatch(b)
	}
	return n, nil
}

// watch closes silent streams and forgets sessions that have had no stream for sessionTTL.
func (r *serverRun) watch() {
	defer r.wg.Done()
	dead := r.s.opts.DeadAfter
	t := time.NewTicker(dead / 4)
	defer t.Stop()
	for {
		select {
		case <-r.closed:
			return
		case now := <-t.C:
			r.mu.Lock()
			for st := range r.streams {
				if st.sinceRx(now) > dead {
					st.close(fmt.Errorf("%w for %v", errDead, dead))
				}
			}
			r.mu.Unlock()
			r.s.sessMu.Lock()
			for id, ep := range r.s.sessions {
				if ep.cur.Load() == nil && now.Sub(time.Unix(0, ep.lostAt.Load())) > sessionTTL {
					delete(r.s.sessions, id)
				}
			}
			r.s.sessMu.Unlock()
		}
	}
}

// serverEndpoint is one client session on the server.
type serverEndpoint struct {
	srv    *StreamServer
	id     sessionID
	addr   netip.Addr // synthetic, unique per session, for wireguard-go's rate limiter
	cur    atomic.Pointer[stream]
	lostAt atomic.Int64 // unix nanoseconds when cur last became nil
}

var _ conn.Endpoint = (*serverEndpoint)(nil)

func newServerEndpoint(s *StreamServer, id sessionID) *serverEndpoint {
	var a [16]byte
	a[0], a[1] = 0xfd, 0x6b // a ULA prefix; never routed, only used as a map key
	copy(a[8:], id[:])
	return &serverEndpoint{srv: s, id: id, addr: netip.AddrFrom16(a)}
}

func (e *serverEndpoint) ClearSrc()           {}
func (e *serverEndpoint) SrcToString() string { return "" }
func (e *serverEndpoint) DstToString() string { return "stream-" + hex.EncodeToString(e.id[:]) }
func (e *serverEndpoint) DstToBytes() []byte  { return e.id[:] }
func (e *serverEndpoint) DstIP() netip.Addr   { return e.addr }
func (e *serverEndpoint) SrcIP() netip.Addr   { return netip.Addr{} }

func remoteName(rwc io.ReadWriteCloser) string {
	if c, ok := rwc.(net.Conn); ok && c.RemoteAddr() != nil {
		return c.RemoteAddr().String()
	}
	return "stream"
}

// DialPipe is a DialFunc that connects to this server in memory (net.Pipe), for
// in-process tests and tools: NewStreamClient(srv.DialPipe, opts).
func (s *StreamServer) DialPipe(ctx context.Context) (io.ReadWriteCloser, error) {
	a, b := net.Pipe()
	if err := s.Accept(b); err != nil {
		a.Close()
		return nil, fmt.Errorf("dial stream pipe: %w", err)
	}
	return a, nil
}
