package kube

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"k8s.io/apimachinery/pkg/util/httpstream"
)

// PortForwardError is the error the kubelet reported on a port-forward stream's error
// stream, e.g. when nothing listens on the port.
type PortForwardError struct {
	Pod     string
	Port    uint16
	Message string
}

func (e *PortForwardError) Error() string {
	return fmt.Sprintf("port-forward %s:%d: %s", e.Pod, e.Port, e.Message)
}

// ErrConnectionLost is returned by reads on a port-forwarded connection whose SPDY
// connection died: the data may be truncated.
var ErrConnectionLost = errors.New("port-forward connection lost")

const (
	chunkSize = 32 << 10 // read buffer, and the largest SPDY data frame we send
	errLimit  = 64 << 10 // cap on the kubelet's error message
)

// streamConn is a net.Conn over a port-forward data stream. A reader goroutine (readLoop)
// fills one of two buffers so Read can honour deadlines; an error goroutine (errLoop)
// collects the error stream. Both end when the streams end or Close resets them; Close
// waits for them.
type streamConn struct {
	conn *spdyConn
	data httpstream.Stream
	errs httpstream.Stream
	pod  PodRef
	port uint16

	chunks chan []byte // filled buffers from readLoop; closed when it ends
	free   chan []byte // empty buffers back to readLoop
	closed chan struct{}
	loops  sync.WaitGroup

	loopErr   error // set by readLoop before closing chunks
	remoteErr error // set by errLoop before closing errDone
	errDone   chan struct{}

	rmu     sync.Mutex // guards cur, pending, readErr; serialises Read
	cur     []byte     // buffer being consumed
	pending []byte     // unread part of cur
	readErr error

	wmu sync.Mutex // serialises Write so a call's frames are not interleaved

	rdl, wdl  deadline
	closeOnce sync.Once
}

var _ net.Conn = (*streamConn)(nil)

func newStreamConn(conn *spdyConn, data, errs httpstream.Stream, pod PodRef, port uint16) *streamConn {
	c := &streamConn{
		conn: conn, data: data, errs: errs, pod: pod, port: port,
		chunks:  make(chan []byte),
		free:    make(chan []byte, 2),
		closed:  make(chan struct{}),
		errDone: make(chan struct{}),
		rdl:     newDeadline(),
		wdl:     newDeadline(),
	}
	c.free <- make([]byte, chunkSize)
	c.free <- make([]byte, chunkSize)
	c.loops.Add(2)
	go c.readLoop()
	go c.errLoop()
	return c
}

func (c *streamConn) readLoop() {
	defer c.loops.Done()
	defer close(c.chunks)
	for {
		var buf []byte
		select {
		case buf = <-c.free:
		case <-c.closed:
			return
		}
		n, err := c.data.Read(buf[:cap(buf)])
		if n > 0 {
			select {
			case c.chunks <- buf[:n]:
			case <-c.closed:
				return
			case <-c.conn.CloseChan():
				c.loopErr = ErrConnectionLost
				return
			case <-c.conn.gone:
				c.loopErr = ErrConnectionLost
				return
			}
		} else {
			c.free <- buf
		}
		if err != nil {
			c.loopErr = err
			return
		}
	}
}

func (c *streamConn) errLoop() {
	defer c.loops.Done()
	defer close(c.errDone)
	msg, err := io.ReadAll(io.LimitReader(c.errs, errLimit))
	if len(msg) > 0 {
		c.remoteErr = &PortForwardError{Pod: c.pod.Name, Port: c.port, Message: strings.TrimSpace(string(msg))}
	} else if err != nil && !errors.Is(err, io.EOF) {
		c.remoteErr = err
	}
}

// Read reads from the pod's port. A kubelet error ends the stream with a
// *PortForwardError; a dead SPDY connection with ErrConnectionLost.
func (c *streamConn) Read(b []byte) (int, error) {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	if len(c.pending) == 0 && c.readErr == nil {
		if c.cur != nil {
			c.free <- c.cur[:cap(c.cur)]
			c.cur = nil
		}
		select {
		case buf, ok := <-c.chunks:
			if !ok {
				c.readErr = c.finalErr()
				break
			}
			c.cur, c.pending = buf, buf
		case <-c.rdl.wait():
			return 0, os.ErrDeadlineExceeded
		case <-c.closed:
			return 0, net.ErrClosed
		}
	}
	if len(c.pending) > 0 {
		n := copy(b, c.pending)
		c.pending = c.pending[n:]
		return n, nil
	}
	return 0, c.readErr
}

