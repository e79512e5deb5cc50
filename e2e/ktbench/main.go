// Command ktbench is the traffic generator of the tunnel benchmarks (e2e/bench_test.go):
// a TCP server and a client that measures bulk throughput (upload and download, one or
// more streams), request/response latency on a kept-alive connection, and the latency of
// a new connection with one request. iperf3 is not available on the test machines.
//
//	ktbench serve  -listen :5201
//	ktbench client -addr 10.0.0.2:5201 -mode up|down|rr|crr [-streams 4] [-duration 3s] [-count N]
//	ktbench hold   -addr 10.0.0.2:5201 -n 10000 [-parallel 64]
//
// The client prints one JSON object (see result) on stdout. hold (hold.go) opens many
// request/response connections and keeps them open until it is signalled. Each connection starts with
// one mode byte: 'U' the client sends until it half-closes and the server answers with the
// byte count it read; 'D' the server sends until the client closes; 'R' the server answers
// every reqSize-byte request with reqSize bytes; 'C' the same for a single request.
package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"slices"
	"sync"
	"syscall"
	"time"
)

const (
	reqSize   = 32
	chunkSize = 128 << 10
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: ktbench serve|client|hold [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "serve":
		err = serve(os.Args[2:])
	case "client":
		err = client(os.Args[2:])
	case "hold":
		err = hold(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ktbench:", err)
		os.Exit(1)
	}
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	listen := fs.String("listen", ":5201", "TCP listen address")
	_ = fs.Parse(args)
	_ = raiseNoFile(1 << 16) // best effort: many held connections (hold)
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	fmt.Println("ready")
	for {
		c, err := l.Accept()
		if err != nil {
			return fmt.Errorf("accept: %w", err)
		}
		go handle(c)
	}
}

func handle(c net.Conn) {
	defer c.Close()
	var mode [1]byte
	if _, err := io.ReadFull(c, mode[:]); err != nil {
		return
	}
	switch mode[0] {
	case 'U':
		n, _ := io.Copy(io.Discard, c)
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(n))
		_, _ = c.Write(b[:])
	case 'D':
		buf := make([]byte, chunkSize)
		for {
			if _, err := c.Write(buf); err != nil {
				return
			}
		}
	case 'R', 'C':
		buf := make([]byte, reqSize)
		for {
			if _, err := io.ReadFull(c, buf); err != nil {
				return
			}
			if _, err := c.Write(buf); err != nil {
				return
			}
		}
	}
}

// result is what the client prints.
type result struct {
	Mode    string  `json:"mode"`
	Streams int     `json:"streams"`
	Bytes   int64   `json:"bytes"`
	Seconds float64 `json:"seconds"`
	Gbps    float64 `json:"gbps,omitempty"`
	Count   int     `json:"count,omitempty"`
	P50us   float64 `json:"p50_us,omitempty"`
	P99us   float64 `json:"p99_us,omitempty"`
	// CPUSeconds is the client process's own user+system time.
	CPUSeconds float64 `json:"cpu_seconds"`
}

func client(args []string) error {
	fs := flag.NewFlagSet("client", flag.ExitOnError)
	addr := fs.String("addr", "", "server address host:port")
	mode := fs.String("mode", "up", "up, down, rr or crr")
	streams := fs.Int("streams", 1, "parallel connections (up, down)")
	dur := fs.Duration("duration", 3*time.Second, "measurement time")
	count := fs.Int("count", 0, "stop rr/crr after this many requests (0: duration only)")
	_ = fs.Parse(args)
	cpu0 := cpuSeconds()
	var r result
	var err error
	switch *mode {
	case "up", "down":
		r, err = bulk(*addr, *mode, *streams, *dur)
	case "rr", "crr":
		r, err = requests(*addr, *mode, *dur, *count)
	default:
		err = fmt.Errorf("unknown mode %q", *mode)
	}
	if err != nil {
		return err
	}
	r.CPUSeconds = cpuSeconds() - cpu0
	return json.NewEncoder(os.Stdout).Encode(r)
}

