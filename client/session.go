package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"golang.zx2c4.com/wireguard/conn"
	wgtun "golang.zx2c4.com/wireguard/tun"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/netstack"
	"github.com/kube-tun/kube-tun/tun"
	"github.com/kube-tun/kube-tun/tun/bind"
)

// Transport names.
const (
	// TransportUDP is WireGuard over UDP to the agent's pod IP.
	TransportUDP = "udp"
	// TransportStream is WireGuard framed over a stream that Stream dials, typically a
	// port-forward.
	TransportStream = "portforward"
	// TransportTCP is the stream transport over a direct TCP connection to the agent's pod
	// IP (Stream dials it): no port-forward proxies in the path, and packets of StreamMTU.
	TransportTCP = "tcp"
	// TransportProxy is the stream transport through the API server's pods/proxy (Stream
	// dials it): one proxy in the path instead of a port-forward's three, for clusters
	// whose API server reaches pod IPs.
	TransportProxy = "apiproxy"
)

// isStream reports whether transport frames WireGuard over a stream.
func isStream(transport string) bool {
	return transport == TransportStream || transport == TransportTCP || transport == TransportProxy
}

// Options describe how to reach an agent and what to route to it.
type Options struct {
	Name    string // developer name shown to others on the agent
	Version string
	// Register dials the agent's registration endpoint (a port-forward, or plain TCP).
	Register func(ctx context.Context) (net.Conn, error)
	// Transport is TransportUDP, TransportTCP, TransportProxy or TransportStream.
	Transport string
	// UDPEndpoint is the agent's WireGuard UDP address (TransportUDP); with TransportTCP
	// its address is the pod IP that Stream dials. Either way that address is kept off the
	// TUN device.
	UDPEndpoint netip.AddrPort
	// Stream dials the agent's stream transport (TransportStream, TransportTCP,
	// TransportProxy).
	Stream func(ctx context.Context) (io.ReadWriteCloser, error)
	// Userspace runs the client end on a gVisor netstack inside this process instead of
	// a kernel TUN: no root, no routes, reachable only through Dial and Listen. Used by
	// steal/mirror sessions and the launcher.
	Userspace bool
	// TUN device settings. Routes are the cluster CIDRs; the agent's address is added.
	TunName string
	MTU     int
	Routes  []netip.Prefix
	// HandshakeTimeout bounds the wait for the first WireGuard handshake (default 10s).
	HandshakeTimeout time.Duration
	// OnReregister, if set, runs after the session re-registered with an agent that had
	// dropped it (its link was gone longer than the agent's liveness timeout), so that
	// state kept per session at the agent, such as claims, can be restored.
	OnReregister func(ctx context.Context)
}

// Session is a live tunnel to an agent.
type Session struct {
	opts Options
	log  *slog.Logger
	Info api.RegisterResponse
	Addr netip.Addr // this client's tunnel address

	priv    tun.Key
	agent   tun.Key
	peer    tun.Peer         // the agent, as configured
	dev     *tun.Device      // kernel mode
	pinned  *tun.PinnedRoute // kernel mode, UDP: keeps the agent's address off the TUN
	stack   *netstack.Stack  // userspace mode
	wg      *tun.WG
	stream  *bind.StreamClient // nil for UDP
	netw    *tun.NetWatcher    // tells stream when the network comes back; nil for UDP
	control *http.Client

	stop      context.CancelFunc // ends watch
	watchDone chan struct{}
	lastRx    atomic.Int64 // Unix nanoseconds when the agent last sent anything (watch)
	abandon   atomic.Bool  // Close skips releasing the session at the agent

	closeOnce sync.Once
	closeErr  error
}

