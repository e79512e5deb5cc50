package redirect

import (
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coreos/go-iptables/iptables"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// topo is a "pod" network namespace and a "client" one joined by a veth pair.
type topo struct {
	pod, client string
	podIP       string
	ipt         *iptables.IPTables // runs iptables inside pod
}

const (
	appPort   = 8080
	agentPort = 15001
	heldPort  = 15002
)

func newTopo(t *testing.T) *topo {
	t.Helper()
	netnstest.NeedRoot(t, "iptables")
	tp := &topo{pod: netnstest.New(t, "kt-rd"), client: netnstest.New(t, "kt-rc"), podIP: "10.77.0.1"}
	netnstest.Link(t, tp.pod, tp.podIP, tp.client, "10.77.0.2")

	script := filepath.Join(t.TempDir(), "iptables")
	if err := os.WriteFile(script, []byte("#!/bin/sh\nexec ip netns exec "+tp.pod+" iptables \"$@\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ipt, err := iptables.New(iptables.Path(script))
	if err != nil {
		t.Fatalf("iptables: %v", err)
	}
	tp.ipt = ipt

	tp.serve(t, appPort, "app")
	tp.serve(t, agentPort, "agent")
	return tp
}

// listen listens on port in the pod.
func (tp *topo) listen(t *testing.T, port int) net.Listener {
	t.Helper()
	var ln net.Listener
	err := netnstest.Run(tp.pod, func() (err error) {
		ln, err = net.Listen("tcp4", fmt.Sprintf("0.0.0.0:%d", port))
		return err
	})
	if err != nil {
		t.Fatalf("listen on %d in the pod: %v", port, err)
	}
	return ln
}

// serve answers every connection to port in the pod with name.
func (tp *topo) serve(t *testing.T, port int, name string) {
	tp.acceptAll(t, port, func(c net.Conn) { _, _ = io.WriteString(c, name) })
}

// acceptAll hands every connection to port in the pod to handle, one at a time, and
// closes it after; the test's end stops it.
func (tp *topo) acceptAll(t *testing.T, port int, handle func(net.Conn)) {
	t.Helper()
	ln := tp.listen(t, port)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			handle(c)
			_ = c.Close()
		}
	}()
	t.Cleanup(func() { _ = ln.Close(); wg.Wait() })
}

// heldServer accepts one connection at a time on its port in the pod, and answers "late"
// once release is closed.
type heldServer struct {
	accepted chan struct{}
	release  chan struct{}
}

func (tp *topo) serveHeld(t *testing.T, port int) *heldServer {
	t.Helper()
	h := &heldServer{accepted: make(chan struct{}, 1), release: make(chan struct{})}
	stop := make(chan struct{})
	tp.acceptAll(t, port, func(c net.Conn) {
		h.accepted <- struct{}{}
		select {
		case <-h.release:
			_, _ = io.WriteString(c, "late")
		case <-stop:
		}
	})
	t.Cleanup(func() { close(stop) }) // runs before acceptAll's: a held handler lets go
	return h
}

// dialApp connects to the app port from ns; the connection has a 5 s deadline.
func (tp *topo) dialApp(t *testing.T, ns string) net.Conn {
	t.Helper()
	var c net.Conn
	err := netnstest.Run(ns, func() (err error) {
		c, err = net.DialTimeout("tcp4", fmt.Sprintf("%s:%d", tp.podIP, appPort), 2*time.Second)
		return err
	})
	if err != nil {
		t.Fatalf("dial app from %s: %v", ns, err)
	}
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	return c
}

// who dials the app port from ns and returns the name of whoever answered.
func (tp *topo) who(t *testing.T, ns string) string {
	t.Helper()
	var got string
	err := netnstest.Run(ns, func() error {
		c, err := net.DialTimeout("tcp4", fmt.Sprintf("%s:%d", tp.podIP, appPort), 2*time.Second)
		if err != nil {
			return err
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(2 * time.Second))
		b, err := io.ReadAll(c)
		got = string(b)
		return err
	})
	if err != nil {
		t.Fatalf("dial app from %s: %v", ns, err)
	}
	return got
}

// natRules returns `iptables-save -t nat` in the pod without comments, counters and
// lease timestamps.
func (tp *topo) natRules(t *testing.T) string {
	out := netnstest.Sh(t, "ip", "netns", "exec", tp.pod, "iptables-save", "-t", "nat")
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, ":") {
			l = strings.Fields(l)[0]
		}
		if i := strings.Index(l, "--datestop "); i >= 0 {
			l = l[:i] + "--datestop X" + l[i+len("--datestop 2006-01-02T15:04:05"):]
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
