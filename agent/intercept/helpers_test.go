package intercept

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// server is a real loopback HTTP/1.1 + h2c server standing for the app or a developer.
// Every answer carries X-Who; POST bodies are answered with their SHA-256.
type server struct {
	name string
	addr string
}

func startServer(t testing.TB, name string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{name: name, addr: ln.Addr().String()}
	var protos http.Protocols
	protos.SetHTTP1(true)
	protos.SetUnencryptedHTTP2(true)
	srv := &http.Server{Protocols: &protos, Handler: http.HandlerFunc(s.handle)}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close(); <-done })
	return s
}

func (s *server) handle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Who", s.name)
	if r.Header.Get("Upgrade") != "" {
		c, brw, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		defer c.Close()
		_, _ = io.WriteString(c, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: "+r.Header.Get("Upgrade")+"\r\nConnection: Upgrade\r\n\r\n")
		buf := make([]byte, 1024)
		for {
			n, err := brw.Read(buf)
			if n > 0 {
				if _, err := c.Write(append([]byte(s.name+":"), buf[:n]...)); err != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}
	if r.Header.Get("Content-Type") == "application/grpc" {
		w.Header().Set("Trailer", "Grpc-Status, X-Who-Trailer")
		body, _ := io.ReadAll(r.Body)
		_, _ = w.Write(body)
		w.Header().Set("Grpc-Status", "0")
		w.Header().Set("X-Who-Trailer", s.name)
		return
	}
	switch r.URL.Path {
	case "/big": // a streamed (chunked) download
		n, _ := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
		_, _ = io.Copy(w, &patterned{n: n})
		return
	case "/close":
		w.Header().Set("Connection", "close")
		_, _ = io.WriteString(w, s.name+" "+r.URL.Path)
		return
	case "/nocontent":
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if r.Method == http.MethodPost || r.Method == http.MethodPut {
		h := sha256.New()
		n, err := io.Copy(h, r.Body)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.Header().Set("X-Len", itoa(n))
		_, _ = io.WriteString(w, hex.EncodeToString(h.Sum(nil)))
		return
	}
	_, _ = io.WriteString(w, s.name+" "+r.URL.Path)
}

func itoa(n int64) string {
	b := make([]byte, 0, 20)
	if n == 0 {
		return "0"
	}
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func dialer(addr string) Dialer {
	return func(ctx context.Context) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}
}

// front serves a Port on a loopback listener, like the agent's redirect listener.
type front struct {
	p    *Port
	addr string
}

func startPort(t testing.TB, app string, tweak func(*Port)) *front {
	t.Helper()
	p := NewPort(8080, dialer(app), t.Logf)
	if tweak != nil {
		tweak(p)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() { defer wg.Done(); p.ServeConn(ctx, c) }()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		cancel()
		if err := p.Close(); err != nil {
			t.Error(err)
		}
		wg.Wait()
	})
	return &front{p: p, addr: ln.Addr().String()}
}

func mustFilter(t testing.TB, headers []string, path, method string) Filter {
	t.Helper()
	f, err := ParseFilter(headers, path, method)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *front) steal(t testing.TB, id, owner string, dev *server, headers ...string) {
	t.Helper()
	c := Claim{ID: id, Owner: owner, Mode: StealFiltered, Filter: mustFilter(t, headers, "", ""), Deliver: dialer(dev.addr)}
	if err := f.p.AddClaim(c); err != nil {
		t.Fatal(err)
	}
}

// rawServer accepts connections and hands each to f; for non-HTTP apps and developers.
func rawServer(t testing.TB, f func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	netnstest.Serve(t, ln, f)
	return ln.Addr().String()
}

// echo copies everything back.
func echo(c net.Conn) {
	_, _ = io.Copy(c, c)
	_ = closeWrite(c)
}

func failingDeliver(ctx context.Context) (net.Conn, error) {
	return nil, errors.New("developer gone")
}

func deadline(t testing.TB, c net.Conn) {
	_ = c.SetDeadline(time.Now().Add(20 * time.Second))
}

// dial connects to the port like a redirected client: the connection has a deadline
// (deadline) and a reader for its answers.
func (f *front) dial(t testing.TB) (net.Conn, *bufio.Reader) {
	t.Helper()
	c, err := net.Dial("tcp", f.addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	deadline(t, c)
	return c, bufio.NewReader(c)
}
