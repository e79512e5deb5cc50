package tun

import (
	"os"
	"runtime"
	"testing"
)

func TestLimitProcs(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	t.Cleanup(func() { runtime.GOMAXPROCS(before) })

	// The environment wins: the runtime already applied it, LimitProcs leaves it.
	t.Setenv("GOMAXPROCS", "3") // restored after the test
	runtime.GOMAXPROCS(3)
	if n := LimitProcs(); n != 3 || runtime.GOMAXPROCS(0) != 3 {
		t.Fatalf("with GOMAXPROCS=3: LimitProcs = %d, GOMAXPROCS = %d, want 3", n, runtime.GOMAXPROCS(0))
	}
	os.Unsetenv("GOMAXPROCS")
	runtime.GOMAXPROCS(4)
	if n := LimitProcs(); n != Procs || runtime.GOMAXPROCS(0) != Procs {
		t.Fatalf("without GOMAXPROCS: LimitProcs = %d, GOMAXPROCS = %d, want %d", n, runtime.GOMAXPROCS(0), Procs)
	}
}
