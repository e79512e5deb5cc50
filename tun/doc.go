// Package tun owns the client's packet device: a kernel TUN configured with netlink
// (address, MTU, routes) and the wireguard-go device that carries its packets to the agent.
package tun
