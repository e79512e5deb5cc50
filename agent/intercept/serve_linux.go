package intercept

import (
	"context"
	"errors"
	"net"
	"sync"
)

// Serve accepts redirected connections from ln (the agent's REDIRECT listener, which
// may serve several application ports) and hands each to the Port that lookup returns
// for its original destination port; connections for ports without one are closed.
// It returns when ln fails or ctx is done (closing ln), after every connection it
// started has been served.
func Serve(ctx context.Context, ln net.Listener, lookup func(port uint16) *Port, logf func(string, ...any)) error {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { _ = ln.Close() })
	defer stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		c, err := ln.Accept()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, net.ErrClosed) {
				return nil
			}
			return err
		}
		tc, ok := c.(*net.TCPConn)
		if !ok {
			_ = c.Close()
			continue
		}
		dst, err := OriginalDst(tc)
		if err != nil {
			logf("intercept: %v", err)
			_ = c.Close()
			continue
		}
		p := lookup(dst.Port())
		if p == nil {
			logf("intercept: connection to %v: no port claimed", dst)
			_ = c.Close()
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.ServeConn(ctx, c)
		}()
	}
}
