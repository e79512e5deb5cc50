package intercept

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"sync"
)

// HTTP/2 cleartext (prior knowledge) is terminated here: net/http's server decodes each
// stream, the filter picks a destination per stream, and the stream is proxied over an
// HTTP/2 connection to that destination (one pool per destination, shared by all client
// connections of the port). Bodies stream in both directions at once and trailers are
// relayed, so gRPC calls (including streaming ones) work; gRPC metadata is matched as
// headers.

// h2Upstream holds HTTP/2 cleartext connections to one destination.
type h2Upstream struct {
	tr *http.Transport
}

func newH2Upstream(d Dialer) *h2Upstream {
	var protos http.Protocols
	protos.SetUnencryptedHTTP2(true)
	return &h2Upstream{tr: &http.Transport{
		Protocols:   &protos,
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) { return d(ctx) },
	}}
}

func (u *h2Upstream) close() { u.tr.CloseIdleConnections() }

// serveH2 serves an HTTP/2 connection whose preface is still unread in c.
func (p *Port) serveH2(ctx context.Context, c net.Conn) {
	var protos http.Protocols
	protos.SetUnencryptedHTTP2(true)
	l := newOneConnListener(c)
	var handlers sync.WaitGroup // Add happens before the conn closes, Wait after
	srv := &http.Server{
		Protocols: &protos,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			handlers.Add(1)
			defer handlers.Done()
			p.proxyH2(w, r)
		}),
		ErrorLog:    log.New(logWriter{p}, "", 0),
		BaseContext: func(net.Listener) context.Context { return ctx },
		ConnState: func(_ net.Conn, s http.ConnState) {
			if s == http.StateClosed || s == http.StateHijacked {
				l.Close()
			}
		},
	}
	stop := context.AfterFunc(ctx, func() { _ = srv.Close() })
	defer stop()
	// A port shutting down ends the connection gracefully: GOAWAY, the open streams
	// finish, then it closes (or ctx ends it). Serve returns at once then; the deferred
	// wait keeps the connection until Shutdown is done.
	shut := make(chan struct{})
	stopDrain := context.AfterFunc(p.drain, func() { defer close(shut); _ = srv.Shutdown(ctx) })
	defer func() {
		if !stopDrain() {
			<-shut
		}
	}()
	_ = srv.Serve(l)
	handlers.Wait()
}

// proxyH2 sends one stream to the matching destination and relays the answer.
func (p *Port) proxyH2(w http.ResponseWriter, r *http.Request) {
	cl := p.route(r.Method, r.URL.EscapedPath(), r.Header)
	up := p.app
	if cl != nil {
		up = cl.h2
	}
	body := &countingBody{ReadCloser: r.Body}
	resp, err := up.tr.RoundTrip(outgoing(r, body))
	if err != nil && cl != nil && errors.Is(err, errDeliver) && body.n == 0 {
		p.logf("intercept: port %d: %v; falling back to the app", p.port, err)
		resp, err = p.app.tr.RoundTrip(outgoing(r, body))
	}
	if err != nil {
		p.logf("intercept: port %d: h2 stream %s %s: %v", p.port, r.Method, r.URL.Path, err)
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	h := w.Header()
	for k, vv := range resp.Header {
		h[k] = vv
	}
	w.WriteHeader(resp.StatusCode)
	rc := http.NewResponseController(w)
	if resp.ContentLength < 0 {
		// A body of unknown length may be a stream (gRPC, server-sent events): the
		// client sees the headers now, not with the first message.
		_ = rc.Flush()
	}
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		if n > 0 {
			if _, werr := w.Write(buf[:n]); werr != nil {
				return
			}
			_ = rc.Flush()
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				panic(http.ErrAbortHandler) // reset the stream: the client must not see a clean end
			}
			break
		}
	}
	for k, vv := range resp.Trailer {
		h[http.TrailerPrefix+k] = vv
	}
}

// outgoing is r addressed to a destination, with body.
func outgoing(r *http.Request, body io.ReadCloser) *http.Request {
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.URL.Scheme = "http"
	out.URL.Host = r.Host
	if out.URL.Host == "" {
		out.URL.Host = "localhost"
	}
	if r.Body != nil && r.Body != http.NoBody {
		out.Body = body
	}
	return out
}

// countingBody counts the request bytes read, to know whether a retry is still possible.
type countingBody struct {
	io.ReadCloser
	n int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n += int64(n)
	return n, err
}

// oneConnListener hands out one connection, then blocks until closed.
type oneConnListener struct {
	mu   sync.Mutex
	c    net.Conn // guarded by mu: nil once accepted
	done chan struct{}
	once sync.Once
}

func newOneConnListener(c net.Conn) *oneConnListener {
	return &oneConnListener{c: c, done: make(chan struct{})}
}

func (l *oneConnListener) Accept() (net.Conn, error) {
	l.mu.Lock()
	c := l.c
	l.c = nil
	l.mu.Unlock()
	if c != nil {
		return c, nil
	}
	<-l.done
	return nil, net.ErrClosed
}

func (l *oneConnListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *oneConnListener) Addr() net.Addr { return dummyAddr{} }

type dummyAddr struct{}

func (dummyAddr) Network() string { return "tcp" }
func (dummyAddr) String() string  { return "intercepted" }

// logWriter sends net/http's error log to the port's logf.
type logWriter struct{ p *Port }

func (w logWriter) Write(b []byte) (int, error) {
	w.p.logf("intercept: port %d: http2: %s", w.p.port, b)
	return len(b), nil
}
