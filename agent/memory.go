package agent

import (
	"context"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Memory trimming. After a burst (a bulk transfer, a thousand connections) the Go runtime
// keeps what it grew: nothing allocates once traffic stops, so no collection runs, the heap
// goal stays where the burst left it, and wireguard-go's pooled 64 KiB message buffers sit
// in sync.Pool (which a collection only empties on its second pass). An agent in a shared
// staging pod would keep a burst's RSS for minutes. trimMemory notices the first quiet
// interval after activity and hands the memory back: two collections (the pools' victim
// caches go on the second) and a scavenge, once per quiet period.
const (
	// trimEvery is how often trimMemory looks (Agent.Run's choice; tests pass less).
	trimEvery = 5 * time.Second
	// quietAllocBytes is the allocation volume per interval below which the agent counts
	// as quiet: keepalives, probes and a few requests allocate far less.
	quietAllocBytes = 4 << 20
	// trimMinBytes is the heap growth over the last trim worth trimming for.
	trimMinBytes = 16 << 20
)

// trimMemory looks every interval and runs until ctx is done.
func trimMemory(ctx context.Context, every time.Duration) {
	tr := newTrimmer(readMemory())
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if tr.observe(readMemory()) {
			freeMemory()
			tr.trimmed(readMemory())
		}
	}
}

// memSample is what trimMemory reads of the runtime: bytes allocated since the start, and
// bytes the process holds from the OS (all mapped memory but the heap's released pages).
type memSample struct{ allocs, held uint64 }

func readMemory() memSample {
	s := []metrics.Sample{
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	metrics.Read(s)
	return memSample{allocs: s[0].Value.Uint64(), held: s[1].Value.Uint64() - s[2].Value.Uint64()}
}

// freeMemory collects twice (sync.Pool's victim caches go on the second) and returns the
// freed pages to the OS.
func freeMemory() {
	debug.FreeOSMemory()
	debug.FreeOSMemory()
}

// trimmer decides when trimMemory trims: on the first quiet interval after activity,
// if the process holds trimMinBytes more than after the last trim, once per quiet period.
type trimmer struct {
	lastAllocs uint64
	floor      uint64 // held after the last trim (or at the start)
	done       bool   // trimmed in this quiet period
}

func newTrimmer(m memSample) *trimmer {
	return &trimmer{lastAllocs: m.allocs, floor: m.held, done: true}
}

// observe takes one interval's sample and reports whether to trim now.
func (t *trimmer) observe(m memSample) bool {
	quiet := m.allocs-t.lastAllocs < quietAllocBytes
	t.lastAllocs = m.allocs
	if !quiet {
		t.done = false
		return false
	}
	return !t.done && m.held >= t.floor+trimMinBytes
}

// trimmed records a trim and what the process held after it.
func (t *trimmer) trimmed(m memSample) {
	t.lastAllocs, t.floor, t.done = m.allocs, m.held, true
}
