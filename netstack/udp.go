package netstack

import (
	"context"
	"errors"
	"net/netip"
	"os"
	"sync/atomic"
	"time"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/adapters/gonet"
	"gvisor.dev/gvisor/pkg/tcpip/transport/udp"
	"gvisor.dev/gvisor/pkg/waiter"
)

// handleUDP runs synchronously for the first packet of a UDP flow without a
// local socket. It binds an endpoint to the flow (later packets queue there)
// and hands the flow to its own goroutine, which dials the upstream.
func (s *Stack) handleUDP(r *udp.ForwarderRequest) {
	id := r.ID()
	src := addrPort(id.RemoteAddress, id.RemotePort)
	dst := addrPort(id.LocalAddress, id.LocalPort)
	if s.isLocal(dst.Addr()) {
		s.refuse("udp", src, dst, errLocalNoListener)
		return
	}
	var wq waiter.Queue
	ep, terr := r.CreateEndpoint(&wq)
	if terr != nil {
		s.cfg.Logf("netstack: udp %s -> %s: create endpoint: %s", src, dst, terr)
		return
	}
	if !s.enter() {
		ep.Close()
		return
	}
	go func() {
		defer s.wg.Done()
		s.runUDP(ep, &wq, src, dst)
	}()
}

// runUDP forwards one UDP flow until it is idle for UDPIdleTimeout, an
// error ends it, or the stack closes. Replies leave from dst, the endpoint's
// local address.
func (s *Stack) runUDP(ep tcpip.Endpoint, wq *waiter.Queue, src, dst netip.AddrPort) {
	ctx, cancel := context.WithTimeout(s.ctx, dialTimeout)
	up, err := s.cfg.Dial(ctx, "udp", src, dst)
	cancel()
	if err != nil {
		ep.Close()
		s.refuse("udp", src, dst, err)
		return
	}
	down := gonet.NewUDPConn(wq, ep)
	f := newFlow(up, down)
	if !s.track(f) {
		return
	}
	defer s.untrack(f)
	s.stats.totalUDP.Add(1)
	s.stats.activeUDP.Add(1)
	defer s.stats.activeUDP.Add(-1)

	idle := s.cfg.UDPIdleTimeout
	if dst.Port() == 53 {
		// DNS: one exchange per source port, no reason to linger.
		idle = min(idle, dnsIdleTimeout)
	}
	var last atomic.Int64 // unix nanos of the last packet either way
	last.Store(time.Now().UnixNano())
	// expired reports whether the flow has been idle for the timeout, and
	// otherwise how long is left.
	expired := func() (bool, time.Duration) {
		left := idle - time.Since(time.Unix(0, last.Load()))
		return left <= 0, left
	}

	s.wg.Add(1) // the counter is > 0: this goroutine holds one
	finished := make(chan struct{})
	go func() {
		defer s.wg.Done()
		defer close(finished)
		defer f.close()
		for {
			if err := up.SetReadDeadline(time.Now().Add(idle)); err != nil {
				return
			}
			bp, n, err := readLazy(up)
			if err != nil {
				if errors.Is(err, os.ErrDeadlineExceeded) {
					if ok, _ := expired(); !ok {
						continue
					}
				}
				return
			}
			last.Store(time.Now().UnixNano())
			_, werr := down.Write((*bp)[:n])
			putBuf(bp)
			s.stats.bytesDown.Add(uint64(n))
			if werr != nil {
				return
			}
		}
	}()

	r := newEPReader(ep, wq)
	t := time.NewTimer(idle)
	for {
		bp, n, err := r.read(f.done, t.C)
		if errors.Is(err, errIdle) {
			if ok, left := expired(); !ok {
				t.Reset(left)
				continue
			}
		}
		if err != nil {
			break
		}
		last.Store(time.Now().UnixNano())
		_, werr := up.Write((*bp)[:n])
		putBuf(bp)
		s.stats.bytesUp.Add(uint64(n))
		if werr != nil {
			break
		}
	}
	t.Stop()
	r.release()
	f.close()
	<-finished
}
