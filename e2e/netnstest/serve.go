package netnstest

import (
	"net"
	"sync"
	"testing"
)

// Serve hands each connection accepted on ln to f, on a goroutine of its own, until the
// test ends. Then it closes ln and every accepted connection (a peer may be gone before
// its FIN arrives) and waits for the handlers; each connection is also closed when its
// handler returns.
func Serve(t testing.TB, ln net.Listener, f func(net.Conn)) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				f(c)
			}()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		for _, c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
}
