package launch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"sync"

	mdns "github.com/miekg/dns"
	"golang.zx2c4.com/wireguard/tun"

	"github.com/kube-tun/kube-tun/netstack"
)

// NetConfig is the parent's side of the namespace's network.
type NetConfig struct {
	// Dial opens the upstream of a TCP or UDP flow from the command to dst (see Router).
	Dial func(ctx context.Context, network string, dst netip.AddrPort) (net.Conn, error)
	// DNS, if set, answers on the gateway address, port 53 (UDP and TCP).
	DNS mdns.Handler
}

// pumpOffset is the headroom before each packet (wireguard-go's TUN writes a virtio-net
// header there).
const pumpOffset = 16

// slirp ends the flows of the namespace's TUN device on a netstack and dials them onwards.
type slirp struct {
	dev   tun.Device // the kernel TUN of the namespace
	stack *netstack.Stack
	dns   []*mdns.Server
	wg    sync.WaitGroup
	once  sync.Once
	logf  func(string, ...any)
}

// newSlirp takes ownership of tunFD.
func newSlirp(tunFD int, gw netip.Addr, mtu int, cfg NetConfig, logf func(string, ...any)) (_ *slirp, err error) {
	dev, _, err := tun.CreateUnmonitoredTUNFromFD(tunFD)
	if err != nil {
		os.NewFile(uintptr(tunFD), "tun").Close()
		return nil, fmt.Errorf("open the namespace's TUN device: %w", err)
	}
	s := &slirp{dev: dev, logf: logf}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	s.stack, err = netstack.New(netstack.Config{
		Addrs: []netip.Addr{gw},
		MTU:   mtu,
		Dial: func(ctx context.Context, network string, _, dst netip.AddrPort) (net.Conn, error) {
			return cfg.Dial(ctx, network, dst)
		},
		Logf:           logf,
		LoopbackOnLink: true, // DialCommand reaches the command's 127.0.0.1
	})
	if err != nil {
		return nil, err
	}
	if cfg.DNS != nil {
		ap := netip.AddrPortFrom(gw, 53)
		pc, err := s.stack.ListenUDP(ap)
		if err != nil {
			return nil, fmt.Errorf("listen for DNS on %s: %w", ap, err)
		}
		ln, err := s.stack.ListenTCP(ap)
		if err != nil {
			pc.Close()
			return nil, fmt.Errorf("listen for DNS on %s: %w", ap, err)
		}
		for _, srv := range []*mdns.Server{{PacketConn: pc, Handler: cfg.DNS}, {Listener: ln, Handler: cfg.DNS}} {
			started := make(chan struct{})
			srv.NotifyStartedFunc = func() { close(started) }
			s.dns = append(s.dns, srv)
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				if err := srv.ActivateAndServe(); err != nil {
					logf("dns server: %v", err)
				}
			}()
			<-started
		}
	}
	s.wg.Add(2)
	go s.pump(s.dev, s.stack.TUN(), "namespace → stack")
	go s.pump(s.stack.TUN(), s.dev, "stack → namespace")
	return s, nil
}

// pump copies packet batches from one device to the other until either closes.
func (s *slirp) pump(from, to tun.Device, name string) {
	defer s.wg.Done()
	n := max(from.BatchSize(), 1)
	backing := make([][]byte, n)
	bufs := make([][]byte, n)
	sizes := make([]int, n)
	for i := range backing {
		backing[i] = make([]byte, pumpOffset+65535)
	}
	for {
		for i := range bufs {
			bufs[i] = backing[i]
		}
		got, err := from.Read(bufs, sizes, pumpOffset)
		switch {
		case err == nil:
		case errors.Is(err, os.ErrClosed):
			return
		case errors.Is(err, tun.ErrTooManySegments):
			s.logf("%s: %v (dropped the rest of a segmented packet)", name, err)
		default:
			s.logf("%s: read: %v", name, err)
			return
		}
		if got == 0 {
			continue
		}
		out := bufs[:got]
		for i := range out {
			out[i] = backing[i][:pumpOffset+sizes[i]]
		}
		if _, err := to.Write(out, pumpOffset); err != nil {
			if errors.Is(err, os.ErrClosed) {
				return
			}
			s.logf("%s: write: %v", name, err)
		}
	}
}

// Close stops DNS, the pumps and the stack (resetting open flows), and closes the TUN
// descriptor. Idempotent.
func (s *slirp) Close() error {
	s.once.Do(func() {
		for _, srv := range s.dns {
			_ = srv.Shutdown()
		}
		_ = s.dev.Close()
		if s.stack != nil {
			_ = s.stack.TUN().Close()
			_ = s.stack.Close()
		}
		s.wg.Wait()
	})
	return nil
}

// Stats are the counters of the namespace's network stack.
func (s *slirp) Stats() netstack.Stats { return s.stack.Stats() }
