package intercept

import (
	"io"
	"net"
	"sync"
)

// closeWrite half-closes c when it can, else closes it.
func closeWrite(c net.Conn) error {
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return c.Close()
}

// pipe copies aR to b and bR to a until both directions end, half-closing each side when
// its input ends, then closes both. An error in either direction closes both at once.
// aR and bR read from a and b (possibly through buffers holding bytes already read).
func pipe(aR io.Reader, a net.Conn, bR io.Reader, b net.Conn) {
	var once sync.Once
	abort := func() { once.Do(func() { _ = a.Close(); _ = b.Close() }) }
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := io.Copy(b, aR); err != nil {
			abort()
			return
		}
		_ = closeWrite(b)
	}()
	if _, err := io.Copy(a, bR); err != nil {
		abort()
	} else {
		_ = closeWrite(a)
	}
	wg.Wait()
	abort()
}
