package netstack

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"testing"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/checksum"
	"gvisor.dev/gvisor/pkg/tcpip/header"
)

// echoRequest builds an ICMP or ICMPv6 echo request from src to dst.
func echoRequest(src, dst netip.Addr, payload []byte) []byte {
	s, d := tcpip.AddrFromSlice(src.AsSlice()), tcpip.AddrFromSlice(dst.AsSlice())
	if src.Is4() {
		b := make([]byte, header.IPv4MinimumSize+header.ICMPv4MinimumSize+len(payload))
		ip := header.IPv4(b)
		ip.Encode(&header.IPv4Fields{TotalLength: uint16(len(b)), TTL: 64, Protocol: uint8(header.ICMPv4ProtocolNumber), SrcAddr: s, DstAddr: d})
		ip.SetChecksum(^ip.CalculateChecksum())
		ic := header.ICMPv4(b[header.IPv4MinimumSize:])
		ic.SetType(header.ICMPv4Echo)
		ic.SetIdent(42)
		ic.SetSequence(7)
		copy(ic.Payload(), payload)
		ic.SetChecksum(header.ICMPv4Checksum(ic[:header.ICMPv4MinimumSize], checksum.Checksum(payload, 0)))
		return b
	}
	b := make([]byte, header.IPv6MinimumSize+header.ICMPv6EchoMinimumSize+len(payload))
	ip := header.IPv6(b)
	ip.Encode(&header.IPv6Fields{PayloadLength: uint16(len(b) - header.IPv6MinimumSize), TransportProtocol: header.ICMPv6ProtocolNumber, HopLimit: 64, SrcAddr: s, DstAddr: d})
	ic := header.ICMPv6(b[header.IPv6MinimumSize:])
	ic.SetType(header.ICMPv6EchoRequest)
	ic.SetIdent(42)
	ic.SetSequence(7)
	copy(ic.Payload(), payload)
	ic.SetChecksum(header.ICMPv6Checksum(header.ICMPv6ChecksumParams{Header: ic, Src: s, Dst: d}))
	return b
}

// TestICMPEcho: the stack answers echo requests for its own addresses
// (gVisor) and for any forwarded destination (handleICMP), IPv4 and IPv6,
// with valid checksums.
func TestICMPEcho(t *testing.T) {
	client, client6 := netip.MustParseAddr("198.19.0.2"), netip.MustParseAddr("fd19::2")
	s, err := New(Config{
		Addrs: []netip.Addr{netip.MustParseAddr("198.19.0.1"), netip.MustParseAddr("fd19::1")},
		Dial: func(context.Context, string, netip.AddrPort, netip.AddrPort) (net.Conn, error) {
			return nil, errors.New("no dialing in this test")
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := s.TUN()
	payload := []byte("kube-tun ping")
	for _, dst := range []string{"198.19.0.1", "198.19.77.7", "fd19::1", "fd19::77"} {
		dstA := netip.MustParseAddr(dst)
		src := client
		if dstA.Is6() {
			src = client6
		}
		if _, err := d.Write([][]byte{echoRequest(src, dstA, payload)}, 0); err != nil {
			t.Fatal(err)
		}
		bufs, sizes := [][]byte{make([]byte, 1500)}, []int{0}
		n, err := d.Read(bufs, sizes, 0)
		if err != nil || n != 1 {
			t.Fatalf("ping %s: read %d, %v", dst, n, err)
		}
		b := bufs[0][:sizes[0]]
		if dstA.Is4() {
			ip := header.IPv4(b)
			ic := header.ICMPv4(ip.Payload())
			if !ip.IsChecksumValid() || ic.Type() != header.ICMPv4EchoReply || ip.SourceAddress().String() != dst ||
				ic.Ident() != 42 || ic.Sequence() != 7 || string(ic.Payload()) != string(payload) ||
				header.ICMPv4Checksum(ic[:header.ICMPv4MinimumSize], checksum.Checksum(ic.Payload(), 0)) != ic.Checksum() {
				t.Fatalf("ping %s: bad reply % x", dst, b)
			}
			continue
		}
		ip := header.IPv6(b)
		ic := header.ICMPv6(ip.Payload())
		if ic.Type() != header.ICMPv6EchoReply || ip.SourceAddress().String() != dst || ic.Ident() != 42 ||
			string(ic.Payload()) != string(payload) ||
			header.ICMPv6Checksum(header.ICMPv6ChecksumParams{Header: ic, Src: ip.SourceAddress(), Dst: ip.DestinationAddress()}) != ic.Checksum() {
			t.Fatalf("ping %s: bad reply % x", dst, b)
		}
	}
}
