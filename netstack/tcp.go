package netstack

import (
	"context"
	"errors"
	"io"
	"net"
	"net/netip"
	"os"
	"sync/atomic"
	"time"

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
	c := &tcpCopy{s: s, f: f, ep: ep, wq: &wq, down: down, src: src, dst: dst}
	f.kick = c.kick
	if !s.track(f) {
		return
	}
	s.stats.totalTCP.Add(1)
	s.stats.activeTCP.Add(1)
	// This goroutine, the forwarder's, ends here: its stack grew through Dial
	// and the handshake, and an idle flow should not keep it. An idle flow
	// keeps one goroutine with a small stack (see tcpCopy).
	f.halves.Store(2)
	s.wg.Add(2) // one per direction; the counter is > 0: this goroutine holds one
	go c.runDown()
	c.startUp()
}

// downHandoffIdle is how long runDown waits for more data from the upstream
// before it hands over to a goroutine with a small stack.
const downHandoffIdle = 100 * time.Millisecond

// tcpCopy copies a TCP flow both ways, propagating half closes and resets,
// with as little memory as possible while the flow is idle, since an agent
// may hold many thousands of flows. A goroutine keeps the largest stack it
// ever needed until a garbage collection shrinks it, and gVisor's send and
// receive paths are deep, so no goroutine that ran them parks for long:
//
//   - upstream → tunnel: runDown parks in the upstream's read and writes
//     into the tunnel; once the upstream has been silent for downHandoffIdle
//     it starts a new runDown (with a small stack) to park in its place and
//     ends;
//   - tunnel → upstream: no goroutine while idle: gVisor's readiness callback
//     starts one (runUp) that drains the endpoint and ends.
//
// Each direction holds one count of Stack.wg from handleTCP until it ends;
// the goroutines it hands over to run under that count.
type tcpCopy struct {
	s        *Stack
	f        *flow
	ep       tcpip.Endpoint
	wq       *waiter.Queue
	down     *gonet.TCPConn
	src, dst netip.AddrPort

	entry   waiter.Entry // readiness callback of ep, registered while up runs
	upState atomic.Int32 // upOff, upIdle, upRunning, upAgain, upDone
}

const (
	upOff     = iota // not started: kicks are ignored
	upIdle           // no goroutine; a kick starts runUp
	upRunning        // runUp runs
	upAgain          // runUp runs and must look again before going idle
	upDone           // ended
)

// runDown copies upstream → tunnel: it waits for data (without holding a
// buffer) and writes it into the tunnel. Writing grows this goroutine's
// stack, so after a write it waits at most downHandoffIdle for more, then
// hands over to a new runDown, which parks with a small stack and no
// deadline. Handing over right after each write would cost a busy flow a
// goroutine start per request.
func (c *tcpCopy) runDown() {
	for {
		bp, n, err := readLazy(c.f.up)
		switch {
		case err == io.EOF:
			c.endDown(c.down.CloseWrite())
			return
		case errors.Is(err, os.ErrDeadlineExceeded):
			c.handOff()
			return
		case err != nil:
			c.endDown(err)
			return
		}
		_, werr := c.down.Write((*bp)[:n])
		putBuf(bp)
		c.s.stats.bytesDown.Add(uint64(n))
		if werr != nil {
			c.endDown(werr)
			return
		}
		// Also clears a deadline that passed while Write waited for the tunnel.
		_ = c.f.up.SetReadDeadline(time.Now().Add(downHandoffIdle))
	}
}

// handOff replaces this runDown with a new one.
func (c *tcpCopy) handOff() {
	_ = c.f.up.SetReadDeadline(time.Time{})
	c.s.stats.handoffs.Add(1)
	go c.runDown()
}

// endDown ends the upstream → tunnel direction; an error resets the tunnel
// side and closes the flow.
func (c *tcpCopy) endDown(err error) {
	if err != nil {
		c.s.cfg.Logf("netstack: tcp %s -> %s: upstream to tunnel: %v", c.src, c.dst, err)
		// Pass a reset on: close the tunnel side with RST, not FIN.
		c.ep.SocketOptions().SetLinger(tcpip.LingerOption{Enabled: true})
		c.f.close()
	}
	c.s.halfDone(c.f)
	c.s.wg.Done()
}

// startUp registers the readiness callback and looks for data that came
// before it.
func (c *tcpCopy) startUp() {
	c.entry = waiter.NewFunctionEntry(waiter.ReadableEvents|waiter.EventHUp|waiter.EventErr, func(waiter.EventMask) { c.kick() })
	c.wq.EventRegister(&c.entry)
	c.upState.Store(upIdle)
	c.kick()
}

// kick makes runUp look at the endpoint: it starts it if idle. It is called
// by gVisor's readiness callback (which must not block) and when the flow
// closes.
func (c *tcpCopy) kick() {
	for {
		switch st := c.upState.Load(); st {
		case upIdle:
			if c.upState.CompareAndSwap(upIdle, upRunning) {
				go c.runUp()
				return
			}
		case upRunning:
			if c.upState.CompareAndSwap(upRunning, upAgain) {
				return
			}
		default: // upOff, upAgain, upDone
			return
		}
	}
}

// runUp copies what the endpoint has ready to the upstream and ends; the
// client's FIN half-closes the upstream.
func (c *tcpCopy) runUp() {
	for {
		var fin bool
		var err error
		select {
		case <-c.f.done:
			err = errFlowClosed
		default:
			fin, err = c.pumpUp()
		}
		if err != nil || fin {
			c.endUp(err)
			return
		}
		if c.upState.CompareAndSwap(upRunning, upIdle) {
			return
		}
		c.upState.Store(upRunning) // upAgain: an event came while we copied
	}
}

// pumpUp copies what the endpoint has ready to the upstream. fin reports the
// client's FIN, passed on as a half close.
func (c *tcpCopy) pumpUp() (fin bool, err error) {
	for {
		bp, n, err := readEP(c.ep)
		if err == errWouldBlock {
			return false, nil
		}
		if err != nil {
			if isClosedForReceive(err) {
				if cw, ok := c.f.up.(closeWriter); ok {
					return true, cw.CloseWrite()
				}
				return true, nil
			}
			return false, err
		}
		_, werr := c.f.up.Write((*bp)[:n])
		putBuf(bp)
		c.s.stats.bytesUp.Add(uint64(n))
		if werr != nil {
			return false, werr
		}
	}
}

// endUp ends the tunnel → upstream direction; an error resets the upstream
// and closes the flow.
func (c *tcpCopy) endUp(err error) {
	c.upState.Store(upDone)
	c.wq.EventUnregister(&c.entry)
	if err != nil {
		c.s.cfg.Logf("netstack: tcp %s -> %s: tunnel to upstream: %v", c.src, c.dst, err)
		if tc, ok := c.f.up.(interface{ SetLinger(int) error }); ok {
			tc.SetLinger(0) // the client reset or vanished: reset upstream too
		}
		c.f.close()
	}
	c.s.halfDone(c.f)
	c.s.wg.Done()
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
