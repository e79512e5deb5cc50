package intercept

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// heldApp is an HTTP/1.1 app whose /held requests wait until release is closed, or until
// the client goes away, as net/http tells handlers (a half-close counts); arrived receives
// one value per /held request as it arrives.
type heldApp struct {
	addr    string
	arrived chan struct{}
	release chan struct{}
}

func startHeldApp(t *testing.T) *heldApp {
	t.Helper()
	a := &heldApp{arrived: make(chan struct{}, 8), release: make(chan struct{})}
	a.addr = rawHTTP(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/held" {
			a.arrived <- struct{}{}
			select {
			case <-a.release:
			case <-r.Context().Done(): // the client went away (net/http: also its EOF)
				return
			}
		}
		_, _ = io.WriteString(w, "app "+r.URL.Path)
	})
	return a
}

// rawHTTP serves h on a loopback listener until the test ends.
func rawHTTP(t *testing.T, h http.HandlerFunc) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var protos http.Protocols
	protos.SetHTTP1(true)
	protos.SetUnencryptedHTTP2(true)
	srv := &http.Server{Handler: h, Protocols: &protos}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close(); <-done })
	return ln.Addr().String()
}

// shutdownAsync starts p.Shutdown(ctx) and returns its result channel, after the port
// has begun draining.
func shutdownAsync(t *testing.T, p *Port, ctx context.Context) <-chan error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- p.Shutdown(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for !p.draining() {
		if time.Now().After(deadline) {
			t.Fatal("Shutdown did not start draining")
		}
		time.Sleep(time.Millisecond)
	}
	return done
}

func waitShutdown(t *testing.T, done <-chan error) {
	t.Helper()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Shutdown: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Shutdown did not return")
	}
}

func readBody(t *testing.T, br *bufio.Reader) string {
	t.Helper()
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return string(b)
}

// TestShutdownFinishesRequestInFlight: a request on its way to the app when the last
// claim goes (a developer stops stealing) gets its whole answer, and then the keep-alive
// connection ends at the request boundary, so its client reconnects to the app directly.
func TestShutdownFinishesRequestInFlight(t *testing.T) {
	app := startHeldApp(t)
	dev := startServer(t, "dev")
	f := startPort(t, app.addr, nil)
	f.steal(t, "c1", "ann", dev, "X-User: ann")

	c, br := f.dial(t)
	if _, err := io.WriteString(c, "GET /held HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	<-app.arrived
	done := shutdownAsync(t, f.p, context.Background())
	close(app.release)
	if got := readBody(t, br); got != "app /held" {
		t.Fatalf("in-flight request answered %q", got)
	}
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		t.Fatalf("after the last response: %v, want the connection closed", err)
	}
	waitShutdown(t, done)
}

// TestShutdownClosesIdleKeepAlive: an idle keep-alive connection ends at once, and
// Shutdown does not wait for its deadline.
func TestShutdownClosesIdleKeepAlive(t *testing.T) {
	app := startServer(t, "app")
	dev := startServer(t, "dev")
	f := startPort(t, app.addr, nil)
	f.steal(t, "c1", "ann", dev, "X-User: ann")

	c, br := f.dial(t)
	for _, user := range []string{"ann", "bob"} {
		if _, err := io.WriteString(c, "GET /x HTTP/1.1\r\nHost: x\r\nX-User: "+user+"\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"ann": "dev /x", "bob": "app /x"}[user]
		if got := readBody(t, br); got != want {
			t.Fatalf("%s's request answered %q, want %q", user, got, want)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	done := shutdownAsync(t, f.p, ctx)
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		t.Fatalf("idle connection: %v, want it closed", err)
	}
	waitShutdown(t, done)
}

// TestShutdownKeepsMirroredConnection: stopping a mirror leaves the app's connections
// working until their clients end them.
func TestShutdownKeepsMirroredConnection(t *testing.T) {
	app := rawServer(t, echo)
	dev := rawServer(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
	f := startPort(t, app, nil)
	if err := f.p.AddClaim(Claim{ID: "m", Owner: "ann", Mode: Mirror, Deliver: dialer(dev)}); err != nil {
		t.Fatal(err)
	}
	c, _ := f.dial(t)
	roundTrip := func(msg string) {
		t.Helper()
		if _, err := io.WriteString(c, msg); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, len(msg))
		if _, err := io.ReadFull(c, buf); err != nil || string(buf) != msg {
			t.Fatalf("echo of %q: %q, %v", msg, buf, err)
		}
	}
	roundTrip("before")
	done := shutdownAsync(t, f.p, context.Background())
	roundTrip("during the shutdown")
	if err := c.(*net.TCPConn).CloseWrite(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Fatalf("after the client's close: %v, want EOF", err)
	}
	waitShutdown(t, done)
}

// TestShutdownDeadline: what is still open when Shutdown's context ends is closed, and
// a stolen connection is closed at once with its claim.
func TestShutdownDeadline(t *testing.T) {
	app := rawServer(t, echo)
	dev := rawServer(t, echo)
	f := startPort(t, app, nil)
	toApp, err := net.Dial("tcp", f.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer toApp.Close()
	deadline(t, toApp)
	if _, err := io.WriteString(toApp, "x"); err != nil { // served before the claim: the app's
		t.Fatal(err)
	}
	if _, err := io.ReadFull(toApp, make([]byte, 1)); err != nil {
		t.Fatal(err)
	}
	if err := f.p.AddClaim(Claim{ID: "s", Owner: "ann", Mode: StealAll, Deliver: dialer(dev)}); err != nil {
		t.Fatal(err)
	}
	stolen, err := net.Dial("tcp", f.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer stolen.Close()
	deadline(t, stolen)
	if _, err := io.WriteString(stolen, "y"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(stolen, make([]byte, 1)); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := shutdownAsync(t, f.p, ctx)
	if _, err := stolen.Read(make([]byte, 1)); err == nil {
		t.Fatal("stolen connection still open after its claim was dropped")
	}
	if _, err := io.WriteString(toApp, "z"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(toApp, make([]byte, 1)); err != nil {
		t.Fatalf("the app's connection during the shutdown: %v", err)
	}
	cancel()
	waitShutdown(t, done)
	if _, err := toApp.Read(make([]byte, 1)); err == nil {
		t.Fatal("the app's connection still open after Shutdown's context ended")
	}
}

// TestShutdownH2: an HTTP/2 connection gets a GOAWAY: its open stream finishes, and the
// connection ends then instead of at Shutdown's deadline.
func TestShutdownH2(t *testing.T) {
	app := startHeldApp(t)
	dev := startServer(t, "dev")
	f := startPort(t, app.addr, nil)
	f.steal(t, "c1", "ann", dev, "X-User: ann")
	client := h2Client(f.addr)
	defer client.CloseIdleConnections()

	type result struct {
		body  string
		proto int
		err   error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := client.Get("http://svc/held")
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{string(b), resp.ProtoMajor, err}
	}()
	<-app.arrived
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	done := shutdownAsync(t, f.p, ctx)
	close(app.release)
	if r := <-got; r.err != nil || r.body != "app /held" || r.proto != 2 {
		t.Fatalf("stream in flight: %q over HTTP/%d, %v", r.body, r.proto, r.err)
	}
	waitShutdown(t, done)
}
