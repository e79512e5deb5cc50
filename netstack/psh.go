package netstack

import "encoding/binary"

// TCP flag bits as they sit in byte 13 of the TCP header.
const (
	tcpFlagFIN = 0x01
	tcpFlagSYN = 0x02
	tcpFlagRST = 0x04
	tcpFlagPSH = 0x08
	tcpFlagACK = 0x10
	tcpFlagURG = 0x20
)

// clearInnerPSH clears the PSH flag on every TCP segment of a batch (packet i is
// bufs[i][offset:offset+sizes[i]]) that is directly followed, in the batch, by the next
// segment of the same flow, fixing the checksum incrementally.
//
// gVisor sets PSH on every data segment it sends. Linux senders set it only on the last
// segment of a burst, and GRO on the receiving side (the kernel's, and wireguard-go's on
// the client's TUN device) never appends to a segment that carries PSH: with gVisor's
// flags every segment reached the client's TCP on its own, at several times the CPU per
// byte. Clearing PSH inside a run of contiguous segments and keeping it on the run's last
// one is what a Linux sender would have sent; PSH is only a hint to deliver promptly,
// and the last segment still carries it.
func clearInnerPSH(bufs [][]byte, sizes []int, offset int) {
	pkt := func(i int) []byte { return bufs[i][offset : offset+sizes[i]] }
	for i := 0; i+1 < len(bufs); i++ {
		a, ok := parseTCPSegment(pkt(i))
		if !ok || a.flags != tcpFlagACK|tcpFlagPSH || a.payload == 0 {
			continue
		}
		b, ok := parseTCPSegment(pkt(i + 1))
		if !ok || b.payload == 0 || b.flags&^tcpFlagPSH != tcpFlagACK ||
			!a.sameFlow(b) || b.seq != a.seq+uint32(a.payload) {
			continue
		}
		p := pkt(i)
		off := a.tcpOff + 12 // data offset + flags, one 16-bit word of the checksum
		old := binary.BigEndian.Uint16(p[off:])
		p[off+1] &^= tcpFlagPSH
		updateChecksum(p[a.tcpOff+16:], old, binary.BigEndian.Uint16(p[off:]))
	}
}

// tcpSegment is what clearInnerPSH needs to know about a packet.
type tcpSegment struct {
	v6      bool
	src     []byte // source and destination addresses, together
	ports   uint32
	seq     uint32
	flags   uint8
	tcpOff  int
	payload int
}

func (a tcpSegment) sameFlow(b tcpSegment) bool {
	return a.v6 == b.v6 && a.ports == b.ports && string(a.src) == string(b.src)
}

// parseTCPSegment reads the IPv4 or IPv6 (no extension headers) TCP header of p.
func parseTCPSegment(p []byte) (tcpSegment, bool) {
	var s tcpSegment
	var total int
	switch {
	case len(p) >= 20 && p[0]>>4 == 4:
		ihl := int(p[0]&0x0f) * 4
		frag := binary.BigEndian.Uint16(p[6:]) & 0x3fff // MF or a fragment offset
		if ihl < 20 || p[9] != 6 || frag != 0 {
			return s, false
		}
		s.src, s.tcpOff, total = p[12:20], ihl, int(binary.BigEndian.Uint16(p[2:]))
	case len(p) >= 40 && p[0]>>4 == 6:
		if p[6] != 6 {
			return s, false
		}
		s.v6, s.src, s.tcpOff, total = true, p[8:40], 40, 40+int(binary.BigEndian.Uint16(p[4:]))
	default:
		return s, false
	}
	if total > len(p) || total < s.tcpOff+20 {
		return s, false
	}
	t := p[s.tcpOff:]
	doff := int(t[12]>>4) * 4
	if doff < 20 || s.tcpOff+doff > total {
		return s, false
	}
	s.ports = binary.BigEndian.Uint32(t[0:])
	s.seq = binary.BigEndian.Uint32(t[4:])
	s.flags = t[13] & (tcpFlagFIN | tcpFlagSYN | tcpFlagRST | tcpFlagPSH | tcpFlagACK | tcpFlagURG)
	s.payload = total - s.tcpOff - doff
	return s, true
}

// updateChecksum adjusts the 16-bit one's complement checksum at sum[0:2] for one 16-bit
// word of the covered data changing from old to new (RFC 1624, equation 3).
func updateChecksum(sum []byte, old, new uint16) {
	hc := binary.BigEndian.Uint16(sum)
	x := uint32(^hc) + uint32(^old) + uint32(new)
	for x>>16 != 0 {
		x = x&0xffff + x>>16
	}
	binary.BigEndian.PutUint16(sum, ^uint16(x))
}
