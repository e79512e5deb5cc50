package agent

import (
	"context"
	"sync"
	"testing"
	"time"
)

const mib = 1 << 20

// TestTrimmerDecides: a trim on the first quiet interval after activity, only when the
// process grew by trimMinBytes since the last one, and once per quiet period.
func TestTrimmerDecides(t *testing.T) {
	tr := newTrimmer(memSample{allocs: 0, held: 30 * mib})
	var allocs uint64
	for _, s := range []struct {
		name   string
		allocs uint64 // allocated during the interval
		held   uint64
		want   bool
		after  uint64 // when want: what the trim brought the process down to
	}{
		{"quiet from the start", 1 * mib, 30 * mib, false, 0},
		{"busy", 500 * mib, 200 * mib, false, 0},
		{"busy, grown", 500 * mib, 250 * mib, false, 0},
		{"first quiet interval", 1 * mib, 250 * mib, true, 60 * mib},
		{"still quiet after the trim", 1 * mib, 60 * mib, false, 0},
		{"quiet, a little more held", 2 * mib, 70 * mib, false, 0},
		{"busy again, small", 100 * mib, 70 * mib, false, 0},
		{"quiet, grown less than trimMinBytes", 1 * mib, 70 * mib, false, 0},
		{"quiet, grown by trimMinBytes since", 1 * mib, 60*mib + trimMinBytes, true, 60 * mib},
	} {
		allocs += s.allocs
		if got := tr.observe(memSample{allocs, s.held}); got != s.want {
			t.Fatalf("%s: trim %v, want %v", s.name, got, s.want)
		}
		if s.want {
			tr.trimmed(memSample{allocs, s.after})
		}
	}
}

// TestFreeMemory: what trimMemory does when it trims hands a burst's memory back to the OS.
// It measures around the one synchronous call: a test that waited for the trimmer to see a
// quiet interval failed in CI, where other tests' allocations reused the released pages.
func TestFreeMemory(t *testing.T) {
	if n := burst(64); n != 64*mib {
		t.Fatalf("burst of %d bytes", n)
	}
	before := readMemory().held
	freeMemory()
	after := readMemory().held
	if after+32*mib > before {
		t.Fatalf("held %d MiB before and %d MiB after freeing a 64 MiB burst, want ≥ 32 MiB less", before/mib, after/mib)
	}
}

// TestTrimMemoryStops: the trimmer ends with its context.
func TestTrimMemoryStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); trimMemory(ctx, time.Millisecond) }()
	cancel()
	wg.Wait()
}

// burst holds n MiB at once (every page touched) and drops it all when it returns.
func burst(n int) int {
	held := make([][]byte, n)
	total := 0
	for i := range held {
		held[i] = make([]byte, mib)
		for j := 0; j < len(held[i]); j += 4096 {
			held[i][j] = 1 // resident
		}
		total += len(held[i])
	}
	return total
}