func dial(addr string, mode byte) (net.Conn, error) {
	c, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	if _, err := c.Write([]byte{mode}); err != nil {
		c.Close()
		return nil, fmt.Errorf("write mode: %w", err)
	}
	return c, nil
}

// bulk runs streams connections in parallel for dur and returns their total throughput.
func bulk(addr, mode string, streams int, dur time.Duration) (result, error) {
	conns := make([]net.Conn, streams)
	for i := range conns {
		c, err := dial(addr, map[string]byte{"up": 'U', "down": 'D'}[mode])
		if err != nil {
			for _, c := range conns[:i] {
				c.Close()
			}
			return result{}, err
		}
		conns[i] = c
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int64
		first error
	)
	start := time.Now()
	deadline := start.Add(dur)
	for _, c := range conns {
		wg.Go(func() {
			defer c.Close()
			n, err := transfer(c, mode, deadline)
			mu.Lock()
			defer mu.Unlock()
			total += n
			if err != nil && first == nil {
				first = err
			}
		})
	}
	wg.Wait()
	secs := time.Since(start).Seconds()
	if first != nil {
		return result{}, first
	}
	return result{Mode: mode, Streams: streams, Bytes: total, Seconds: secs, Gbps: float64(total) * 8 / secs / 1e9}, nil
}

// transfer moves data on one connection until deadline and returns the bytes the
// receiving side saw.
func transfer(c net.Conn, mode string, deadline time.Time) (int64, error) {
	buf := make([]byte, chunkSize)
	if mode == "down" {
		var n int64
		_ = c.SetReadDeadline(deadline)
		for {
			m, err := c.Read(buf)
			n += int64(m)
			if err != nil {
				if errors.Is(err, os.ErrDeadlineExceeded) {
					return n, nil
				}
				return n, fmt.Errorf("download: %w", err)
			}
		}
	}
	_ = c.SetWriteDeadline(deadline)
	for time.Now().Before(deadline) {
		if _, err := c.Write(buf); err != nil {
			if errors.Is(err, os.ErrDeadlineExceeded) {
				break
			}
			return 0, fmt.Errorf("upload: %w", err)
		}
	}
	// A write cut by the deadline may have been partial; the server's count is the truth.
	_ = c.SetWriteDeadline(time.Time{})
	if err := c.(*net.TCPConn).CloseWrite(); err != nil {
		return 0, fmt.Errorf("close write: %w", err)
	}
	_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
	var b [8]byte
	if _, err := io.ReadFull(c, b[:]); err != nil {
		return 0, fmt.Errorf("read upload count: %w", err)
	}
	return int64(binary.BigEndian.Uint64(b[:])), nil
}

// requests measures request/response round trips on one kept-alive connection (rr) or
// connect + request + close (crr), until dur has passed or count requests were made.
func requests(addr, mode string, dur time.Duration, count int) (result, error) {
	req, resp := make([]byte, reqSize), make([]byte, reqSize)
	var lat []time.Duration
	var keep net.Conn
	if mode == "rr" {
		c, err := dial(addr, 'R')
		if err != nil {
			return result{}, err
		}
		defer c.Close()
		keep = c
	}
	start := time.Now()
	for time.Since(start) < dur && (count == 0 || len(lat) < count) {
		t0 := time.Now()
		c := keep
		if c == nil {
			var err error
			if c, err = dial(addr, 'C'); err != nil {
				return result{}, err
			}
		}
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		if _, err := c.Write(req); err != nil {
			return result{}, fmt.Errorf("write request: %w", err)
		}
		if _, err := io.ReadFull(c, resp); err != nil {
			return result{}, fmt.Errorf("read response: %w", err)
		}
		if keep == nil {
			c.Close()
		}
		lat = append(lat, time.Since(t0))
	}
	secs := time.Since(start).Seconds()
	slices.Sort(lat)
	pct := func(p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		return float64(lat[int(p*float64(len(lat)-1))].Nanoseconds()) / 1e3
	}
	return result{Mode: mode, Streams: 1, Seconds: secs, Count: len(lat), P50us: pct(0.50), P99us: pct(0.99)}, nil
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
