package intercept

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// bufSize is the size of each connection buffer. Heads longer than it are still read
// (up to the header limit), and large bodies bypass the buffers, so it only needs to
// hold typical heads: 1,000 idle connections cost little memory.
const bufSize = 4 << 10

// h2Preface starts every HTTP/2 connection with prior knowledge.
const h2Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"

// backend is one connection from a filtered client connection to a destination: the app
// (cl == nil) or a developer. The reader goroutine writes requests to it, the writer
// goroutine reads responses from it.
type backend struct {
	cl   *claim
	conn net.Conn
	br   *bufio.Reader // writer goroutine only
	bw   *bufio.Writer // reader goroutine only
	dead atomic.Bool   // the destination said Connection: close; don't reuse
	// owed counts responses queued or being relayed; while it is 0 the writer doesn't
	// touch br, and the reader may probe it.
	owed atomic.Int32
}

// usable reports whether an idle backend is still open: an app with a short keep-alive
// timeout may have closed it since the last response. Only the reader calls it.
func (b *backend) usable() bool {
	if b.dead.Load() {
		return false
	}
	if b.owed.Load() > 0 || b.br.Buffered() > 0 {
		return true
	}
	if peerOpen(b.conn) {
		return true
	}
	b.dead.Store(true)
	_ = b.conn.Close()
	return false
}

// pending is a response the writer owes the client, in request order.
type pending struct {
	b      *backend
	method string
	tunnel bool // relay everything from b until it ends (upgrade, raw fallback)
	fail   bool // no destination could be dialed: answer 502 and end (b is nil)
}

// h1conn routes the requests of one client connection on a filtered port.
type h1conn struct {
	p      *Port
	ctx    context.Context
	client net.Conn
	br     *bufio.Reader // client bytes, reader goroutine only
	queue  chan pending

	backends map[*claim]*backend // reader goroutine only; nil key is the app

	mu  sync.Mutex
	all []*backend // guarded by mu: every backend dialed, closed at the end

	idleMu sync.Mutex
	idle   bool // guarded by idleMu: the reader waits for a next request
}

// serveFiltered serves a connection on a port with filtered steals.
func (p *Port) serveFiltered(ctx context.Context, c net.Conn) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	h := &h1conn{
		p: p, ctx: ctx, client: c,
		br:       bufio.NewReaderSize(c, bufSize),
		queue:    make(chan pending, 32),
		backends: map[*claim]*backend{},
	}
	// Closing the client and every backend unblocks both goroutines when the connection
	// is cancelled.
	defer context.AfterFunc(ctx, func() { _ = c.Close(); h.closeBackends() })()
	defer h.closeBackends()
	defer context.AfterFunc(p.drain, h.interruptIdle)()

	kind := h.sniff()
	switch kind {
	case sniffNone:
		return
	case sniffH2:
		p.serveH2(ctx, &bufConn{Conn: c, r: h.br})
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := h.writeResponses(); err != nil {
			p.logf("intercept: port %d: relaying responses: %v", p.port, err)
		}
		cancel() // whatever the reader is doing is of no use now
	}()
	var clean bool
	if kind == sniffSilent {
		// The client waits for the server to speak first: not HTTP.
		clean = h.raw(nil, nil)
	} else {
		clean = h.readRequests()
	}
	if !clean {
		cancel()
	}
	close(h.queue)
	wg.Wait()
}

type sniffResult int

const (
	sniffNone   sniffResult = iota // the client went away without a byte
	sniffSilent                    // no byte within the sniff timeout
	sniffH2                        // an HTTP/2 preface
	sniffOther                     // anything else: HTTP/1 or not, the reader decides
)

// sniff waits for the first bytes and tells what they start.
func (h *h1conn) sniff() sniffResult {
	defer h.client.SetReadDeadline(time.Time{})
	_ = h.client.SetReadDeadline(time.Now().Add(h.p.sniffTimeout))
	if _, err := h.br.Peek(1); err != nil {
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return sniffSilent
		}
		return sniffNone
	}
	_ = h.client.SetReadDeadline(time.Now().Add(h.p.headerTimeout))
	for {
		b, _ := h.br.Peek(h.br.Buffered())
		if !isPreface(b) {
			return sniffOther
		}
		if len(b) >= len(h2Preface) {
			return sniffH2
		}
		if _, err := h.br.Peek(len(b) + 1); err != nil {
			return sniffOther // the reader will pass what there is to the app
		}
	}
}

