package netstack_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/curve25519"
	"golang.zx2c4.com/wireguard/conn"
	"golang.zx2c4.com/wireguard/device"
	"golang.zx2c4.com/wireguard/tun"
	wgnetstack "golang.zx2c4.com/wireguard/tun/netstack"

	"github.com/kube-tun/kube-tun/netstack"
)

// Tunnel addresses of the in-process tests. Flows to svcAddr are forwarded
// by the agent's Dial to the same port on 127.0.0.1; nothing else is dialed.
var (
	agentAddr  = netip.MustParseAddr("198.19.0.1")
	clientAddr = netip.MustParseAddr("198.19.0.2")
	svcAddr    = netip.MustParseAddr("198.19.200.1")

	agentAddr6  = netip.MustParseAddr("fd19::1")
	clientAddr6 = netip.MustParseAddr("fd19::2")
	svcAddr6    = netip.MustParseAddr("fd19::c8:1") // forwarded to [::1]
)

// clientKind selects the client end of a tunnel.
type clientKind int

const (
	clientStack clientKind = iota // our Stack with Dial == nil
	clientStock                   // wireguard-go's stock tun/netstack
)

func (k clientKind) String() string {
	if k == clientStock {
		return "stock-client"
	}
	return "stack-client"
}

// dialer is what a test needs from the client end.
type dialer interface {
	DialContext(ctx context.Context, network, address string) (net.Conn, error)
}

// stockDialer adapts wireguard-go's netstack.Net.
type stockDialer struct{ n *wgnetstack.Net }

func (d stockDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(network, "udp") {
		return d.n.DialUDPAddrPort(netip.AddrPort{}, ap)
	}
	return d.n.DialContextTCPAddrPort(ctx, ap)
}

// tunnel is a client and an agent joined by two wireguard-go devices over
// real loopback UDP sockets.
type tunnel struct {
	agent       *netstack.Stack
	client      dialer
	clientStack *netstack.Stack // set for clientStack
	stockNet    *wgnetstack.Net // set for clientStock
}

// loopbackDial is the agent's Dial in tests: svcAddr:port → 127.0.0.1:port.
func loopbackDial(ctx context.Context, network string, _, dst netip.AddrPort) (net.Conn, error) {
	var lo netip.Addr
	switch dst.Addr() {
	case svcAddr:
		lo = netip.MustParseAddr("127.0.0.1")
	case svcAddr6:
		lo = netip.IPv6Loopback()
	default:
		return nil, fmt.Errorf("test policy: %s not allowed", dst)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, netip.AddrPortFrom(lo, dst.Port()).String())
}

func newKey(tb testing.TB) (priv, pub [32]byte) {
	if _, err := rand.Read(priv[:]); err != nil {
		tb.Fatal(err)
	}
	priv[0] &= 248
	priv[31] = (priv[31] & 127) | 64
	p, err := curve25519.X25519(priv[:], curve25519.Basepoint)
	if err != nil {
		tb.Fatal(err)
	}
	copy(pub[:], p)
	return priv, pub
}

// newTunnel builds a tunnel whose agent end is a Stack configured by cfg
// (Addrs defaults to agentAddr, Dial to loopbackDial).
func newTunnel(tb testing.TB, kind clientKind, cfg netstack.Config) *tunnel {
	tb.Helper()
	if cfg.Addrs == nil {
		cfg.Addrs = []netip.Addr{agentAddr, agentAddr6}
	}
	if cfg.Dial == nil {
		cfg.Dial = loopbackDial
	}
	agent, err := netstack.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { agent.Close() })
	t := &tunnel{agent: agent}
	var clientTUN tun.Device
	switch kind {
	case clientStack:
		cs, err := netstack.New(netstack.Config{Addrs: []netip.Addr{clientAddr, clientAddr6}})
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { cs.Close() })
		t.client, t.clientStack, clientTUN = cs, cs, cs.TUN()
	case clientStock:
		dev, n, err := wgnetstack.CreateNetTUN([]netip.Addr{clientAddr, clientAddr6}, nil, 1420)
		if err != nil {
			tb.Fatal(err)
		}
		t.client, t.stockNet, clientTUN = stockDialer{n}, n, dev
	}
	connectWG(tb, clientTUN, agent.TUN())
	return t
}

