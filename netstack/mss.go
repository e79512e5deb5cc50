package netstack

import (
	"encoding/binary"
	"sync/atomic"

	"gvisor.dev/gvisor/pkg/tcpip/stack"
)

// Segment sizes. gVisor's TCP sizes its segments for the largest options it could ever put
// in one (RFC 6691): timestamps and three SACK blocks, 40 bytes. On a 1,420-byte tunnel
// its MSS is 1,340 where Linux sends 1,368, but its data segments carry timestamps only
// (SACK blocks ride on data only when it also has out-of-order data to report), so 28
// bytes of every full packet went unused: 2% more packets to encrypt, send and merge per
// byte. Since the link cuts the segments itself (host GSO), it fills each one up to what
// the packet's own headers leave of the MTU, as Linux does, but never beyond what the
// peer announced: payload and options stay within the smallest MSS option of the SYNs
// that reached the stack from the wire for that IP version. Until one has, and for a peer
// that announced less, gVisor's own size stands.

// Defaults for a SYN without an MSS option (RFC 9293, RFC 8200).
const (
	defaultMSSv4 = 536
	defaultMSSv6 = 1220
)

// peerMSS is the smallest MSS announced by the SYNs from the wire, per IP version (0 while
// none has been seen). It only shrinks.
type peerMSS struct{ v4, v6 atomic.Uint32 }

// noteSYN records the MSS option of p if p is a TCP SYN (or SYN-ACK) from the wire.
func (m *peerMSS) noteSYN(p []byte) {
	s, ok := parseTCPSegment(p)
	if !ok || s.flags&tcpFlagSYN == 0 {
		return
	}
	mss := uint32(defaultMSSv4)
	slot := &m.v4
	if s.v6 {
		mss, slot = defaultMSSv6, &m.v6
	}
	if v, ok := mssOption(p[s.tcpOff:]); ok {
		mss = uint32(v)
	}
	for {
		old := slot.Load()
		if old != 0 && old <= mss {
			return
		}
		if slot.CompareAndSwap(old, mss) {
			return
		}
	}
}

// mssOption returns the value of the MSS option in the TCP header t (a valid header: its
// data offset fits t).
func mssOption(t []byte) (uint16, bool) {
	opts := t[20 : int(t[12]>>4)*4]
	for len(opts) > 0 {
		switch kind := opts[0]; kind {
		case 0: // end of options
			return 0, false
		case 1: // no-op
			opts = opts[1:]
			continue
		}
		if len(opts) < 2 || int(opts[1]) < 2 || int(opts[1]) > len(opts) {
			return 0, false
		}
		if opts[0] == 2 && opts[1] == 4 {
			return binary.BigEndian.Uint16(opts[2:]), true
		}
		opts = opts[opts[1]:]
	}
	return 0, false
}

// segmentSize is the payload size of the segments that pkt, a host-GSO packet, is cut
// into on a link of MTU mtu: gVisor's MSS, or more where the packet's own headers and the
// peers' announced MSS leave room (see above).
func (m *peerMSS) segmentSize(pkt *stack.PacketBuffer, mtu int) int {
	mss := int(pkt.GSOOptions.MSS)
	peer := &m.v4
	if pkt.GSOOptions.Type == stack.GSOTCPv6 {
		peer = &m.v6
	}
	announced := int(peer.Load())
	if announced == 0 {
		return mss
	}
	nh, th := len(pkt.NetworkHeader().Slice()), len(pkt.TransportHeader().Slice())
	byMTU := mtu - nh - th
	byPeer := announced - (th - 20) // the MSS counts options against the payload
	return max(mss, min(byMTU, byPeer))
}
