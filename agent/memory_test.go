package agent

import (
	"context"
	"runtime/metrics"
	"sync"
	"testing"
	"time"
)

func heapReleased() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestTrimMemory: after a burst of allocation and a quiet interval, the burst's memory goes
// back to the OS; the trimmer ends with its context.
func TestTrimMemory(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); trimMemory(ctx, 50*time.Millisecond) }()
	defer func() { cancel(); wg.Wait() }()

	if n := burst(64); n != 64<<20 {
		t.Fatalf("burst of %d bytes", n)
	}
	before := heapReleased()                     // the burst took its pages out of what was released
	deadline := time.Now().Add(30 * time.Second) // CI runs many -race test binaries on 2 vCPUs at once
	for heapReleased() < before+32<<20 {
		if time.Now().After(deadline) {
			t.Fatalf("released %d MiB after a 64 MiB burst, want ≥ 32 MiB more", (heapReleased()-before)>>20)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// burst holds n MiB at once (every page touched) and drops it all when it returns.
func burst(n int) int {
	held := make([][]byte, n)
	total := 0
	for i := range held {
		held[i] = make([]byte, 1<<20)
		for j := 0; j < len(held[i]); j += 4096 {
			held[i][j] = 1 // resident
		}
		total += len(held[i])
	}
	return total
}
