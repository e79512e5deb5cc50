package bind

import (
	"context"
	"errors"
	"io"
	"sync"
	"testing"
	"time"

	"golang.zx2c4.com/wireguard/conn"
)

// dialScript numbers a StreamClient's dial attempts and answers each with the function
// the test gave for its number.
type dialScript struct {
	mu       sync.Mutex
	attempts int
	answers  []DialFunc
}

func (d *dialScript) dial(ctx context.Context) (io.ReadWriteCloser, error) {
	d.mu.Lock()
	n := d.attempts
	d.attempts++
	d.mu.Unlock()
	if n >= len(d.answers) {
		return nil, errors.New("no more attempts scripted")
	}
	return d.answers[n](ctx)
}

func (d *dialScript) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.attempts
}

// openServer returns an open StreamServer, closed when the test ends, and its receive
// function.
func openServer(t *testing.T) (*StreamServer, conn.ReceiveFunc) {
	t.Helper()
	srv := NewStreamServer(fastOpts)
	fns, _, err := srv.Open(0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv, fns[0]
}

// openClient returns an open StreamClient that dials with dial, closed when the test ends.
func openClient(t *testing.T, dial DialFunc, opts StreamOptions) *StreamClient {
	t.Helper()
	cli := NewStreamClient(dial, opts)
	if _, _, err := cli.Open(0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cli.Close() })
	return cli
}

// sendPing sends one datagram from cli and checks that got (the server's receive) has it.
func sendPing(t *testing.T, cli *StreamClient, got <-chan recvResult) {
	t.Helper()
	ep, _ := cli.ParseEndpoint("stream")
	if err := cli.Send([][]byte{[]byte("ping")}, ep); err != nil {
		t.Fatal(err)
	}
	if res := wait(t, got, "server receive"); res.err != nil || string(res.data) != "ping" {
		t.Fatalf("server got %q, %v", res.data, res.err)
	}
}

// A dial that hangs (as one begun while the network was down hangs in TCP's SYN backoff)
// does not hold the client: after DialStagger it starts another attempt, and a fast
// failure with another attempt in flight does not end the wait. The client connects with
// the third attempt and cancels the first.
func TestStreamClientStaggersDials(t *testing.T) {
	srv, recv := openServer(t)
	cancelled := make(chan error, 1)
	script := &dialScript{answers: []DialFunc{
		func(ctx context.Context) (io.ReadWriteCloser, error) {
			<-ctx.Done()
			cancelled <- ctx.Err()
			return nil, ctx.Err()
		},
		func(context.Context) (io.ReadWriteCloser, error) { return nil, errors.New("refused") },
		srv.DialPipe,
	}}
	opts := fastOpts
	opts.DialStagger = 20 * time.Millisecond
	cli := openClient(t, script.dial, opts)
	sendPing(t, cli, recvAsync(recv, srv.BatchSize()))
	if err := wait(t, cancelled, "the hung attempt to be cancelled"); !errors.Is(err, context.Canceled) {
		t.Fatalf("hung attempt ended with %v, want context.Canceled", err)
	}
	if n := script.count(); n != 3 {
		t.Fatalf("%d dial attempts, want 3", n)
	}
}

// closeRecorder is a stream that reports its Close.
type closeRecorder struct {
	nopRWC
	closed chan struct{}
	once   sync.Once
}

func (c *closeRecorder) Close() error {
	c.once.Do(func() { close(c.closed) })
	return nil
}

// A stream that an abandoned attempt opens after another attempt won is closed, not
// leaked.
func TestStreamClientClosesLateStreams(t *testing.T) {
	srv, recv := openServer(t)
	late := &closeRecorder{closed: make(chan struct{})}
	script := &dialScript{answers: []DialFunc{
		func(ctx context.Context) (io.ReadWriteCloser, error) {
			<-ctx.Done()
			return late, nil // opened just as it was cancelled
		},
		srv.DialPipe,
	}}
	opts := fastOpts
	opts.DialStagger = 20 * time.Millisecond
	cli := openClient(t, script.dial, opts)
	sendPing(t, cli, recvAsync(recv, srv.BatchSize()))
	wait(t, late.closed, "the late stream to be closed")
}

