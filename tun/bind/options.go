package bind

import (
	"time"

	"golang.zx2c4.com/wireguard/conn"
)

// StreamOptions tune a StreamClient or StreamServer. Zero fields take the defaults below.
type StreamOptions struct {
	// KeepaliveInterval: the client sends a keepalive frame when it has sent nothing or
	// received nothing for this long (default 1 s). The server echoes each keepalive.
	KeepaliveInterval time.Duration
	// DeadAfter: a stream that received nothing for this long is closed (and, on the client,
	// re-dialled). Default 4 s.
	DeadAfter time.Duration
	// SendWait: how long the client's Send waits for a stream while (re)connecting before it
	// drops the datagrams (WireGuard retransmits). Default 500 ms.
	SendWait time.Duration
	// DialTimeout bounds one dial attempt. Default 10 s.
	DialTimeout time.Duration
	// DialStagger: while a dial attempt has not finished for this long, the client starts
	// another, up to three at a time, and keeps the first stream that opens (default 1 s).
	// A dial begun while the network was down sits in TCP's SYN backoff (retries after
	// 1, 3 and 7 s) long after the network is back; a fresh attempt connects at once.
	// Negative: one attempt at a time (for a dial that serialises its attempts anyway).
	DialStagger time.Duration
	// MinBackoff and MaxBackoff bound the client's redial backoff (defaults 100 ms, 3 s).
	MinBackoff, MaxBackoff time.Duration
	// ReadBufferSize is the size of the buffered reader per stream (default 256 KiB).
	ReadBufferSize int
	// BatchSize is the bind's BatchSize (default conn.IdealBatchSize).
	BatchSize int
	// Logf, if set, receives connection events (not per-packet events).
	Logf func(format string, args ...any)
}

func (o StreamOptions) withDefaults() StreamOptions {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.KeepaliveInterval, time.Second)
	def(&o.DeadAfter, 4*time.Second)
	def(&o.SendWait, 500*time.Millisecond)
	def(&o.DialTimeout, 10*time.Second)
	if o.DialStagger == 0 { // negative turns it off
		o.DialStagger = time.Second
	}
	def(&o.MinBackoff, 100*time.Millisecond)
	def(&o.MaxBackoff, 3*time.Second)
	if o.ReadBufferSize <= 0 {
		o.ReadBufferSize = DefaultReadBufferSize
	}
	if o.BatchSize <= 0 {
		o.BatchSize = conn.IdealBatchSize
	}
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	return o
}
