package bind

import "golang.zx2c4.com/wireguard/conn"

// maxGSOPayload bounds the UDP payload bytes handed to one Send of the wrapped bind.
//
// conn.StdNetBind coalesces a batch into UDP GSO messages of up to 64 datagrams and
// 65,507 payload bytes. The kernel, however, only passes a GSO packet to a device whole
// while the packet, link header included, is shorter than the device's gso_max_size
// (64 KiB on veth and most NICs); a longer one is segmented in software before it leaves
// (net/core/dev.c, gso_features_check). A 46-datagram bundle of 1,424-byte WireGuard
// messages (65,504 bytes) is over that limit and reaches the peer as 46 single
// datagrams, which then arrive without UDP GRO and reach the peer's TCP one segment at a
// time. Keeping every Send under 64 KiB minus the largest Ethernet, IPv6 and UDP headers
// keeps each bundle whole.
const maxGSOPayload = 65536 - 14 - 40 - 8 - 64

// LimitGSO wraps a bind (typically conn.NewStdNetBind()) so that each Send to it carries
// at most maxGSOPayload bytes, which keeps the UDP GSO bundles it builds small enough to
// travel unsegmented. Every other method is the inner bind's.
func LimitGSO(b conn.Bind) conn.Bind { return gsoLimit{b} }

type gsoLimit struct{ conn.Bind }

func (g gsoLimit) Send(bufs [][]byte, ep conn.Endpoint) error {
	start, total := 0, 0
	for i, b := range bufs {
		if total+len(b) > maxGSOPayload && i > start {
			if err := g.Bind.Send(bufs[start:i], ep); err != nil {
				return err
			}
			start, total = i, 0
		}
		total += len(b)
	}
	return g.Bind.Send(bufs[start:], ep)
}