// finalErr is the read error once readLoop has ended.
func (c *streamConn) finalErr() error {
	select {
	case <-c.closed:
		return net.ErrClosed
	default:
	}
	// The kubelet closes the error stream before the data stream, so its message (if
	// any) is normally already there; don't wait forever for a misbehaving peer.
	t := time.NewTimer(2 * time.Second)
	defer t.Stop()
	select {
	case <-c.errDone:
		if c.remoteErr != nil {
			return c.remoteErr
		}
	case <-c.closed:
		return net.ErrClosed
	case <-t.C:
	}
	if isClosed(c.conn) {
		return ErrConnectionLost
	}
	if c.loopErr == nil {
		return io.EOF
	}
	return c.loopErr
}

// Write writes to the pod's port, in frames of at most chunkSize so one connection can't
// hold up the others on the shared SPDY connection for long. A write deadline is checked
// before each frame; a frame that is being sent can't be interrupted.
func (c *streamConn) Write(b []byte) (int, error) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	n := 0
	for len(b) > 0 {
		select {
		case <-c.closed:
			return n, net.ErrClosed
		case <-c.wdl.wait():
			return n, os.ErrDeadlineExceeded
		default:
		}
		k := min(len(b), chunkSize)
		m, err := c.data.Write(b[:k])
		n += m
		if err != nil {
			if isClosed(c.conn) {
				err = ErrConnectionLost
			}
			return n, fmt.Errorf("port-forward write %s:%d: %w", c.pod.Name, c.port, err)
		}
		b = b[k:]
	}
	return n, nil
}

// CloseWrite half-closes the connection: the pod's side reads EOF.
func (c *streamConn) CloseWrite() error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.data.Close()
}

// Close resets both streams (like closing a TCP socket with unread data) and waits for
// the reader goroutines. It is idempotent.
func (c *streamConn) Close() error {
	c.closeOnce.Do(func() {
		close(c.closed)
		c.data.Reset()
		c.errs.Reset()
		c.conn.RemoveStreams(c.data, c.errs)
		c.loops.Wait()
		c.rdl.stop()
		c.wdl.stop()
	})
	return nil
}

func (c *streamConn) LocalAddr() net.Addr { return pfAddr("local") }
func (c *streamConn) RemoteAddr() net.Addr {
	return pfAddr(fmt.Sprintf("%s/%s:%d", c.pod.Namespace, c.pod.Name, c.port))
}

func (c *streamConn) SetDeadline(t time.Time) error {
	c.rdl.set(t)
	c.wdl.set(t)
	return nil
}
func (c *streamConn) SetReadDeadline(t time.Time) error  { c.rdl.set(t); return nil }
func (c *streamConn) SetWriteDeadline(t time.Time) error { c.wdl.set(t); return nil }

// pfAddr is the net.Addr of a port-forwarded connection.
type pfAddr string

func (a pfAddr) Network() string { return "portforward" }
func (a pfAddr) String() string  { return string(a) }

// deadline is a settable deadline whose wait channel is closed when it passes.
type deadline struct {
	mu    *sync.Mutex // guards timer, ch
	timer *time.Timer
	ch    chan struct{}
}

func newDeadline() deadline { return deadline{mu: new(sync.Mutex), ch: make(chan struct{})} }

func (d *deadline) set(t time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil && !d.timer.Stop() {
		<-d.ch // the old timer fired (or is firing): wait for it to close ch
	}
	d.timer = nil
	select {
	case <-d.ch:
		d.ch = make(chan struct{})
	default:
	}
	if t.IsZero() {
		return
	}
	dur := time.Until(t)
	if dur <= 0 {
		close(d.ch)
		return
	}
	ch := d.ch
	d.timer = time.AfterFunc(dur, func() { close(ch) })
}

func (d *deadline) wait() <-chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.ch
}

func (d *deadline) stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
}
