package fs

import (
	"io"
	"sync"
)

// Kernel readahead on FUSE is capped at 128 KiB, so a sequential reader would have one
// or two requests in flight and wait a round trip for each. readahead keeps up to
// raWindow chunks of raChunk bytes in flight ahead of a sequential reader; each chunk is
// itself fetched with parallel SFTP reads.
const (
	raChunk  = 1 << 20
	raWindow = 4
	// raStart is how many sequential reads in a row switch readahead on.
	raStart = 2
)

type readahead struct {
	fetch func(p []byte, off int64) (int, error) // ReadAt of the remote file
	bg    *bgGroup                               // the mount's, so Close can wait too

	mu     sync.Mutex
	next   int64 // end of the furthest read so far
	seq    int
	chunks map[int64]*chunk // by chunk index
	wg     sync.WaitGroup   // fetch goroutines
}

type chunk struct {
	done chan struct{}
	data []byte
	err  error
}

// read serves dest at off from prefetched chunks if the reader is sequential. ok is
// false if the caller should read directly.
func (r *readahead) read(dest []byte, off int64) (n int, ok bool, err error) {
	r.mu.Lock()
	// Concurrent kernel reads arrive out of order: anything within a chunk of the
	// previous end counts as sequential.
	sequential := off >= r.next-raChunk && off <= r.next+raChunk
	r.next = max(r.next, off+int64(len(dest)))
	if !sequential {
		r.seq = 0
		r.next = off + int64(len(dest))
		r.chunks = nil // in-flight fetches finish into chunks nobody reads
		r.mu.Unlock()
		return 0, false, nil
	}
	if r.seq++; r.seq < raStart {
		r.mu.Unlock()
		return 0, false, nil
	}
	first := off / raChunk
	if r.chunks == nil {
		r.chunks = map[int64]*chunk{}
	}
	for i := range r.chunks {
		if i < first-1 {
			delete(r.chunks, i)
		}
	}
	for i := first; i < first+raWindow; i++ {
		r.startLocked(i)
	}
	r.mu.Unlock()

	for n < len(dest) {
		pos := off + int64(n)
		idx := pos / raChunk
		r.mu.Lock()
		c := r.startLocked(idx)
		r.mu.Unlock()
		<-c.done
		if c.err != nil && c.err != io.EOF {
			return n, true, c.err
		}
		within := int(pos - idx*raChunk)
		if within >= len(c.data) {
			break // end of file
		}
		copied := copy(dest[n:], c.data[within:])
		n += copied
		if len(c.data) < raChunk && within+copied >= len(c.data) {
			break
		}
	}
	return n, true, nil
}

func (r *readahead) startLocked(idx int64) *chunk {
	if c := r.chunks[idx]; c != nil {
		return c
	}
	c := &chunk{done: make(chan struct{})}
	if r.chunks == nil {
		r.chunks = map[int64]*chunk{}
	}
	r.chunks[idx] = c
	if !r.bg.add() {
		c.err = errClosed
		close(c.done)
		return c
	}
	r.wg.Add(1)
	go func() {
		defer r.bg.Done()
		defer r.wg.Done()
		defer close(c.done)
		buf := make([]byte, raChunk)
		n, err := r.fetch(buf, idx*raChunk)
		c.data, c.err = buf[:n], err
	}()
	return c
}

// wait waits for in-flight fetches (before the file is closed).
func (r *readahead) wait() { r.wg.Wait() }

// bgGroup is a WaitGroup that refuses new members once closing, so that Add never races
// with Wait.
type bgGroup struct {
	mu      sync.Mutex
	closing bool
	wg      sync.WaitGroup
}

func (g *bgGroup) add() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closing {
		return false
	}
	g.wg.Add(1)
	return true
}

func (g *bgGroup) Done() { g.wg.Done() }

// closeAndWait refuses new members and waits for the current ones.
func (g *bgGroup) closeAndWait() {
	g.mu.Lock()
	g.closing = true
	g.mu.Unlock()
	g.wg.Wait()
}
