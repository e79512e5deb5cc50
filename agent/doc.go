// Package agent is the in-cluster side of kube-tun: wireguard-go on a netstack, peer
// registration, egress policy, DNS, the control API, and incoming traffic.
package agent
