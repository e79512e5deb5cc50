package intercept

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// twoDevs is the common scene: an app and alice and bob stealing by X-User.
func twoDevs(t *testing.T) (*front, *server, *server, *server) {
	app := startServer(t, "app")
	alice := startServer(t, "alice")
	bob := startServer(t, "bob")
	f := startPort(t, app.addr, nil)
	f.steal(t, "a", "alice", alice, "X-User: ^alice$")
	f.steal(t, "b", "bob", bob, "X-User: ^bob$")
	return f, app, alice, bob
}

func TestKeepAliveInterleaved(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	c, br := f.dial(t)
	users := []string{"alice", "", "bob", "bob", "", "alice", "carol", "alice"}
	for i, u := range users {
		req := fmt.Sprintf("GET /r%d HTTP/1.1\r\nHost: x\r\n", i)
		if u != "" {
			req += "X-User: " + u + "\r\n"
		}
		if _, err := io.WriteString(c, req+"\r\n"); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		body, _ := io.ReadAll(resp.Body)
		want := u
		if u == "" || u == "carol" {
			want = "app"
		}
		if got := resp.Header.Get("X-Who"); got != want || string(body) != fmt.Sprintf("%s /r%d", want, i) {
			t.Fatalf("request %d (X-User %q) answered by %q: %q", i, u, got, body)
		}
	}

	// Pipelined: all requests first, then the responses in order.
	var all strings.Builder
	for i, u := range users {
		fmt.Fprintf(&all, "GET /p%d HTTP/1.1\r\nHost: x\r\nX-User: %s\r\n\r\n", i, u)
	}
	if _, err := io.WriteString(c, all.String()); err != nil {
		t.Fatal(err)
	}
	for i, u := range users {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("pipelined %d: %v", i, err)
		}
		body, _ := io.ReadAll(resp.Body)
		want := u
		if u == "" || u == "carol" {
			want = "app"
		}
		if string(body) != fmt.Sprintf("%s /p%d", want, i) {
			t.Fatalf("pipelined %d: got %q", i, body)
		}
	}
}

// patterned is a deterministic body of n bytes, never held in memory whole.
type patterned struct{ n, off int64 }

func (p *patterned) Read(b []byte) (int, error) {
	if p.off >= p.n {
		return 0, io.EOF
	}
	b = b[:min(int64(len(b)), p.n-p.off)]
	for i := range b {
		b[i] = byte((p.off + int64(i)) * 7 % 251)
	}
	p.off += int64(len(b))
	return len(b), nil
}

func patternSum(n int64) string {
	h := sha256.New()
	_, _ = io.Copy(h, &patterned{n: n})
	return hex.EncodeToString(h.Sum(nil))
}

func TestStreamingUploadThroughSteal(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	client := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", f.addr)
	}}}
	defer client.CloseIdleConnections()
	const big = 100 << 20
	for _, tc := range []struct {
		name    string
		n       int64
		chunked bool
		user    string
	}{
		{"chunked 100MB to alice", big, true, "alice"},
		{"content-length 100MB to bob", big, false, "bob"},
		{"chunked 1MB to app", 1 << 20, true, "nobody"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var body io.Reader = &patterned{n: tc.n}
			if tc.chunked {
				body = io.MultiReader(body) // hides the length: Transfer-Encoding: chunked
			}
			req, _ := http.NewRequest("POST", "http://svc/upload", body)
			if !tc.chunked {
				req.ContentLength = tc.n
			}
			req.Header.Set("X-User", tc.user)
			start := time.Now()
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			want := tc.user
			if want == "nobody" {
				want = "app"
			}
			if who := resp.Header.Get("X-Who"); who != want {
				t.Fatalf("answered by %q, want %q", who, want)
			}
			if string(got) != patternSum(tc.n) || resp.Header.Get("X-Len") != itoa(tc.n) {
				t.Fatalf("checksum mismatch: got %s (len %s)", got, resp.Header.Get("X-Len"))
			}
			t.Logf("%d MB in %v", tc.n>>20, time.Since(start).Round(time.Millisecond))
		})
	}
}

