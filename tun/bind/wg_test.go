package bind_test

import (
	"context"
	"io"
	"net"
	"net/netip"
	"sync"
	"testing"
	"time"

	"golang.zx2c4.com/wireguard/conn"
	"golang.zx2c4.com/wireguard/tun/tuntest"

	"github.com/kube-tun/kube-tun/e2e/faultproxy"
	kttun "github.com/kube-tun/kube-tun/tun"
	"github.com/kube-tun/kube-tun/tun/bind"
)

// fast is bind_test.go's fastOpts for this external package.
var fast = bind.StreamOptions{
	KeepaliveInterval: 50 * time.Millisecond,
	DeadAfter:         1500 * time.Millisecond,
	MinBackoff:        10 * time.Millisecond,
	MaxBackoff:        100 * time.Millisecond,
}

// node is a wireguard-go device on a channel TUN.
type node struct {
	tun  *tuntest.ChannelTUN
	wg   *kttun.WG
	key  kttun.Key
	addr netip.Addr
}

func newNode(t testing.TB, b conn.Bind, addr string) *node {
	t.Helper()
	key, err := kttun.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	ct := tuntest.NewChannelTUN()
	w, err := kttun.NewWG(ct.TUN(), b, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return &node{tun: ct, wg: w, key: key, addr: netip.MustParseAddr(addr)}
}

// connect makes each node the other's peer; the client dials endpoint.
func connect(t testing.TB, cli, srv *node, endpoint string) {
	t.Helper()
	if err := cli.wg.SetPeer(kttun.Peer{PublicKey: srv.key.Public(), AllowedIPs: []netip.Prefix{netip.PrefixFrom(srv.addr, 32)}, Endpoint: endpoint}); err != nil {
		t.Fatal(err)
	}
	if err := srv.wg.SetPeer(kttun.Peer{PublicKey: cli.key.Public(), AllowedIPs: []netip.Prefix{netip.PrefixFrom(cli.addr, 32)}}); err != nil {
		t.Fatal(err)
	}
}

// ping sends echo requests from one node to the other until one arrives (the tunnel may
// drop packets while it handshakes or reconnects).
func ping(t testing.TB, from, to *node, within time.Duration) {
	t.Helper()
	pkt := tuntest.Ping(to.addr, from.addr)
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		select {
		case from.tun.Outbound <- pkt:
		case <-time.After(100 * time.Millisecond):
			continue
		}
		timeout := time.After(200 * time.Millisecond)
	drain:
		for {
			select {
			case got := <-to.tun.Inbound:
				if string(got) == string(pkt) {
					return
				}
			case <-timeout:
				break drain
			}
		}
	}
	t.Fatalf("no ping from %v to %v within %v", from.addr, to.addr, within)
}

type dialer func(ctx context.Context) (io.ReadWriteCloser, error)

func tcpServe(t testing.TB, srv *bind.StreamServer) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(l) }()
	t.Cleanup(func() { l.Close(); <-done })
	return l.Addr().String()
}

func tcpDial(addr string) dialer {
	return func(ctx context.Context) (io.ReadWriteCloser, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}
}

func TestWireGuardOverStream(t *testing.T) {
	for _, name := range []string{"pipe", "tcp"} {
		t.Run(name, func(t *testing.T) {
			ss := bind.NewStreamServer(fast)
			var dial dialer
			if name == "tcp" {
				dial = tcpDial(tcpServe(t, ss))
			} else {
				dial = ss.DialPipe
			}
			sc := bind.NewStreamClient(bind.DialFunc(dial), fast)
			srv := newNode(t, ss, "198.19.0.1")
			cli := newNode(t, sc, "198.19.0.2")
			connect(t, cli, srv, "stream")
			ping(t, cli, srv, 10*time.Second)
			ping(t, srv, cli, 10*time.Second)
			st, err := cli.wg.PeerStats(srv.key.Public())
			if err != nil || st.LastHandshake.IsZero() || st.TxBytes == 0 || st.RxBytes == 0 {
				t.Fatalf("client peer stats %+v, %v", st, err)
			}
			// Handshake and pings again after the client device goes down and up (Close then
			// Open of the bind, as wireguard-go's BindUpdate does).
			if err := cli.wg.SetListenPort(1234); err != nil {
				t.Fatal(err)
			}
			ping(t, cli, srv, 10*time.Second)
		})
	}
}

