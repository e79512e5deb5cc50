package netstack

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"

	"golang.zx2c4.com/wireguard/tun"
	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/adapters/gonet"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/network/ipv4"
	"gvisor.dev/gvisor/pkg/tcpip/network/ipv6"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
	"gvisor.dev/gvisor/pkg/tcpip/transport/icmp"
	"gvisor.dev/gvisor/pkg/tcpip/transport/tcp"
	"gvisor.dev/gvisor/pkg/tcpip/transport/udp"
)

const (
	nicID = 1

	defaultMTU            = 1420
	defaultUDPIdleTimeout = 60 * time.Second
	// dnsIdleTimeout caps the idle timeout of forwarded flows to port 53.
	dnsIdleTimeout = 10 * time.Second
	// dialTimeout bounds the upstream dial made while the client's SYN waits.
	dialTimeout = 5 * time.Second
	// maxInFlight bounds TCP handshakes waiting for their upstream dial.
	// Established flows are not limited.
	maxInFlight = 1024

	// TCP buffer ranges (min, default, max); receive buffers auto-tune.
	tcpSendBufMax = 6 << 20
	tcpRecvBufMax = 8 << 20

	// closeFlushTimeout bounds how long Close waits for wireguard-go to send
	// the resets of the closing flows.
	closeFlushTimeout = time.Second

	// Keepalive of forwarded TCP flows on the tunnel side.
	keepaliveIdle     = 60 * time.Second
	keepaliveInterval = 15 * time.Second
	keepaliveCount    = 4
)

// Config configures a Stack.
type Config struct {
	// Addrs are the addresses owned by the stack: ListenTCP, ListenUDP and
	// DialContext use them, and flows to them never reach Dial.
	Addrs []netip.Addr
	// MTU of the packet face; default 1420.
	MTU int
	// Dial opens the upstream for a TCP or UDP flow the stack intercepted for a
	// destination that is not one of Addrs. network is "tcp" or "udp"; ctx
	// carries a 5s deadline and is cancelled by Close. An error makes TCP answer
	// RST (the client sees "connection refused") and UDP drop the flow. A TCP
	// client's handshake completes only after Dial returned a conn. A nil Dial
	// disables forwarding (and the ICMP echo answers for foreign addresses).
	Dial func(ctx context.Context, network string, src, dst netip.AddrPort) (net.Conn, error)
	// UDPIdleTimeout ends a forwarded UDP flow after this long without a packet
	// in either direction; default 60s. Flows to port 53 use at most 10s.
	UDPIdleTimeout time.Duration
	// Logf, if set, receives debug messages about flows.
	Logf func(format string, args ...any)
	// LoopbackOnLink lets the stack send to and receive from IPv4 loopback addresses over
	// its link, which gVisor (like Linux) drops by default. The launcher's stack uses it to
	// reach the command's 127.0.0.1 through the command's TUN device (whose namespace
	// accepts it: route_localnet).
	LoopbackOnLink bool
}

// Stats are counters of a Stack.
type Stats struct {
	ActiveTCP    int64  // forwarded TCP flows being proxied now
	ActiveUDP    int64  // forwarded UDP flows alive now
	TotalTCP     uint64 // forwarded TCP flows established since New
	TotalUDP     uint64 // forwarded UDP flows created since New
	RefusedDials uint64 // flows refused because Dial failed or the destination was ours
	BytesUp      uint64 // bytes forwarded from the tunnel to upstreams
	BytesDown    uint64 // bytes forwarded from upstreams into the tunnel
}

// Stack is a tuned gVisor network stack behind a wireguard-go tun.Device. It
// terminates every TCP and UDP flow sent to it and hands flows for foreign
// destinations to Config.Dial.
type Stack struct {
	cfg   Config
	st    *stack.Stack
	link  *link
	local map[netip.Addr]bool // Addrs, read-only after New

	ctx    context.Context // cancelled by Close; aborts upstream dials
	cancel context.CancelFunc

	mu     sync.Mutex
	closed bool               // guarded by mu
	flows  map[*flow]struct{} // guarded by mu: live forwarded flows
	wg     sync.WaitGroup     // flow goroutines: first Add under mu while !closed (enter)
	once   sync.Once          // Close
	stats  statCounters
}

type statCounters struct {
	activeTCP, activeUDP        atomic.Int64
	totalTCP, totalUDP, refused atomic.Uint64
	bytesUp, bytesDown          atomic.Uint64
	handoffs                    atomic.Uint64 // tcpCopy.runDown hand-overs (tests)
}

