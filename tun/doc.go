// Package tun owns the client's packet device: a kernel TUN configured with netlink
// (address, MTU, routes; see Create and Device) and the wireguard-go device that carries
// its packets to the agent. WG, the small wrapper around a wireguard-go device (keys,
// peers and counters through UAPI), is shared by client and agent; the agent runs it on a
// netstack TUN instead of a kernel one. The transports (conn.Bind implementations beyond
// UDP) are in the subpackage bind.
package tun