// Connect registers with the agent, brings up the TUN and WireGuard, and waits for the
// first handshake. On error nothing is left behind.
func Connect(ctx context.Context, opts Options, log *slog.Logger) (_ *Session, err error) {
	if opts.MTU == 0 {
		opts.MTU = tun.DefaultMTU
		if isStream(opts.Transport) {
			opts.MTU = tun.StreamMTU
		}
	}
	if opts.TunName == "" {
		opts.TunName = "kt0"
	}
	if opts.HandshakeTimeout == 0 {
		opts.HandshakeTimeout = 10 * time.Second
	}
	s := &Session{opts: opts, log: log}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	if s.priv, err = tun.GenerateKey(); err != nil {
		return nil, fmt.Errorf("generate session key: %w", err)
	}
	if s.Info, err = register(ctx, opts, s.priv.Public()); err != nil {
		return nil, err
	}
	if s.Addr, err = api.ParseAddr(s.Info.ClientAddr); err != nil {
		return nil, err
	}
	if s.agent, err = tun.ParseKey(s.Info.AgentPublicKey); err != nil {
		return nil, fmt.Errorf("agent sent a bad public key: %w", err)
	}
	agentAddr, err := api.ParseAddr(s.Info.AgentAddr)
	if err != nil {
		return nil, err
	}
	allowed := append([]netip.Prefix{netip.PrefixFrom(agentAddr, agentAddr.BitLen())}, opts.Routes...)
	if opts.Userspace {
		// Only Dial sends into a userspace stack, and everything it dials is meant for the
		// cluster: the agent peer takes every destination.
		allowed = []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")}
	}

	var packets wgtun.Device
	if opts.Userspace {
		s.stack, err = netstack.New(netstack.Config{Addrs: []netip.Addr{s.Addr}, MTU: opts.MTU})
		if err != nil {
			return nil, fmt.Errorf("start userspace network stack: %w", err)
		}
		packets = s.stack.TUN()
	} else {
		if opts.Transport == TransportUDP || opts.Transport == TransportTCP {
			if s.pinned, err = tun.PinRoute(opts.UDPEndpoint.Addr()); err != nil {
				return nil, err
			}
		}
		s.dev, err = tun.Create(tun.Config{
			Name:   opts.TunName,
			MTU:    opts.MTU,
			Addr:   netip.PrefixFrom(s.Addr, s.Addr.BitLen()),
			Routes: allowed,
		})
		if err != nil {
			return nil, fmt.Errorf("create TUN device %s: %w", opts.TunName, err)
		}
		packets = s.dev.Tun()
	}
	var b conn.Bind
	var endpoint string
	switch opts.Transport {
	case TransportUDP:
		b, endpoint = bind.LimitGSO(conn.NewStdNetBind()), opts.UDPEndpoint.String()
	case TransportStream, TransportTCP, TransportProxy:
		so := bind.StreamOptions{Logf: s.logf}
		if opts.Transport == TransportStream {
			// A port-forward's streams share one SPDY connection, which it re-dials one
			// attempt at a time (and a redial resets it): concurrent attempts gain nothing.
			so.DialStagger = -1
		}
		s.stream = bind.NewStreamClient(opts.Stream, so)
		b, endpoint = s.stream, "stream"
	default:
		return nil, fmt.Errorf("unknown transport %q (want %s, %s, %s or %s)", opts.Transport, TransportUDP, TransportTCP, TransportProxy, TransportStream)
	}
	if s.wg, err = tun.NewWG(packets, b, s.priv, s.logf); err != nil {
		return nil, fmt.Errorf("start wireguard: %w", err)
	}
	s.peer = tun.Peer{
		PublicKey:  s.agent,
		AllowedIPs: allowed,
		Endpoint:   endpoint,
		Keepalive:  time.Duration(max(s.Info.Keepalive, 1)) * time.Second,
	}
	if err = s.wg.SetPeer(s.peer); err != nil {
		return nil, fmt.Errorf("configure agent peer: %w", err)
	}
	if err := s.waitHandshake(ctx); err != nil {
		return nil, err
	}
	s.control = &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{DialContext: s.Dial, DisableKeepAlives: true},
	}
	if s.stream != nil {
		w, werr := tun.WatchNetwork(s.stream.NetworkChanged)
		if werr != nil {
			s.log.Debug("no network change events: after an outage the stream redials on its backoff alone", "err", werr)
		}
		s.netw = w
	}
	s.lastRx.Store(time.Now().UnixNano())
	wctx, stop := context.WithCancel(context.Background())
	s.stop, s.watchDone = stop, make(chan struct{})
	go s.watch(wctx)
	return s, nil
}