// connectWG joins two tun.Devices with wireguard-go over loopback UDP and
// closes both devices (and so both tun.Devices) at cleanup.
func connectWG(tb testing.TB, clientTUN, agentTUN tun.Device) {
	tb.Helper()
	cPriv, cPub := newKey(tb)
	aPriv, aPub := newKey(tb)
	logger := device.NewLogger(wgLogLevel, "")

	adev := device.NewDevice(agentTUN, conn.NewDefaultBind(), logger)
	tb.Cleanup(adev.Close)
	cfg := fmt.Sprintf("private_key=%s\nlisten_port=0\nreplace_peers=true\npublic_key=%s\nallowed_ip=%s/32\nallowed_ip=%s/128\n",
		hex.EncodeToString(aPriv[:]), hex.EncodeToString(cPub[:]), clientAddr, clientAddr6)
	if err := adev.IpcSet(cfg); err != nil {
		tb.Fatal(err)
	}
	if err := adev.Up(); err != nil {
		tb.Fatal(err)
	}
	port, err := listenPort(adev)
	if err != nil {
		tb.Fatal(err)
	}

	cdev := device.NewDevice(clientTUN, conn.NewDefaultBind(), logger)
	tb.Cleanup(cdev.Close)
	cfg = fmt.Sprintf("private_key=%s\nlisten_port=0\nreplace_peers=true\npublic_key=%s\nendpoint=127.0.0.1:%d\npersistent_keepalive_interval=25\nallowed_ip=0.0.0.0/0\nallowed_ip=::/0\n",
		hex.EncodeToString(cPriv[:]), hex.EncodeToString(aPub[:]), port)
	if err := cdev.IpcSet(cfg); err != nil {
		tb.Fatal(err)
	}
	if err := cdev.Up(); err != nil {
		tb.Fatal(err)
	}
	// The persistent keepalive starts the handshake; wait for it so that a
	// test's first packet is not the one that waits for it (a lost handshake
	// message costs 5 s on a busy machine).
	deadline := time.Now().Add(30 * time.Second)
	for !handshakeDone(cdev) {
		if time.Now().After(deadline) {
			tb.Fatal("wireguard handshake did not complete in 30s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func handshakeDone(d *device.Device) bool {
	s, err := d.IpcGet()
	if err != nil {
		return false
	}
	for _, line := range strings.Split(s, "\n") {
		if v, ok := strings.CutPrefix(line, "last_handshake_time_sec="); ok {
			return v != "0"
		}
	}
	return false
}

func listenPort(d *device.Device) (int, error) {
	s, err := d.IpcGet()
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(s, "\n") {
		if v, ok := strings.CutPrefix(line, "listen_port="); ok {
			return strconv.Atoi(v)
		}
	}
	return 0, errors.New("no listen_port in device config")
}

// svc returns the tunnel address that reaches a loopback listener at addr.
func svc(addr net.Addr) string {
	ap := netip.MustParseAddrPort(addr.String())
	if ap.Addr().Is6() {
		return netip.AddrPortFrom(svcAddr6, ap.Port()).String()
	}
	return netip.AddrPortFrom(svcAddr, ap.Port()).String()
}

var wgLogLevel = device.LogLevelSilent

// serveConns runs handle for every connection ln accepts, each in its own goroutine that
// closes the connection afterwards, until the test ends; its cleanup closes ln and waits
// for every handler.
func serveConns(tb testing.TB, ln net.Listener, handle func(net.Conn)) net.Listener {
	var wg sync.WaitGroup
	tb.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				handle(c)
			}()
		}
	}()
	return ln
}

// echoServer is a loopback TCP server that echoes every connection.
func echoServer(tb testing.TB) net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	return serveConns(tb, ln, func(c net.Conn) { io.Copy(c, c) })
}

// commandServer is a TCP server on addr whose connections start with a command header
// (see header: a letter and a big-endian count); it calls handle with both.
func commandServer(tb testing.TB, addr string, handle func(c net.Conn, cmd byte, n int64)) net.Listener {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		tb.Fatal(err)
	}
	return serveConns(tb, ln, func(c net.Conn) {
		var hdr [9]byte
		if _, err := io.ReadFull(c, hdr[:]); err != nil {
			return
		}
		handle(c, hdr[0], int64(beUint64(hdr[1:])))
	})
}