// New builds and starts a stack. Use TUN as the device of a wireguard-go
// device.Device.
func New(cfg Config) (*Stack, error) {
	if cfg.MTU == 0 {
		cfg.MTU = defaultMTU
	}
	if cfg.UDPIdleTimeout <= 0 {
		cfg.UDPIdleTimeout = defaultUDPIdleTimeout
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	v4 := ipv4.NewProtocol
	if cfg.LoopbackOnLink {
		v4 = ipv4.NewProtocolWithOptions(ipv4.Options{AllowExternalLoopbackTraffic: true})
	}
	st := stack.New(stack.Options{
		NetworkProtocols:   []stack.NetworkProtocolFactory{v4, ipv6.NewProtocol},
		TransportProtocols: []stack.TransportProtocolFactory{tcp.NewProtocol, udp.NewProtocol, icmp.NewProtocol4, icmp.NewProtocol6},
		// HandleLocal must stay off: with a promiscuous NIC it makes every
		// source address look like our own and drops all inbound packets.
		HandleLocal: false,
	})
	if err := tuneTCP(st); err != nil {
		st.Close()
		st.Wait()
		return nil, err
	}
	l := newLink(cfg.MTU, true)
	ctx, cancel := context.WithCancel(context.Background())
	s := &Stack{
		cfg:    cfg,
		st:     st,
		link:   l,
		local:  make(map[netip.Addr]bool),
		ctx:    ctx,
		cancel: cancel,
		flows:  make(map[*flow]struct{}),
	}
	failErr := func(err error) (*Stack, error) {
		cancel()
		st.Close()
		st.Wait()
		return nil, err
	}
	fail := func(op string, e tcpip.Error) (*Stack, error) {
		return failErr(fmt.Errorf("netstack: %s: %s", op, e))
	}
	if e := st.CreateNIC(nicID, l); e != nil {
		return fail("create NIC", e)
	}
	for _, a := range cfg.Addrs {
		if !a.IsValid() || a.IsUnspecified() {
			return failErr(fmt.Errorf("netstack: invalid stack address %q", a))
		}
		a = a.Unmap()
		s.local[a] = true
		pa := tcpip.ProtocolAddress{AddressWithPrefix: tcpip.AddrFromSlice(a.AsSlice()).WithPrefix()}
		if a.Is4() {
			pa.Protocol = ipv4.ProtocolNumber
		} else {
			pa.Protocol = ipv6.ProtocolNumber
		}
		if e := st.AddProtocolAddress(nicID, pa, stack.AddressProperties{}); e != nil {
			return fail("add address "+a.String(), e)
		}
	}
	// Routes for both families even without an address of one: a
	// promiscuous stack answers flows of either family from their destination.
	st.SetRouteTable([]tcpip.Route{
		{Destination: header.IPv4EmptySubnet, NIC: nicID},
		{Destination: header.IPv6EmptySubnet, NIC: nicID},
	})
	if e := st.SetPromiscuousMode(nicID, true); e != nil {
		return fail("promiscuous mode", e)
	}
	if e := st.SetSpoofing(nicID, true); e != nil {
		return fail("spoofing", e)
	}
	if cfg.Dial != nil {
		tf := tcp.NewForwarder(st, 0, maxInFlight, s.handleTCP)
		st.SetTransportProtocolHandler(tcp.ProtocolNumber, tf.HandlePacket)
		uf := udp.NewForwarder(st, s.handleUDP)
		st.SetTransportProtocolHandler(udp.ProtocolNumber, uf.HandlePacket)
		st.SetTransportProtocolHandler(icmp.ProtocolNumber4, s.handleICMP)
		st.SetTransportProtocolHandler(icmp.ProtocolNumber6, s.handleICMP)
	}
	return s, nil
}

// tuneTCP applies the settings performance.md measured: SACK, cubic, large
// auto-tuned buffers.
func tuneTCP(st *stack.Stack) error {
	sack := tcpip.TCPSACKEnabled(true)
	cc := tcpip.CongestionControlOption("cubic")
	moderate := tcpip.TCPModerateReceiveBufferOption(true)
	snd := tcpip.TCPSendBufferSizeRangeOption{Min: tcp.MinBufferSize, Default: tcp.DefaultSendBufferSize, Max: tcpSendBufMax}
	rcv := tcpip.TCPReceiveBufferSizeRangeOption{Min: tcp.MinBufferSize, Default: tcp.DefaultReceiveBufferSize, Max: tcpRecvBufMax}
	for _, o := range []struct {
		name string
		opt  tcpip.SettableTransportProtocolOption
	}{{"SACK", &sack}, {"congestion control", &cc}, {"receive buffer moderation", &moderate}, {"send buffer", &snd}, {"receive buffer", &rcv}} {
		if e := st.SetTransportProtocolOption(tcp.ProtocolNumber, o.opt); e != nil {
			return fmt.Errorf("netstack: set TCP %s: %s", o.name, e)
		}
	}
	return nil
}

// TUN returns the stack's packet face for wireguard-go. Closing it (as
// device.Close does) stops packet I/O only; Close the Stack to end flows.
func (s *Stack) TUN() tun.Device { return device{s.link} }

// Stats returns a snapshot of the counters.
func (s *Stack) Stats() Stats {
	c := &s.stats
	return Stats{
		ActiveTCP:    c.activeTCP.Load(),
		ActiveUDP:    c.activeUDP.Load(),
		TotalTCP:     c.totalTCP.Load(),
		TotalUDP:     c.totalUDP.Load(),
		RefusedDials: c.refused.Load(),
		BytesUp:      c.bytesUp.Load(),
		BytesDown:    c.bytesDown.Load(),
	}
}

// ListenTCP listens on ap, an address of the stack (or the unspecified
// address for all of them). Local listeners take precedence over Dial.
func (s *Stack) ListenTCP(ap netip.AddrPort) (net.Listener, error) {
	fa, proto := fullAddr(ap)
	l, err := gonet.ListenTCP(s.st, fa, proto)
	if err != nil {
		return nil, fmt.Errorf("netstack: listen tcp %s: %w", ap, err)
	}
	return l, nil
}

// ListenUDP binds ap on the stack. The result works as a miekg/dns
// Server.PacketConn.
func (s *Stack) ListenUDP(ap netip.AddrPort) (net.PacketConn, error) {
	fa, proto := fullAddr(ap)
	c, err := gonet.DialUDP(s.st, &fa, nil, proto)
	if err != nil {
		return nil, fmt.Errorf("netstack: listen udp %s: %w", ap, err)
	}
	return c, nil
}

// DialContext dials address ("ip:port", no names) from the stack, e.g. the
// agent to a client's tunnel address; network is tcp, tcp4, tcp6, udp, udp4
// or udp6. The source is a stack address of the same family. Packets always
// leave through the packet face: a stack cannot dial its own addresses.
func (s *Stack) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return nil, fmt.Errorf("netstack: dial %s %s: %w", network, address, err)
	}
	fa, proto := fullAddr(ap)
	switch network {
	case "tcp", "tcp4", "tcp6":
		c, err := gonet.DialContextTCP(ctx, s.st, fa, proto)
		if err != nil {
			return nil, fmt.Errorf("netstack: dial tcp %s: %w", ap, err)
		}
		return c, nil
	case "udp", "udp4", "udp6":
		c, err := gonet.DialUDP(s.st, nil, &fa, proto)
		if err != nil {
			return nil, fmt.Errorf("netstack: dial udp %s: %w", ap, err)
		}
		return c, nil
	}
	return nil, fmt.Errorf("netstack: dial %s %s: %w", network, address, net.UnknownNetworkError(network))
}