// DialStaggered returns the error of an attempt that fails with none other in flight (so
// that a caller's backoff paces it), and a cancelled context ends a wait on hung attempts.
func TestDialStaggeredErrors(t *testing.T) {
	refused := errors.New("refused")
	_, err := DialStaggered(context.Background(), func(context.Context) (io.Closer, error) {
		return nil, refused
	}, time.Hour, time.Hour, nil)
	if !errors.Is(err, refused) {
		t.Fatalf("fast failure: %v, want %v", err, refused)
	}

	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{}, 2*maxDials)
	go func() {
		for range maxDials {
			<-started
		}
		cancel()
	}()
	_, err = DialStaggered(ctx, func(ctx context.Context) (io.Closer, error) {
		started <- struct{}{}
		<-ctx.Done()
		return nil, ctx.Err()
	}, time.Millisecond, time.Hour, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled while %d attempts hung: %v", maxDials, err)
	}
	if n := len(started); n != 0 {
		t.Fatalf("%d attempts started beyond the %d allowed in flight at once", n, maxDials)
	}
}

// WaitConnected reports a stream once one is up, and false when its wait or its context
// ends first or the client is closed.
func TestStreamClientWaitConnected(t *testing.T) {
	srv, _ := openServer(t)
	gate := make(chan struct{})
	cli := NewStreamClient(func(ctx context.Context) (io.ReadWriteCloser, error) {
		select {
		case <-gate:
			return srv.DialPipe(ctx)
		default:
			return nil, errors.New("network is down")
		}
	}, fastOpts)
	bg := context.Background()
	if cli.WaitConnected(bg, time.Hour) {
		t.Fatal("connected while closed")
	}
	if _, _, err := cli.Open(0); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	if cli.WaitConnected(bg, time.Millisecond) {
		t.Fatal("connected while the network is down")
	}
	ctx, cancel := context.WithCancel(bg)
	cancel()
	if cli.WaitConnected(ctx, time.Hour) {
		t.Fatal("connected with a cancelled context while the network is down")
	}
	close(gate)
	if !cli.WaitConnected(bg, 10*time.Second) {
		t.Fatal("not connected 10 s after the network came back")
	}
}

// NetworkChanged ends a redial's backoff at once: with a backoff of an hour, the client
// connects after the network comes back only because it was told.
func TestStreamClientRedialsWhenNetworkChanges(t *testing.T) {
	srv, recv := openServer(t)
	failed := make(chan struct{}, 1)
	script := &dialScript{answers: []DialFunc{
		func(context.Context) (io.ReadWriteCloser, error) {
			failed <- struct{}{}
			return nil, errors.New("network is unreachable")
		},
		srv.DialPipe,
	}}
	opts := fastOpts
	opts.MinBackoff, opts.MaxBackoff = time.Hour, time.Hour
	cli := NewStreamClient(script.dial, opts)
	cli.NetworkChanged() // closed: a no-op
	if _, _, err := cli.Open(0); err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	wait(t, failed, "the first dial to fail")
	got := recvAsync(recv, srv.BatchSize())
	cli.NetworkChanged()
	deadline := time.Now().Add(10 * time.Second)
	for !cli.State().Connected {
		if time.Now().After(deadline) {
			t.Fatal("the client did not redial when the network changed")
		}
		time.Sleep(time.Millisecond)
	}
	ep, _ := cli.ParseEndpoint("stream")
	if err := cli.Send([][]byte{[]byte("ping")}, ep); err != nil {
		t.Fatal(err)
	}
	if r := wait(t, got, "a datagram on the redialled stream"); r.err != nil {
		t.Fatal(r.err)
	}
}
