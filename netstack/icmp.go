package netstack

import (
	"gvisor.dev/gvisor/pkg/buffer"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
)

// handleICMP answers echo requests sent to destinations that are not ours.
// gVisor answers echo for Addrs itself but leaves addresses a promiscuous
// NIC accepted to a handler like this one. The reply says only that the
// agent is alive: it does not probe the destination (that needs raw sockets
// in the pod).
func (s *Stack) handleICMP(_ stack.TransportEndpointID, pkt *stack.PacketBuffer) bool {
	v := stack.PayloadSince(pkt.NetworkHeader())
	defer v.Release()
	in := v.AsSlice()
	if len(in) == 0 {
		return false
	}
	out := make([]byte, len(in))
	copy(out, in)
	switch out[0] >> 4 {
	case 4:
		ip := header.IPv4(out)
		if !ip.IsValid(len(out)) || s.isLocal(addrPort(ip.DestinationAddress(), 0).Addr()) {
			return false
		}
		hl := int(ip.HeaderLength())
		ic := header.ICMPv4(out[hl:])
		if len(ic) < header.ICMPv4MinimumSize || ic.Type() != header.ICMPv4Echo {
			return false
		}
		src, dst := ip.SourceAddress(), ip.DestinationAddress()
		ip.SetSourceAddress(dst)
		ip.SetDestinationAddress(src)
		ip.SetTTL(64)
		ip.SetChecksum(0)
		ip.SetChecksum(^ip.CalculateChecksum())
		ic.SetType(header.ICMPv4EchoReply)
		ic.SetChecksum(header.ICMPv4Checksum(ic, 0))
	case 6:
		ip := header.IPv6(out)
		if !ip.IsValid(len(out)) || ip.TransportProtocol() != header.ICMPv6ProtocolNumber ||
			s.isLocal(addrPort(ip.DestinationAddress(), 0).Addr()) {
			return false
		}
		ic := header.ICMPv6(out[header.IPv6MinimumSize:])
		if len(ic) < header.ICMPv6MinimumSize || ic.Type() != header.ICMPv6EchoRequest {
			return false
		}
		src, dst := ip.SourceAddress(), ip.DestinationAddress()
		ip.SetSourceAddress(dst)
		ip.SetDestinationAddress(src)
		ip.SetHopLimit(64)
		ic.SetType(header.ICMPv6EchoReply)
		ic.SetChecksum(header.ICMPv6Checksum(header.ICMPv6ChecksumParams{Header: ic, Src: dst, Dst: src}))
	default:
		return false
	}
	reply := stack.NewPacketBuffer(stack.PacketBufferOptions{Payload: buffer.MakeWithData(out)})
	var l stack.PacketBufferList
	l.PushBack(reply)
	s.link.WritePackets(l)
	reply.DecRef()
	return true
}
