package intercept

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coreos/go-iptables/iptables"
	"github.com/kube-tun/kube-tun/agent/redirect"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// TestRedirectIntoPort puts the pieces together as in a pod: a client in another
// network namespace connects to the app's port, the redirect rule sends the connection
// to the agent's listener, OriginalDst recovers the app port, and the Port routes each
// request to the app or to a developer.
func TestRedirectIntoPort(t *testing.T) {
	netnstest.NeedRoot(t, "iptables")
	pod, client := netnstest.New(t, "kt-ip"), netnstest.New(t, "kt-ic")
	netnstest.Link(t, pod, "10.78.0.1", client, "10.78.0.2")

	listenIn := func(ns, addr string) net.Listener {
		var ln net.Listener
		if err := netnstest.Run(ns, func() (err error) { ln, err = net.Listen("tcp4", addr); return err }); err != nil {
			t.Fatal(err)
		}
		return ln
	}
	// The app, inside the pod.
	appLn := listenIn(pod, "0.0.0.0:8080")
	appSrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "app")
	})}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); _ = appSrv.Serve(appLn) }()
	t.Cleanup(func() { _ = appSrv.Close(); wg.Wait() })
	// The developer, reached "through the tunnel" (here: loopback of the host).
	dev := startServer(t, "alice")

	// The agent: Port, listener, redirect table.
	port := NewPort(8080, func(ctx context.Context) (c net.Conn, err error) {
		err = netnstest.Run(pod, func() error {
			var d net.Dialer
			c, err = d.DialContext(ctx, "tcp4", "127.0.0.1:8080")
			return err
		})
		return c, err
	}, t.Logf)
	f := &front{p: port}
	f.steal(t, "a", "alice", dev, "X-User: ^alice$")
	agentLn := listenIn(pod, "0.0.0.0:15001")
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan uint16, 10)
	serveDone := make(chan error, 1)
	go func() {
		serveDone <- Serve(ctx, agentLn, func(p uint16) *Port {
			select {
			case served <- p:
			default:
			}
			if p == 8080 {
				return port
			}
			return nil
		}, t.Logf)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-serveDone; err != nil {
			t.Error(err)
		}
		_ = port.Close()
	})

	script := filepath.Join(t.TempDir(), "iptables")
	if err := os.WriteFile(script, []byte("#!/bin/sh\nexec ip netns exec "+pod+" iptables \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ipt, err := iptables.New(iptables.Path(script))
	if err != nil {
		t.Fatal(err)
	}
	tab := redirect.New(ipt, time.Minute, t.Logf)
	t.Cleanup(func() { _ = tab.Close() })
	if _, err := tab.CleanStale(); err != nil {
		t.Fatal(err)
	}
	if err := tab.Apply([]redirect.Rule{{Port: 8080, ToPort: 15001}}); err != nil {
		t.Fatal(err)
	}

	// From the client namespace: one keep-alive connection, mixed requests.
	var c net.Conn
	if err := netnstest.Run(client, func() (err error) {
		c, err = net.DialTimeout("tcp4", "10.78.0.1:8080", 2*time.Second)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	deadline(t, c)
	br := bufio.NewReader(c)
	for i, user := range []string{"alice", "bob", "alice", ""} {
		fmt.Fprintf(c, "GET /%d HTTP/1.1\r\nHost: svc\r\nX-User: %s\r\n\r\n", i, user)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		want := "app"
		if user == "alice" {
			want = fmt.Sprintf("alice /%d", i)
		}
		if string(body) != want {
			t.Fatalf("request %d (X-User %q): %q, want %q", i, user, body, want)
		}
	}
	select {
	case p := <-served:
		if p != 8080 {
			t.Fatalf("original port %d", p)
		}
	default:
		t.Fatal("the agent listener saw no connection")
	}
	t.Logf("routed requests checked")
	// After the table is closed, new connections reach the app directly.
	if err := tab.Close(); err != nil {
		t.Fatal(err)
	}
	var body string
	if err := netnstest.Run(client, func() error {
		c, err := net.DialTimeout("tcp4", "10.78.0.1:8080", 2*time.Second)
		if err != nil {
			return err
		}
		defer c.Close()
		deadline(t, c)
		fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: svc\r\nX-User: alice\r\nConnection: close\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			return err
		}
		b, _ := io.ReadAll(resp.Body)
		body = string(b)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(body, "app") {
		t.Fatalf("after Close: %q", body)
	}
}
