package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-iptables/iptables"
	mdns "github.com/miekg/dns"
	"golang.zx2c4.com/wireguard/conn"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/agent/redirect"
	"github.com/kube-tun/kube-tun/dns"
	"github.com/kube-tun/kube-tun/fs"
	"github.com/kube-tun/kube-tun/netstack"
	"github.com/kube-tun/kube-tun/tun"
	"github.com/kube-tun/kube-tun/tun/bind"
)

// Config configures an Agent. Zero values get the defaults noted.
type Config struct {
	Version        string
	Pod            string        // the pod the agent runs in, for status output
	RegisterListen string        // default ":7070"
	StreamListen   string        // default ":7071"; "off" disables the stream transport
	UDPPort        int           // default 51820; -1 disables direct UDP
	IdleTimeout    time.Duration // exit after this long without sessions; 0 = never
	PeerTimeout    time.Duration // drop a session silent for this long; default 6s
	ResolvConf     string        // default /etc/resolv.conf
	// Incoming enables mirror and steal (target mode): the agent needs NET_ADMIN in the
	// target pod's network namespace and an iptables binary.
	Incoming bool
	Lease    time.Duration // lifetime of each redirect rule without renewal; default 6s
	AppAddr  netip.Addr    // the pod address the application listens on; default 127.0.0.1
	NodeAddr netip.Addr    // connections from here (kubelet probes) are never redirected
	// Files serves the target container's environment (GET /v1/env) and root filesystem
	// (SFTP on the tunnel address, port 2222). Target mode; may need SYS_PTRACE.
	Files bool
	// Dial reaches destinations on behalf of clients; default net.Dialer. Tests plug in here.
	Dial func(ctx context.Context, network, address string) (net.Conn, error)
}

func (c *Config) setDefaults() {
	if c.RegisterListen == "" {
		c.RegisterListen = fmt.Sprintf(":%d", api.RegisterPort)
	}
	if c.StreamListen == "" {
		c.StreamListen = fmt.Sprintf(":%d", api.StreamPort)
	}
	if c.UDPPort == 0 {
		c.UDPPort = api.WireGuardPort
	}
	if c.PeerTimeout == 0 {
		c.PeerTimeout = 8 * time.Second
	}
	if c.ResolvConf == "" {
		c.ResolvConf = "/etc/resolv.conf"
	}
	if c.Dial == nil {
		d := &net.Dialer{Timeout: 5 * time.Second}
		c.Dial = d.DialContext
	}
}

// Agent is the in-cluster end of kube-tun tunnels. Start it with Run.
type Agent struct {
	cfg     Config
	log     *slog.Logger
	started time.Time
	priv    tun.Key
	reg     *registry
	policy  *egressPolicy
	dnsCfg  dns.ResolverConfig

	stack   *netstack.Stack
	streams *bind.StreamServer
	wg      *tun.WG
	files   *fs.Server // nil unless Config.Files
	filesLn net.Listener
	in      *incoming       // nil unless Config.Incoming
	rules   *redirect.Table // nil unless Config.Incoming

	// Listeners opened by New, served by Run.
	regLn, streamLn, ctlLn net.Listener
	dnsPC                  net.PacketConn
	dnsLn                  net.Listener

	closeOnce sync.Once
	closeErr  error
}

