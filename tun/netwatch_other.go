//go:build !linux

package tun

// WatchNetwork is only implemented on Linux; elsewhere it returns a watcher that never
// calls changed.
func WatchNetwork(changed func()) (*NetWatcher, error) {
	return &NetWatcher{stop: func() {}}, nil
}
