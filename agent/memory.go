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
	samples := []metrics.Sample{
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	read := func() (allocs, held uint64) {
		metrics.Read(samples)
		return samples[0].Value.Uint64(), samples[1].Value.Uint64() - samples[2].Value.Uint64()
	}
	lastAllocs, floor := read()
	trimmed := true
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		allocs, held := read()
		quiet := allocs-lastAllocs < quietAllocBytes
		lastAllocs = allocs
		if !quiet {
			trimmed = false
			continue
		}
		if trimmed || held < floor+trimMinBytes {
			continue
		}
		debug.FreeOSMemory()
		debug.FreeOSMemory()
		lastAllocs, floor = read()
		trimmed = true
	}
}
