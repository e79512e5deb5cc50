package bind

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// helloMagic starts the hello frame: the first frame a StreamClient sends on each stream,
// followed by its 8-byte session ID.
var helloMagic = []byte("KTS1")

const helloLen = 4 + 8

type sessionID [8]byte

func newSessionID() sessionID {
	var id sessionID
	rand.Read(id[:]) // never fails (crypto/rand, Go 1.24+)
	return id
}

func helloFrame(id sessionID) []byte {
	return append(append([]byte(nil), helloMagic...), id[:]...)
}

func parseHello(p []byte) (sessionID, error) {
	var id sessionID
	if len(p) != helloLen || !bytes.Equal(p[:4], helloMagic) {
		return id, errors.New("stream did not start with a kube-tun hello")
	}
	copy(id[:], p[4:])
	return id, nil
}

// errDead closes a stream that received nothing for DeadAfter.
var errDead = errors.New("stream dead: nothing received")

// stream is one established byte stream carrying frames. Reads are done by one goroutine
// at a time (its owner); writes are serialised by wmu.
type stream struct {
	rwc io.ReadWriteCloser
	br  *bufio.Reader

	wmu  sync.Mutex
	wbuf []byte // guarded by wmu

	lastRx atomic.Int64 // unix nanoseconds
	lastTx atomic.Int64 // unix nanoseconds

	once sync.Once
	done chan struct{} // closed by close
	err  error         // why it was closed; written before done is closed
}

func newStream(rwc io.ReadWriteCloser, readBuf int) *stream {
	if readBuf <= 0 {
		readBuf = DefaultReadBufferSize
	}
	s := &stream{rwc: rwc, br: bufio.NewReaderSize(rwc, readBuf), done: make(chan struct{})}
	now := time.Now().UnixNano()
	s.lastRx.Store(now)
	s.lastTx.Store(now)
	return s
}

// write sends payloads as frames with one Write. A failed write closes the stream.
func (s *stream) write(payloads [][]byte) error {
	s.wmu.Lock()
	err := WriteFrames(s.rwc, &s.wbuf, payloads)
	s.wmu.Unlock()
	if err != nil {
		s.close(err)
		return err
	}
	s.lastTx.Store(time.Now().UnixNano())
	return nil
}

var keepaliveFrame = []byte{0, 0}

// keepalive writes a zero-length frame unless a write is in progress (which proves
// liveness just as well, or is stuck, which a keepalive cannot fix).
func (s *stream) keepalive() {
	if !s.wmu.TryLock() {
		return
	}
	_, err := s.rwc.Write(keepaliveFrame)
	s.wmu.Unlock()
	if err != nil {
		s.close(fmt.Errorf("write keepalive: %w", err))
		return
	}
	s.lastTx.Store(time.Now().UnixNano())
}

// readBatch reads at least one datagram into bufs (keepalives are consumed and counted as
// rx, and echoed if echo is set); it takes further datagrams only while whole frames are
// buffered, so it never blocks once it has one. A read error closes the stream; datagrams
// read before it are still returned.
func (s *stream) readBatch(bufs [][]byte, sizes []int, echo bool) (int, error) {
	n := 0
	for n < len(bufs) {
		if n > 0 && !frameBuffered(s.br) {
			break
		}
		m, err := ReadFrame(s.br, bufs[n])
		if errors.Is(err, ErrFrameTooLarge) {
			continue
		}
		if err != nil {
			s.close(fmt.Errorf("read: %w", err))
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		s.lastRx.Store(time.Now().UnixNano())
		if m == 0 {
			if echo {
				s.keepalive()
			}
			continue
		}
		sizes[n] = m
		n++
	}
	return n, nil
}

func (s *stream) close(err error) {
	s.once.Do(func() {
		s.err = err
		close(s.done)
		s.rwc.Close()
	})
}

func (s *stream) isDone() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

func (s *stream) sinceRx(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, s.lastRx.Load()))
}

func (s *stream) sinceTx(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, s.lastTx.Load()))
}
