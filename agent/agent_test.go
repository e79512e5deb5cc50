package agent_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
	"golang.zx2c4.com/wireguard/conn"
	"golang.zx2c4.com/wireguard/tun/tuntest"

	"github.com/kube-tun/kube-tun/agent"
	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/tun"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// testNet is an address the test's Dial hook maps to a loopback server, so the agent's
// policy (which refuses loopback destinations) is exercised as in a pod.
const testNet = "203.0.113.10:80"

type harness struct {
	agent  *agent.Agent
	cancel context.CancelFunc
	done   chan error
}

func startAgent(t *testing.T, udpPort int) *harness {
	t.Helper()
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s", r.URL.Path)
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); _ = srv.Serve(ln) }()
	t.Cleanup(func() { srv.Close(); wg.Wait() })

	resolv := filepath.Join(t.TempDir(), "resolv.conf")
	if err := os.WriteFile(resolv, []byte("nameserver 127.0.0.1\nsearch ns.svc.cluster.local svc.cluster.local cluster.local\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := agent.New(agent.Config{
		Version:        "test",
		RegisterListen: "127.0.0.1:0",
		StreamListen:   "127.0.0.1:0",
		UDPPort:        udpPort,
		PeerTimeout:    2 * time.Second,
		ResolvConf:     resolv,
		Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			if address == testNet {
				address = ln.Addr().String()
			}
			var d net.Dialer
			return d.DialContext(ctx, network, address)
		},
	}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{agent: a, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-h.done; err != nil {
			t.Errorf("agent run: %v", err)
		}
	})
	return h
}

func (h *harness) connect(t *testing.T, name, transport string, udpPort int) *client.Session {
	t.Helper()
	reg := h.agent.RegisterAddr().String()
	stream := h.agent.StreamAddr().String()
	var d net.Dialer
	opts := client.Options{
		Name: name, Version: "test", Transport: transport, Userspace: true,
		Register: func(ctx context.Context) (net.Conn, error) { return d.DialContext(ctx, "tcp", reg) },
		Stream:   func(ctx context.Context) (io.ReadWriteCloser, error) { return d.DialContext(ctx, "tcp", stream) },
	}
	if transport == client.TransportUDP {
		opts.UDPEndpoint = mustAddrPort(fmt.Sprintf("127.0.0.1:%d", udpPort))
	}
	s, err := client.Connect(context.Background(), opts, testLogger())
	if err != nil {
		t.Fatalf("connect %s: %v", name, err)
	}
	return s
}

func get(t *testing.T, s *client.Session, url string) string {
	t.Helper()
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DialContext: s.Dial, DisableKeepAlives: true}}
	resp, err := hc.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestSessionsOverBothTransports(t *testing.T) {
	port := freeUDPPort(t)
	h := startAgent(t, port)
	alice := h.connect(t, "alice", client.TransportStream, 0)
	bob := h.connect(t, "bob", client.TransportUDP, port)
	if alice.Addr == bob.Addr {
		t.Fatalf("both sessions got %s", alice.Addr)
	}
	for _, s := range []*client.Session{alice, bob} {
		if got := get(t, s, "http://"+testNet+"/x"); got != "hello /x" {
			t.Fatalf("GET through %s: %q", s.Transport(), got)
		}
	}
	st, err := alice.AgentStatus(context.Background())
	if err != nil || len(st.Sessions) != 2 {
		t.Fatalf("status: %+v %v", st, err)
	}
	for _, se := range st.Sessions {
		if se.You != (se.Name == "alice") {
			t.Errorf("status marks the wrong caller: %+v", se)
		}
	}
	// A client cannot reach another client's tunnel address through the agent.
	ln, err := bob.Listen(8081)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if c, err := alice.Dial(ctx, "tcp", bob.Addr.String()+":8081"); err == nil {
		c.Close()
		t.Fatal("alice reached bob's tunnel address")
	}
	// The registration endpoint is not reachable through the tunnel.
	if c, err := alice.Dial(ctx, "tcp", h.agent.RegisterAddr().String()); err == nil {
		c.Close()
		t.Fatal("registration endpoint reachable through the tunnel")
	}
	// A clean close releases the session at once.
	if err := bob.Close(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, func() bool {
		st, err := alice.AgentStatus(context.Background())
		return err == nil && len(st.Sessions) == 1
	})
	alice.Close()
}

func TestIdleAgentExits(t *testing.T) {
	resolv := filepath.Join(t.TempDir(), "resolv.conf")
	_ = os.WriteFile(resolv, []byte("nameserver 127.0.0.1\n"), 0o644)
	a, err := agent.New(agent.Config{
		RegisterListen: "127.0.0.1:0", StreamListen: "127.0.0.1:0", UDPPort: -1,
		IdleTimeout: 1500 * time.Millisecond, ResolvConf: resolv,
	}, testLogger())
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Run(context.Background()) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("idle agent did not exit")
	}
}

func TestProtocolMismatchIsExplained(t *testing.T) {
	h := startAgent(t, -1)
	resp, err := http.Post("http://"+h.agent.RegisterAddr().String()+"/v1/register", "application/json",
		strings.NewReader(`{"publicKey":"x","protocol":999,"version":"9.9"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusConflict || !strings.Contains(string(b), "same version") {
		t.Fatalf("got %d %s", resp.StatusCode, b)
	}
}

func waitFor(t *testing.T, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in time")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func freeUDPPort(t *testing.T) int {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	return pc.LocalAddr().(*net.UDPAddr).Port
}

// TestUnknownKeyGetsNoReply: a WireGuard peer whose key was never registered gets no
// handshake answer, so it can't even learn that an agent listens.
func TestUnknownKeyGetsNoReply(t *testing.T) {
	port := freeUDPPort(t)
	h := startAgent(t, port)
	// Learn the agent's public key the way a client would, then use ANOTHER key.
	known := h.connect(t, "known", client.TransportUDP, port)
	agentKey := known.Info.AgentPublicKey
	known.Close()

	stranger, err := tun.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dev := tuntest.NewChannelTUN()
	wg, err := tun.NewWG(dev.TUN(), conn.NewStdNetBind(), stranger, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	defer wg.Close()
	pub, err := tun.ParseKey(agentKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := wg.SetPeer(tun.Peer{PublicKey: pub, AllowedIPs: []netip.Prefix{netip.MustParsePrefix("198.19.0.1/32")},
		Endpoint: fmt.Sprintf("127.0.0.1:%d", port), Keepalive: time.Second}); err != nil {
		t.Fatal(err)
	}
	// Keepalives trigger handshake initiations every second or so; none may be answered.
	deadline := time.Now().Add(4 * time.Second)
	for time.Now().Before(deadline) {
		st, err := wg.PeerStats(pub)
		if err != nil {
			t.Fatal(err)
		}
		if !st.LastHandshake.IsZero() || st.RxBytes != 0 {
			t.Fatalf("the agent answered an unregistered key: %+v", st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
