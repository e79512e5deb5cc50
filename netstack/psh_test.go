package netstack

import (
	"testing"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/checksum"
	"gvisor.dev/gvisor/pkg/tcpip/header"
)

// tcpPacket builds a checksummed IPv4 or IPv6 TCP segment.
func tcpPacket(v6 bool, srcPort uint16, seq uint32, flags header.TCPFlags, payload int) []byte {
	src, dst := tcpip.AddrFrom4([4]byte{10, 0, 0, 1}), tcpip.AddrFrom4([4]byte{10, 0, 0, 2})
	ipLen := header.IPv4MinimumSize
	if v6 {
		src = tcpip.AddrFrom16([16]byte{0xfd, 15: 1})
		dst = tcpip.AddrFrom16([16]byte{0xfd, 15: 2})
		ipLen = header.IPv6MinimumSize
	}
	p := make([]byte, ipLen+header.TCPMinimumSize+payload)
	for i := range payload {
		p[ipLen+header.TCPMinimumSize+i] = byte(i)
	}
	if v6 {
		header.IPv6(p).Encode(&header.IPv6Fields{
			PayloadLength: uint16(header.TCPMinimumSize + payload), TransportProtocol: header.TCPProtocolNumber,
			HopLimit: 64, SrcAddr: src, DstAddr: dst,
		})
	} else {
		ip := header.IPv4(p)
		ip.Encode(&header.IPv4Fields{
			TotalLength: uint16(len(p)), Protocol: uint8(header.TCPProtocolNumber), TTL: 64,
			Flags: header.IPv4FlagDontFragment, SrcAddr: src, DstAddr: dst,
		})
		ip.SetChecksum(^ip.CalculateChecksum())
	}
	tcp := header.TCP(p[ipLen:])
	tcp.Encode(&header.TCPFields{
		SrcPort: srcPort, DstPort: 80, SeqNum: seq, AckNum: 1,
		DataOffset: header.TCPMinimumSize, Flags: flags, WindowSize: 1024,
	})
	xsum := header.PseudoHeaderChecksum(header.TCPProtocolNumber, src, dst, uint16(len(tcp)))
	tcp.SetChecksum(^checksum.Checksum(tcp, xsum))
	return p
}

func tcpChecksumOK(t *testing.T, p []byte) bool {
	t.Helper()
	var tcp header.TCP
	var src, dst tcpip.Address
	if p[0]>>4 == 6 {
		ip := header.IPv6(p)
		tcp, src, dst = header.TCP(ip.Payload()), ip.SourceAddress(), ip.DestinationAddress()
	} else {
		ip := header.IPv4(p)
		tcp, src, dst = header.TCP(ip.Payload()), ip.SourceAddress(), ip.DestinationAddress()
	}
	xsum := header.PseudoHeaderChecksum(header.TCPProtocolNumber, src, dst, uint16(len(tcp)))
	return checksum.Checksum(tcp, xsum) == 0xffff
}

func TestClearInnerPSH(t *testing.T) {
	const ackPsh = header.TCPFlagAck | header.TCPFlagPsh
	for _, v6 := range []bool{false, true} {
		pkts := [][]byte{
			tcpPacket(v6, 1000, 100, ackPsh, 1000),                              // followed by its next segment: cleared
			tcpPacket(v6, 1000, 1100, ackPsh, 1000),                             // followed by another flow: kept
			tcpPacket(v6, 2000, 5000, ackPsh, 500),                              // followed by a gap: kept
			tcpPacket(v6, 2000, 9999, ackPsh, 500),                              // followed by a FIN: kept
			tcpPacket(v6, 2000, 10499, header.TCPFlagAck|header.TCPFlagFin, 10), // not data-only
			tcpPacket(v6, 3000, 1, ackPsh, 100),                                 // followed by a pure ACK: kept
			tcpPacket(v6, 3000, 101, header.TCPFlagAck, 0),
			tcpPacket(v6, 4000, 7, ackPsh, 300), // last of the batch: kept
		}
		want := []bool{false, true, true, true, false, true, false, true}
		// The link reads into buffers at an offset, as wireguard-go asks.
		const offset = 16
		bufs := make([][]byte, len(pkts))
		sizes := make([]int, len(pkts))
		for i, p := range pkts {
			bufs[i] = append(make([]byte, offset), p...)
			sizes[i] = len(p)
		}
		clearInnerPSH(bufs, sizes, offset)
		for i := range bufs {
			p := bufs[i][offset:]
			s, ok := parseTCPSegment(p)
			if !ok {
				t.Fatalf("v6=%v packet %d: not parsed", v6, i)
			}
			if got := s.flags&tcpFlagPSH != 0; got != want[i] {
				t.Errorf("v6=%v packet %d: PSH %v, want %v", v6, i, got, want[i])
			}
			if !tcpChecksumOK(t, p) {
				t.Errorf("v6=%v packet %d: bad TCP checksum after rewrite", v6, i)
			}
		}
	}
}

func TestParseTCPSegmentRejects(t *testing.T) {
	p := tcpPacket(false, 1, 1, header.TCPFlagAck, 10)
	frag := append([]byte(nil), p...)
	frag[6] |= 0x20 // more fragments
	short := p[:30]
	udp := append([]byte(nil), p...)
	udp[9] = 17
	for name, b := range map[string][]byte{"fragment": frag, "truncated": short, "udp": udp, "empty": nil, "garbage": {0x45, 1, 2}} {
		if _, ok := parseTCPSegment(b); ok {
			t.Errorf("%s: parsed", name)
		}
	}
}

func FuzzClearInnerPSH(f *testing.F) {
	f.Add(tcpPacket(false, 1, 1, header.TCPFlagAck|header.TCPFlagPsh, 10), tcpPacket(false, 1, 11, header.TCPFlagAck|header.TCPFlagPsh, 10))
	f.Add(tcpPacket(true, 1, 1, header.TCPFlagAck|header.TCPFlagPsh, 10), []byte{0x60})
	f.Fuzz(func(t *testing.T, a, b []byte) {
		clearInnerPSH([][]byte{a, b}, []int{len(a), len(b)}, 0)
	})
}
