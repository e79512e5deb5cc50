package fs

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pkg/sftp"
)

// remote owns the client's SFTP session: it dials lazily, redials after the session
// dies, and runs a watchdog that drops a connection on which requests are outstanding
// but nothing has arrived for opTimeout, so no operation waits forever on a dead tunnel.
type remote struct {
	dial      func(ctx context.Context) (net.Conn, error)
	opTimeout time.Duration
	logf      func(string, ...any)

	mu        sync.Mutex
	cur       *session
	closed    bool
	lastFail  time.Time
	lastErr   error
	sessionWG sync.WaitGroup // watchdog goroutines
}

// session is one SFTP client over one connection.
type session struct {
	c        *sftp.Client
	conn     *watchConn
	pending  atomic.Int64
	stop     chan struct{}
	stopOnce sync.Once
	dead     atomic.Bool
}

// watchConn records when bytes last arrived.
type watchConn struct {
	net.Conn
	lastRead atomic.Int64 // unix nanos
}

func (w *watchConn) Read(b []byte) (int, error) {
	n, err := w.Conn.Read(b)
	if n > 0 {
		w.lastRead.Store(time.Now().UnixNano())
	}
	return n, err
}

// maxPacket is the largest read the server answers in one packet; the client asks for
// this size.
const maxPacket = 1 << 16

// errUnavailable marks failures to reach the server (dial, handshake, closed mount):
// they are EIO to FUSE callers whatever errno lies beneath.
var errUnavailable = errors.New("file server unavailable")

// errClosed is returned after the mount is closed.
var errClosed = fmt.Errorf("mount closed: %w", errUnavailable)

// redialBackoff limits redials after a failed one so that a dead agent makes operations
// fail fast instead of each waiting for its own dial timeout.
const redialBackoff = time.Second

func (r *remote) get(ctx context.Context) (*session, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, errClosed
	}
	if s := r.cur; s != nil && !s.dead.Load() {
		return s, nil
	}
	if r.cur != nil {
		r.cur.shutdown()
		r.cur = nil
	}
	if !r.lastFail.IsZero() && time.Since(r.lastFail) < redialBackoff {
		return nil, r.lastErr
	}
	// Dialing under the lock serialises concurrent redials; they would all fail or
	// succeed together anyway.
	s, err := r.connect(ctx)
	if err != nil {
		r.lastFail, r.lastErr = time.Now(), err
		return nil, err
	}
	r.lastFail, r.lastErr = time.Time{}, nil
	r.cur = s
	return s, nil
}

func (r *remote) connect(ctx context.Context) (*session, error) {
	ctx, cancel := context.WithTimeout(ctx, r.opTimeout)
	defer cancel()
	conn, err := r.dial(ctx)
	if err != nil {
		return nil, fmt.Errorf("dial file server: %w: %w", errUnavailable, err)
	}
	wc := &watchConn{Conn: conn}
	wc.lastRead.Store(time.Now().UnixNano())
	// The SFTP handshake must not hang either.
	conn.SetDeadline(time.Now().Add(r.opTimeout))
	c, err := sftp.NewClientPipe(wc, wc,
		sftp.MaxPacketUnchecked(maxPacket),
		sftp.UseConcurrentReads(true),
		sftp.UseConcurrentWrites(true),
		sftp.MaxConcurrentRequestsPerFile(64),
		sftp.UseFstat(false),
	)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("start sftp session: %w: %w", errUnavailable, err)
	}
	conn.SetDeadline(time.Time{})
	s := &session{c: c, conn: wc, stop: make(chan struct{})}
	r.sessionWG.Add(2)
	go r.watchdog(s)
	go func() {
		defer r.sessionWG.Done()
		err := c.Wait()
		s.dead.Store(true)
		if err != nil && !s.stopped() {
			r.logf("fs: sftp session ended: %v", err)
		}
	}()
	return s, nil
}

func (r *remote) watchdog(s *session) {
	defer r.sessionWG.Done()
	t := time.NewTicker(max(r.opTimeout/8, 10*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
		}
		if s.pending.Load() == 0 {
			continue
		}
		idle := time.Since(time.Unix(0, s.conn.lastRead.Load()))
		if idle > r.opTimeout {
			r.logf("fs: no answer from the file server for %v, dropping the connection", idle.Round(time.Millisecond))
			s.dead.Store(true)
			s.conn.Close()
		}
	}
}

func (s *session) stopped() bool {
	select {
	case <-s.stop:
		return true
	default:
		return false
	}
}

// shutdown closes the session; its goroutines exit on their own.
func (s *session) shutdown() {
	s.stopOnce.Do(func() {
		close(s.stop)
		s.dead.Store(true)
		s.c.Close()
		s.conn.Close()
	})
}

// do runs fn on the current session, counting it as outstanding for the watchdog.
func (r *remote) do(ctx context.Context, fn func(c *sftp.Client) error) error {
	s, err := r.get(ctx)
	if err != nil {
		return err
	}
	return s.run(func() error { return fn(s.c) })
}

func (s *session) run(fn func() error) error {
	if s.pending.Add(1) == 1 {
		// Idle time counts from the first outstanding request, not from the last
		// answer before a quiet period.
		s.conn.lastRead.Store(time.Now().UnixNano())
	}
	defer s.pending.Add(-1)
	return fn()
}

// close ends the session and waits for its goroutines. Idempotent.
func (r *remote) close() {
	r.mu.Lock()
	r.closed = true
	if r.cur != nil {
		r.cur.shutdown()
		r.cur = nil
	}
	r.mu.Unlock()
	r.sessionWG.Wait()
}
