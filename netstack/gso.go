package netstack

import (
	"encoding/binary"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/checksum"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
)

// The link declares host GSO (stack.HostGSOSupported), as a NIC with TCP segmentation
// offload does: gVisor's TCP hands it one packet of up to 64 KiB per send instead of one
// per MSS, each with a partial checksum (the pseudo-header's only, CHECKSUM_PARTIAL in
// Linux terms), and the link cuts it into MSS-sized segments on the way out. Building a
// segment here is a header copy, a payload copy into wireguard-go's buffer (which was
// needed anyway) and a checksum; in gVisor it was a pass through the whole TCP and IP
// send path per segment.

// isHostGSO reports whether pkt is a TCP packet the link must finish: cut into
// segments of GSOOptions.MSS and/or complete its checksum.
func isHostGSO(pkt *stack.PacketBuffer) bool {
	t := pkt.GSOOptions.Type
	return t == stack.GSOTCPv4 || t == stack.GSOTCPv6
}

// tcpPayloadSize is the size of pkt's TCP payload.
func tcpPayloadSize(pkt *stack.PacketBuffer) int {
	return pkt.Size() - len(pkt.NetworkHeader().Slice()) - len(pkt.TransportHeader().Slice())
}

// gsoCursor walks the payload of a packet given as the slices of the whole packet.
type gsoCursor struct {
	s   [][]byte
	i   int // current slice
	off int // offset in it
}

// skip advances n bytes.
func (c *gsoCursor) skip(n int) {
	for n > 0 && c.i < len(c.s) {
		k := min(n, len(c.s[c.i])-c.off)
		c.off += k
		n -= k
		if c.off == len(c.s[c.i]) {
			c.i, c.off = c.i+1, 0
		}
	}
}

// read fills dst and reports how much it copied (less only at the end of the packet).
func (c *gsoCursor) read(dst []byte) int {
	m := 0
	for m < len(dst) && c.i < len(c.s) {
		k := copy(dst[m:], c.s[c.i][c.off:])
		m += k
		c.skip(k)
	}
	return m
}

// segmentTCP writes the segments of the host-GSO packet pkt that start at payload offset
// from into bufs (each at offset, sizes set), as many as fit, and returns how many it
// wrote and the payload offset where the next one starts (pkt's payload size when all
// are out). Segment k carries payload [from+k·MSS, …): its sequence number, IP length
// (and IPv4 ID and header checksum) and TCP checksum are its own; FIN and PSH stay on the
// last segment only, CWR on the first only, as Linux's TSO does. bad reports a packet it
// cannot cut (headers missing or not TCP), which the caller drops.
func segmentTCP(pkt *stack.PacketBuffer, from int, bufs [][]byte, sizes []int, offset int) (n, next int, bad bool) {
	nh, th := pkt.NetworkHeader().Slice(), pkt.TransportHeader().Slice()
	v4 := pkt.GSOOptions.Type == stack.GSOTCPv4
	if len(th) < header.TCPMinimumSize || (v4 && len(nh) < header.IPv4MinimumSize) || (!v4 && len(nh) < header.IPv6MinimumSize) {
		return 0, 0, true
	}
	hdrLen := len(nh) + len(th)
	payload := tcpPayloadSize(pkt)
	mss := int(pkt.GSOOptions.MSS)
	if mss <= 0 || payload <= mss {
		mss = max(payload, 1)
	}
	cur := gsoCursor{s: pkt.AsSlices()}
	cur.skip(hdrLen + from)
	seq0 := binary.BigEndian.Uint32(th[4:])
	var id0 uint16
	if v4 {
		id0 = binary.BigEndian.Uint16(nh[4:])
	}
	var src, dst tcpip.Address
	if v4 {
		ip := header.IPv4(nh)
		src, dst = ip.SourceAddress(), ip.DestinationAddress()
	} else {
		ip := header.IPv6(nh)
		src, dst = ip.SourceAddress(), ip.DestinationAddress()
	}
	next = from
	for n < len(bufs) && (next < payload || (payload == 0 && n == 0)) {
		chunk := min(mss, payload-next)
		out := bufs[n][offset:]
		if len(out) < hdrLen+chunk {
			return n, next, true // cannot happen: buffers hold a whole MTU
		}
		copy(out, nh)
		copy(out[len(nh):], th)
		if cur.read(out[hdrLen:hdrLen+chunk]) != chunk {
			return n, next, true
		}
		total := hdrLen + chunk
		seg := next / mss // the segment's index in the whole packet
		if v4 {
			ip := header.IPv4(out)
			ip.SetTotalLength(uint16(total))
			ip.SetID(id0 + uint16(seg))
			ip.SetChecksum(0)
			ip.SetChecksum(^ip.CalculateChecksum())
		} else {
			header.IPv6(out).SetPayloadLength(uint16(total - len(nh)))
		}
		tcp := header.TCP(out[len(nh):total])
		tcp.SetSequenceNumber(seq0 + uint32(next))
		flags := tcp.Flags()
		if next+chunk < payload {
			flags &^= header.TCPFlagFin | header.TCPFlagPsh
		}
		if seg > 0 {
			flags &^= header.TCPFlagCwr
		}
		tcp.SetFlags(uint8(flags))
		tcp.SetChecksum(0)
		sum := header.PseudoHeaderChecksum(header.TCPProtocolNumber, src, dst, uint16(len(tcp)))
		tcp.SetChecksum(^checksum.Checksum(tcp, sum))
		sizes[n] = total
		n++
		next += chunk
		if payload == 0 {
			next = 0
			break
		}
	}
	return n, next, false
}
