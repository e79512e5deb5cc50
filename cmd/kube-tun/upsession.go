package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"strings"
	"time"

	mdns "github.com/miekg/dns"

	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/dns"
	"github.com/kube-tun/kube-tun/kube"
	"github.com/kube-tun/kube-tun/tun"
)

// agentLink is how a session reaches one agent.
type agentLink struct {
	register func(ctx context.Context) (net.Conn, error)
	stream   func(ctx context.Context) (io.ReadWriteCloser, error)
	proxy    func(ctx context.Context) (io.ReadWriteCloser, error) // nil without a cluster (directLink)
	udp      netip.AddrPort                                        // zero when the agent's pod IP is unknown
	byAddr   bool                                                  // reached by address (directLink): stream is already direct TCP
	// probe, if set, tells whether this machine reaches the agent's pod IP at all, in well
	// under auto's UDP handshake timeout (kubeLink: a TCP connect to the registration port).
	probe  func() error
	closer func() error
	// reset, if set, drops the connection under register and stream (kubeLink: the
	// port-forward's SPDY connection); the next dial starts a fresh one.
	reset func()
}

// runUp is the session process: it connects, then serves until a signal.
func runUp(ctx context.Context, g *globalFlags, f *upFlags, out io.Writer) (err error) {
	log := g.logger(nil)
	p := newProgress(out)
	st := &upState{PID: os.Getpid(), Started: time.Now(), Phase: "connecting", Tun: f.tunName, Log: logPath()}
	if err := writeState(st); err != nil {
		return err
	}
	var cleanups []func()
	defer func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
		if err != nil {
			st.Phase, st.Error = "failed", err.Error()
			_ = writeState(st)
		}
		_ = removeState()
	}()
	cctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()

	var link agentLink
	var cidrs []netip.Prefix
	var searchNS string
	if f.agentURL != "" {
		link, err = directLink(f.agentURL)
		if err != nil {
			return userErr(err, "pass --agent-address HOST of a reachable agent")
		}
	} else {
		var c *kube.Cluster
		if err := p.step("Load kubeconfig", func() (string, error) {
			c, err = f.kube.load()
			if err != nil {
				return "", err
			}
			st.Context, st.Namespace, st.Server = c.Context, c.Namespace, c.Server
			return fmt.Sprintf("context %q, namespace %q", c.Context, c.Namespace), nil
		}); err != nil {
			return err
		}
		searchNS = c.Namespace
		if err := p.step("Reach API server", func() (string, error) { return c.Server, c.Ping(cctx) }); err != nil {
			return kubeAdvice(err)
		}
		if err := p.step("Discover cluster CIDRs", func() (string, error) {
			pods, svcs, err := c.DiscoverCIDRs(cctx)
			cidrs = append(pods, svcs...)
			if err != nil && len(f.addCIDRs) > 0 {
				// The user named the ranges: a namespace with nothing in it yet (or no
				// right to look around) need not stop them.
				return fmt.Sprintf("none (%v); using --cidr", err), nil
			}
			return joinPrefixes(cidrs), err
		}); err != nil {
			return kubeAdvice(err)
		}
		var pod kube.PodRef
		if err := p.step("Start agent", func() (string, error) {
			pod, err = c.EnsureTargetlessAgent(cctx, kube.AgentSpec{Image: f.agentImage, IdleTimeout: f.idleTimeout},
				func(s string) { log.Info(s) })
			st.AgentPod = pod.Namespace + "/" + pod.Name
			return st.AgentPod, err
		}); err != nil {
			return kubeAdvice(err)
		}
		if err := p.step("Open port-forward", func() (string, error) {
			link, err = kubeLink(cctx, c, pod)
			return "", err
		}); err != nil {
			return kubeAdvice(err)
		}
	}
	cleanups = append(cleanups, func() { _ = link.closer() })

	cidrs, err = adjustCIDRs(cidrs, f.addCIDRs, f.excludeCIDRs)
	if err != nil {
		return userErr(err, "CIDRs look like 10.0.0.0/16")
	}
	if overlaps, err := tun.CheckOverlaps(cidrs); err == nil {
		for _, o := range overlaps {
			if o.Dev == f.tunName {
				continue // a crashed session's leftover, removed by the repair above
			}
			if o.Route.Bits() > o.Existing.Bits() {
				p.printf("  note: %s on %s is wider than %s: those addresses now go through the tunnel (--exclude-cidr %s keeps them local)\n", o.Existing, o.Dev, o.Route, o.Route)
			} else {
				p.printf("  warning: %s: the machine's route is as or more specific and wins, so those cluster addresses are not reachable (fix the local route, or --exclude-cidr %s)\n", o, o.Route)
			}
		}
	}
	var sess *client.Session
	if err := p.step("Connect tunnel", func() (string, error) {
		var skipped []string
		sess, skipped, err = connectSession(cctx, f, link, cidrs, false, log)
		if err != nil {
			return "", err
		}
		return connectedMsg(sess.TunName(), sess, skipped), nil
	}); err != nil {
		return clusterErr(err, "run with -v for details; `kube-tun doctor` checks the usual causes")
	}
	cleanups = append(cleanups, func() { _ = sess.Close() })
	st.Transport, st.ClientAddr, st.Agent = sess.Transport(), sess.Addr.String(), sess.Info.Version
	st.CIDRs = prefixesToStrings(cidrs)
	if sess.Info.Version != version {
		p.printf("  warning: agent version %s differs from client version %s; use matching versions if something misbehaves\n", sess.Info.Version, version)
	}

	if f.dnsMode != "off" {
		if err := p.step("Configure DNS", func() (string, error) {
			ds, stop, err := setupDNS(sess, searchNS, f.dnsMode, log)
			if err != nil {
				return "", err
			}
			cleanups = append(cleanups, stop)
			st.DNS = ds
			return fmt.Sprintf("%s, search %s", ds.Mode, strings.Join(ds.Search, " ")), nil
		}); err != nil {
			next := "run with --dns off to skip DNS setup"
			if f.dnsMode == "resolved" {
				next = "run with --dns resolvconf to manage /etc/resolv.conf instead, or --dns off to skip DNS setup"
			}
			return userErr(err, next)
		}
	} else {
		st.DNS = dnsState{Mode: "off"}
	}
	st.Phase = "connected"
	if err := writeState(st); err != nil {
		return err
	}
	p.printf("Connected to %s in %s.\n", orDefault(st.Context, f.agentURL), fmtDuration(time.Since(st.Started)))

	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			p.printf("Disconnecting.\n")
			return nil
		case <-t.C:
			if s, err := sess.Stats(); err == nil {
				st.Stats = statsInfo{RxBytes: s.RxBytes, TxBytes: s.TxBytes, LastHandshake: s.LastHandshake}
			}
			if ss, ok := sess.StreamState(); ok {
				st.Stats.Reconnects = ss.Reconnects
			}
			st.NoAnswerSince = time.Time{}
			if silent := sess.SilentFor(); silent >= client.Stall {
				st.NoAnswerSince = time.Now().Add(-silent)
			}
			_ = writeState(st)
		}
	}
}