func (h *h1conn) closeBackends() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, b := range h.all {
		_ = b.conn.Close()
	}
}

// getBackend returns the connection to cl's destination, dialing it if needed; a
// developer that can't be reached is replaced by the app.
func (h *h1conn) getBackend(cl *claim) (*backend, error) {
	if b := h.backends[cl]; b != nil && b.usable() {
		return b, nil
	}
	conn, got, err := h.p.dial(h.ctx, cl)
	if err != nil {
		return nil, err
	}
	if got != cl { // fell back to the app
		if b := h.backends[nil]; b != nil && b.usable() {
			_ = conn.Close()
			return b, nil
		}
		cl = nil
	}
	b := &backend{cl: cl, conn: conn, br: bufio.NewReaderSize(conn, bufSize), bw: bufio.NewWriterSize(conn, bufSize)}
	h.mu.Lock()
	h.all = append(h.all, b)
	h.mu.Unlock()
	if h.ctx.Err() != nil {
		_ = conn.Close()
	}
	h.backends[cl] = b
	return b, nil
}

func (h *h1conn) push(p pending) bool {
	if p.b != nil {
		p.b.owed.Add(1)
	}
	select {
	case h.queue <- p:
		return true
	case <-h.ctx.Done():
		return false
	}
}

// readRequests forwards requests until the client is done (true) or something fails.
func (h *h1conn) readRequests() bool {
	for {
		// Wait for the next request without a deadline (keep-alive idle), then bound the
		// time the head may take.
		switch err := h.awaitRequest(); {
		case err == nil:
		case errors.Is(err, errDrained):
			// Not the client's end: the backends keep their requests open until the
			// writer has relayed what they owe (a half-close would tell the app its
			// client left, and net/http cancels the request then).
			return true
		default:
			h.endRequests()
			return errors.Is(err, io.EOF)
		}
		_ = h.client.SetReadDeadline(time.Now().Add(h.p.headerTimeout))
		raw, err := readHead(h.br, h.p.maxHeader)
		_ = h.client.SetReadDeadline(time.Time{})
		var req *requestHead
		if err == nil {
			req, err = parseRequestHead(raw)
		}
		if err != nil {
			if !errors.Is(err, os.ErrDeadlineExceeded) && !errors.Is(err, errMalformed) && !errors.Is(err, errHeadTooLarge) && !errors.Is(err, io.EOF) {
				return false
			}
			h.p.logf("intercept: port %d: %v: passing the connection to the app raw", h.p.port, err)
			return h.raw(nil, raw)
		}
		b, err := h.getBackend(h.p.route(req.method, req.path, req.header))
		if err != nil {
			h.p.logf("intercept: port %d: %v", h.p.port, err)
			h.push(pending{fail: true})
			return true
		}
		if req.isH2CUpgrade() {
			raw = declineUpgrade(raw)
		} else if req.upgrade {
			return h.raw(b, raw)
		}
		if _, err := b.bw.Write(raw); err != nil {
			return false
		}
		if !h.push(pending{b: b, method: req.method}) {
			return false
		}
		// Send the head at once unless the whole body is already here (Expect:
		// 100-continue, streamed bodies).
		if req.body == bodyChunked || (req.body == bodyLength && int64(h.br.Buffered()) < req.length) {
			if err := b.bw.Flush(); err != nil {
				return false
			}
		}
		if err := copyBody(b.bw, h.br, req.body, req.length, b.bw.Flush); err != nil {
			h.p.logf("intercept: port %d: request body: %v", h.p.port, err)
			return false
		}
	}
}

// errDrained ends a client connection at a request boundary because its port is shutting
// down: the responses owed are still relayed, then the connection closes, as a server's
// idle timeout would close it.
var errDrained = errors.New("port shutting down")

// awaitRequest waits for the first byte of the client's next request: nil when it is
// there, errDrained when the port is shutting down and no next request has begun, or the
// read's error (io.EOF: the client closed the connection).
func (h *h1conn) awaitRequest() error {
	h.setIdle(true)
	defer h.setIdle(false)
	if h.p.draining() && h.br.Buffered() == 0 && !hasUnread(h.client) {
		return errDrained
	}
	_, err := h.br.Peek(1)
	if err == nil {
		return nil
	}
	if errors.Is(err, os.ErrDeadlineExceeded) && h.p.draining() {
		// interruptIdle's deadline; a request that has just begun is still served.
		if !hasUnread(h.client) {
			return errDrained
		}
		_ = h.client.SetReadDeadline(time.Time{})
		_, err = h.br.Peek(1)
	}
	return err
}