// New builds the agent: its key, netstack, WireGuard device and listeners. Nothing is
// served until Run.
func New(cfg Config, log *slog.Logger) (_ *Agent, err error) {
	cfg.setDefaults()
	a := &Agent{cfg: cfg, log: log, started: time.Now()}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()
	if a.priv, err = tun.GenerateKey(); err != nil {
		return nil, fmt.Errorf("generate agent key: %w", err)
	}
	a.reg = newRegistry(api.TunnelPrefix, api.AgentAddr, a.started)
	a.dnsCfg, err = dns.ReadResolvConf(cfg.ResolvConf)
	if err != nil {
		return nil, err
	}
	local, err := localAddrs()
	if err != nil {
		return nil, err
	}
	a.policy = &egressPolicy{tunnel: api.TunnelPrefix, local: local, dial: cfg.Dial,
		reserved: []uint16{api.RegisterPort, api.StreamPort, api.WireGuardPort}}

	a.stack, err = netstack.New(netstack.Config{
		Addrs: []netip.Addr{api.AgentAddr},
		// As large as any client's: each TCP flow then uses its client's MTU (MSS option).
		MTU:  tun.StreamMTU,
		Dial: a.policy.Dial,
		Logf: a.logf,
	})
	if err != nil {
		return nil, fmt.Errorf("start netstack: %w", err)
	}

	var binds []conn.Bind
	if cfg.StreamListen != "off" {
		if a.streamLn, err = net.Listen("tcp", cfg.StreamListen); err != nil {
			return nil, fmt.Errorf("listen for stream transport: %w", err)
		}
		a.streams = bind.NewStreamServer(bind.StreamOptions{})
		binds = append(binds, a.streams)
	}
	if cfg.UDPPort > 0 {
		binds = append(binds, &fixedPortBind{Bind: bind.LimitGSO(conn.NewStdNetBind()), port: uint16(cfg.UDPPort)})
	}
	if len(binds) == 0 {
		return nil, errors.New("start agent: no transport enabled")
	}
	a.wg, err = tun.NewWG(a.stack.TUN(), bind.NewMulti(binds...), a.priv, a.logf)
	if err != nil {
		return nil, fmt.Errorf("start wireguard: %w", err)
	}

	if cfg.Incoming {
		if err := a.startIncoming(); err != nil {
			return nil, err
		}
	}
	if cfg.Files {
		if err := a.startFiles(); err != nil {
			// Files are an extra: mirror and steal still work without them.
			a.log.Warn("not serving the target's files and environment", "err", err)
			a.cfg.Files = false
		}
	}
	if a.regLn, err = net.Listen("tcp", cfg.RegisterListen); err != nil {
		return nil, fmt.Errorf("listen for registration: %w", err)
	}
	if a.ctlLn, err = a.stack.ListenTCP(netip.AddrPortFrom(api.AgentAddr, api.ControlPort)); err != nil {
		return nil, fmt.Errorf("listen for control API: %w", err)
	}
	dnsAddr := netip.AddrPortFrom(api.AgentAddr, api.DNSPort)
	if a.dnsPC, err = a.stack.ListenUDP(dnsAddr); err != nil {
		return nil, fmt.Errorf("listen for DNS: %w", err)
	}
	if a.dnsLn, err = a.stack.ListenTCP(dnsAddr); err != nil {
		return nil, fmt.Errorf("listen for DNS over TCP: %w", err)
	}
	return a, nil
}

func (a *Agent) logf(format string, args ...any) {
	a.log.Debug(fmt.Sprintf(format, args...))
}

// RegisterAddr is the address the registration endpoint listens on.
func (a *Agent) RegisterAddr() net.Addr { return a.regLn.Addr() }

// StreamAddr is the address of the stream transport, or nil when it is off.
func (a *Agent) StreamAddr() net.Addr {
	if a.streamLn == nil {
		return nil
	}
	return a.streamLn.Addr()
}

