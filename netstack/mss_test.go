package netstack

import (
	"encoding/binary"
	"fmt"
	"testing"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
)

// tcpPacketOpts is tcpPacket with TCP options opts (a multiple of 4 bytes long).
func tcpPacketOpts(v6 bool, seq uint32, flags header.TCPFlags, opts []byte, payload int) []byte {
	src, dst := tcpip.AddrFrom4([4]byte{10, 0, 0, 1}), tcpip.AddrFrom4([4]byte{10, 0, 0, 2})
	ipLen := header.IPv4MinimumSize
	if v6 {
		src, dst = tcpip.AddrFrom16([16]byte{0xfd, 15: 1}), tcpip.AddrFrom16([16]byte{0xfd, 15: 2})
		ipLen = header.IPv6MinimumSize
	}
	tcpLen := header.TCPMinimumSize + len(opts)
	p := make([]byte, ipLen+tcpLen+payload)
	for i := range payload {
		p[ipLen+tcpLen+i] = byte(i * 7)
	}
	if v6 {
		header.IPv6(p).Encode(&header.IPv6Fields{
			PayloadLength: uint16(tcpLen + payload), TransportProtocol: header.TCPProtocolNumber,
			HopLimit: 64, SrcAddr: src, DstAddr: dst,
		})
	} else {
		ip := header.IPv4(p)
		ip.Encode(&header.IPv4Fields{
			TotalLength: uint16(len(p)), Protocol: uint8(header.TCPProtocolNumber), TTL: 64,
			SrcAddr: src, DstAddr: dst,
		})
		ip.SetChecksum(^ip.CalculateChecksum())
	}
	tcp := header.TCP(p[ipLen:])
	tcp.Encode(&header.TCPFields{
		SrcPort: 80, DstPort: 40000, SeqNum: seq, AckNum: 1,
		DataOffset: uint8(tcpLen), Flags: flags, WindowSize: 1024,
	})
	copy(tcp[header.TCPMinimumSize:], opts)
	return p
}

// mssOpt and tsOpt are the options of a SYN announcing mss and of a data segment with
// timestamps (NOP, NOP, timestamp: 12 bytes, as gVisor and Linux send them).
func mssOpt(mss uint16) []byte { return []byte{2, 4, byte(mss >> 8), byte(mss)} }

var tsOpt = []byte{1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 2}

// gsoPacketOpts is the host-GSO packet gVisor's TCP would hand the link: headers with
// options opts, payload in several views, gVisor's MSS.
func gsoPacketOpts(v6 bool, seq uint32, opts []byte, payload int, mss uint16) *stack.PacketBuffer {
	p := tcpPacketOpts(v6, seq, header.TCPFlagAck|header.TCPFlagPsh, opts, payload)
	return gsoFromPacket(p, v6, header.TCPMinimumSize+len(opts), mss)
}

