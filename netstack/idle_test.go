package netstack_test

import (
	"bytes"
	"context"
	"io"
	"net"
	"runtime"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/netstack"
)

// TestIdleFlowsKeepOneGoroutine: an idle forwarded TCP flow keeps one goroutine
// in the stack (the upstream reader, handed over to a fresh one with a small
// stack), and flows keep working after the hand-over.
func TestIdleFlowsKeepOneGoroutine(t *testing.T) {
	const flows = 200
	ln := echoServer(t)
	tn := newTunnel(t, clientStack, netstack.Config{})
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conns := make([]net.Conn, 0, flows)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	echo := func(c net.Conn, i int) {
		t.Helper()
		c.SetDeadline(time.Now().Add(20 * time.Second))
		msg := []byte{byte(i), byte(i >> 8)}
		if _, err := c.Write(msg); err != nil {
			t.Fatalf("flow %d: write: %v", i, err)
		}
		got := make([]byte, len(msg))
		if _, err := io.ReadFull(c, got); err != nil || !bytes.Equal(got, msg) {
			t.Fatalf("flow %d: echo %q, %v", i, got, err)
		}
	}
	for i := range flows {
		c, err := tn.client.DialContext(ctx, "tcp", svc(ln.Addr()))
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		echo(c, i)
	}
	// Every flow goes idle and hands its upstream reader over.
	waitFor(t, "every flow to hand over", func() bool { return netstack.Handoffs(tn.agent) >= flows })
	// The echo server has one goroutine per flow, the client stack none, the
	// agent one (a slack of flows/10 for runtime and wireguard-go).
	waitFor(t, "one goroutine per idle flow", func() bool {
		return runtime.NumGoroutine()-before <= 2*flows+flows/10
	})
	for i, c := range conns {
		echo(c, i)
	}
	for _, c := range conns {
		c.Close()
	}
	conns = nil
	waitFor(t, "all flows to end", func() bool { return tn.agent.Stats().ActiveTCP == 0 })
}
