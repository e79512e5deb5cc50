package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/kube"
)

type portForwardFlags struct {
	kube        kubeFlags
	agentImage  string
	transport   string
	name        string
	address     string
	idleTimeout time.Duration
	udpIdle     time.Duration
	timeout     time.Duration
}

// forwardSpec is one [LOCAL:]REMOTE[/udp] argument.
type forwardSpec struct {
	local, remote uint16
	proto         string // "tcp" or "udp"
}

func (s forwardSpec) String() string { return fmt.Sprintf("%d:%d/%s", s.local, s.remote, s.proto) }

func parseForwardSpec(arg string) (forwardSpec, error) {
	s := forwardSpec{proto: "tcp"}
	ports, proto, found := strings.Cut(arg, "/")
	if found {
		switch strings.ToLower(proto) {
		case "tcp", "udp":
			s.proto = strings.ToLower(proto)
		default:
			return s, fmt.Errorf("bad protocol %q in %q: want tcp or udp", proto, arg)
		}
	}
	l, r, hasLocal := strings.Cut(ports, ":")
	if !hasLocal {
		l, r = "", l
	}
	rp, err := strconv.ParseUint(r, 10, 16)
	if err != nil || rp == 0 {
		return s, fmt.Errorf("bad remote port in %q", arg)
	}
	s.remote, s.local = uint16(rp), uint16(rp)
	if hasLocal && l == "" {
		s.local = 0 // ":5432": a free port
	} else if hasLocal {
		lp, err := strconv.ParseUint(l, 10, 16)
		if err != nil {
			return s, fmt.Errorf("bad local port in %q (0 picks a free one)", arg)
		}
		s.local = uint16(lp)
	}
	return s, nil
}

func newPortForwardCmd(g *globalFlags) *cobra.Command {
	f := &portForwardFlags{}
	cmd := &cobra.Command{
		Use:   "port-forward TARGET [LOCAL:]REMOTE[/udp]...",
		Short: "Forward local TCP and UDP ports to a target's pod through the tunnel",
		Long: `port-forward listens on LOCAL on this machine and forwards every TCP connection, or
every UDP peer, to REMOTE of a ready pod of TARGET through the kube-tun tunnel.

Unlike kubectl port-forward it forwards UDP too, and it survives pod restarts: a failed
connection re-resolves TARGET and picks a ready pod again. For svc/NAME, REMOTE is the
service port and is translated to the pod's target port. No root is needed.`,
		Example: `  kube-tun port-forward deploy/api 8080               # localhost:8080 → a pod's 8080
  kube-tun port-forward deploy/api 3000:8080 9090     # two ports
  kube-tun port-forward svc/dns 5353:53/udp           # UDP
  kube-tun port-forward pod/db :5432                  # a free local port, printed`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var specs []forwardSpec
			for _, a := range args[1:] {
				s, err := parseForwardSpec(a)
				if err != nil {
					return userErr(err, "ports look like 8080, 3000:8080 or 5353:53/udp")
				}
				specs = append(specs, s)
			}
			return runPortForward(cmd.Context(), g, f, args[0], specs, cmd.OutOrStdout())
		},
	}
	fl := cmd.Flags()
	f.kube.register(fl)
	fl.StringVar(&f.agentImage, "agent-image", defaultAgentImage(), "agent container image")
	fl.StringVar(&f.transport, "transport", "auto", transportHelp)
	fl.StringVar(&f.name, "name", defaultName(), "your name, shown to other developers sharing the agent")
	fl.StringVar(&f.address, "address", "127.0.0.1", "local address to listen on")
	fl.DurationVar(&f.idleTimeout, "agent-idle-timeout", 5*time.Minute, "the agent exits after this long without any client")
	fl.DurationVar(&f.udpIdle, "udp-idle-timeout", 60*time.Second, "forget a UDP peer after this long without packets")
	fl.DurationVar(&f.timeout, "timeout", 90*time.Second, "give up connecting after this long")
	return cmd
}

// podPicker chooses the pod IP and port a forwarded connection goes to, re-resolving the
// target after a failure.
type podPicker struct {
	c      *kube.Cluster
	target string
	mu     sync.Mutex
	t      *kube.Target
}

func (p *podPicker) resolve(ctx context.Context) (*kube.Target, error) {
	t, err := p.c.ResolveTarget(ctx, p.target, "")
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	p.t = t
	p.mu.Unlock()
	return t, nil
}

func (p *podPicker) pick() kube.PodRef {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.t.Pods[0] // like kubectl: one pod, the first ready one by name
}

