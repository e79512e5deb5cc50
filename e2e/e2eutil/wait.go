package e2eutil

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// Poll calls cond every interval until it reports done, returns an error, or ctx ends.
// The last condition error (if any) is part of the timeout error.
func Poll(ctx context.Context, interval time.Duration, cond func(ctx context.Context) (done bool, err error)) error {
	var last error
	for {
		done, err := cond(ctx)
		if done && err == nil {
			return nil
		}
		last = err
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("%w (last error: %v)", ctx.Err(), last)
			}
			return ctx.Err()
		case <-time.After(interval):
		}
	}
}

// WaitFor polls cond (every 100 ms) until it is done, failing the test after timeout.
// cond's errors are retried; the last one is reported.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func(ctx context.Context) (bool, error)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := Poll(ctx, 100*time.Millisecond, cond); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("waiting %v for %s: %v", timeout, what, err)
		}
		t.Fatalf("waiting for %s: %v", what, err)
	}
}
