package netstack_test

import (
	"bytes"
	"net/netip"
	"testing"
	"time"

	"golang.org/x/net/icmp"
	"golang.org/x/net/ipv4"
	"golang.org/x/net/ipv6"

	"github.com/kube-tun/kube-tun/netstack"
)

// TestICMPEcho: the agent stack answers echo requests itself, for its own
// address and for any destination the client routes to it.
func TestICMPEcho(t *testing.T) {
	tn := newTunnel(t, clientStock, netstack.Config{})
	for _, dst := range []netip.Addr{agentAddr, netip.MustParseAddr("198.19.77.7"), agentAddr6, netip.MustParseAddr("fd19::77")} {
		src, typ, proto := clientAddr, icmp.Type(ipv4.ICMPTypeEcho), 1
		if dst.Is6() {
			src, typ, proto = clientAddr6, ipv6.ICMPTypeEchoRequest, 58
		}
		pc, err := tn.stockNet.DialPingAddr(src, dst)
		if err != nil {
			t.Fatal(err)
		}
		req := &icmp.Echo{Seq: 7, Data: []byte("kube-tun ping")}
		b, err := (&icmp.Message{Type: typ, Body: req}).Marshal(nil)
		if err != nil {
			t.Fatal(err)
		}
		var reply *icmp.Echo
		for try := 0; try < 10 && reply == nil; try++ {
			pc.SetDeadline(time.Now().Add(time.Second))
			if _, err := pc.Write(b); err != nil {
				t.Fatal(err)
			}
			buf := make([]byte, 1500)
			n, err := pc.Read(buf)
			if err != nil {
				continue
			}
			m, err := icmp.ParseMessage(proto, buf[:n])
			if err != nil {
				t.Fatal(err)
			}
			reply, _ = m.Body.(*icmp.Echo)
		}
		pc.Close()
		if reply == nil || reply.Seq != req.Seq || !bytes.Equal(reply.Data, req.Data) {
			t.Fatalf("ping %s: reply %+v", dst, reply)
		}
	}
}
