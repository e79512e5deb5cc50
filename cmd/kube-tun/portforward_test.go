package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/kube-tun/kube-tun/kube"
)

func TestParseForwardSpec(t *testing.T) {
	for in, want := range map[string]forwardSpec{
		"8080":        {8080, 8080, "tcp"},
		"3000:8080":   {3000, 8080, "tcp"},
		"5353:53/udp": {5353, 53, "udp"},
		"9000/UDP":    {9000, 9000, "udp"},
		":5432":       {0, 5432, "tcp"},
		"0:5432/tcp":  {0, 5432, "tcp"},
	} {
		got, err := parseForwardSpec(in)
		if err != nil || got != want {
			t.Errorf("parseForwardSpec(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "x", "0", "8080/sctp", "a:80", "80:70000", "1:2:3"} {
		if _, err := parseForwardSpec(bad); err == nil {
			t.Errorf("parseForwardSpec(%q) should fail", bad)
		}
	}
}

type fakePods struct {
	resolves atomic.Int64
}

func (p *fakePods) pick() kube.PodRef { return kube.PodRef{Name: "p", IP: "127.0.0.1"} }
func (p *fakePods) resolve(context.Context) (*kube.Target, error) {
	p.resolves.Add(1)
	return nil, nil
}

// countingDialer dials on the host, counting dials and failing the first fail of them.
type countingDialer struct {
	dials atomic.Int64
	fail  int64
}

func (d *countingDialer) Dial(ctx context.Context, network, address string) (net.Conn, error) {
	if d.dials.Add(1) <= d.fail {
		return nil, errors.New("pod gone")
	}
	var nd net.Dialer
	return nd.DialContext(ctx, network, address)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		runtime.Gosched()
		time.Sleep(5 * time.Millisecond)
	}
}

// echoServers run a TCP and a UDP echo on loopback until the test ends.
func echoServers(t *testing.T) (tcpPort, udpPort uint16) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		var conns sync.WaitGroup
		defer conns.Wait()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			go func() { defer conns.Done(); defer c.Close(); _, _ = io.Copy(c, c) }()
		}
	}()
	go func() {
		defer wg.Done()
		buf := make([]byte, 2048)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			_, _ = pc.WriteTo(buf[:n], from)
		}
	}()
	t.Cleanup(func() { ln.Close(); pc.Close(); wg.Wait() })
	return uint16(ln.Addr().(*net.TCPAddr).Port), uint16(pc.LocalAddr().(*net.UDPAddr).Port)
}

func TestForwarder(t *testing.T) {
	t.Cleanup(func() { goleak.VerifyNone(t) }) // runs last, after the echo servers stop
	tcpPort, udpPort := echoServers(t)
	pods, dialer := &fakePods{}, &countingDialer{fail: 1}
	fw := &forwarder{dialer: dialer, pods: pods, log: slog.New(slog.DiscardHandler), udpIdle: 100 * time.Millisecond}
	defer fw.close()
	tcpAddr, err := fw.listen("127.0.0.1", forwardSpec{proto: "tcp"}, tcpPort)
	if err != nil {
		t.Fatal(err)
	}
	udpAddr, err := fw.listen("127.0.0.1", forwardSpec{proto: "udp"}, udpPort)
	if err != nil {
		t.Fatal(err)
	}

	// TCP: the first dial fails, the target is resolved again, the retry works.
	c, err := net.Dial("tcp", tcpAddr)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, c, "ping")
	if pods.resolves.Load() != 1 {
		t.Errorf("a failed dial should resolve the target again (%d resolves)", pods.resolves.Load())
	}
	// An open connection stays open while UDP runs; close ends it.
	defer c.Close()

	// UDP: two peers, each its own flow; an idle flow is forgotten.
	a, err := net.Dial("udp", udpAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := net.Dial("udp", udpAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	roundTrip(t, a, "hello a")
	roundTrip(t, b, "hello b")
	if n := fw.udpFlows.Load(); n != 2 {
		t.Errorf("%d UDP flows, want 2", n)
	}
	waitFor(t, "idle UDP flows to be forgotten", func() bool { return fw.udpFlows.Load() == 0 })
	before := dialer.dials.Load()
	roundTrip(t, a, "again")
	if dialer.dials.Load() != before+1 {
		t.Errorf("a peer after its idle timeout should get a new flow")
	}
	fw.close()
	fw.close() // idempotent
	buf := make([]byte, 1)
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Read(buf); err == nil {
		t.Error("close should end forwarded TCP connections")
	}
}

func roundTrip(t *testing.T, c net.Conn, msg string) {
	t.Helper()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Write([]byte(msg)); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, err := c.Read(buf)
	if err != nil || string(buf[:n]) != msg {
		t.Fatalf("round trip %q: got %q, %v", msg, buf[:n], err)
	}
}
