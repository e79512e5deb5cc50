package redirect

import (
	"context"
	"time"
)

// Run renews the lease every lease/3 until ctx is done, then removes our chain and jump
// (Close). A failed renewal is logged and retried at the next tick: the lease leaves room
// for two misses. Run is meant to be started once, by the agent, in its own goroutine.
func (t *Table) Run(ctx context.Context) {
	tick := time.NewTicker(t.lease / 3)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			if err := t.Close(); err != nil {
				t.logf("redirect: %v", err)
			}
			return
		case <-tick.C:
			if err := t.Renew(); err != nil {
				t.logf("redirect: %v", err)
			}
		}
	}
}
