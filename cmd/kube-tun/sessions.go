package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/kube-tun/kube-tun/client"
)

// sessionRecord describes one running kube-tun session (steal, mirror, run, port-forward,
// docker, ci) for `kube-tun status`. Each long-running command writes its own record and
// removes it when it ends; records of dead processes are ignored.
type sessionRecord struct {
	PID       int       `json:"pid"`
	Kind      string    `json:"kind"`
	Target    string    `json:"target,omitempty"`
	Namespace string    `json:"namespace,omitempty"`
	Rules     []string  `json:"rules,omitempty"`
	Started   time.Time `json:"started"`
	Updated   time.Time `json:"updated"`
	RxBytes   uint64    `json:"rxBytes"`
	TxBytes   uint64    `json:"txBytes"`
}

// sessionDirs are where records live: machine-wide for root, per user otherwise, or only
// $KUBETUN_SESSIONS_DIR when it is set (tests).
func sessionDirs() []string {
	if d := os.Getenv("KUBETUN_SESSIONS_DIR"); d != "" {
		return []string{d}
	}
	dirs := []string{"/run/kube-tun/sessions"}
	if d := os.Getenv("XDG_RUNTIME_DIR"); d != "" {
		dirs = append(dirs, filepath.Join(d, "kube-tun", "sessions"))
	}
	return append(dirs, filepath.Join(os.TempDir(), fmt.Sprintf("kube-tun-%d", os.Getuid()), "sessions"))
}

// sessionLog keeps this process's record up to date. Its methods are safe to call on nil.
type sessionLog struct {
	path string
	mu   sync.Mutex
	rec  sessionRecord // guarded by mu
}

// recordSession writes the record of this process; failures only lose the listing.
func recordSession(kind, target, namespace string, rules []string) *sessionLog {
	now := time.Now()
	l := &sessionLog{rec: sessionRecord{PID: os.Getpid(), Kind: kind, Target: target, Namespace: namespace,
		Rules: rules, Started: now}}
	for _, d := range sessionDirs() {
		if err := os.MkdirAll(d, 0o755); err != nil {
			continue
		}
		l.path = filepath.Join(d, fmt.Sprintf("%d.json", os.Getpid()))
		if l.write() == nil {
			return l
		}
	}
	return nil
}

// traffic updates the record's counters.
func (l *sessionLog) traffic(rx, tx uint64) {
	if l == nil {
		return
	}
	l.mu.Lock()
	l.rec.RxBytes, l.rec.TxBytes = rx, tx
	l.mu.Unlock()
	_ = l.write()
}

func (l *sessionLog) write() error {
	l.mu.Lock()
	l.rec.Updated = time.Now()
	b, err := json.Marshal(l.rec)
	l.mu.Unlock()
	if err != nil {
		return err
	}
	tmp := l.path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, l.path)
}

// done removes the record.
func (l *sessionLog) done() {
	if l != nil {
		_ = os.Remove(l.path)
	}
}

// listSessions returns the records of running processes, oldest first.
func listSessions() []sessionRecord {
	var out []sessionRecord
	seen := map[int]bool{}
	for _, d := range sessionDirs() {
		files, _ := filepath.Glob(filepath.Join(d, "*.json"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			var r sessionRecord
			if err != nil || json.Unmarshal(b, &r) != nil || seen[r.PID] {
				continue
			}
			if !alive(r.PID) {
				_ = os.Remove(f) // a killed session's leftover
				continue
			}
			seen[r.PID] = true
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Started.Before(out[j].Started) })
	return out
}

// holdSession records a session until ctx is done, refreshing its traffic counters from
// the given sessions every two seconds.
func holdSession(ctx context.Context, kind, target, namespace string, rules []string, stats func() (rx, tx uint64)) {
	rec := recordSession(kind, target, namespace, rules)
	defer rec.done()
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if stats != nil {
				rec.traffic(stats())
			}
		}
	}
}

// sessionStats sums the tunnel counters of sessions.
func sessionStats(sessions ...*client.Session) func() (rx, tx uint64) {
	return func() (rx, tx uint64) {
		for _, s := range sessions {
			if s == nil {
				continue
			}
			if st, err := s.Stats(); err == nil {
				rx += st.RxBytes
				tx += st.TxBytes
			}
		}
		return rx, tx
	}
}
