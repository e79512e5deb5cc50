package netstack

import (
	"bytes"
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

// isBulk reports whether pkt is a host-GSO packet of more than one segment: a flow
// sending as fast as its window lets it.
func isBulk(pkt *stack.PacketBuffer) bool {
	return isHostGSO(pkt) && tcpPayloadSize(pkt) > int(pkt.GSOOptions.MSS)
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

// segmentTCP writes the segments of mss payload bytes (the link's segmentSize) of the
// host-GSO packet pkt that start at payload offset from into bufs (each at offset, sizes set), as many as fit, and returns how many it
// wrote and the payload offset where the next one starts (pkt's payload size when all
// are out). Segment k carries payload [from+k·mss, …): its sequence number, IP length
// (and IPv4 ID and header checksum) and TCP checksum are its own; FIN and PSH stay on the
// last segment only, CWR on the first only, as Linux's TSO does. bad reports a packet it
// cannot cut (headers missing or not TCP), which the caller drops.
func segmentTCP(pkt *stack.PacketBuffer, mss, from int, bufs [][]byte, sizes []int, offset int) (n, next int, bad bool) {
	return segmentTCPHold(pkt, mss, from, bufs, sizes, offset, false)
}

// segmentTCPHold is segmentTCP that, with holdTail, stops before a last segment shorter
// than mss (returning its offset as next), so that the caller can join it with the start
// of the flow's next packet (joinSegment).
func segmentTCPHold(pkt *stack.PacketBuffer, mss, from int, bufs [][]byte, sizes []int, offset int, holdTail bool) (n, next int, bad bool) {
	nh, th := pkt.NetworkHeader().Slice(), pkt.TransportHeader().Slice()
	v4 := pkt.GSOOptions.Type == stack.GSOTCPv4
	if len(th) < header.TCPMinimumSize || (v4 && len(nh) < header.IPv4MinimumSize) || (!v4 && len(nh) < header.IPv6MinimumSize) {
		return 0, 0, true
	}
	hdrLen := len(nh) + len(th)
	payload := tcpPayloadSize(pkt)
	full := mss
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
	src, dst := packetAddrs(nh, v4)
	next = from
	for n < len(bufs) && (next < payload || (payload == 0 && n == 0)) {
		chunk := min(mss, payload-next)
		if holdTail && payload > 0 && chunk < full {
			break
		}
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
			header.IPv4(out).SetID(id0 + uint16(seg))
		}
		var drop header.TCPFlags
		if next+chunk < payload {
			drop |= header.TCPFlagFin | header.TCPFlagPsh
		}
		if seg > 0 {
			drop |= header.TCPFlagCwr
		}
		finishSegment(out[:total], len(nh), v4, src, dst, seq0+uint32(next), drop)
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

// joinable reports whether b continues a's flow right where a's payload ends, with
// nothing but ACK and PSH on a (and FIN on b besides), so that a's last bytes and b's
// first can go out as one segment.
func joinable(a, b *stack.PacketBuffer) bool {
	if !isHostGSO(b) || a.GSOOptions.Type != b.GSOOptions.Type || a.GSOOptions.MSS != b.GSOOptions.MSS {
		return false
	}
	anh, ath := a.NetworkHeader().Slice(), a.TransportHeader().Slice()
	bnh, bth := b.NetworkHeader().Slice(), b.TransportHeader().Slice()
	if len(ath) < header.TCPMinimumSize || len(bth) < header.TCPMinimumSize || len(anh) != len(bnh) || tcpPayloadSize(b) <= 0 {
		return false
	}
	lo, hi := 12, 20 // IPv4 source and destination
	if a.GSOOptions.Type == stack.GSOTCPv6 {
		lo, hi = 8, 40
	}
	if len(anh) < hi || !bytes.Equal(anh[lo:hi], bnh[lo:hi]) || !bytes.Equal(ath[:4], bth[:4]) {
		return false
	}
	const ack, psh, fin = uint8(header.TCPFlagAck), uint8(header.TCPFlagPsh), uint8(header.TCPFlagFin)
	if af, bf := ath[13], bth[13]; af&ack == 0 || bf&ack == 0 || af&^(ack|psh) != 0 || bf&^(ack|psh|fin) != 0 {
		return false
	}
	aseq, bseq := binary.BigEndian.Uint32(ath[4:]), binary.BigEndian.Uint32(bth[4:])
	return bseq == aseq+uint32(tcpPayloadSize(a))
}

// joinSegment writes into buf at offset one segment carrying a's payload from offset from
// to its end followed by as much of b's payload as makes it mss long (a and b joinable;
// mss is the segment size for b's headers): b's headers (its ACK, window and timestamps
// are the newer), a's sequence number. It returns the segment's size and how many of b's
// payload bytes it took.
func joinSegment(a *stack.PacketBuffer, from int, b *stack.PacketBuffer, mss int, buf []byte, offset int) (size, took int, bad bool) {
	nh, th := b.NetworkHeader().Slice(), b.TransportHeader().Slice()
	hdrLen := len(nh) + len(th)
	tail := tcpPayloadSize(a) - from
	took = min(mss-tail, tcpPayloadSize(b))
	out := buf[offset:]
	size = hdrLen + tail + took
	if tail <= 0 || took <= 0 || len(out) < size {
		return 0, 0, true
	}
	copy(out, nh)
	copy(out[len(nh):], th)
	ca := gsoCursor{s: a.AsSlices()}
	ca.skip(len(a.NetworkHeader().Slice()) + len(a.TransportHeader().Slice()) + from)
	cb := gsoCursor{s: b.AsSlices()}
	cb.skip(hdrLen)
	if ca.read(out[hdrLen:hdrLen+tail]) != tail || cb.read(out[hdrLen+tail:size]) != took {
		return 0, 0, true
	}
	var drop header.TCPFlags
	if took < tcpPayloadSize(b) {
		drop = header.TCPFlagFin | header.TCPFlagPsh
	}
	v4 := b.GSOOptions.Type == stack.GSOTCPv4
	src, dst := packetAddrs(out, v4)
	aseq := binary.BigEndian.Uint32(a.TransportHeader().Slice()[4:])
	finishSegment(out[:size], len(nh), v4, src, dst, aseq+uint32(from), drop)
	return size, took, false
}

// packetAddrs returns the source and destination addresses of the IP packet p.
func packetAddrs(p []byte, v4 bool) (src, dst tcpip.Address) {
	if v4 {
		ip := header.IPv4(p)
		return ip.SourceAddress(), ip.DestinationAddress()
	}
	ip := header.IPv6(p)
	return ip.SourceAddress(), ip.DestinationAddress()
}

// finishSegment completes seg, a TCP segment built from copied headers (network header
// nhLen bytes long) and its payload: IP length (and IPv4 header checksum, after the
// caller set the ID), sequence number seq, flags without drop, TCP checksum.
func finishSegment(seg []byte, nhLen int, v4 bool, src, dst tcpip.Address, seq uint32, drop header.TCPFlags) {
	if v4 {
		ip := header.IPv4(seg)
		ip.SetTotalLength(uint16(len(seg)))
		ip.SetChecksum(0)
		ip.SetChecksum(^ip.CalculateChecksum())
	} else {
		header.IPv6(seg).SetPayloadLength(uint16(len(seg) - nhLen))
	}
	tcp := header.TCP(seg[nhLen:])
	tcp.SetSequenceNumber(seq)
	tcp.SetFlags(uint8(tcp.Flags() &^ drop))
	tcp.SetChecksum(0)
	sum := header.PseudoHeaderChecksum(header.TCPProtocolNumber, src, dst, uint16(len(tcp)))
	tcp.SetChecksum(^checksum.Checksum(tcp, sum))
}