func h2Client(addr string) *http.Client {
	var protos http.Protocols
	protos.SetUnencryptedHTTP2(true)
	return &http.Client{Transport: &http.Transport{Protocols: &protos, DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	}}}
}

func TestH2CConcurrentStreams(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	client := h2Client(f.addr)
	defer client.CloseIdleConnections()
	var wg sync.WaitGroup
	errs := make(chan error, 60)
	for i := range 60 {
		user := []string{"alice", "bob", "", "carol"}[i%4]
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("GET", fmt.Sprintf("http://svc/s%d", i), nil)
			if user != "" {
				req.Header.Set("X-User", user)
			}
			resp, err := client.Do(req)
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			want := user
			if user == "" || user == "carol" {
				want = "app"
			}
			if resp.ProtoMajor != 2 || string(body) != fmt.Sprintf("%s /s%d", want, i) {
				errs <- fmt.Errorf("stream %d (X-User %q): proto %d, body %q", i, user, resp.ProtoMajor, body)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestGRPCMetadata(t *testing.T) {
	app := startServer(t, "app")
	dev := startServer(t, "tenant-dev")
	f := startPort(t, app.addr, nil)
	f.steal(t, "g", "dev", dev, "X-Tenant: ^t1$")
	client := h2Client(f.addr)
	defer client.CloseIdleConnections()
	for _, tenant := range []string{"t1", "t2"} {
		msg := "\x00\x00\x00\x00\x05hello"
		req, _ := http.NewRequest("POST", "http://svc/pkg.Svc/Call", strings.NewReader(msg))
		req.Header.Set("Content-Type", "application/grpc")
		req.Header.Set("Te", "trailers")
		req.Header.Set("X-Tenant", tenant)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := map[string]string{"t1": "tenant-dev", "t2": "app"}[tenant]
		if string(body) != msg || resp.Trailer.Get("Grpc-Status") != "0" || resp.Trailer.Get("X-Who-Trailer") != want {
			t.Fatalf("tenant %s: body %q trailers %v, want from %s", tenant, body, resp.Trailer, want)
		}
	}
}

func TestWebsocketUpgradeStolenWhole(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	for _, u := range []string{"alice", "nobody"} {
		c, err := net.Dial("tcp", f.addr)
		if err != nil {
			t.Fatal(err)
		}
		deadline(t, c)
		br := bufio.NewReader(c)
		// A plain request first, then the upgrade on the same connection.
		_, _ = io.WriteString(c, "GET /first HTTP/1.1\r\nHost: x\r\nX-User: bob\r\n\r\n")
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.ReadAll(resp.Body)
		_, _ = io.WriteString(c, "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-User: "+u+"\r\n\r\n")
		resp, err = http.ReadResponse(br, nil)
		if err != nil || resp.StatusCode != 101 {
			t.Fatalf("upgrade: %v %v", resp, err)
		}
		want := map[string]string{"alice": "alice", "nobody": "app"}[u]
		for _, msg := range []string{"one", "two"} {
			_, _ = io.WriteString(c, msg)
			buf := make([]byte, len(want)+1+len(msg))
			if _, err := io.ReadFull(br, buf); err != nil || string(buf) != want+":"+msg {
				t.Fatalf("frame %q: got %q, %v", msg, buf, err)
			}
		}
		c.Close()
	}
}

func TestNonHTTPToApp(t *testing.T) {
	app := rawServer(t, echo)
	dev := startServer(t, "alice")
	f := startPort(t, app, func(p *Port) {
		p.SetLimits(Limits{SniffTimeout: 100 * time.Millisecond, HeaderTimeout: 300 * time.Millisecond})
	})
	f.steal(t, "a", "alice", dev, "X-User: alice")
	for _, tc := range []struct{ name, send string }{
		{"binary", "\x00\x01\x02binary\xff\r\n\r\n"},
		{"text protocol", "HELO example\r\n\r\n"},
		{"bad request line", "GET / HTTP/9.9\r\n\r\n"},
		{"smuggling attempt", "POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
		{"oversized head", "GET / HTTP/1.1\r\nX-Big: " + strings.Repeat("a", 70<<10) + "\r\n\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := net.Dial("tcp", f.addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			deadline(t, c)
			go func() { _, _ = io.WriteString(c, tc.send); _ = closeWrite(c) }()
			got, err := io.ReadAll(c)
			if err != nil || string(got) != tc.send {
				t.Fatalf("echo: got %d bytes %q, err %v", len(got), trunc(got), err)
			}
		})
	}
	t.Run("server speaks first", func(t *testing.T) {
		greeter := rawServer(t, func(c net.Conn) { _, _ = io.WriteString(c, "220 hello\r\n"); echo(c) })
		g := startPort(t, greeter, func(p *Port) { p.SetLimits(Limits{SniffTimeout: 100 * time.Millisecond}) })
		g.steal(t, "a", "alice", dev, "X-User: alice")
		c, err := net.Dial("tcp", g.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		deadline(t, c)
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil || line != "220 hello\r\n" {
			t.Fatalf("greeting %q, %v", line, err)
		}
	})
	t.Run("slowloris does not block others", func(t *testing.T) {
		slow, err := net.Dial("tcp", f.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer slow.Close()
		deadline(t, slow)
		_, _ = io.WriteString(slow, "GET / HTTP/1.1\r\nX-Slow: ")
		// Meanwhile another connection is served.
		c, err := net.Dial("tcp", f.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		deadline(t, c)
		_, _ = io.WriteString(c, "ping\n")
		if line, err := bufio.NewReader(c).ReadString('\n'); err != nil || line != "ping\n" {
			t.Fatalf("other connection: %q %v", line, err)
		}
		// After the header timeout the slow head reached the app raw.
		buf := make([]byte, len("GET / HTTP/1.1\r\nX-Slow: "))
		if _, err := io.ReadFull(slow, buf); err != nil || string(buf) != "GET / HTTP/1.1\r\nX-Slow: " {
			t.Fatalf("slow head: %q %v", buf, err)
		}
	})
}

func trunc(b []byte) []byte {
	if len(b) > 80 {
		return b[:80]
	}
	return b
}

func TestStealAllAndFallback(t *testing.T) {
	app := startServer(t, "app")
	dev := startServer(t, "dev")
	f := startPort(t, app.addr, nil)
	get := func(client *http.Client) string {
		t.Helper()
		resp, err := client.Get("http://svc/x")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		_, _ = io.ReadAll(resp.Body)
		return resp.Header.Get("X-Who")
	}
	newClient := func() *http.Client {
		return &http.Client{Transport: &http.Transport{DisableKeepAlives: true, DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "tcp", f.addr)
		}}}
	}
	if got := get(newClient()); got != "app" {
		t.Fatalf("no claims: %q", got)
	}
	if err := f.p.AddClaim(Claim{ID: "s", Owner: "dev", Mode: StealAll, Deliver: dialer(dev.addr)}); err != nil {
		t.Fatal(err)
	}
	if got := get(newClient()); got != "dev" {
		t.Fatalf("steal all: %q", got)
	}
	f.p.RemoveClaim("s")
	if got := get(newClient()); got != "app" {
		t.Fatalf("after removal: %q", got)
	}
	// Developers gone: whole-port and filtered steals fall back to the app, h1 and h2.
	if err := f.p.AddClaim(Claim{ID: "s", Owner: "dev", Mode: StealAll, Deliver: failingDeliver}); err != nil {
		t.Fatal(err)
	}
	if got := get(newClient()); got != "app" {
		t.Fatalf("steal all, developer gone: %q", got)
	}
	f.p.RemoveClaim("s")
	if err := f.p.AddClaim(Claim{ID: "f", Owner: "dev", Mode: StealFiltered, Filter: mustFilter(t, nil, "^/x", ""), Deliver: failingDeliver}); err != nil {
		t.Fatal(err)
	}
	if got := get(newClient()); got != "app" {
		t.Fatalf("filtered, developer gone: %q", got)
	}
	h2 := h2Client(f.addr)
	defer h2.CloseIdleConnections()
	if got := get(h2); got != "app" {
		t.Fatalf("filtered h2, developer gone: %q", got)
	}
}

func TestMirror(t *testing.T) {
	app := startServer(t, "app")
	var mu sync.Mutex
	var copied strings.Builder
	got := make(chan struct{}, 100)
	healthy := rawServer(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "mirror answers are discarded\r\n")
		buf := make([]byte, 64<<10)
		for {
			n, err := c.Read(buf)
			mu.Lock()
			if copied.Len() < 64<<10 {
				copied.Write(buf[:n])
			}
			mu.Unlock()
			if n > 0 {
				select {
				case got <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	})
	stalled := make(chan struct{})
	stuck := rawServer(t, func(c net.Conn) { <-stalled }) // never reads
	t.Cleanup(func() { close(stalled) })

	f := startPort(t, app.addr, nil)
	for i, addr := range []string{healthy, stuck} {
		if err := f.p.AddClaim(Claim{ID: fmt.Sprint("m", i), Owner: fmt.Sprint("mirror", i), Mode: Mirror, Deliver: dialer(addr)}); err != nil {
			t.Fatal(err)
		}
	}
	client := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", f.addr)
	}}}
	defer client.CloseIdleConnections()
	resp, err := client.Get("http://svc/mirrored")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "app /mirrored" {
		t.Fatalf("app answer: %q", body)
	}
	// 50 MB through a connection whose second mirror never reads: the app gets it all.
	const n = 50 << 20
	req, _ := http.NewRequest("POST", "http://svc/up", &patterned{n: n})
	req.ContentLength = n
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != patternSum(n) {
		t.Fatalf("app got a damaged upload with a stalled mirror")
	}
	// The healthy mirror saw the first request's bytes.
	timeout := time.After(10 * time.Second)
	for {
		mu.Lock()
		ok := strings.Contains(copied.String(), "GET /mirrored HTTP/1.1")
		mu.Unlock()
		if ok {
			break
		}
		select {
		case <-got:
		case <-timeout:
			t.Fatal("the mirror never saw the request")
		}
	}
}

func TestRemoveClaimRoutesToApp(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	client := h2Client(f.addr)
	defer client.CloseIdleConnections()
	who := func() string {
		req, _ := http.NewRequest("GET", "http://svc/", nil)
		req.Header.Set("X-User", "alice")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		_, _ = io.ReadAll(resp.Body)
		return resp.Header.Get("X-Who")
	}
	if got := who(); got != "alice" {
		t.Fatalf("before: %q", got)
	}
	f.p.RemoveClaim("a")
	if got := who(); got != "app" {
		t.Fatalf("after RemoveClaim: %q", got)
	}
}

// An app that closes idle keep-alive connections quickly (like Node's 5 s default) must
// not cost the client a 502: the closed backend is noticed and redialed.
func TestIdleBackendClosedByApp(t *testing.T) {
	var protos http.Protocols
	protos.SetHTTP1(true)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := make(chan struct{}, 10)
	srv := &http.Server{Protocols: &protos, IdleTimeout: 50 * time.Millisecond,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "app") }),
		ConnState: func(_ net.Conn, s http.ConnState) {
			if s == http.StateClosed {
				closed <- struct{}{}
			}
		}}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close(); <-done })
	dev := startServer(t, "alice")
	f := startPort(t, ln.Addr().String(), nil)
	f.steal(t, "a", "alice", dev, "X-User: alice")

	c, br := f.dial(t)
	for i := range 2 {
		if i == 1 {
			select { // the app closed its idle connection to the port
			case <-closed:
			case <-time.After(10 * time.Second):
				t.Fatal("app never closed the idle connection")
			}
		}
		_, _ = io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || string(body) != "app" {
			t.Fatalf("request %d: %d %q", i, resp.StatusCode, body)
		}
	}
}