// podPort maps REMOTE to the pod's port: a service port becomes its target port.
func podPort(ctx context.Context, c *kube.Cluster, t *kube.Target, s forwardSpec) (uint16, error) {
	if t.Kind != kube.KindService {
		return s.remote, nil
	}
	svc, err := c.Client.CoreV1().Services(t.Namespace).Get(ctx, t.Name, metav1.GetOptions{})
	if err != nil {
		return 0, fmt.Errorf("get service %s: %w", t.Name, err)
	}
	proto := corev1.ProtocolTCP
	if s.proto == "udp" {
		proto = corev1.ProtocolUDP
	}
	for _, sp := range svc.Spec.Ports {
		if sp.Port != int32(s.remote) || sp.Protocol != proto {
			continue
		}
		if sp.TargetPort.IntValue() > 0 {
			return uint16(sp.TargetPort.IntValue()), nil
		}
		if sp.TargetPort.StrVal == "" {
			return s.remote, nil
		}
		pod, err := c.Client.CoreV1().Pods(t.Namespace).Get(ctx, t.Pods[0].Name, metav1.GetOptions{})
		if err != nil {
			return 0, fmt.Errorf("get pod %s: %w", t.Pods[0].Name, err)
		}
		for _, ctr := range pod.Spec.Containers {
			for _, cp := range ctr.Ports {
				if cp.Name == sp.TargetPort.StrVal {
					return uint16(cp.ContainerPort), nil
				}
			}
		}
		return 0, fmt.Errorf("service %s port %d: no container port named %q", t.Name, s.remote, sp.TargetPort.StrVal)
	}
	return 0, fmt.Errorf("service %s has no %s port %d", t.Name, strings.ToUpper(s.proto), s.remote)
}

func runPortForward(ctx context.Context, g *globalFlags, f *portForwardFlags, target string, specs []forwardSpec, out io.Writer) error {
	log := g.logger(nil)
	p := newProgress(out)
	c, err := f.kube.load()
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	picker := &podPicker{c: c, target: target}
	var t *kube.Target
	if err := p.step("Resolve "+target, func() (string, error) {
		t, err = picker.resolve(cctx)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%d ready pod(s)", len(t.Pods)), nil
	}); err != nil {
		return resolveAdvice(err, target, c.Namespace)
	}
	remotes := make([]uint16, len(specs))
	for i, s := range specs {
		if remotes[i], err = podPort(cctx, c, t, s); err != nil {
			return userErr(err, "pick a port the target serves")
		}
	}
	var agentPod kube.PodRef
	if err := p.step("Start agent", func() (string, error) {
		agentPod, err = c.EnsureTargetlessAgent(cctx, kube.AgentSpec{Image: f.agentImage, IdleTimeout: f.idleTimeout},
			func(s string) { log.Info(s) })
		return agentPod.Namespace + "/" + agentPod.Name, err
	}); err != nil {
		return kubeAdvice(err)
	}
	var link agentLink
	if err := p.step("Open port-forward", func() (string, error) {
		link, err = kubeLink(cctx, c, agentPod)
		return "", err
	}); err != nil {
		return kubeAdvice(err)
	}
	defer func() { _ = link.closer() }()
	var sess *client.Session
	if err := p.step("Connect tunnel", func() (string, error) {
		sess, _, err = connectSession(cctx, &upFlags{transport: f.transport, name: f.name}, link, nil, true, log)
		if err != nil {
			return "", err
		}
		return "via " + sess.Transport(), nil
	}); err != nil {
		return connectAdvice(err)
	}
	defer func() { _ = sess.Close() }()
	if sess.Info.Version != version {
		p.printf("  warning: %s\n", skewMessage(version, sess.Info.Version))
	}

	fw := &forwarder{dialer: sess, pods: picker, log: log, udpIdle: f.udpIdle}
	defer fw.close()
	for i, s := range specs {
		addr, err := fw.listen(f.address, s, remotes[i])
		if err != nil {
			return userErr(err, "pick another local port, e.g. 0:"+strconv.Itoa(int(s.remote))+" for a free one")
		}
		p.printf("Forwarding %s %s → %s port %d\n", strings.ToUpper(s.proto), addr, t, remotes[i])
	}
	p.printf("Ctrl-C to stop.\n")
	var rules []string
	for i, s := range specs {
		rules = append(rules, fmt.Sprintf("%s local → port %d", s.proto, remotes[i]))
	}
	holdSession(ctx, "port-forward", t.String(), c.Namespace, rules, sessionStats(sess))
	return nil
}

// tunnelDialer reaches cluster addresses (a *client.Session).
type tunnelDialer interface {
	Dial(ctx context.Context, network, address string) (net.Conn, error)
}

// podSource picks the pod to forward to, and finds the target's pods again.
type podSource interface {
	pick() kube.PodRef
	resolve(ctx context.Context) (*kube.Target, error)
}

var (
	_ tunnelDialer = (*client.Session)(nil)
	_ podSource    = (*podPicker)(nil)
)

// forwarder owns the listeners and every forwarding goroutine.
type forwarder struct {
	dialer  tunnelDialer
	pods    podSource
	log     *slog.Logger
	udpIdle time.Duration

	udpFlows atomic.Int64 // UDP peers being forwarded

	mu      sync.Mutex
	closers []io.Closer
	wg      sync.WaitGroup
	done    chan struct{}
	once    sync.Once
}

func (fw *forwarder) stopped() chan struct{} {
	fw.mu.Lock()
	defer fw.mu.Unlock()
	if fw.done == nil {
		fw.done = make(chan struct{})
	}
	return fw.done
}

