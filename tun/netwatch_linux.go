package tun

import (
	"fmt"

	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"
)

// WatchNetwork calls changed, from one goroutine, each time a link in the calling thread's
// network namespace comes up (it is up and has a carrier after it had not) or an address
// is added, until Close. The subscriptions are made in the namespace of the calling
// thread.
func WatchNetwork(changed func()) (*NetWatcher, error) {
	done := make(chan struct{})
	links := make(chan netlink.LinkUpdate, 16)
	addrs := make(chan netlink.AddrUpdate, 16)
	if err := netlink.LinkSubscribe(links, done); err != nil {
		close(done)
		return nil, fmt.Errorf("watch network links: %w", err)
	}
	if err := netlink.AddrSubscribe(addrs, done); err != nil {
		close(done)
		for range links { // the link subscription closes it once done
		}
		return nil, fmt.Errorf("watch network addresses: %w", err)
	}
	w := &NetWatcher{stop: func() { close(done) }}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		running := map[int32]bool{} // by link index, as last seen
		for links != nil || addrs != nil {
			select {
			case u, ok := <-links:
				if !ok {
					links = nil
					continue
				}
				const live = unix.IFF_UP | unix.IFF_RUNNING
				now := u.Header.Type == unix.RTM_NEWLINK && u.Flags&live == live
				was := running[u.Index]
				running[u.Index] = now
				if u.Header.Type == unix.RTM_DELLINK {
					delete(running, u.Index)
				}
				if now && !was {
					changed()
				}
			case u, ok := <-addrs:
				if !ok {
					addrs = nil
					continue
				}
				if u.NewAddr {
					changed()
				}
			}
		}
	}()
	return w, nil
}
