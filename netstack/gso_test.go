package netstack

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"

	"gvisor.dev/gvisor/pkg/buffer"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
)

// gsoPacket builds a host-GSO packet as gVisor's TCP hands it to the link: headers in the
// header space, the payload in several views (so segments straddle them).
func gsoPacket(v6 bool, payload int, flags header.TCPFlags, mss uint16) *stack.PacketBuffer {
	return gsoPacketAt(v6, 1234, 1000, payload, flags, mss)
}

// gsoPacketAt is gsoPacket from source port port with sequence number seq.
func gsoPacketAt(v6 bool, port uint16, seq uint32, payload int, flags header.TCPFlags, mss uint16) *stack.PacketBuffer {
	return gsoFromPacket(tcpPacket(v6, port, seq, flags, payload), v6, header.TCPMinimumSize, mss)
}

// gsoFromPacket is the host-GSO packet of the IP packet p (its TCP header tcpLen bytes
// long) with gVisor's MSS mss: headers in the header space, the payload in several views
// (so segments straddle them).
func gsoFromPacket(p []byte, v6 bool, tcpLen int, mss uint16) *stack.PacketBuffer {
	ipLen := header.IPv4MinimumSize
	typ := stack.GSOTCPv4
	if v6 {
		ipLen, typ = header.IPv6MinimumSize, stack.GSOTCPv6
	}
	hdr := ipLen + tcpLen
	var data buffer.Buffer
	for rest := p[hdr:]; len(rest) > 0; {
		k := min(len(rest), 1000)
		data.Append(buffer.NewViewWithData(rest[:k]))
		rest = rest[k:]
	}
	pkt := stack.NewPacketBuffer(stack.PacketBufferOptions{ReserveHeaderBytes: hdr, Payload: data})
	copy(pkt.TransportHeader().Push(tcpLen), p[ipLen:hdr])
	copy(pkt.NetworkHeader().Push(ipLen), p[:ipLen])
	pkt.GSOOptions = stack.GSO{Type: typ, NeedsCsum: true, CsumOffset: header.TCPChecksumOffset, MSS: mss, L3HdrLen: uint16(ipLen), MaxSize: 1 << 16}
	return pkt
}

// A host-GSO packet comes out as MSS-sized segments that together carry its payload, each
// a valid packet of its own (lengths, IPv4 ID and header checksum, sequence number, TCP
// checksum), FIN and PSH on the last one only, also when the reader's batch is smaller
// than the packet (the rest goes in the next batch).
func TestSegmentTCP(t *testing.T) {
	const mss = 1380
	for _, v6 := range []bool{false, true} {
		for _, size := range []int{0, 1, mss, mss + 1, 3*mss + 17, 47 * mss} {
			for _, batch := range []int{1, 3, 128} {
				t.Run(fmt.Sprintf("v6=%v/size=%d/batch=%d", v6, size, batch), func(t *testing.T) {
					flags := header.TCPFlagAck | header.TCPFlagPsh | header.TCPFlagFin
					pkt := gsoPacket(v6, size, flags, mss)
					defer pkt.DecRef()
					want := tcpPacket(v6, 1234, 1000, flags, size)
					hdr := len(want) - size
					var got []byte
					var segs [][]byte
					from := 0
					for range 100 {
						bufs, sizes := make([][]byte, batch), make([]int, batch)
						for i := range bufs {
							bufs[i] = make([]byte, 16+hdr+mss)
						}
						n, next, bad := segmentTCP(pkt, mss, from, bufs, sizes, 16)
						if bad || n == 0 {
							t.Fatalf("segmentTCP: n=%d bad=%v", n, bad)
						}
						for i := range n {
							segs = append(segs, bufs[i][16:16+sizes[i]])
						}
						from = next
						if from >= size {
							break
						}
					}
					if wantSegs := max(1, (size+mss-1)/mss); len(segs) != wantSegs {
						t.Fatalf("%d segments, want %d", len(segs), wantSegs)
					}
					for i, s := range segs {
						last := i == len(segs)-1
						if !v6 {
							ip := header.IPv4(s)
							if !ip.IsChecksumValid() || int(ip.TotalLength()) != len(s) || ip.ID() != header.IPv4(want).ID()+uint16(i) {
								t.Fatalf("segment %d: bad IPv4 header %x", i, s[:20])
							}
						} else if int(header.IPv6(s).PayloadLength()) != len(s)-header.IPv6MinimumSize {
							t.Fatalf("segment %d: bad IPv6 payload length", i)
						}
						if !tcpChecksumOK(t, s) {
							t.Fatalf("segment %d: bad TCP checksum", i)
						}
						tcp := header.TCP(s[hdr-header.TCPMinimumSize:])
						if seq := tcp.SequenceNumber(); seq != 1000+uint32(len(got)) {
							t.Fatalf("segment %d: seq %d, want %d", i, seq, 1000+len(got))
						}
						wantFlags := header.TCPFlagAck
						if last {
							wantFlags = flags
						}
						if tcp.Flags() != wantFlags {
							t.Fatalf("segment %d: flags %v, want %v", i, tcp.Flags(), wantFlags)
						}
						if !last && len(s)-hdr != mss {
							t.Fatalf("segment %d: %d payload bytes, want %d", i, len(s)-hdr, mss)
						}
						got = append(got, s[hdr:]...)
					}
					if !bytes.Equal(got, want[hdr:]) {
						t.Fatal("payloads differ")
					}
				})
			}
		}
	}
}