// Close stops the stack: it refuses new flows, cancels pending dials,
// resets every forwarded flow and every listener and conn of the stack
// (the resets still reach clients if the wireguard-go device is up), waits
// for the flow goroutines, and closes the packet face. It is idempotent.
func (s *Stack) Close() error {
	s.once.Do(func() {
		s.mu.Lock()
		s.closed = true
		flows := make([]*flow, 0, len(s.flows))
		for f := range s.flows {
			flows = append(flows, f)
		}
		s.mu.Unlock()
		s.cancel()
		s.link.stopBlocking()
		for _, f := range flows {
			f.reset() // the RST is written to the link synchronously
		}
		s.st.Close() // aborts every other endpoint: listeners, dialed conns
		s.wg.Wait()
		s.st.Wait()
		s.link.flush(closeFlushTimeout)
		s.link.closeTUN()
		s.link.Close()
	})
	return nil
}

// enter adds a flow goroutine to wg; false once the stack is closing. The
// goroutine calls s.wg.Done when it ends.
func (s *Stack) enter() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.wg.Add(1)
	return true
}

// isLocal reports whether a is one of Config.Addrs.
func (s *Stack) isLocal(a netip.Addr) bool { return s.local[a.Unmap()] }

func (s *Stack) refuse(network string, src, dst netip.AddrPort, err error) {
	s.stats.refused.Add(1)
	s.cfg.Logf("netstack: %s %s -> %s refused: %v", network, src, dst, err)
}

var errLocalNoListener = errors.New("no listener on a stack address")

func fullAddr(ap netip.AddrPort) (tcpip.FullAddress, tcpip.NetworkProtocolNumber) {
	a := ap.Addr().Unmap()
	fa := tcpip.FullAddress{NIC: nicID, Port: ap.Port()}
	if a.IsValid() && !a.IsUnspecified() {
		fa.Addr = tcpip.AddrFromSlice(a.AsSlice())
	}
	if a.Is6() {
		return fa, ipv6.ProtocolNumber
	}
	return fa, ipv4.ProtocolNumber
}

func addrPort(a tcpip.Address, port uint16) netip.AddrPort {
	ip, _ := netip.AddrFromSlice(a.AsSlice())
	return netip.AddrPortFrom(ip.Unmap(), port)
}
