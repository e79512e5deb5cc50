package tun

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os/exec"
	"testing"
	"time"

	"golang.zx2c4.com/wireguard/conn"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
	"github.com/kube-tun/kube-tun/tun/bind"
)

// nsBind opens its bind's sockets inside a network namespace.
type nsBind struct {
	conn.Bind
	ns string
}

func (b nsBind) Open(port uint16) (fns []conn.ReceiveFunc, actual uint16, err error) {
	nsErr := netnstest.Run(b.ns, func() error {
		fns, actual, err = b.Bind.Open(port)
		return nil
	})
	if nsErr != nil {
		return nil, 0, nsErr
	}
	return fns, actual, err
}

// end is one side of a real tunnel: a kernel TUN in its own namespace with WireGuard.
type end struct {
	ns, path string
	dev      *Device
	wg       *WG
	key      Key
	addr     netip.Addr
}

const (
	vethA = "10.231.0.1"
	vethB = "10.231.0.2"
)

// realTunnel builds two namespaces joined by a veth pair, a kernel TUN in each, and
// wireguard-go between them over transport "udp" or "stream" (TCP on the veth). a dials b.
func realTunnel(t testing.TB, transport string) (a, b *end) {
	t.Helper()
	return realTunnelOpts(t, transport, bind.StreamOptions{})
}

func realTunnelOpts(t testing.TB, transport string, opts bind.StreamOptions) (a, b *end) {
	t.Helper()
	a, b = &end{addr: netip.MustParseAddr("198.19.0.2")}, &end{addr: netip.MustParseAddr("198.19.0.1")}
	a.ns, a.path = newNetNS(t)
	b.ns, b.path = newNetNS(t)
	netnstest.Link(t, a.ns, vethA, b.ns, vethB)

	var bindA, bindB conn.Bind
	endpoint := "stream"
	switch transport {
	case "udp":
		bindA = nsBind{conn.NewStdNetBind(), a.ns}
		bindB = nsBind{conn.NewStdNetBind(), b.ns}
		endpoint = vethB + ":51820"
	case "stream":
		ss := bind.NewStreamServer(opts)
		var l net.Listener
		if err := netnstest.Run(b.ns, func() (err error) {
			l, err = net.Listen("tcp", vethB+":7071")
			return err
		}); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { defer close(done); _ = ss.Serve(l) }()
		t.Cleanup(func() { l.Close(); <-done })
		bindB = ss
		bindA = bind.NewStreamClient(func(ctx context.Context) (io.ReadWriteCloser, error) {
			var c net.Conn
			err := netnstest.Run(a.ns, func() (err error) {
				var d net.Dialer
				c, err = d.DialContext(ctx, "tcp", vethB+":7071")
				return err
			})
			return c, err
		}, opts)
	default:
		t.Fatalf("unknown transport %q", transport)
	}

	for _, e := range []struct {
		e    *end
		peer *end
		b    conn.Bind
	}{{a, b, bindA}, {b, a, bindB}} {
		var err error
		e.e.dev, err = Create(Config{
			Name:   "kt" + randSuffix(),
			Addr:   netip.PrefixFrom(e.e.addr, 32),
			Routes: []netip.Prefix{netip.PrefixFrom(e.peer.addr, 32)},
			NetNS:  e.e.path,
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.e.dev.Close() })
		if e.e.key, err = GenerateKey(); err != nil {
			t.Fatal(err)
		}
		e.e.wg, err = NewWG(e.e.dev.Tun(), e.b, e.e.key, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.e.wg.Close() })
	}
	if transport == "udp" {
		if err := b.wg.SetListenPort(51820); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.wg.SetPeer(Peer{PublicKey: b.key.Public(), AllowedIPs: []netip.Prefix{netip.PrefixFrom(b.addr, 32)}, Endpoint: endpoint}); err != nil {
		t.Fatal(err)
	}
	if err := b.wg.SetPeer(Peer{PublicKey: a.key.Public(), AllowedIPs: []netip.Prefix{netip.PrefixFrom(a.addr, 32)}}); err != nil {
		t.Fatal(err)
	}
	return a, b
}

// echoServer serves TCP echo on addr:port inside the namespace of e until cleanup, which
// also closes the accepted connections (the tunnel may be gone before their FIN arrives).
func echoServer(t testing.TB, e *end, port int) {
	t.Helper()
	var l net.Listener
	if err := netnstest.Run(e.ns, func() (err error) {
		l, err = net.Listen("tcp", netip.AddrPortFrom(e.addr, uint16(port)).String())
		return err
	}); err != nil {
		t.Fatal(err)
	}
	netnstest.Serve(t, l, func(c net.Conn) { _, _ = io.Copy(c, c) })
}

