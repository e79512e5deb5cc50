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
	defer s.untrack(f)
	s.stats.totalTCP.Add(1)
	s.stats.activeTCP.Add(1)
	defer s.stats.activeTCP.Add(-1)
	s.proxyTCP(f, ep, &wq, down, src, dst)
}

// proxyTCP copies both ways until both directions end, propagating half
// closes. It uses this goroutine and one more, and waits for it.
func (s *Stack) proxyTCP(f *flow, ep tcpip.Endpoint, wq *waiter.Queue, down *gonet.TCPConn, src, dst netip.AddrPort) {
	s.wg.Add(1) // the counter is > 0: this goroutine holds one
	finished := make(chan struct{})
	go func() {
		defer s.wg.Done()
		defer close(finished)
		if err := s.copyDown(f, down); err != nil {
			s.cfg.Logf("netstack: tcp %s -> %s: upstream to tunnel: %v", src, dst, err)
			// Pass a reset on: close the tunnel side with RST, not FIN.
			ep.SocketOptions().SetLinger(tcpip.LingerOption{Enabled: true})
			f.close()
		}
	}()
	if err := s.copyUp(f, ep, wq); err != nil {
		s.cfg.Logf("netstack: tcp %s -> %s: tunnel to upstream: %v", src, dst, err)
		if tc, ok := f.up.(interface{ SetLinger(int) error }); ok {
			tc.SetLinger(0) // the client reset or vanished: reset upstream too
		}
		f.close()
	}
	<-finished
	f.close()
}

// copyDown copies upstream → tunnel; EOF half-closes the tunnel side.
func (s *Stack) copyDown(f *flow, down *gonet.TCPConn) error {
	for {
		bp, n, err := readLazy(f.up)
		if err == io.EOF {
			return down.CloseWrite()
		}
		if err != nil {
			return err
		}
		_, werr := down.Write((*bp)[:n])
		putBuf(bp)
		s.stats.bytesDown.Add(uint64(n))
		if werr != nil {
			return werr
		}
	}
}

// copyUp copies tunnel → upstream; the client's FIN half-closes the upstream.
func (s *Stack) copyUp(f *flow, ep tcpip.Endpoint, wq *waiter.Queue) error {
	r := newEPReader(ep, wq)
	defer r.release()
	for {
		bp, n, err := r.read(f.done, nil)
		if err != nil {
			if isClosedForReceive(err) {
				if cw, ok := f.up.(closeWriter); ok {
					return cw.CloseWrite()
				}
				return nil
			}
			return err
		}
		_, werr := f.up.Write((*bp)[:n])
		putBuf(bp)
		s.stats.bytesUp.Add(uint64(n))
		if werr != nil {
			return werr
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
