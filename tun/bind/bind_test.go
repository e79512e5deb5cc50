package bind

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"golang.zx2c4.com/wireguard/conn"
)

// fastOpts keeps liveness timers short so tests run quickly. DeadAfter stays well above
// a stall under CI load (-race tests of every package on 2 vCPUs): at 400 ms, streams
// were declared dead before the test's first exchange.
var fastOpts = StreamOptions{
	KeepaliveInterval: 50 * time.Millisecond,
	DeadAfter:         1500 * time.Millisecond,
	MinBackoff:        10 * time.Millisecond,
	MaxBackoff:        100 * time.Millisecond,
}

// transport makes client streams that end up in a StreamServer.
type transport func(t *testing.T, srv *StreamServer) DialFunc

// pipeTransport joins client and server with net.Pipe.
func pipeTransport(t *testing.T, srv *StreamServer) DialFunc { return srv.DialPipe }

// tcpTransport joins them over TCP on loopback, with the server's Serve loop.
func tcpTransport(t *testing.T, srv *StreamServer) DialFunc {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(l) }()
	t.Cleanup(func() { l.Close(); <-done })
	addr := l.Addr().String()
	return func(ctx context.Context) (io.ReadWriteCloser, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}
}

var transports = map[string]transport{"pipe": pipeTransport, "tcp": tcpTransport}

// recvOne calls fn in a goroutine and returns its first result, or fails after a deadline.
type recvResult struct {
	data []byte
	ep   conn.Endpoint
	err  error
}

func recvAsync(fn conn.ReceiveFunc, batch int) <-chan recvResult {
	ch := make(chan recvResult, 1)
	go func() {
		bufs := make([][]byte, batch)
		for i := range bufs {
			bufs[i] = make([]byte, MaxFrameSize)
		}
		sizes := make([]int, batch)
		eps := make([]conn.Endpoint, batch)
		n, err := fn(bufs, sizes, eps)
		if err != nil || n == 0 {
			ch <- recvResult{err: err}
			return
		}
		ch <- recvResult{data: bufs[0][:sizes[0]], ep: eps[0]}
	}()
	return ch
}

func wait[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

func TestStreamBindRoundTrip(t *testing.T) {
	for name, tr := range transports {
		t.Run(name, func(t *testing.T) {
			srv := NewStreamServer(fastOpts)
			sfns, _, err := srv.Open(0)
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			cli := NewStreamClient(tr(t, srv), fastOpts)
			cfns, port, err := cli.Open(51820)
			if err != nil || port != 51820 || len(cfns) != 1 {
				t.Fatalf("open: fns=%d port=%d err=%v", len(cfns), port, err)
			}
			defer cli.Close()
			ep, err := cli.ParseEndpoint("stream")
			if err != nil {
				t.Fatal(err)
			}

			got := recvAsync(sfns[0], srv.BatchSize())
			if err := cli.Send([][]byte{[]byte("ping")}, ep); err != nil {
				t.Fatal(err)
			}
			r := wait(t, got, "server receive")
			if r.err != nil || string(r.data) != "ping" {
				t.Fatalf("server got %q, %v", r.data, r.err)
			}
			if !srv.OwnsEndpoint(r.ep) || cli.OwnsEndpoint(r.ep) {
				t.Fatal("endpoint ownership wrong")
			}

			back := recvAsync(cfns[0], cli.BatchSize())
			if err := srv.Send([][]byte{[]byte("pong"), []byte("pong2")}, r.ep); err != nil {
				t.Fatal(err)
			}
			r2 := wait(t, back, "client receive")
			if r2.err != nil || string(r2.data) != "pong" || r2.ep != ep {
				t.Fatalf("client got %q, %v", r2.data, r2.err)
			}
			if st := cli.State(); !st.Connected || !st.Open {
				t.Fatalf("state %+v", st)
			}
		})
	}
}

// The client's receive function must block (not fail) while it cannot connect, and return
// net.ErrClosed after Close; a closed bind can be opened again.
func TestStreamClientBlocksWhileDown(t *testing.T) {
	var mu sync.Mutex
	dials := 0
	quick := fastOpts
	quick.SendWait = 10 * time.Millisecond
	cli := NewStreamClient(func(ctx context.Context) (io.ReadWriteCloser, error) {
		mu.Lock()
		dials++
		mu.Unlock()
		return nil, errors.New("refused")
	}, quick)
	for round := range 2 {
		fns, _, err := cli.Open(0)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := cli.Open(0); !errors.Is(err, conn.ErrBindAlreadyOpen) {
			t.Fatalf("second open: %v", err)
		}
		got := recvAsync(fns[0], 1)
		deadline := time.Now().Add(5 * time.Second)
		for {
			mu.Lock()
			d := dials
			mu.Unlock()
			if d >= 3*(round+1) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("client did not retry dialling")
			}
			time.Sleep(5 * time.Millisecond)
		}
		select {
		case r := <-got:
			t.Fatalf("receive returned while reconnecting: %v", r.err)
		default:
		}
		// Send during reconnect drops after SendWait, without error.
		ep, _ := cli.ParseEndpoint("x")
		if err := cli.Send([][]byte{[]byte("x")}, ep); err != nil {
			t.Fatalf("send while down: %v", err)
		}
		if st := cli.State(); st.Connected || st.LastError == "" {
			t.Fatalf("state %+v", st)
		}
		cli.Close()
		cli.Close()
		if r := wait(t, got, "receive after close"); !errors.Is(r.err, net.ErrClosed) {
			t.Fatalf("receive after close: %v", r.err)
		}
		if err := cli.Send([][]byte{[]byte("x")}, ep); !errors.Is(err, net.ErrClosed) {
			t.Fatalf("send after close: %v", err)
		}
	}
}

