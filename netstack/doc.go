// Package netstack owns the gVisor network stack: its setup and tuning, its tun.Device face
// for wireguard-go, and the forwarders that terminate every TCP and UDP flow and hand it to
// a dial hook. It is the only package that imports gVisor.
package netstack