// watch re-registers when nothing has come from the agent for a while: after a long
// outage the agent has dropped the session, and WireGuard alone cannot recover from that.
// The agent gives a returning key its old address, so the TUN keeps working as it is.
func (s *Session) watch(ctx context.Context) {
	defer close(s.watchDone)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	var lastRx uint64
	lastChange := time.Now()
	var lost time.Time // when the agent went silent, while it is (reported to the user)
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			st, err := s.wg.PeerStats(s.agent)
			if err != nil {
				continue
			}
			if st.RxBytes != lastRx {
				if !lost.IsZero() {
					s.log.Info("the agent answers again", "silent_for", now.Sub(lost).Round(100*time.Millisecond))
					lost = time.Time{}
				}
				lastRx, lastChange = st.RxBytes, now
				s.lastRx.Store(now.UnixNano())
				continue
			}
			if now.Sub(lastChange) < Stall {
				continue
			}
			if lost.IsZero() {
				lost = time.Unix(0, s.lastRx.Load())
				s.log.Warn("no answer from the agent: reconnecting; traffic to the cluster waits meanwhile", "silent_for", now.Sub(lost).Round(time.Second))
			}
			rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			info, err := register(rctx, s.opts, s.priv.Public())
			cancel()
			if err != nil {
				s.log.Debug("agent unreachable, retrying", "err", err)
				continue
			}
			lastChange = now // give the handshake time before trying again
			if info.AgentPublicKey != s.Info.AgentPublicKey {
				// A new agent took the old one's place (ephemeral containers are never
				// restarted; a new one is added): this session's keys and address belong
				// to the dead agent, so only a new session can use it.
				s.log.Warn("the agent was replaced; this session can't resume, start a new one")
				continue
			}
			if info.ClientAddr != s.Info.ClientAddr {
				s.log.Warn("the agent gave this session a new address; reconnect to use it",
					"old", s.Info.ClientAddr, "new", info.ClientAddr)
				continue
			}
			if !info.Fresh {
				continue // the agent still had the session: only the link was slow
			}
			// Our old WireGuard session died with the agent's peer: start a fresh
			// handshake now instead of waiting out WireGuard's 15 s retry. Over a stream,
			// once the stream is back (it may lag the registration, which has its own
			// connection): an initiation sent before would be dropped, and the next one
			// waits out WireGuard's 5 s retry.
			if s.stream != nil && !s.stream.WaitConnected(ctx, 5*time.Second) {
				s.log.Debug("the stream transport is not back yet; handshaking anyway")
			}
			if err := s.wg.RemovePeer(s.agent); err == nil {
				if err := s.wg.SetPeer(s.peer); err != nil {
					s.log.Warn("restore the agent peer", "err", err)
				}
			}
			s.log.Info("re-registered with the agent after an outage")
			if s.opts.OnReregister != nil {
				s.opts.OnReregister(ctx)
			}
		}
	}
}

func (s *Session) logf(format string, args ...any) { s.log.Debug(fmt.Sprintf(format, args...)) }

func (s *Session) waitHandshake(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.opts.HandshakeTimeout)
	defer cancel()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		st, err := s.wg.PeerStats(s.agent)
		if err == nil && !st.LastHandshake.IsZero() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for WireGuard handshake with the agent over %s: %w", s.opts.Transport, ctx.Err())
		case <-t.C:
		}
	}
}

// Stall is how long a session waits for the agent to send anything (it sends a keepalive
// every 2 s) before it deems the link lost and reconnects (compare SilentFor).
const Stall = 6 * time.Second

// SilentFor is how long the agent has sent nothing: with the agent's keepalives, more
// than a few seconds means the link or the agent is gone.
func (s *Session) SilentFor() time.Duration {
	return time.Since(time.Unix(0, s.lastRx.Load()))
}

// Abandon is Close without releasing the session at the agent, for an agent known to be
// gone: Close would wait for its answers in vain.
func (s *Session) Abandon() error {
	s.abandon.Store(true)
	return s.Close()
}

// Stats reports the tunnel's counters.
func (s *Session) Stats() (tun.PeerStats, error) { return s.wg.PeerStats(s.agent) }

// StreamState reports the stream transport's state; ok is false for UDP.
func (s *Session) StreamState() (bind.StreamState, bool) {
	if s.stream == nil {
		return bind.StreamState{}, false
	}
	return s.stream.State(), true
}

// Transport is the transport in use: TransportUDP, TransportStream or TransportTCP.
func (s *Session) Transport() string { return s.opts.Transport }

