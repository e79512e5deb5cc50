package netstack_test

import (
	"bytes"
	"context"
	"net"
	"net/netip"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/netstack"
)

// TestIPv6Flows: TCP with half-close and checksum, UDP echo and a refused
// port, all over IPv6 inside the tunnel to [::1] upstreams.
func TestIPv6Flows(t *testing.T) {
	ln, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		t.Skipf("no IPv6 loopback: %v", err)
	}
	ln.Close()
	srv := transferServer6(t)
	tn := newTunnel(t, clientStack, netstack.Config{})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := upload(ctx, tn.client, svc(srv.Addr()), 4<<20); err != nil {
		t.Fatalf("upload over IPv6: %v", err)
	}
	if err := download(ctx, tn.client, svc(srv.Addr()), 4<<20); err != nil {
		t.Fatalf("download over IPv6: %v", err)
	}

	pc, err := net.ListenUDP("udp", net.UDPAddrFromAddrPort(netip.MustParseAddrPort("[::1]:0")))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	defer func() { pc.Close(); <-done }()
	go func() {
		defer close(done)
		buf := make([]byte, 2000)
		for {
			n, a, err := pc.ReadFromUDPAddrPort(buf)
			if err != nil {
				return
			}
			pc.WriteToUDPAddrPort(buf[:n], a)
		}
	}()
	c, err := tn.client.DialContext(ctx, "udp", svc(pc.LocalAddr()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	buf := make([]byte, 2000)
	for try := 0; ; try++ {
		c.Write([]byte("v6"))
		c.SetReadDeadline(time.Now().Add(time.Second))
		n, err := c.Read(buf)
		if err == nil && bytes.Equal(buf[:n], []byte("v6")) {
			break
		}
		if try == 10 {
			t.Fatalf("udp over IPv6: %v", err)
		}
	}

	rctx, rcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer rcancel()
	if c, err := tn.client.DialContext(rctx, "tcp", netip.AddrPortFrom(svcAddr6, 1).String()); err == nil {
		c.Close()
		t.Fatal("dial to a closed IPv6 port succeeded")
	} else if rctx.Err() != nil {
		t.Fatalf("refused IPv6 dial hung: %v", err)
	}
}

func transferServer6(t *testing.T) net.Listener {
	return transferServerOn(t, "[::1]:0")
}
