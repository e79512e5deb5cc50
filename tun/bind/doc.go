// Package bind provides wireguard-go conn.Bind implementations beyond plain UDP: a stream
// bind that frames WireGuard datagrams over a reliable byte stream (such as a Kubernetes
// port-forward), and a bind that multiplexes several binds for the agent.
package bind