func TestStreamServerCloseAndReopen(t *testing.T) {
	srv := NewStreamServer(fastOpts)
	if err := srv.Accept(nopRWC{}); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("accept while closed: %v", err)
	}
	for range 2 {
		fns, _, err := srv.Open(0)
		if err != nil {
			t.Fatal(err)
		}
		a, b := net.Pipe()
		if err := srv.Accept(b); err != nil {
			t.Fatal(err)
		}
		got := recvAsync(fns[0], srv.BatchSize())
		srv.Close()
		srv.Close()
		if r := wait(t, got, "receive after close"); !errors.Is(r.err, net.ErrClosed) {
			t.Fatalf("receive after close: %v", r.err)
		}
		// the accepted stream was closed with the bind
		if _, err := a.Read(make([]byte, 1)); err == nil {
			t.Fatal("stream still open after Close")
		}
		a.Close()
	}
}

type nopRWC struct{}

func (nopRWC) Read([]byte) (int, error)    { return 0, io.EOF }
func (nopRWC) Write(p []byte) (int, error) { return len(p), nil }
func (nopRWC) Close() error                { return nil }

// A stream that does not start with a hello is dropped; one that goes silent is closed
// after DeadAfter; keepalives are echoed.
func TestStreamServerHelloKeepaliveDead(t *testing.T) {
	srv := NewStreamServer(fastOpts)
	if _, _, err := srv.Open(0); err != nil {
		t.Fatal(err)
	}
	defer srv.Close()

	a, b := net.Pipe()
	defer a.Close()
	srv.Accept(b)
	go a.Write([]byte{0, 4, 1, 0, 0, 0})
	if _, err := io.ReadAll(a); err != nil {
		t.Fatal(err)
	}

	c, d := net.Pipe()
	defer c.Close()
	srv.Accept(d)
	id := newSessionID()
	var scratch []byte
	if err := WriteFrames(c, &scratch, [][]byte{helloFrame(id), {}}); err != nil {
		t.Fatal(err)
	}
	echo := make([]byte, 2)
	if _, err := io.ReadFull(c, echo); err != nil || echo[0] != 0 || echo[1] != 0 {
		t.Fatalf("keepalive echo: %v %v", echo, err)
	}
	start := time.Now()
	if _, err := io.ReadAll(c); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el < fastOpts.DeadAfter/2 {
		t.Fatalf("silent stream closed after %v, before DeadAfter", el)
	}
}

// A server that accepts but never reads: the client's writes get stuck once the socket
// buffers fill, and the client must still declare the stream dead and redial.
func TestStreamClientStuckWrite(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var held []net.Conn
	accepted := make(chan struct{}, 100)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c)
			mu.Unlock()
			accepted <- struct{}{}
		}
	}()
	defer func() {
		l.Close()
		<-done
		mu.Lock()
		for _, c := range held {
			c.Close()
		}
		mu.Unlock()
	}()

	cli := NewStreamClient(func(ctx context.Context) (io.ReadWriteCloser, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", l.Addr().String())
	}, fastOpts)
	if _, _, err := cli.Open(0); err != nil {
		t.Fatal(err)
	}
	ep, _ := cli.ParseEndpoint("stream")
	sendDone := make(chan struct{})
	go func() {
		defer close(sendDone)
		batch := make([][]byte, 64)
		for i := range batch {
			batch[i] = make([]byte, 1400)
		}
		for {
			if err := cli.Send(batch, ep); errors.Is(err, net.ErrClosed) {
				return
			}
		}
	}()
	for i := range 3 {
		wait(t, accepted, fmt.Sprintf("connection %d", i+1))
	}
	if st := cli.State(); st.Reconnects < 1 {
		t.Fatalf("state %+v", st)
	}
	cli.Close()
	wait(t, sendDone, "sender to stop after Close")
}

// Accept racing Close never leaves a stream (or its writer goroutine) behind; the
// package's goroutine-leak check catches one that does.
func TestStreamServerAcceptRacesClose(t *testing.T) {
	srv := NewStreamServer(fastOpts)
	for range 2000 {
		if _, _, err := srv.Open(0); err != nil {
			t.Fatal(err)
		}
		a, b := net.Pipe()
		started, done := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(done)
			close(started)
			srv.Accept(b)
		}()
		<-started
		srv.Close()
		<-done
		a.Close()
	}
}