// dialFrom dials addr from inside e's namespace.
func dialFrom(t testing.TB, e *end, addr string) net.Conn {
	t.Helper()
	var c net.Conn
	if err := netnstest.Run(e.ns, func() (err error) {
		d := net.Dialer{Timeout: 10 * time.Second}
		c, err = d.Dial("tcp", addr)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return c
}

// echoRoundTrip sends n random bytes through the echo server and checks they come back.
func echoRoundTrip(t testing.TB, c net.Conn, n int) {
	t.Helper()
	data := make([]byte, n)
	rand.Read(data)
	errc := make(chan error, 1)
	go func() {
		_, err := c.Write(data)
		errc <- err
	}()
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	got := make([]byte, n)
	if _, err := io.ReadFull(c, got); err != nil {
		t.Fatalf("read echo: %v", err)
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if sha256.Sum256(got) != sha256.Sum256(data) || !bytes.Equal(got[:16], data[:16]) {
		t.Fatal("echo differs")
	}
}

// waitPing pings b from a until it answers. The first handshake can be lost (wireguard-go
// takes the device down and up again as the new TUN reports its link state), and
// WireGuard retries it only after 5 s.
func waitPing(t testing.TB, a, b *end) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		out, err := exec.Command("ip", "netns", "exec", a.ns, "ping", "-c", "1", "-W", "1", b.addr.String()).CombinedOutput()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no ping answer within 20 s: %v\n%s", err, out)
		}
	}
}

// Two kernel TUNs in two namespaces, joined by wireguard-go over UDP or over the stream
// bind on TCP: ping and an 8 MiB TCP echo across.
func TestRealPath(t *testing.T) {
	needRoot(t)
	for _, transport := range []string{"udp", "stream"} {
		t.Run(transport, func(t *testing.T) {
			start := time.Now()
			a, b := realTunnel(t, transport)
			t.Logf("setup %v", time.Since(start))
			waitPing(t, a, b)
			t.Logf("first ping answered after %v", time.Since(start))
			out, err := exec.Command("ip", "netns", "exec", a.ns, "ping", "-c", "3", "-i", "0.2", "-W", "5", b.addr.String()).CombinedOutput()
			if err != nil {
				t.Fatalf("ping: %v\n%s", err, out)
			}
			echoServer(t, b, 8080)
			c := dialFrom(t, a, fmt.Sprintf("%s:8080", b.addr))
			defer c.Close()
			echoRoundTrip(t, c, 8<<20)
			t.Logf("8 MiB echoed after %v", time.Since(start))
			st, err := a.wg.PeerStats(b.key.Public())
			if err != nil || st.TxBytes < 8<<20 {
				t.Fatalf("stats %+v %v", st, err)
			}
			t.Logf("%s: peer stats %+v", transport, st)
			// The usual shutdown order: WireGuard (which closes the TUN) then the Device,
			// whose routes are then already gone with the link.
			c.Close()
			if err := a.wg.Close(); err != nil {
				t.Fatal(err)
			}
			if err := a.dev.Close(); err != nil {
				t.Fatalf("device close after wg close: %v", err)
			}
		})
	}
}

// The stream's TCP connection on the veth silently stops passing packets (an iptables DROP
// in the client's namespace): the client declares it dead, keeps re-dialling while the
// path is blocked, and the tunnel (and a TCP connection inside it) resumes once the path
// is back.
func TestRealPathStreamBlackhole(t *testing.T) {
	needRoot(t)
	if _, err := exec.LookPath("iptables"); err != nil {
		t.Skip("no iptables")
	}
	opts := bind.StreamOptions{KeepaliveInterval: 200 * time.Millisecond, DeadAfter: time.Second, MaxBackoff: 500 * time.Millisecond}
	a, b := realTunnelOpts(t, "stream", opts)
	waitPing(t, a, b)
	echoServer(t, b, 8080)
	c := dialFrom(t, a, fmt.Sprintf("%s:8080", b.addr))
	defer c.Close()
	echoRoundTrip(t, c, 1<<20)

	rule := []string{"OUTPUT", "-p", "tcp", "--dport", "7071", "-j", "DROP"}
	netnstest.Sh(t, append([]string{"ip", "netns", "exec", a.ns, "iptables", "-w", "-I"}, rule...)...)
	unblock := func() {
		exec.Command("ip", append([]string{"netns", "exec", a.ns, "iptables", "-w", "-D"}, rule...)...).Run()
	}
	t.Cleanup(unblock)
	// Wait until the client has noticed (no rx for DeadAfter) and is re-dialling.
	deadline := time.Now().Add(10 * time.Second)
	for streamConnected(a) {
		if time.Now().After(deadline) {
			t.Fatal("client did not notice the blackholed stream")
		}
		time.Sleep(50 * time.Millisecond)
	}
	unblock()
	// The same inner TCP connection carries data again.
	echoRoundTrip(t, c, 1<<20)
	waitPing(t, a, b)
}

// streamConnected reports the StreamClient state of a's WireGuard bind.
func streamConnected(a *end) bool {
	return a.wg.dev.Bind().(*bind.StreamClient).State().Connected
}