// transportHelp describes --transport's values.
const transportHelp = "how WireGuard reaches the agent: auto (UDP to the agent's pod IP if this machine reaches it, else a direct TCP stream to it, the stream first for commands without a kernel TUN; else a stream through the API server's pod proxy, else the port-forward), udp, tcp (WireGuard framed over a TCP connection to the pod IP: the most throughput), apiproxy (a stream through the API server alone; needs get on pods/proxy and an API server that reaches pod IPs), portforward"

// checkTransport validates a --transport value.
func checkTransport(t string) error {
	switch t {
	case "auto", client.TransportUDP, client.TransportTCP, client.TransportProxy, client.TransportStream:
		return nil
	}
	return userErr(fmt.Errorf("unknown --transport %q", t), "use auto, udp, tcp, apiproxy or portforward")
}

// connectedMsg is the "Connect tunnel" step's summary: the device (or "userspace"), the
// transport, and why auto passed over the transports it skipped.
func connectedMsg(dev string, sess *client.Session, skipped []string) string {
	msg := fmt.Sprintf("%s via %s, tunnel address %s", dev, sess.Transport(), sess.Addr)
	if len(skipped) > 0 {
		msg += " (" + strings.Join(skipped, "; ") + ")"
	}
	return msg
}

// connectSession connects over the requested transport; auto tries direct UDP briefly, then
// a direct TCP stream, then a stream through the API server's pod proxy, and falls back to
// the port-forward stream. skipped says why auto passed over the pod proxy, if it did.
func connectSession(ctx context.Context, f *upFlags, link agentLink, cidrs []netip.Prefix, userspace bool, log *slog.Logger, extra ...func(*client.Options)) (sess *client.Session, skipped []string, err error) {
	if err := checkTransport(f.transport); err != nil {
		return nil, nil, err
	}
	opts := client.Options{
		Name: f.name, Version: version, Register: link.register, UDPEndpoint: link.udp,
		Stream: link.stream, TunName: f.tunName, MTU: f.mtu, Routes: cidrs, Userspace: userspace,
	}
	for _, e := range extra {
		e(&opts)
	}
	try := func(transport string, timeout time.Duration) (*client.Session, error) {
		o := opts
		o.Transport, o.HandshakeTimeout = transport, timeout
		switch transport {
		case client.TransportTCP:
			o.Stream = link.tcpStream()
		case client.TransportProxy:
			dial, release, err := link.proxyStream(ctx)
			if err != nil {
				return nil, err
			}
			defer release()
			o.Stream = dial
		}
		return client.Connect(ctx, o, log)
	}
	sess, err = pickTransport(f.transport, link, userspace, try, log, &skipped)
	return sess, skipped, err
}

