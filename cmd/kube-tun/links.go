package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/netip"
	"strconv"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/kube"
)

// directLink reaches an agent by address, without Kubernetes (tests, or an agent you
// already reach).
func directLink(host string) (agentLink, error) {
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return agentLink{}, fmt.Errorf("parse agent address %q: %w", host, err)
	}
	dial := func(port int) func(ctx context.Context) (net.Conn, error) {
		addr := net.JoinHostPort(ip.String(), strconv.Itoa(port))
		return func(ctx context.Context) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "tcp", addr)
		}
	}
	stream := dial(api.StreamPort)
	return agentLink{
		register: dial(api.RegisterPort),
		stream:   func(ctx context.Context) (io.ReadWriteCloser, error) { return stream(ctx) },
		udp:      netip.AddrPortFrom(ip, api.WireGuardPort),
		closer:   func() error { return nil },
	}, nil
}

// kubeLink reaches an agent pod through a client-go port-forward; UDP goes to its pod IP.
func kubeLink(ctx context.Context, c *kube.Cluster, pod kube.PodRef) (agentLink, error) {
	pf, err := c.PortForward(ctx, pod)
	if err != nil {
		return agentLink{}, err
	}
	l := agentLink{
		register: func(ctx context.Context) (net.Conn, error) { return pf.Dial(ctx, api.RegisterPort) },
		stream: func(ctx context.Context) (io.ReadWriteCloser, error) {
			return pf.Dial(ctx, api.StreamPort)
		},
		closer: pf.Close,
	}
	if ip, err := netip.ParseAddr(pod.IP); err == nil {
		l.udp = netip.AddrPortFrom(ip, api.WireGuardPort)
	}
	return l, nil
}