// The link queue hands host-GSO packets out as segments, across reads when one read's
// buffers cannot take them all, and counts the queued bytes back to zero.
func TestLinkSegmentsHostGSO(t *testing.T) {
	l := newLink(1420, false)
	const mss, size = 1380, 10*1380 + 5
	var list stack.PacketBufferList
	pkt := gsoPacket(false, size, header.TCPFlagAck|header.TCPFlagPsh, mss)
	list.PushBack(pkt)
	if n, err := l.WritePackets(list); n != 1 || err != nil {
		t.Fatalf("WritePackets: %d %v", n, err)
	}
	pkt.DecRef()
	total, reads := 0, 0
	var seq uint32 = 1000
	for total < size {
		bufs, sizes := make([][]byte, 4), make([]int, 4)
		for i := range bufs {
			bufs[i] = make([]byte, 1500)
		}
		n, err := l.read(bufs, sizes, 0)
		if err != nil {
			t.Fatal(err)
		}
		reads++
		for i := range n {
			s := bufs[i][:sizes[i]]
			if got := binary.BigEndian.Uint32(s[24:]); got != seq {
				t.Fatalf("seq %d, want %d", got, seq)
			}
			seq += uint32(sizes[i] - 40)
			total += sizes[i] - 40
		}
	}
	if total != size || reads != 3 {
		t.Fatalf("%d bytes in %d reads, want %d in 3", total, reads, size)
	}
	requireLinkEmpty(t, l)
}

// requireLinkEmpty fails t unless l's queue is empty and its counts are back to zero.
func requireLinkEmpty(t *testing.T, l *link) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n != 0 || l.bytes != 0 || l.gsoOff != 0 {
		t.Fatalf("queue not empty: n=%d bytes=%d gsoOff=%d", l.n, l.bytes, l.gsoOff)
	}
}

