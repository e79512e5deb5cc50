package tun

import "sync"

// NetWatcher calls a function when this machine's network may work again after it did
// not: a link came up (carrier back, cable plugged in, Wi-Fi associated) or an address was
// added. A stream transport uses it to redial at once instead of waiting out its backoff.
// Close stops it; Close is idempotent.
type NetWatcher struct {
	stop     func() // ends the subscriptions
	wg       sync.WaitGroup
	stopOnce sync.Once
}

// Close stops the watcher and waits for its goroutine.
func (w *NetWatcher) Close() error {
	w.stopOnce.Do(w.stop)
	w.wg.Wait()
	return nil
}
