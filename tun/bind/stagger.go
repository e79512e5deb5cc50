package bind

import (
	"context"
	"io"
	"time"
)

// maxDials bounds the dial attempts DialStaggered has in flight at once.
const maxDials = 3

// DialStaggered returns the first connection that one of its attempts to dial opens. It
// starts an attempt, and another every stagger while none has succeeded and fewer than
// three are in flight; timeout bounds each attempt, ctx all of them. A dial begun while the
// network was down sits in TCP's SYN backoff (retries 1, 3 and 7 s after the first SYN)
// long after the network is back, where a fresh attempt connects at once.
//
// It fails when an attempt fails with none other in flight, so that a caller's backoff
// still paces a dial that fails fast (refused, forbidden). Before it returns, it cancels
// the attempts still in flight and waits for them, closing any connection they open
// anyway: dial must honour its context. A stagger of 0 or less makes one attempt at a
// time. logf, if not nil, hears about failed and added
// attempts.
func DialStaggered[C io.Closer](ctx context.Context, dial func(context.Context) (C, error), stagger, timeout time.Duration, logf func(string, ...any)) (C, error) {
	type result struct {
		c   C
		err error
	}
	if logf == nil {
		logf = func(string, ...any) {}
	}
	ctx, cancel := context.WithCancel(ctx)
	results := make(chan result, maxDials)
	inflight := 0
	start := func() {
		inflight++
		go func() {
			dctx, dcancel := context.WithTimeout(ctx, timeout)
			defer dcancel()
			c, err := dial(dctx)
			results <- result{c, err}
		}()
	}
	// finish cancels the attempts in flight, waits for them and closes what they opened.
	finish := func() {
		cancel()
		for ; inflight > 0; inflight-- {
			if res := <-results; res.err == nil {
				res.c.Close()
			}
		}
	}
	defer finish()
	start()
	var ticks <-chan time.Time // nil: no staggering
	if stagger > 0 {
		tick := time.NewTicker(stagger)
		defer tick.Stop()
		ticks = tick.C
	}
	for {
		select {
		case res := <-results:
			inflight--
			if res.err == nil || inflight == 0 || ctx.Err() != nil {
				return res.c, res.err
			}
			logf("dial: %v (%d more attempts in flight)", res.err, inflight)
		case <-ticks:
			if inflight < maxDials {
				logf("dial: an attempt is pending after %v; starting another", stagger)
				start()
			}
		}
	}
}
