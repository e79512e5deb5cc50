package fs

import "sync"

// writeBehind acknowledges writes at once and sends them in the background, with up to
// wbMax bytes in flight, so a writer does not wait a round trip per write. flush (run by
// close(2), fsync and anything that must see the data) waits for everything in flight and
// reports the first error; after an error every later write fails too.
type writeBehind struct {
	write func(p []byte, off int64) error // WriteAt of the remote file
	bg    *bgGroup

	mu       sync.Mutex
	cond     sync.Cond
	inflight int // bytes
	ranges   map[uint64][2]int64
	nextID   uint64
	err      error
}

const wbMax = 8 << 20

func newWriteBehind(bg *bgGroup, write func(p []byte, off int64) error) *writeBehind {
	w := &writeBehind{write: write, bg: bg, ranges: map[uint64][2]int64{}}
	w.cond.L = &w.mu
	return w
}

// overlapsLocked reports whether [off, end) overlaps a write in flight; such a write
// waits, so that writes to one range land in order.
func (w *writeBehind) overlapsLocked(off, end int64) bool {
	for _, r := range w.ranges {
		if off < r[1] && r[0] < end {
			return true
		}
	}
	return false
}

// Write queues data for offset off. data is copied.
func (w *writeBehind) Write(data []byte, off int64) error {
	end := off + int64(len(data))
	w.mu.Lock()
	for w.err == nil && w.inflight > 0 && (w.inflight+len(data) > wbMax || w.overlapsLocked(off, end)) {
		w.cond.Wait()
	}
	if w.err != nil {
		err := w.err
		w.mu.Unlock()
		return err
	}
	if !w.bg.add() {
		w.mu.Unlock()
		return errClosed
	}
	buf := append([]byte(nil), data...)
	id := w.nextID
	w.nextID++
	w.ranges[id] = [2]int64{off, end}
	w.inflight += len(buf)
	w.mu.Unlock()

	go func() {
		defer w.bg.Done()
		err := w.write(buf, off)
		w.mu.Lock()
		delete(w.ranges, id)
		w.inflight -= len(buf)
		if err != nil && w.err == nil {
			w.err = err
		}
		w.cond.Broadcast()
		w.mu.Unlock()
	}()
	return nil
}

// flush waits until nothing is in flight and returns the first write error.
func (w *writeBehind) flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.inflight > 0 {
		w.cond.Wait()
	}
	return w.err
}
