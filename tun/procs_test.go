package tun

import (
	"os"
	"runtime"
	"testing"
)

func TestLimitProcs(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	t.Cleanup(func() { runtime.GOMAXPROCS(before) })
	env, had := os.LookupEnv("GOMAXPROCS")
	t.Cleanup(func() {
		if had {
			os.Setenv("GOMAXPROCS", env)
		} else {
			os.Unsetenv("GOMAXPROCS")
		}
	})

	// The environment wins: the runtime already applied it, LimitProcs leaves it.
	os.Setenv("GOMAXPROCS", "3")
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
