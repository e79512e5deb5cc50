package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

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
		byAddr:   true,
		closer:   func() error { return nil },
	}, nil
}

// tcpStream dials the agent's stream port at its pod IP, without a port-forward.
func (l agentLink) tcpStream() func(ctx context.Context) (io.ReadWriteCloser, error) {
	addr := netip.AddrPortFrom(l.udp.Addr(), api.StreamPort).String()
	return func(ctx context.Context) (io.ReadWriteCloser, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}
}

// proxyPreflight is how long the first stream through the API server's pod proxy may take
// before auto gives up on it; the API server may be slow to find the pod unreachable.
const proxyPreflight = 5 * time.Second

// proxyStream opens the first stream through the API server's pod proxy before the session
// starts, so that a proxy that cannot work (no RBAC, an API server outside the pod
// network, an agent older than the upgrade) fails at once with its reason instead of
// after a handshake timeout. The returned dialer hands out that stream first; release
// closes it if the session never took it.
func (l agentLink) proxyStream(ctx context.Context) (dial func(context.Context) (io.ReadWriteCloser, error), release func(), err error) {
	pctx, cancel := context.WithTimeout(ctx, proxyPreflight)
	defer cancel()
	first, err := l.proxy(pctx)
	if err != nil {
		return nil, nil, err
	}
	var taken atomic.Bool
	dial = func(ctx context.Context) (io.ReadWriteCloser, error) {
		if taken.CompareAndSwap(false, true) {
			return first, nil
		}
		return l.proxy(ctx)
	}
	release = func() {
		if taken.CompareAndSwap(false, true) {
			first.Close()
		}
	}
	return dial, release, nil
}

// kubeLink reaches an agent pod through a client-go port-forward; UDP goes to its pod IP.
func kubeLink(ctx context.Context, c *kube.Cluster, pod kube.PodRef) (agentLink, error) {
	pf, err := c.PortForward(ctx, pod)
	if err != nil {
		return agentLink{}, err
	}
	var dials atomic.Int32
	l := agentLink{
		register: func(ctx context.Context) (net.Conn, error) { return pf.Dial(ctx, api.RegisterPort) },
		stream: func(ctx context.Context) (io.ReadWriteCloser, error) {
			// A redial means the stream transport found the last stream dead: the SPDY
			// connection under it may be silently dead too, so start a fresh one rather
			// than wait for the API server's 30 s timeout.
			if dials.Add(1) > 1 {
				pf.Reset()
			}
			return pf.Dial(ctx, api.StreamPort)
		},
		proxy: func(ctx context.Context) (io.ReadWriteCloser, error) {
			return c.DialPodProxy(ctx, pod, api.RegisterPort, api.StreamUpgradePath, api.StreamUpgradeProtocol)
		},
		closer: pf.Close,
		reset:  pf.Reset,
	}
	if ip, err := netip.ParseAddr(pod.IP); err == nil {
		l.udp = netip.AddrPortFrom(ip, api.WireGuardPort)
		l.probe = func() error { return reachPodIP(ip) }
	}
	return l, nil
}

// podProbeTimeout bounds auto's check that this machine reaches the agent's pod IP. A
// connect within the cluster's network takes a millisecond or two.
const podProbeTimeout = 500 * time.Millisecond

// reachPodIP tells whether this machine reaches the agent at pod IP ip, which the direct
// transports need: it has a route there and a connect to the registration port gets an
// answer (a laptop's default route covers pod IPs it does not reach).
func reachPodIP(ip netip.Addr) error {
	if !routable(netip.AddrPortFrom(ip, api.WireGuardPort)) {
		return fmt.Errorf("no route to %s", ip)
	}
	return probePodIP(netip.AddrPortFrom(ip, api.RegisterPort), podProbeTimeout)
}

// probePodIP reports whether a TCP connect to ap gets an answer within timeout: an accept
// or a refusal both prove that ap is reachable.
func probePodIP(ap netip.AddrPort, timeout time.Duration) error {
	c, err := net.DialTimeout("tcp", ap.String(), timeout)
	if err == nil {
		return c.Close()
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return nil
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("pod IP %s does not answer from this machine within %v", ap.Addr(), timeout)
	}
	return fmt.Errorf("pod IP %s is not reachable from this machine: %w", ap.Addr(), err)
}

// targetAgentSpec is the one agent every command places in a target pod. One agent serves
// every developer on a pod and a second can't be added (it would need the same ports), so
// all commands ask for the same capabilities: NET_ADMIN for the redirect chains, and
// SYS_PTRACE to read the target's environment and files when the target runs as another
// uid or with extra capabilities (see fs/README.md for the measurements).
func targetAgentSpec(image string, idle time.Duration) kube.AgentSpec {
	return kube.AgentSpec{
		Image:             image,
		IdleTimeout:       idle,
		Args:              []string{"--incoming", "--files"},
		ExtraCapabilities: []string{"SYS_PTRACE"},
	}
}

// agentStartWait bounds how long a fresh agent container may take to listen: the runtime
// reports it running before its process has bound its ports.
const agentStartWait = 15 * time.Second

// agentPingTimeout bounds one of awaitAgent's requests.
const agentPingTimeout = 3 * time.Second

// awaitAgent waits, for agentStartWait at most, while the agent behind link refuses
// connections on its registration port, as an agent container that was just added does
// for a moment. Any answer (even one that is not a version), or any other error, ends the
// wait: connecting reports errors.
func awaitAgent(ctx context.Context, link agentLink, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(ctx, agentStartWait)
	defer cancel()
	for {
		pctx, pcancel := context.WithTimeout(ctx, agentPingTimeout)
		_, err := getAgentVersion(pctx, link.register)
		hung := errors.Is(pctx.Err(), context.DeadlineExceeded)
		pcancel()
		if err == nil || ctx.Err() != nil || (!refused(err) && !hung) {
			return
		}
		log.Info("the agent does not answer yet", "err", err)
		// After a refused stream the port-forward's connection has been seen to hang the
		// next one: start a fresh connection (nothing else uses it yet).
		if link.reset != nil {
			link.reset()
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// refused reports whether err is a refused connection, directly or as a port-forward's
// error text from the kubelet.
func refused(err error) bool {
	return errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(err.Error(), "connection refused")
}