func (fw *forwarder) listen(host string, s forwardSpec, remote uint16) (string, error) {
	addr := net.JoinHostPort(host, strconv.Itoa(int(s.local)))
	if s.proto == "udp" {
		pc, err := net.ListenPacket("udp", addr)
		if err != nil {
			return "", fmt.Errorf("listen on %s/udp: %w", addr, err)
		}
		fw.track(pc)
		fw.wg.Add(1)
		go fw.serveUDP(pc, remote)
		return pc.LocalAddr().String(), nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", fmt.Errorf("listen on %s/tcp: %w", addr, err)
	}
	fw.track(ln)
	fw.wg.Add(1)
	go fw.serveTCP(ln, remote)
	return ln.Addr().String(), nil
}

func (fw *forwarder) track(c io.Closer) {
	fw.mu.Lock()
	fw.closers = append(fw.closers, c)
	fw.mu.Unlock()
}

// close stops listening, ends every forwarded flow and waits for them. Idempotent.
func (fw *forwarder) close() {
	fw.once.Do(func() {
		close(fw.stopped())
		fw.mu.Lock()
		for _, c := range fw.closers {
			_ = c.Close()
		}
		fw.mu.Unlock()
	})
	fw.wg.Wait()
}

// dial reaches REMOTE on a ready pod, re-resolving the target once on failure.
func (fw *forwarder) dial(network string, remote uint16) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	go func() {
		select {
		case <-fw.stopped():
			cancel()
		case <-ctx.Done():
		}
	}()
	pod := fw.pods.pick()
	conn, err := fw.dialer.Dial(ctx, network, net.JoinHostPort(pod.IP, strconv.Itoa(int(remote))))
	if err == nil || network == "udp" {
		return conn, err
	}
	fw.log.Info("dial pod failed; resolving the target again", "pod", pod.Name, "err", err)
	if _, rerr := fw.pods.resolve(ctx); rerr != nil {
		return nil, errors.Join(err, rerr)
	}
	pod = fw.pods.pick()
	return fw.dialer.Dial(ctx, network, net.JoinHostPort(pod.IP, strconv.Itoa(int(remote))))
}

// connSet tracks open connections so that stopping ends them.
type connSet struct {
	mu     sync.Mutex
	open   map[net.Conn]struct{}
	closed bool
}

// add tracks c, or closes it at once when the set is closed already.
func (s *connSet) add(c net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		_ = c.Close()
		return false
	}
	if s.open == nil {
		s.open = map[net.Conn]struct{}{}
	}
	s.open[c] = struct{}{}
	return true
}

func (s *connSet) remove(c net.Conn) {
	s.mu.Lock()
	delete(s.open, c)
	s.mu.Unlock()
	_ = c.Close()
}

func (s *connSet) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for c := range s.open {
		_ = c.Close()
	}
}

func (fw *forwarder) serveTCP(ln net.Listener, remote uint16) {
	defer fw.wg.Done()
	var conns sync.WaitGroup
	set := &connSet{}
	defer conns.Wait()
	defer set.closeAll()
	for {
		in, err := ln.Accept()
		if err != nil {
			return
		}
		if !set.add(in) {
			return
		}
		conns.Add(1)
		go func() {
			defer conns.Done()
			defer set.remove(in)
			out, err := fw.dial("tcp", remote)
			if err != nil {
				fw.log.Warn("forward a connection", "port", remote, "err", err)
				return
			}
			if !set.add(out) {
				return
			}
			defer set.remove(out)
			pipe(in, out)
		}()
	}
}

// serveUDP forwards each local peer's datagrams on its own tunnel flow and sends the
// answers back; a peer silent for udpIdle is forgotten.
func (fw *forwarder) serveUDP(pc net.PacketConn, remote uint16) {
	defer fw.wg.Done()
	var flows sync.WaitGroup
	set := &connSet{}
	defer flows.Wait()
	defer set.closeAll()
	var mu sync.Mutex
	peers := map[string]net.Conn{}
	buf := make([]byte, 64<<10)
	for {
		n, peer, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		key := peer.String()
		mu.Lock()
		out := peers[key]
		mu.Unlock()
		if out == nil {
			if out, err = fw.dial("udp", remote); err != nil {
				fw.log.Warn("forward UDP", "port", remote, "err", err)
				continue
			}
			if !set.add(out) {
				return
			}
			mu.Lock()
			peers[key] = out
			mu.Unlock()
			flows.Add(1)
			fw.udpFlows.Add(1)
			go func() { // answers back to the peer until idle
				defer flows.Done()
				defer fw.udpFlows.Add(-1)
				defer func() {
					mu.Lock()
					delete(peers, key)
					mu.Unlock()
					set.remove(out)
				}()
				rb := make([]byte, 64<<10)
				for {
					_ = out.SetReadDeadline(time.Now().Add(fw.udpIdle))
					n, err := out.Read(rb)
					if err != nil {
						return
					}
					if _, err := pc.WriteTo(rb[:n], peer); err != nil {
						return
					}
				}
			}()
		}
		_ = out.SetReadDeadline(time.Now().Add(fw.udpIdle))
		if _, err := out.Write(buf[:n]); err != nil {
			fw.log.Debug("forward UDP datagram", "err", err)
		}
	}
}