// TunName is the name of the session's TUN device ("userspace" in userspace mode).
func (s *Session) TunName() string {
	if s.dev == nil {
		return "userspace"
	}
	return s.dev.Name()
}

// Dial opens a connection through the tunnel (kernel mode: through the routes).
func (s *Session) Dial(ctx context.Context, network, address string) (net.Conn, error) {
	if s.stack != nil {
		return s.stack.DialContext(ctx, network, address)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, address)
}

// Listen accepts TCP connections on the session's tunnel address, e.g. from the agent
// delivering stolen traffic. port 0 picks a free port.
func (s *Session) Listen(port uint16) (net.Listener, error) {
	ap := netip.AddrPortFrom(s.Addr, port)
	if s.stack != nil {
		return s.stack.ListenTCP(ap)
	}
	return net.Listen("tcp", ap.String())
}

// Control returns an HTTP client for the agent's control API, at ControlURL.
func (s *Session) Control() *http.Client { return s.control }

// ControlURL is the base URL of the agent's control API inside the tunnel.
func (s *Session) ControlURL() string {
	return "http://" + netip.AddrPortFrom(api.AgentAddr, api.ControlPort).String()
}

// ControlJSON calls the agent's control API at path with in as the JSON body (nil for
// none) and decodes the answer into out (nil to discard).
func (s *Session) ControlJSON(ctx context.Context, method, path string, in, out any) error {
	return doJSON(ctx, s.control, method, s.ControlURL()+path, in, out)
}

// AgentStatus asks the agent for its status.
func (s *Session) AgentStatus(ctx context.Context) (api.Status, error) {
	var st api.Status
	err := doJSON(ctx, s.control, http.MethodGet, s.ControlURL()+"/v1/status", nil, &st)
	return st, err
}

// Close releases the session at the agent (best effort), then removes WireGuard and the
// TUN device with its routes. It is idempotent.
func (s *Session) Close() error {
	s.closeOnce.Do(func() {
		if s.stop != nil {
			s.stop()
			<-s.watchDone
		}
		var errs []error
		if s.netw != nil {
			errs = append(errs, s.netw.Close())
		}
		if s.control != nil && !s.abandon.Load() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			if err := doJSON(ctx, s.control, http.MethodPost, s.ControlURL()+"/v1/bye", nil, nil); err != nil {
				s.log.Debug("release session at agent", "err", err)
			}
			cancel()
		}
		if s.wg != nil {
			errs = append(errs, s.wg.Close()) // closes the bind and the TUN it was given
		}
		if s.dev != nil {
			errs = append(errs, s.dev.Close())
		}
		if s.stack != nil {
			errs = append(errs, s.stack.Close())
		}
		errs = append(errs, s.pinned.Close())
		s.closeErr = errors.Join(errs...)
	})
	return s.closeErr
}

func register(ctx context.Context, opts Options, pub tun.Key) (api.RegisterResponse, error) {
	hc := &http.Client{
		Timeout: 15 * time.Second,
		Transport: &http.Transport{
			// Staggered: after an outage, a dial begun while the link was down would wait
			// out TCP's SYN backoff long after the link is back.
			DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
				return bind.DialStaggered(ctx, opts.Register, time.Second, 15*time.Second, nil)
			},
			DisableKeepAlives: true,
		},
	}
	req := api.RegisterRequest{PublicKey: pub.String(), Name: opts.Name, Version: opts.Version, Protocol: api.ProtocolVersion}
	var resp api.RegisterResponse
	if err := doJSON(ctx, hc, http.MethodPost, "http://agent/v1/register", req, &resp); err != nil {
		return resp, fmt.Errorf("register with agent: %w", err)
	}
	return resp, nil
}

// APIError is an error answered by the agent.
type APIError struct {
	Status  int
	Message string
	Holder  string // who holds a conflicting rule, when that is the cause
}

func (e *APIError) Error() string {
	return fmt.Sprintf("agent answered %d: %s", e.Status, e.Message)
}

func doJSON(ctx context.Context, hc *http.Client, method, url string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		var body api.Error
		if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&body); err != nil || body.Error == "" {
			body.Error = http.StatusText(resp.StatusCode)
		}
		return &APIError{Status: resp.StatusCode, Message: body.Error, Holder: body.Holder}
	}
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("decode agent answer: %w", err)
	}
	return nil
}
