package fs

import (
	"os"
	"sync"
	"time"
)

// attrCache keeps attributes fetched by readdir and lstat for a short time, so that the
// lookups following a readdirplus and repeated stats need no round trip. The kernel
// caches on top of it with the same timeouts.
type attrCache struct {
	ttl time.Duration

	mu      sync.Mutex
	entries map[string]cacheEntry
	puts    int
}

type cacheEntry struct {
	fi      os.FileInfo
	expires time.Time
}

func newAttrCache(ttl time.Duration) *attrCache {
	return &attrCache{ttl: ttl, entries: map[string]cacheEntry{}}
}

func (c *attrCache) get(p string) (os.FileInfo, bool) {
	if c.ttl <= 0 {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[p]
	if !ok || time.Now().After(e.expires) {
		delete(c.entries, p)
		return nil, false
	}
	return e.fi, true
}

func (c *attrCache) put(p string, fi os.FileInfo) {
	if c.ttl <= 0 {
		return
	}
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[p] = cacheEntry{fi: fi, expires: now.Add(c.ttl)}
	c.puts++
	if c.puts%4096 == 0 {
		// Sweep expired entries now and then so the map does not grow without bound.
		for k, e := range c.entries {
			if now.After(e.expires) {
				delete(c.entries, k)
			}
		}
	}
}

// drop forgets p.
func (c *attrCache) drop(p string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, p)
}

// dropTree forgets p and everything below it (a renamed or removed directory).
func (c *attrCache) dropTree(p string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, p)
	prefix := p + "/"
	if p == "/" {
		prefix = "/"
	}
	for k := range c.entries {
		if len(k) > len(prefix) && k[:len(prefix)] == prefix {
			delete(c.entries, k)
		}
	}
}
