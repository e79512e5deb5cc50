package netstack

import (
	"context"
	"io"
	"net"
	"net/netip"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/adapters/gonet"
	"gvisor.dev/gvisor/pkg/tcpip/transport/tcp"
	"gvisor.dev/gvisor/pkg/waiter"
)

// handleTCP runs for each SYN without a local listener, on a goroutine the
// gVisor forwarder starts. It dials the upstream first and completes the
// client's handshake only on success; a failed dial answers RST.
func (s *Stack) handleTCP(r *tcp.ForwarderRequest) {
	id := r.ID()
	src := addrPort(id.RemoteAddress, id.RemotePort)
	dst := addrPort(id.LocalAddress, id.LocalPort)
	if !s.enter() {
		r.Complete(true)
		return
	}
	defer s.wg.Done()
	if s.isLocal(dst.Addr()) {
		s.refuse("tcp", src, dst, errLocalNoListener)
		r.Complete(true)
		return
	}
	ctx, cancel := context.WithTimeout(s.ctx, dialTimeout)
	up, err := s.cfg.Dial(ctx, "tcp", src, dst)
	cancel()
	if err != nil {
		s.refuse("tcp", src, dst, err)
		r.Complete(true)
		return
	}
	var wq waiter.Queue
	ep, terr := r.CreateEndpoint(&wq)
	if terr != nil {
		// The client gave up (e.g. RST) while we dialed.
		s.cfg.Logf("netstack: tcp %s -> %s: create endpoint: %s", src, dst, terr)
		up.Close()
		r.Complete(true)
		return
	}
	r.Complete(false)
	setKeepalive(ep)
	down := gonet.NewTCPConn(&wq, ep)
	f := newFlow(up, down)
	f.ep = ep
	if !s.track(f) {
		return
	}
	s.stats.totalTCP.Add(1)
	s.stats.activeTCP.Add(1)
	// The copies run on two fresh goroutines and this one, the forwarder's,
	// ends: its stack has grown through Dial and the handshake, and an idle
	// flow should not keep it. Each copy parks with a small stack and does
	// its deep work (gVisor's send and receive paths) on a short-lived
	// goroutine (see burst), so 10,000 idle flows cost little memory.
	f.halves.Store(2)
	s.wg.Add(2) // the counter is > 0: this goroutine holds one
	go s.proxyDown(f, ep, down, src, dst)
	go s.proxyUp(f, ep, &wq, src, dst)
}

// proxyDown copies upstream → tunnel until EOF (half-closing the tunnel side)
// or an error (resetting it).
func (s *Stack) proxyDown(f *flow, ep tcpip.Endpoint, down *gonet.TCPConn, src, dst netip.AddrPort) {
	defer s.wg.Done()
	defer s.halfDone(f)
	if err := s.copyDown(f, down); err != nil {
		s.cfg.Logf("netstack: tcp %s -> %s: upstream to tunnel: %v", src, dst, err)
		// Pass a reset on: close the tunnel side with RST, not FIN.
		ep.SocketOptions().SetLinger(tcpip.LingerOption{Enabled: true})
		f.close()
	}
}

// proxyUp copies tunnel → upstream until the client's FIN (half-closing the
// upstream) or an error (resetting it).
func (s *Stack) proxyUp(f *flow, ep tcpip.Endpoint, wq *waiter.Queue, src, dst netip.AddrPort) {
	defer s.wg.Done()
	defer s.halfDone(f)
	if err := s.copyUp(f, ep, wq); err != nil {
		s.cfg.Logf("netstack: tcp %s -> %s: tunnel to upstream: %v", src, dst, err)
		if tc, ok := f.up.(interface{ SetLinger(int) error }); ok {
			tc.SetLinger(0) // the client reset or vanished: reset upstream too
		}
		f.close()
	}
}

// halfDone ends one direction of a TCP flow; the second one closes the flow.
func (s *Stack) halfDone(f *flow) {
	if f.halves.Add(-1) != 0 {
		return
	}
	f.close()
	s.untrack(f)
	s.stats.activeTCP.Add(-1)
}

// burst runs fn on a new goroutine and waits for it. A flow's copy loops park
// between bursts of traffic; running the deep calls of a burst elsewhere keeps
// their stacks small, since a goroutine keeps the largest stack it ever
// needed until a garbage collection shrinks it.
func burst(fn func() error) error {
	done := make(chan error, 1)
	go func() { done <- fn() }()
	return <-done
}

// copyDown copies upstream → tunnel; EOF half-closes the tunnel side. It
// waits for data itself (a read, off Linux or for conns without a raw fd a
// blocking one) and writes it in a burst that also takes whatever more the
// upstream has ready.
func (s *Stack) copyDown(f *flow, down *gonet.TCPConn) error {
	for {
		bp, n, err := readLazy(f.up)
		if err == io.EOF {
			return burst(down.CloseWrite)
		}
		if err != nil {
			return err
		}
		if err := burst(func() error { return s.pumpDown(f, down, bp, n) }); err != nil {
			return err
		}
	}
}

// pumpDown writes the n bytes in *bp (and returns the buffer), then copies
// what the upstream has ready without waiting. It returns nil once the
// upstream has nothing ready and at EOF, which the next readLazy reports.
func (s *Stack) pumpDown(f *flow, down *gonet.TCPConn, bp *[]byte, n int) error {
	for {
		_, werr := down.Write((*bp)[:n])
		putBuf(bp)
		s.stats.bytesDown.Add(uint64(n))
		if werr != nil {
			return werr
		}
		var err error
		if bp, n, err = readNow(f.up); err != nil {
			if err == errWouldBlock || err == io.EOF {
				return nil
			}
			return err
		}
	}
}

// copyUp copies tunnel → upstream; the client's FIN half-closes the upstream.
func (s *Stack) copyUp(f *flow, ep tcpip.Endpoint, wq *waiter.Queue) error {
	r := newEPReader(ep, wq)
	defer r.release()
	for {
		if err := r.wait(f.done, nil); err != nil {
			return err
		}
		var fin bool
		err := burst(func() (err error) {
			fin, err = s.pumpUp(f, r)
			return err
		})
		if err != nil || fin {
			return err
		}
	}
}

// pumpUp copies what the endpoint has ready to the upstream. fin reports the
// client's FIN, passed on as a half close.
func (s *Stack) pumpUp(f *flow, r *epReader) (fin bool, err error) {
	for {
		bp, n, err := r.readNow()
		if err == errWouldBlock {
			return false, nil
		}
		if err != nil {
			if isClosedForReceive(err) {
				if cw, ok := f.up.(closeWriter); ok {
					return true, cw.CloseWrite()
				}
				return true, nil
			}
			return false, err
		}
		_, werr := f.up.Write((*bp)[:n])
		putBuf(bp)
		s.stats.bytesUp.Add(uint64(n))
		if werr != nil {
			return false, werr
		}
	}
}

// setKeepalive makes a forwarded flow whose client vanished (laptop asleep,
// peer removed) fail within about two minutes instead of holding its
// upstream forever.
func setKeepalive(ep tcpip.Endpoint) {
	idle := tcpip.KeepaliveIdleOption(keepaliveIdle)
	intvl := tcpip.KeepaliveIntervalOption(keepaliveInterval)
	ep.SetSockOpt(&idle)
	ep.SetSockOpt(&intvl)
	ep.SetSockOptInt(tcpip.KeepaliveCountOption, keepaliveCount)
	ep.SocketOptions().SetKeepAlive(true)
}

var _ net.Conn = (*gonet.TCPConn)(nil)
