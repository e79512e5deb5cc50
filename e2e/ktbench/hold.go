package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// holdResult is what hold prints (one JSON line) once all connections were tried, and
// again after each check (SIGUSR1).
type holdResult struct {
	Event   string  `json:"event"` // "held" or "checked"
	Tried   int     `json:"tried"`
	OK      int     `json:"ok"` // held: connections open with one round trip done; checked: still answering
	Failed  int     `json:"failed"`
	Error   string  `json:"error,omitempty"` // the first failure
	Seconds float64 `json:"seconds"`
}

// hold opens n 'R' connections to addr, parallel at a time, each with one request and its
// response, prints a holdResult and keeps the good ones open. SIGUSR1 makes one more round
// trip on every held connection and prints the result; SIGINT or SIGTERM closes them all
// and exits.
func hold(args []string) error {
	fs := flag.NewFlagSet("hold", flag.ExitOnError)
	addr := fs.String("addr", "", "server address host:port")
	n := fs.Int("n", 1000, "connections to open and hold")
	parallel := fs.Int("parallel", 64, "connections being opened at once")
	timeout := fs.Duration("timeout", 20*time.Second, "per-connection deadline for dial and round trip")
	_ = fs.Parse(args)
	if err := raiseNoFile(uint64(*n) + 256); err != nil {
		return err
	}
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGUSR1, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)

	start := time.Now()
	conns := make([]net.Conn, *n)
	var errs firstError
	forEach(*n, *parallel, func(i int) {
		c, err := net.DialTimeout("tcp", *addr, *timeout)
		if err != nil {
			errs.set(fmt.Errorf("dial %s: %w", *addr, err))
			return
		}
		if _, err := c.Write([]byte{'R'}); err != nil {
			c.Close()
			errs.set(fmt.Errorf("write mode: %w", err))
			return
		}
		if err := roundTrip(c, *timeout); err != nil {
			c.Close()
			errs.set(err)
			return
		}
		conns[i] = c
	})
	held := 0
	for _, c := range conns {
		if c != nil {
			held++
		}
	}
	if err := emit(holdResult{Event: "held", Tried: *n, OK: held, Failed: *n - held, Error: errs.String(), Seconds: time.Since(start).Seconds()}); err != nil {
		return err
	}
	defer func() {
		for _, c := range conns {
			if c != nil {
				c.Close()
			}
		}
	}()
	for sig := range sigs {
		if sig != syscall.SIGUSR1 {
			return nil
		}
		start := time.Now()
		var alive atomic.Int64
		var errs firstError
		forEach(len(conns), *parallel, func(i int) {
			if conns[i] == nil {
				return
			}
			if err := roundTrip(conns[i], *timeout); err != nil {
				errs.set(err)
				return
			}
			alive.Add(1)
		})
		a := int(alive.Load())
		if err := emit(holdResult{Event: "checked", Tried: held, OK: a, Failed: held - a, Error: errs.String(), Seconds: time.Since(start).Seconds()}); err != nil {
			return err
		}
	}
	return nil
}

// roundTrip sends one request on c and reads its response.
func roundTrip(c net.Conn, timeout time.Duration) error {
	buf := make([]byte, reqSize)
	_ = c.SetDeadline(time.Now().Add(timeout))
	defer c.SetDeadline(time.Time{})
	if _, err := c.Write(buf); err != nil {
		return fmt.Errorf("write request: %w", err)
	}
	if _, err := io.ReadFull(c, buf); err != nil {
		return fmt.Errorf("read response: %w", err)
	}
	return nil
}

// forEach calls f(0..n-1) on parallel goroutines and waits for them.
func forEach(n, parallel int, f func(int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(parallel, n)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

func emit(r holdResult) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = fmt.Printf("%s\n", b)
	return err
}

// firstError keeps the first error set.
type firstError struct {
	mu  sync.Mutex
	err error
}

func (e *firstError) set(err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.err == nil {
		e.err = err
	}
}

func (e *firstError) String() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

// raiseNoFile makes sure this process may open want descriptors: root with
// CAP_SYS_RESOURCE may raise the hard limit, anyone the soft one up to the hard one.
func raiseNoFile(want uint64) error {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return fmt.Errorf("get RLIMIT_NOFILE: %w", err)
	}
	if rl.Cur >= want {
		return nil
	}
	if rl.Max < want {
		up := syscall.Rlimit{Cur: want, Max: want}
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &up); err == nil {
			return nil
		}
	}
	rl.Cur = min(want, rl.Max)
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return fmt.Errorf("raise RLIMIT_NOFILE to %d: %w", rl.Cur, err)
	}
	if rl.Cur < want {
		return fmt.Errorf("RLIMIT_NOFILE hard limit %d is below %d", rl.Max, want)
	}
	return nil
}