// The link joins a packet's short last segment with the start of the next queued packet
// when that continues the same flow, so every segment but a run's last is MSS-sized; it
// never joins across a gap, another flow or a FIN, and never waits for a packet that is
// not queued yet. The bytes and their sequence numbers are unchanged, also when a read
// has room for one segment only.
func TestLinkJoinsShortSegments(t *testing.T) {
	const mss = 1380
	ack := header.TCPFlagAck | header.TCPFlagPsh
	for _, v6 := range []bool{false, true} {
		for _, batch := range []int{1, 2, 128} {
			t.Run(fmt.Sprintf("v6=%v/batch=%d", v6, batch), func(t *testing.T) {
				hdr := header.IPv4MinimumSize + header.TCPMinimumSize
				if v6 {
					hdr = header.IPv6MinimumSize + header.TCPMinimumSize
				}
				type pk struct {
					port    uint16
					seq     uint32
					payload int
					flags   header.TCPFlags
				}
				aLen, bLen := 3*mss+100, 2*mss+50
				pkts := []pk{
					{1234, 1000, aLen, ack},                                               // A
					{1234, 1000 + uint32(aLen), bLen, ack},                                // B continues A
					{1234, 1000 + uint32(aLen+bLen) + 7, 500, ack},                        // C: a gap before it
					{4321, 1000 + uint32(aLen+bLen) + 507, 600, ack},                      // D: another flow
					{4321, 1000 + uint32(aLen+bLen) + 1107, 300, ack | header.TCPFlagFin}, // E continues D, FIN
					{4321, 1000 + uint32(aLen+bLen) + 1407, 200, ack},                     // F after a FIN: not joined
				}
				l := newLink(65535, false)
				var list stack.PacketBufferList
				stream := map[uint16]map[uint32]byte{} // port → seq → byte
				for _, p := range pkts {
					pkt := gsoPacketAt(v6, p.port, p.seq, p.payload, p.flags, mss)
					list.PushBack(pkt)
					if stream[p.port] == nil {
						stream[p.port] = map[uint32]byte{}
					}
					for i := range p.payload {
						stream[p.port][p.seq+uint32(i)] = byte(i)
					}
				}
				if n, err := l.WritePackets(list); n != len(pkts) || err != nil {
					t.Fatalf("WritePackets: %d %v", n, err)
				}
				list.DecRef()
				var lens []int
				var fins int
				seen := 0
				for seen < aLen+bLen+500+600+300+200 {
					bufs, sizes := make([][]byte, batch), make([]int, batch)
					for i := range bufs {
						bufs[i] = make([]byte, 1600)
					}
					n, err := l.read(bufs, sizes, 0)
					if err != nil || n == 0 {
						t.Fatalf("read: %d %v", n, err)
					}
					for i := range n {
						s := bufs[i][:sizes[i]]
						if !v6 && !header.IPv4(s).IsChecksumValid() || !tcpChecksumOK(t, s) {
							t.Fatalf("segment %d: bad checksum", len(lens))
						}
						tcp := header.TCP(s[hdr-header.TCPMinimumSize:])
						data := s[hdr:]
						for j, b := range data {
							want, ok := stream[tcp.SourcePort()][tcp.SequenceNumber()+uint32(j)]
							if !ok || b != want {
								t.Fatalf("segment %d: byte %d of port %d seq %d is %d, want %d (known %v)", len(lens), j, tcp.SourcePort(), tcp.SequenceNumber(), b, want, ok)
							}
						}
						if tcp.Flags()&header.TCPFlagFin != 0 {
							fins++
						}
						lens = append(lens, len(data))
						seen += len(data)
					}
				}
				// A: 3 full; A's 100 + 1280 of B; B's last 1380 + 150 → 1 full + 150; C 500; D's
				// 600 joined with E's 300 (with E's FIN); F 200.
				want := []int{mss, mss, mss, mss, mss, 150, 500, 900, 200}
				if fmt.Sprint(lens) != fmt.Sprint(want) || fins != 1 {
					t.Fatalf("segment payloads %v (FINs %d), want %v (1)", lens, fins, want)
				}
				requireLinkEmpty(t, l)
			})
		}
	}
}

// A short last segment goes out at once when nothing is queued behind it.
func TestLinkDoesNotWaitToJoin(t *testing.T) {
	l := newLink(65535, false)
	var list stack.PacketBufferList
	list.PushBack(gsoPacket(false, 1380+10, header.TCPFlagAck, 1380))
	l.WritePackets(list)
	list.DecRef()
	bufs, sizes := [][]byte{make([]byte, 1600), make([]byte, 1600), make([]byte, 1600)}, make([]int, 3)
	if n, err := l.read(bufs, sizes, 0); n != 2 || err != nil || sizes[1] != 40+10 {
		t.Fatalf("read: %d segments (%v), sizes %v; want 2, the second with 10 bytes", n, err, sizes)
	}
}
