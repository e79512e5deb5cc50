package intercept

import (
	"context"
	"io"
	"net"
	"sync"
	"time"
)

// mirrorDrain is how long a mirror may take to receive its queued bytes after the
// mirrored connection ended.
const mirrorDrain = 5 * time.Second

// mirrors are the sinks copying one connection's incoming bytes.
type mirrors []*mirrorSink

// startMirrors starts a sink per mirroring claim; nil when there is none.
func (p *Port) startMirrors(claims []*claim) mirrors {
	var ms mirrors
	for _, cl := range claims {
		if cl.Mode != Mirror {
			continue
		}
		s := &mirrorSink{p: p, cl: cl, max: p.mirrorBuffer}
		s.cond = sync.NewCond(&s.mu)
		s.ctx, s.cancel = context.WithCancel(cl.ctx)
		if !p.goTracked(s.run) {
			s.cancel()
			continue
		}
		ms = append(ms, s)
	}
	return ms
}

func (ms mirrors) offer(b []byte) {
	for _, s := range ms {
		s.offer(b)
	}
}

func (ms mirrors) close() {
	for _, s := range ms {
		s.close()
	}
}

// mirrorSink queues bytes for one mirror of one connection, without ever blocking the
// connection: when the queue would exceed max bytes, the mirror loses this connection.
type mirrorSink struct {
	p      *Port
	cl     *claim
	max    int
	ctx    context.Context // cancelled when the sink gives up: aborts a pending dial
	cancel context.CancelFunc

	mu      sync.Mutex
	cond    *sync.Cond
	queue   []*[]byte // guarded by mu: blocks from blockPool
	size    int       // guarded by mu: bytes in queue
	done    bool      // guarded by mu: no more input
	dropped bool      // guarded by mu: the copy is abandoned
	conn    net.Conn  // guarded by mu: once dialed
}

func (s *mirrorSink) offer(b []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done || s.dropped {
		return
	}
	s.size += len(b)
	if s.size > s.max {
		s.p.logf("intercept: port %d: mirror %s (%s) is too slow, dropping its copy of a connection (%d bytes queued, dialed %v)", s.p.port, s.cl.ID, s.cl.Owner, s.size, s.conn != nil)
		s.drop()
		return
	}
	for len(b) > 0 { // copy into pooled blocks: no garbage per read
		var blk *[]byte
		if n := len(s.queue); n > 0 && cap(*s.queue[n-1])-len(*s.queue[n-1]) > 0 {
			blk = s.queue[n-1]
		} else {
			blk = blockPool.Get().(*[]byte)
			*blk = (*blk)[:0]
			s.queue = append(s.queue, blk)
		}
		k := min(len(b), cap(*blk)-len(*blk))
		*blk = append(*blk, b[:k]...)
		b = b[k:]
	}
	s.cond.Signal()
}

// drop abandons the copy; s.mu is held.
func (s *mirrorSink) drop() {
	s.dropped = true
	putBlocks(s.queue)
	s.queue, s.size = nil, 0
	s.cancel()
	if s.conn != nil {
		_ = s.conn.Close()
	}
	s.cond.Signal()
}

// close ends the input: the queued bytes still go out, within mirrorDrain.
func (s *mirrorSink) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return
	}
	s.done = true
	s.cond.Signal()
	deadline := time.Now().Add(mirrorDrain)
	if s.conn != nil {
		_ = s.conn.SetWriteDeadline(deadline)
	}
	time.AfterFunc(mirrorDrain, s.cancel)
}

func (s *mirrorSink) run() {
	defer s.cancel()
	conn, err := s.p.deliver(s.ctx, s.cl)
	if err != nil {
		s.p.logf("intercept: port %d: mirror: %v", s.p.port, err)
		s.mu.Lock()
		s.drop()
		s.mu.Unlock()
		return
	}
	s.mu.Lock()
	s.conn = conn
	if s.dropped {
		s.mu.Unlock()
		_ = conn.Close()
		return
	}
	if s.done {
		_ = conn.SetWriteDeadline(time.Now().Add(mirrorDrain))
	}
	s.mu.Unlock()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the mirror's answers are discarded
		defer wg.Done()
		_, _ = io.Copy(io.Discard, conn)
	}()
	defer func() {
		_ = conn.Close()
		wg.Wait()
	}()
	for {
		s.mu.Lock()
		for len(s.queue) == 0 && !s.done && !s.dropped {
			s.cond.Wait()
		}
		if s.dropped || (len(s.queue) == 0 && s.done) {
			s.mu.Unlock()
			if !s.dropped {
				_ = closeWrite(conn)
				_ = conn.SetReadDeadline(time.Now().Add(mirrorDrain))
			}
			return
		}
		q := s.queue
		s.queue, s.size = nil, 0
		s.mu.Unlock()
		for i, b := range q {
			if _, err := conn.Write(*b); err != nil {
				putBlocks(q[i:])
				s.mu.Lock()
				s.drop()
				s.mu.Unlock()
				return
			}
			blockPool.Put(b)
		}
	}
}

// blockPool holds the blocks mirror queues are made of.
var blockPool = sync.Pool{New: func() any { b := make([]byte, 0, 32<<10); return &b }}

func putBlocks(q []*[]byte) {
	for _, b := range q {
		blockPool.Put(b)
	}
}

// teeConn copies what is read from the client to the mirrors.
type teeConn struct {
	net.Conn
	sinks mirrors
}

func (c *teeConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	if n > 0 {
		c.sinks.offer(b[:n])
	}
	return n, err
}

func (c *teeConn) CloseWrite() error { return closeWrite(c.Conn) }

// NetConn returns the client's connection.
func (c *teeConn) NetConn() net.Conn { return c.Conn }