// pickTransport connects over transport, or for auto over the first that works (see
// connectSession), with try.
func pickTransport(transport string, link agentLink, userspace bool, try func(string, time.Duration) (*client.Session, error), log *slog.Logger, skipped *[]string) (*client.Session, error) {
	switch transport {
	case client.TransportUDP, client.TransportTCP:
		if !link.udp.IsValid() {
			return nil, fmt.Errorf("--transport %s: the agent's pod IP is unknown", transport)
		}
		return try(transport, 10*time.Second)
	case client.TransportStream:
		return try(client.TransportStream, 20*time.Second)
	case client.TransportProxy:
		if link.proxy == nil {
			return nil, userErr(errors.New("--transport apiproxy needs a cluster"), "leave out --agent-address, or pick another --transport")
		}
		s, err := try(client.TransportProxy, 20*time.Second)
		if errors.Is(err, kube.ErrProxyUnreachable) {
			return nil, userErr(err, "this cluster's API server does not reach pod IPs: use --transport portforward (or auto)")
		}
		return s, err
	}
	if s := tryDirect(link, userspace, try, log, skipped); s != nil {
		return s, nil
	}
	if link.proxy != nil {
		s, err := try(client.TransportProxy, 5*time.Second)
		if err == nil {
			return s, nil
		}
		log.Info("a stream through the API server's pod proxy failed, using the port-forward", "err", err)
		*skipped = append(*skipped, "not apiproxy: "+err.Error())
	}
	return try(client.TransportStream, 20*time.Second)
}

// tryDirect is auto's first choice: the agent's pod IP, over UDP, then a TCP stream for a
// kernel TUN (up); the other way round for a userspace session (run, steal, mount...),
// whose netstack costs per packet and gets 64 KiB packets over a stream against 1420
// bytes over UDP (a 100 MB read through kube-tun mount: 126-139 MB/s over tcp, 28-39 over
// udp). It returns nil when neither works or this machine does not reach the pod IP.
func tryDirect(link agentLink, userspace bool, try func(string, time.Duration) (*client.Session, error), log *slog.Logger, skipped *[]string) *client.Session {
	if !link.udp.IsValid() || !routable(link.udp) {
		return nil
	}
	if link.probe != nil {
		if err := link.probe(); err != nil {
			// A route is no proof (a laptop's default route covers pod IPs): without the
			// probe, auto spent 3 s on UDP and TCP handshakes that could not succeed.
			log.Info("skipping the direct transports", "err", err)
			*skipped = append(*skipped, "not udp or tcp: "+err.Error())
			return nil
		}
	}
	order := []string{client.TransportUDP, client.TransportTCP}
	if userspace {
		order = []string{client.TransportTCP, client.TransportUDP}
	}
	timeout := map[string]time.Duration{client.TransportUDP: time.Second, client.TransportTCP: 2 * time.Second}
	for _, tr := range order {
		if tr == client.TransportTCP && link.byAddr {
			continue // link.stream is this TCP stream already; auto ends with it
		}
		s, err := try(tr, timeout[tr])
		if err == nil {
			return s
		}
		log.Info("a direct transport to the agent failed", "transport", tr, "err", err)
	}
	return nil
}

