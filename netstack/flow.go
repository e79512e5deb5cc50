package netstack

import (
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/waiter"
)

// copyBufSize is the size of the pooled copy buffers. Idle flows hold no
// buffer (see readEP, readLazy and tcpCopy), so it can be large.
const copyBufSize = 128 << 10

var bufPool = sync.Pool{New: func() any { b := make([]byte, copyBufSize); return &b }}

func getBuf() *[]byte  { return bufPool.Get().(*[]byte) }
func putBuf(b *[]byte) { bufPool.Put(b) }

var (
	errIdle       = errors.New("flow idle")
	errFlowClosed = errors.New("flow closed")
	errWouldBlock = errors.New("no data ready")
)

// flow is one forwarded TCP or UDP flow: the stack side and the upstream.
type flow struct {
	up   net.Conn
	down net.Conn
	ep   tcpip.Endpoint // the tunnel side of a TCP flow, nil for UDP
	done chan struct{}  // closed by close
	once sync.Once
	// halves counts the running copy directions of a TCP flow; the last one
	// to end closes and untracks the flow.
	halves atomic.Int32
	// kick, if set before the flow is tracked, is called by close so that a
	// copy without a goroutine notices.
	kick func()
}

func newFlow(up, down net.Conn) *flow {
	return &flow{up: up, down: down, done: make(chan struct{})}
}

// reset closes the flow with an RST to the client (TCP) instead of a FIN.
func (f *flow) reset() {
	if f.ep != nil {
		f.ep.SocketOptions().SetLinger(tcpip.LingerOption{Enabled: true})
	}
	f.close()
}

// close closes both sides, which unblocks both copy directions. Idempotent.
func (f *flow) close() {
	f.once.Do(func() {
		close(f.done)
		f.up.Close()
		f.down.Close()
		if f.kick != nil {
			f.kick()
		}
	})
}

// track registers f so Close can end it; false (and f closed) once the stack is closing.
func (s *Stack) track(f *flow) bool {
	s.mu.Lock()
	closed := s.closed
	if !closed {
		s.flows[f] = struct{}{}
	}
	s.mu.Unlock()
	if closed {
		f.close()
	}
	return !closed
}

func (s *Stack) untrack(f *flow) {
	s.mu.Lock()
	delete(s.flows, f)
	s.mu.Unlock()
}

// epReader reads a gVisor endpoint without holding a buffer while it waits.
type epReader struct {
	ep     tcpip.Endpoint
	wq     *waiter.Queue
	entry  waiter.Entry
	notify chan struct{}
}

func newEPReader(ep tcpip.Endpoint, wq *waiter.Queue) *epReader {
	r := &epReader{ep: ep, wq: wq}
	r.entry, r.notify = waiter.NewChannelEntry(waiter.ReadableEvents | waiter.EventHUp | waiter.EventErr)
	wq.EventRegister(&r.entry)
	return r
}

func (r *epReader) release() { r.wq.EventUnregister(&r.entry) }

// read waits until the endpoint is readable, then reads into a pooled buffer
// the caller must return with putBuf. It returns errFlowClosed when done is
// closed and errIdle when timeout fires; nil timeout waits forever.
// A tcpip.Error is returned as its own error value, e.g.
// *tcpip.ErrClosedForReceive for an orderly end of stream.
func (r *epReader) read(done <-chan struct{}, timeout <-chan time.Time) (*[]byte, int, error) {
	for {
		if r.ep.Readiness(waiter.ReadableEvents|waiter.EventHUp|waiter.EventErr) != 0 {
			bp, n, err := readEP(r.ep)
			if err != errWouldBlock {
				return bp, n, err
			}
		}
		select {
		case <-r.notify:
		case <-done:
			return nil, 0, errFlowClosed
		case <-timeout:
			return nil, 0, errIdle
		}
	}
}

// readEP reads what ep has into a pooled buffer the caller must return with
// putBuf, or returns errWouldBlock if it has nothing. Other errors are
// tcpipError values, e.g. *tcpip.ErrClosedForReceive for an orderly end of
// stream.
func readEP(ep tcpip.Endpoint) (*[]byte, int, error) {
	bp := getBuf()
	w := tcpip.SliceWriter(*bp)
	res, terr := ep.Read(&w, tcpip.ReadOptions{})
	if terr == nil {
		// gonet does this after every read; without it the receive buffer never
		// grows past its default (1 MiB) and the window stays at half of that.
		ep.ModerateRecvBuf(res.Count)
		return bp, res.Count, nil
	}
	putBuf(bp)
	if _, ok := terr.(*tcpip.ErrWouldBlock); ok {
		return nil, 0, errWouldBlock
	}
	return nil, 0, tcpipError{terr}
}

// tcpipError wraps a tcpip.Error so that it never leaves the package as such.
type tcpipError struct{ e tcpip.Error }

func (e tcpipError) Error() string { return e.e.String() }

func isClosedForReceive(err error) bool {
	var te tcpipError
	if errors.As(err, &te) {
		_, ok := te.e.(*tcpip.ErrClosedForReceive)
		return ok
	}
	return false
}

type closeWriter interface{ CloseWrite() error }

var errEOF = io.EOF

// readPlain is readLazy for conns without a raw fd.
func readPlain(c net.Conn) (*[]byte, int, error) {
	bp := getBuf()
	for range 100 {
		n, err := c.Read(*bp)
		if n > 0 {
			return bp, n, nil // a later Read reports err again
		}
		if err != nil {
			putBuf(bp)
			return nil, 0, err
		}
	}
	putBuf(bp)
	return nil, 0, io.ErrNoProgress
}

// wrapSyscallErr turns raw read errors into what net.Conn.Read would return
// for the cases callers test: a closed conn and a passed deadline.
func wrapSyscallErr(err error) error {
	if errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, net.ErrClosed) {
		return err
	}
	return os.NewSyscallError("read", err)
}