func TestMSSOption(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts []byte
		want uint16
		ok   bool
	}{
		{"mss", mssOpt(1380), 1380, true},
		{"after nops and sack-permitted", append([]byte{1, 1, 4, 2}, mssOpt(1360)...), 1360, true},
		{"timestamps only", tsOpt, 0, false},
		{"none", nil, 0, false},
		{"end of options first", append([]byte{0, 0, 0, 0}, mssOpt(1380)...), 0, false},
		{"zero length", []byte{3, 0, 1, 1}, 0, false},
		{"length past the header", []byte{1, 1, 5, 10}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tcpPacketOpts(false, 1, header.TCPFlagSyn, tc.opts, 0)
			got, ok := mssOption(p[header.IPv4MinimumSize:])
			if got != tc.want || ok != tc.ok {
				t.Fatalf("mssOption = %d, %v; want %d, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// The smallest announced MSS per IP version counts; SYN-ACKs count, other packets do not,
// and a SYN without the option announces the protocol's default.
func TestPeerMSSNoteSYN(t *testing.T) {
	var m peerMSS
	note := func(v6 bool, flags header.TCPFlags, opts []byte) {
		m.noteSYN(tcpPacketOpts(v6, 1, flags, opts, 0))
	}
	note(false, header.TCPFlagAck, mssOpt(100)) // not a SYN
	if m.v4.Load() != 0 {
		t.Fatalf("an ACK set the MSS to %d", m.v4.Load())
	}
	note(false, header.TCPFlagSyn, mssOpt(1380))
	note(false, header.TCPFlagSyn|header.TCPFlagAck, mssOpt(1400))
	note(true, header.TCPFlagSyn, mssOpt(1360))
	if v4, v6 := m.v4.Load(), m.v6.Load(); v4 != 1380 || v6 != 1360 {
		t.Fatalf("v4, v6 = %d, %d; want 1380, 1360", v4, v6)
	}
	note(false, header.TCPFlagSyn|header.TCPFlagAck, mssOpt(1200))
	note(false, header.TCPFlagSyn, nil)
	if got := m.v4.Load(); got != defaultMSSv4 {
		t.Fatalf("v4 = %d after a SYN without the option, want %d", got, defaultMSSv4)
	}
	if got := m.v6.Load(); got != 1360 {
		t.Fatalf("v6 = %d, want 1360 (v4 SYNs must not change it)", got)
	}
}

// Segments are cut at gVisor's MSS until a SYN from the wire announced an MSS; then they
// fill what the MTU leaves after the packet's own headers, within that MSS. Every byte
// arrives once, in order, in valid packets.
func TestLinkFillsSegments(t *testing.T) {
	const mtu = 1420
	for _, tc := range []struct {
		v6        bool
		announced uint16 // 0: no SYN
		gvisorMSS uint16 // min(announced, MTU-IP-20) - 40, as gVisor sizes it
		want      int
	}{
		{false, 0, 1340, 1340},
		{false, 1380, 1340, 1368},   // MTU-bound: 1420 - 20 - 32
		{false, 1300, 1260, 1288},   // peer-bound: 1300 - 12
		{false, 65495, 1340, 1368},  // a loopback-sized MSS: the MTU decides
		{true, 1360, 1320, 1348},    // IPv6: 1420 - 40 - 32
		{false, 536 + 40, 536, 564}, // tiny MSS: the peer decides
	} {
		t.Run(fmt.Sprintf("v6=%v/mss=%d", tc.v6, tc.announced), func(t *testing.T) {
			l := newLink(mtu, false)
			l.Attach(nopDispatcher{})
			if tc.announced != 0 {
				syn := tcpPacketOpts(tc.v6, 1, header.TCPFlagSyn, mssOpt(tc.announced), 0)
				if _, err := l.write([][]byte{syn}, 0); err != nil {
					t.Fatal(err)
				}
			}
			// Two packets back to back, so that the first one's short tail is joined
			// with the start of the second.
			const size = 20*1340 + 77
			var list stack.PacketBufferList
			list.PushBack(gsoPacketOpts(tc.v6, 1000, tsOpt, size, tc.gvisorMSS))
			list.PushBack(gsoPacketOpts(tc.v6, 1000+size, tsOpt, size, tc.gvisorMSS))
			if n, err := l.WritePackets(list); n != 2 || err != nil {
				t.Fatalf("WritePackets: %d %v", n, err)
			}
			list.DecRef()
			var segs [][]byte
			for l.n > 0 {
				bufs, sizes := make([][]byte, 8), make([]int, 8)
				for i := range bufs {
					bufs[i] = make([]byte, mtu)
				}
				n, err := l.read(bufs, sizes, 0)
				if err != nil {
					t.Fatal(err)
				}
				for i := range n {
					segs = append(segs, bufs[i][:sizes[i]])
				}
			}
			seq := uint32(1000)
			for i, s := range segs {
				tcpOff := header.IPv4MinimumSize
				if tc.v6 {
					tcpOff = header.IPv6MinimumSize
				}
				hdr := tcpOff + header.TCPMinimumSize + len(tsOpt)
				if len(s) > mtu || !tcpChecksumOK(t, s) {
					t.Fatalf("segment %d: %d bytes, checksum ok %v", i, len(s), tcpChecksumOK(t, s))
				}
				if got := binary.BigEndian.Uint32(s[tcpOff+4:]); got != seq {
					t.Fatalf("segment %d: seq %d, want %d", i, got, seq)
				}
				if i < len(segs)-1 && len(s)-hdr != tc.want {
					t.Fatalf("segment %d: %d payload bytes, want %d", i, len(s)-hdr, tc.want)
				}
				seq += uint32(len(s) - hdr)
			}
			if seq != 1000+2*size {
				t.Fatalf("segments carry %d bytes, want %d", seq-1000, 2*size)
			}
		})
	}
}

// nopDispatcher takes the packets the link delivers and drops them.
type nopDispatcher struct{}

func (nopDispatcher) DeliverNetworkPacket(tcpip.NetworkProtocolNumber, *stack.PacketBuffer) {}
func (nopDispatcher) DeliverLinkPacket(tcpip.NetworkProtocolNumber, *stack.PacketBuffer)    {}
