package main

import (
	"context"
	"errors"
	"syscall"
	"testing"
	"time"
)

// The first signal cancels the context with a cause that gives the exit code; stop is
// idempotent and ends the watch.
func TestSignalContext(t *testing.T) {
	ctx, stop := signalContext(syscall.SIGUSR1)
	defer stop()
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("no cancel after the signal")
	}
	var sig *interrupted
	if !errors.As(context.Cause(ctx), &sig) || sig.exitCode() != 128+int(syscall.SIGUSR1) {
		t.Fatalf("cause %v", context.Cause(ctx))
	}
	stop()
	stop()

	ctx, stop = signalContext(syscall.SIGUSR1)
	stop()
	if context.Cause(ctx) != context.Canceled {
		t.Errorf("stopped without a signal: cause %v", context.Cause(ctx))
	}
	if (&interrupted{syscall.SIGINT}).name() != "Ctrl-C" || (&interrupted{syscall.SIGTERM}).exitCode() != 143 {
		t.Error("names and exit codes")
	}
}
