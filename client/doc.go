// Package client owns one client session's lifecycle: registering with an agent, bringing
// up the TUN device and the WireGuard peer over the chosen transport, waiting for the
// handshake, and releasing everything in order. The up command, the launcher, Docker and CI
// modes all build on it.
package client