// Run serves until ctx is done or the agent has been idle for IdleTimeout, then closes the
// agent. It returns nil on an idle exit or cancellation.
func (a *Agent) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	defer wg.Wait()
	defer a.Close()

	resolver := dns.NewResolver(a.dnsCfg, a.logf)
	regSrv := &http.Server{Handler: a.registerHandler(), ReadHeaderTimeout: 10 * time.Second}
	ctlSrv := &http.Server{Handler: a.controlHandler(), ReadHeaderTimeout: 10 * time.Second}
	dnsUDP := &mdns.Server{PacketConn: a.dnsPC, Handler: resolver}
	dnsTCP := &mdns.Server{Listener: a.dnsLn, Handler: resolver}

	serve := func(name string, f func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(); err != nil && ctx.Err() == nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
				a.log.Error("serve "+name, "err", err)
				cancel()
			}
		}()
	}
	serve("registration", func() error { return regSrv.Serve(a.regLn) })
	serve("control API", func() error { return ctlSrv.Serve(a.ctlLn) })
	serve("DNS/UDP", dnsUDP.ActivateAndServe)
	serve("DNS/TCP", dnsTCP.ActivateAndServe)
	if a.streams != nil {
		serve("stream transport", func() error { return a.streams.Serve(a.streamLn) })
	}
	if a.files != nil {
		serve("files", func() error { return a.files.Serve(a.filesLn) })
	}
	if a.rules != nil {
		wg.Add(1)
		go func() { defer wg.Done(); a.rules.Run(ctx) }()
	}
	wg.Add(1)
	go func() { defer wg.Done(); trimMemory(ctx, trimEvery) }()
	a.log.Info("agent ready", "register", a.regLn.Addr().String(), "udp", a.cfg.UDPPort,
		"tunnel", api.AgentAddr.String(), "idleTimeout", a.cfg.IdleTimeout.String())

	err := a.watch(ctx)
	cancel()
	_ = regSrv.Close()
	_ = ctlSrv.Close()
	_ = dnsUDP.Shutdown()
	_ = dnsTCP.Shutdown()
	return err
}

// watch drops silent sessions and ends the agent when it has been idle long enough.
func (a *Agent) watch(ctx context.Context) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case now := <-t.C:
			for _, p := range a.reg.snapshot() {
				var rx uint64
				if st, err := a.wg.PeerStats(mustKey(p.pub)); err == nil {
					rx = st.RxBytes
				}
				if !a.reg.observe(p.pub, rx, now, a.cfg.PeerTimeout, 3*a.cfg.PeerTimeout) {
					a.dropSession(p.pub, true)
				}
			}
			if idle := a.reg.idleSince(); a.cfg.IdleTimeout > 0 && !idle.IsZero() && now.Sub(idle) >= a.cfg.IdleTimeout {
				a.log.Info("no sessions, exiting", "idleFor", now.Sub(idle).Round(time.Second).String())
				return nil
			}
		}
	}
}

// dropSession ends the session pub: its claims, its peer and its registration. check is
// set by the liveness check, which logs the sessions that timed out (a released one said
// goodbye and was logged then).
func (a *Agent) dropSession(pub string, check bool) {
	p, ok := a.reg.remove(pub, time.Now())
	if !ok {
		return
	}
	if check && !p.released {
		a.log.Info("session timed out", "name", p.name, "addr", p.addr.String())
	}
	if a.in != nil {
		a.in.removeSession(pub)
	}
	if err := a.wg.RemovePeer(mustKey(pub)); err != nil {
		a.log.Warn("remove wireguard peer", "name", p.name, "err", err)
	}
}

// Close stops everything New started. It is idempotent.
func (a *Agent) Close() error {
	a.closeOnce.Do(func() {
		var errs []error
		if a.in != nil {
			errs = append(errs, a.in.close())
		}
		if a.rules != nil {
			errs = append(errs, a.rules.Close())
		}
		if a.files != nil {
			errs = append(errs, a.files.Close())
		} else if a.filesLn != nil {
			_ = a.filesLn.Close()
		}
		for _, c := range []interface{ Close() error }{a.regLn, a.streamLn, a.ctlLn, a.dnsLn, a.dnsPC} {
			if c != nil {
				_ = c.Close()
			}
		}
		if a.wg != nil {
			errs = append(errs, a.wg.Close())
		}
		if a.stack != nil {
			errs = append(errs, a.stack.Close())
		}
		a.closeErr = errors.Join(errs...)
	})
	return a.closeErr
}