// A stream that silently stops passing data is declared dead, re-dialled, and the tunnel
// resumes in both directions.
func TestStreamLivenessReconnect(t *testing.T) {
	ss := bind.NewStreamServer(fast)
	px := faultproxy.New(t, tcpServe(t, ss))
	sc := bind.NewStreamClient(bind.DialFunc(tcpDial(px.Addr())), fast)
	srv := newNode(t, ss, "198.19.0.1")
	cli := newNode(t, sc, "198.19.0.2")
	connect(t, cli, srv, "stream")
	ping(t, cli, srv, 10*time.Second)
	ping(t, srv, cli, 10*time.Second)
	// Counted, not required to be 0: under CI load (-race on 2 vCPUs) a stall longer than
	// fast's DeadAfter (then 400 ms) made the client reconnect once before the freeze.
	before := sc.State().Reconnects

	px.FreezeConns()
	ping(t, cli, srv, 10*time.Second)
	ping(t, srv, cli, 10*time.Second)
	st := sc.State()
	if st.Reconnects <= before || !st.Connected {
		t.Fatalf("state after freeze (%d reconnects before it): %+v", before, st)
	}
	t.Logf("after freeze: %+v", st)
}

// When the stream is cut, the server sends to the session's new stream as soon as the
// client reconnects, even if the client sends nothing (server-initiated traffic roams).
func TestStreamServerRoamsToNewStream(t *testing.T) {
	ss := bind.NewStreamServer(fast)
	px := faultproxy.New(t, tcpServe(t, ss))
	sc := bind.NewStreamClient(bind.DialFunc(tcpDial(px.Addr())), fast)
	srv := newNode(t, ss, "198.19.0.1")
	cli := newNode(t, sc, "198.19.0.2")
	connect(t, cli, srv, "stream")
	ping(t, cli, srv, 10*time.Second)

	px.Cut()
	ping(t, srv, cli, 10*time.Second)
	ping(t, cli, srv, 10*time.Second)
	if st := sc.State(); st.Reconnects < 1 {
		t.Fatalf("state after cut: %+v", st)
	}
}

// The agent serves UDP and streams at once through Multi.
func TestMultiUDPAndStream(t *testing.T) {
	ss := bind.NewStreamServer(fast)
	agent := newNode(t, bind.NewMulti(conn.NewStdNetBind(), ss), "198.19.0.1")
	port, err := agent.wg.ListenPort()
	if err != nil || port == 0 {
		t.Fatalf("agent listen port %d, %v", port, err)
	}
	udpCli := newNode(t, conn.NewStdNetBind(), "198.19.0.2")
	connect(t, udpCli, agent, netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port).String())

	streamCli := newNode(t, bind.NewStreamClient(bind.DialFunc(tcpDial(tcpServe(t, ss))), fast), "198.19.0.3")
	connect(t, streamCli, agent, "stream")

	for range 2 {
		ping(t, udpCli, agent, 10*time.Second)
		ping(t, agent, udpCli, 10*time.Second)
		ping(t, streamCli, agent, 10*time.Second)
		ping(t, agent, streamCli, 10*time.Second)
	}
	stats, err := agent.wg.Stats()
	if err != nil || len(stats) != 2 {
		t.Fatalf("agent stats %v, %v", stats, err)
	}
	t.Logf("agent peers: %+v", stats)
}

// Rebinding both devices repeatedly (wireguard-go's BindUpdate: Close then Open) while
// packets flow must not deadlock, leak, or break the tunnel.
func TestStreamRebindUnderTraffic(t *testing.T) {
	ss := bind.NewStreamServer(fast)
	sc := bind.NewStreamClient(bind.DialFunc(tcpDial(tcpServe(t, ss))), fast)
	srv := newNode(t, ss, "198.19.0.1")
	cli := newNode(t, sc, "198.19.0.2")
	connect(t, cli, srv, "stream")
	ping(t, cli, srv, 10*time.Second)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, dir := range [][2]*node{{cli, srv}, {srv, cli}} {
		wg.Add(2)
		go func() { // sender
			defer wg.Done()
			pkt := ipv4UDP(dir[0].addr, dir[1].addr, 1200)
			for {
				select {
				case <-stop:
					return
				case dir[0].tun.Outbound <- pkt:
				}
			}
		}()
		go func() { // sink
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				case <-dir[1].tun.Inbound:
				}
			}
		}()
	}
	for i := range 10 {
		if err := cli.wg.SetListenPort(uint16(1000 + i)); err != nil {
			t.Fatal(err)
		}
		if err := srv.wg.SetListenPort(uint16(2000 + i)); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	// The server's replies reach the client without the client sending first: its session
	// (and so the server peer's endpoint) survived the rebinds.
	ping(t, srv, cli, 10*time.Second)
	ping(t, cli, srv, 10*time.Second)
}