func (h *h1conn) setIdle(idle bool) {
	h.idleMu.Lock()
	h.idle = idle
	h.idleMu.Unlock()
}

// interruptIdle ends awaitRequest's wait, if the reader is in it, when the port starts
// shutting down. Under idleMu, so that its deadline can't land after the reader has left
// the wait (the head's own deadline replaces it then).
func (h *h1conn) interruptIdle() {
	h.idleMu.Lock()
	defer h.idleMu.Unlock()
	if h.idle {
		_ = h.client.SetReadDeadline(time.Unix(1, 0))
	}
}

// endRequests half-closes every backend: the client sent everything.
func (h *h1conn) endRequests() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, b := range h.all {
		_ = closeWrite(b.conn)
	}
}

// raw sends head and the rest of the client's bytes to b (nil: the app) untouched, and
// has the writer relay everything b sends once the earlier responses are out.
func (h *h1conn) raw(b *backend, head []byte) bool {
	if b == nil {
		var err error
		if b, err = h.getBackend(nil); err != nil {
			h.p.logf("intercept: port %d: %v", h.p.port, err)
			return false
		}
	}
	if !h.push(pending{b: b, tunnel: true}) {
		return false
	}
	if _, err := b.bw.Write(head); err != nil {
		return false
	}
	if err := b.bw.Flush(); err != nil {
		return false
	}
	if _, err := io.Copy(b.conn, h.br); err != nil {
		return false
	}
	// Every backend, not just b: an earlier one may still owe a response and wait for
	// the client's end (a server that refused a request without answering).
	h.endRequests()
	return true
}

// writeResponses relays responses in request order. A non-nil error aborts the
// connection.
func (h *h1conn) writeResponses() error {
	cw := bufio.NewWriterSize(h.client, bufSize)
	for p := range h.queue {
		if p.fail {
			_, _ = io.WriteString(cw, badGateway)
			return cw.Flush()
		}
		if p.tunnel {
			if err := cw.Flush(); err != nil {
				return err
			}
			if _, err := p.b.br.WriteTo(h.client); err != nil {
				return err
			}
			_ = closeWrite(h.client)
			// The reader may still be copying the client's bytes: wait for it.
			for range h.queue {
			}
			return nil
		}
		again, err := h.relayResponse(cw, p)
		p.b.owed.Add(-1)
		if err != nil {
			return err
		}
		if !again {
			return nil
		}
	}
	return cw.Flush()
}

// relayResponse relays one response (and any 1xx before it) from p.b to the client.
// It reports false when the connection must end after it.
func (h *h1conn) relayResponse(cw *bufio.Writer, p pending) (bool, error) {
	wrote := false
	for {
		raw, err := readHead(p.b.br, 1<<20)
		var resp *responseHead
		if err == nil {
			resp, err = parseResponseHead(raw, p.method)
		}
		if err != nil {
			if !wrote && len(raw) == 0 {
				h.p.logf("intercept: port %d: response: %v", h.p.port, err)
				_, _ = io.WriteString(cw, badGateway)
				_ = cw.Flush()
			}
			return false, err
		}
		wrote = true
		if _, err := cw.Write(raw); err != nil {
			return false, err
		}
		if resp.status == 101 { // protocol switch without an upgrade request we saw
			if err := cw.Flush(); err != nil {
				return false, err
			}
			_, err := p.b.br.WriteTo(h.client)
			return false, err
		}
		if resp.status < 200 {
			if err := cw.Flush(); err != nil {
				return false, err
			}
			continue
		}
		if resp.close {
			p.b.dead.Store(true)
		}
		if err := copyBody(cw, p.b.br, resp.body, resp.length, cw.Flush); err != nil {
			return false, err
		}
		return resp.body != bodyUntilClose, nil
	}
}

const badGateway = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"

// bufConn reads through a buffer that may hold bytes already read from Conn.
type bufConn struct {
	net.Conn
	r io.Reader
}

func (c *bufConn) Read(b []byte) (int, error) { return c.r.Read(b) }

// isPreface reports whether b starts like an HTTP/2 preface.
func isPreface(b []byte) bool {
	n := min(len(b), len(h2Preface))
	return bytes.Equal(b[:n], []byte(h2Preface[:n]))
}