func mustKey(s string) tun.Key {
	k, err := tun.ParseKey(s)
	if err != nil {
		panic(fmt.Sprintf("registry holds a bad key %q: %v", s, err))
	}
	return k
}

// fixedPortBind opens its inner bind on a fixed port whatever the device asks for, so the
// agent's UDP port does not depend on the multiplexed bind's Open argument.
type fixedPortBind struct {
	conn.Bind
	port uint16
}

func (b *fixedPortBind) Open(uint16) ([]conn.ReceiveFunc, uint16, error) {
	return b.Bind.Open(b.port)
}

// startIncoming prepares mirror and steal: it removes chains a killed predecessor left and
// owns the redirect table from now on.
func (a *Agent) startIncoming() error {
	ipt, err := iptables.New()
	if err != nil {
		return fmt.Errorf("start incoming traffic: find iptables: %w", err)
	}
	if a.cfg.Lease == 0 {
		a.cfg.Lease = 6 * time.Second
	}
	a.rules = redirect.New(ipt, a.cfg.Lease, a.logf)
	stale, err := a.rules.CleanStale()
	if err != nil {
		return fmt.Errorf("start incoming traffic (does the agent have NET_ADMIN?): %w", err)
	}
	if len(stale) > 0 {
		a.log.Info("removed the iptables chains a killed agent left", "chains", strings.Join(stale, ","))
	}
	app := a.cfg.AppAddr
	if !app.IsValid() {
		app = netip.MustParseAddr("127.0.0.1")
	}
	// Kubelet probes come from the node: its address, or its address on the pod network
	// (the pod's default gateway on bridge networks). They keep reaching the app.
	var except []netip.Prefix
	for _, n := range append([]netip.Addr{a.cfg.NodeAddr}, defaultGateways()...) {
		if n.IsValid() {
			except = append(except, netip.PrefixFrom(n, n.BitLen()))
		}
	}
	a.log.Info("incoming traffic ready; never redirected from", "sources", fmt.Sprint(except))
	a.in = newIncoming(a.log, a.rules, app, except, a.deliver)
	return nil
}

func (a *Agent) startFiles() error {
	pid, err := fs.FindTargetPID("")
	if err != nil {
		return fmt.Errorf("find the target container's process: %w", err)
	}
	root := fmt.Sprintf("/proc/%d/root", pid)
	if _, err := os.Stat(root + "/"); err != nil {
		return fmt.Errorf("open the target's root (the agent may need SYS_PTRACE): %w", err)
	}
	if a.filesLn, err = a.stack.ListenTCP(netip.AddrPortFrom(api.AgentAddr, api.FilesPort)); err != nil {
		return fmt.Errorf("listen for files: %w", err)
	}
	a.files = fs.NewServer(root, false, a.logf)
	a.log.Info("serving the target's files and environment", "pid", pid)
	return nil
}

// deliver dials a client's tunnel address for a stolen or mirrored connection. A client
// that has been silent for a few keepalives is treated as gone at once, so its requests
// fall back to the application instead of waiting for a dial timeout.
func (a *Agent) deliver(ctx context.Context, client netip.Addr, port uint16) (net.Conn, error) {
	p, ok := a.reg.byAddress(client)
	if !ok || time.Since(p.lastSeen) > deliverSilence {
		return nil, fmt.Errorf("deliver to %s: client is gone", client)
	}
	ctx, cancel := context.WithTimeout(ctx, deliverTimeout)
	defer cancel()
	return a.stack.DialContext(ctx, "tcp", netip.AddrPortFrom(client, port).String())
}

const (
	deliverSilence = 5 * time.Second // 2.5 client keepalives
	// deliverTimeout lets a dial through a loaded tunnel make its third SYN: gVisor
	// retransmits a SYN after 1 s and again 2 s later, so a 3 s timeout gave up just as
	// that third one left, and a loaded CI run sent a few claimed requests to the app.
	deliverTimeout = 5 * time.Second
)
