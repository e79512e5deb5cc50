// Package netstack owns the gVisor network stack: its setup and tuning, its tun.Device face
// for wireguard-go, and the forwarders that terminate every TCP and UDP flow and hand it to
// a dial hook. It is the only package that imports gVisor; no gVisor type or tcpip.Error
// leaves it.
//
// The stack runs one promiscuous, spoofing NIC over a link endpoint of this package:
//   - wire → stack: wireguard-go writes batches, which go through gVisor's GRO (one flush per
//     batch); the link declares RX checksum offload since WireGuard authenticates every
//     packet and GRO leaves a stale IPv4 header checksum.
//   - stack → wire: the link declares host GSO, so gVisor's TCP hands over packets of up to
//     64 KiB with a partial checksum; they wait in a FIFO bounded in packets and bytes that
//     blocks the sender when full (backpressure, never drop-tail), and each read cuts them
//     into segments straight into wireguard-go's buffers, up to 128 per call (BatchSize),
//     finishing every checksum (gso.go); segments fill the MTU within the MSS the peers
//     announced, where gVisor's own MSS leaves room for options it does not send (mss.go).
//     Behind a bulk packet a read first yields a few times for a fuller batch (link.go).
//   - TCP: SACK, cubic, send buffers up to 6 MiB and auto-tuned receive buffers up to 8 MiB.
//
// Flows to one of Config.Addrs reach the stack's own listeners (ListenTCP, ListenUDP).
// Any other destination goes to Config.Dial: the TCP forwarder dials before it completes
// the client's handshake and answers RST when the dial fails; UDP flows live until idle.
// Each forwarded TCP flow uses two goroutines (owned by the Stack and waited for in
// Close) and holds a copy buffer only while data moves. ICMP echo to any forwarded
// destination is answered by the stack itself.
package netstack