// setupDNS steers cluster names to the agent: with systemd-resolved through per-link split
// DNS, otherwise with a split-DNS proxy on the tunnel address and a managed resolv.conf.
func setupDNS(sess *client.Session, namespace, mode string, log *slog.Logger) (dnsState, func(), error) {
	search, domains := clusterSearch(sess.Info.DNS.Search, namespace)
	if mode == "resolved" || (mode == "auto" && dns.ResolvedActive()) {
		r := &dns.Resolved{Link: sess.TunName()}
		if err := r.Apply(sess.Info.DNS.Server, search, domains); err != nil {
			return dnsState{}, nil, err
		}
		stop := func() {
			if err := r.Restore(); err != nil {
				log.Info("restore systemd-resolved link settings", "err", err)
			}
		}
		return dnsState{Mode: "systemd-resolved", Nameserver: sess.Info.DNS.Server, Search: search, Domains: domains}, stop, nil
	}
	rc := &dns.ResolvConf{Path: "/etc/resolv.conf", Backup: stateDir() + "/resolv.conf.orig"}
	orig, err := rc.Original()
	if err != nil {
		return dnsState{}, nil, err
	}
	proxy := dns.NewProxy(sess.Info.DNS.Server, domains, orig.Servers, nil)
	addr := netip.AddrPortFrom(sess.Addr, 53).String()
	pc, err := net.ListenPacket("udp", addr)
	if err != nil {
		return dnsState{}, nil, fmt.Errorf("listen for DNS on %s: %w", addr, err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		pc.Close()
		return dnsState{}, nil, fmt.Errorf("listen for DNS on %s: %w", addr, err)
	}
	udpSrv := &mdns.Server{PacketConn: pc, Handler: proxy}
	tcpSrv := &mdns.Server{Listener: ln, Handler: proxy}
	done := make(chan struct{}, 2)
	for _, s := range []*mdns.Server{udpSrv, tcpSrv} {
		go func() {
			defer func() { done <- struct{}{} }()
			if err := s.ActivateAndServe(); err != nil {
				log.Info("DNS proxy stopped", "err", err)
			}
		}()
	}
	stop := func() {
		if err := rc.Restore(); err != nil {
			log.Info("restore resolv.conf", "err", err)
		}
		_ = udpSrv.Shutdown()
		_ = tcpSrv.Shutdown()
		<-done
		<-done
	}
	if err := rc.Apply(sess.Addr.String(), search); err != nil {
		stop()
		return dnsState{}, nil, err
	}
	return dnsState{Mode: "resolvconf", Nameserver: sess.Addr.String(), Search: search, Domains: domains}, stop, nil
}

// clusterSearch derives the search list for namespace and the cluster's DNS domains from
// the agent pod's search path (e.g. "agentns.svc.cluster.local svc.cluster.local ...").
func clusterSearch(agentSearch []string, namespace string) (search, domains []string) {
	domain := "cluster.local"
	for _, s := range agentSearch {
		if rest, ok := strings.CutPrefix(s, "svc."); ok {
			domain = rest
			break
		}
	}
	if namespace != "" {
		search = append(search, namespace+".svc."+domain)
	}
	search = append(search, "svc."+domain, domain)
	return search, []string{domain}
}

func adjustCIDRs(discovered []netip.Prefix, add, exclude []string) ([]netip.Prefix, error) {
	out := append([]netip.Prefix{}, discovered...)
	for _, s := range add {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return nil, fmt.Errorf("parse --cidr %q: %w", s, err)
		}
		out = append(out, p.Masked())
	}
	var kept []netip.Prefix
next:
	for _, p := range out {
		for _, s := range exclude {
			x, err := netip.ParsePrefix(s)
			if err != nil {
				return nil, fmt.Errorf("parse --exclude-cidr %q: %w", s, err)
			}
			if x.Masked() == p {
				continue next
			}
		}
		kept = append(kept, p)
	}
	return kept, nil
}

func joinPrefixes(ps []netip.Prefix) string { return strings.Join(prefixesToStrings(ps), ", ") }

func prefixesToStrings(ps []netip.Prefix) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// routable reports whether this machine has a route to ap (connecting a UDP socket sends
// nothing, it only picks the route).
func routable(ap netip.AddrPort) bool {
	c, err := net.Dial("udp", ap.String())
	if err != nil {
		return false
	}
	c.Close()
	return true
}
