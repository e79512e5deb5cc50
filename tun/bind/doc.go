// Package bind provides wireguard-go conn.Bind implementations beyond plain UDP: a stream
// bind that frames WireGuard datagrams over a reliable byte stream (such as a Kubernetes
// port-forward), and a bind that multiplexes several binds for the agent.
//
// Wire format of a stream: frames of a 2-byte big-endian length and that many bytes of
// payload, one WireGuard datagram per frame. A zero-length frame is a keepalive: the client
// sends one when it has sent or received nothing for KeepaliveInterval, and the server
// echoes each, so both ends see traffic at least that often; an end that receives nothing
// for DeadAfter closes the stream (the client then re-dials). The first frame of every
// stream is the client's hello: "KTS1" and an 8-byte session ID, random per StreamClient.
// The server keys its endpoints by session, so when a client reconnects, replies move to
// the new stream at once, without waiting for WireGuard to roam.
//
// Every bind follows conn.Bind's contract: receive functions block while there is nothing
// to receive (also while a client reconnects: wireguard-go gives up on a bind after 10
// consecutive receive errors) and return net.ErrClosed after Close; Open after Close works.
package bind
