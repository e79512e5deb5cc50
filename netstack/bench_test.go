package netstack_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/netip"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	wgnetstack "golang.zx2c4.com/wireguard/tun/netstack"

	"github.com/kube-tun/kube-tun/netstack"
)

// Benchmarks compare three paths to the same loopback TCP server, in the
// same run:
//
//	direct: a loopback TCP connection (the limit);
//	stock:  client Stack ══ wireguard-go (loopback UDP) ══ wireguard-go's stock
//	        tun/netstack agent with a gonet listener proxying to the server
//	        (what an agent built on the stock netstack does);
//	tuned:  the same client ══ wireguard-go ══ our Stack, whose forwarder dials
//	        the server.
//
// The client end is our Stack with Dial == nil in both tunnel variants, so
// only the agent end differs.
var benchVariants = []string{"direct", "stock", "tuned"}

const rrSize = 64

// benchServer serves 'U' n (read n bytes, answer one byte), 'D' n (write n
// bytes) and 'E' (echo rrSize-byte messages until EOF).
func benchServer(tb testing.TB) net.Listener {
	return commandServer(tb, "127.0.0.1:0", func(c net.Conn, cmd byte, n int64) {
		switch cmd {
		case 'U':
			if _, err := io.CopyN(io.Discard, c, n); err == nil {
				c.Write([]byte{1})
			}
		case 'D':
			writeN(c, n)
		case 'E':
			buf := make([]byte, rrSize)
			for {
				if _, err := io.ReadFull(c, buf); err != nil {
					return
				}
				if _, err := c.Write(buf); err != nil {
					return
				}
			}
		}
	})
}

var chunk = make([]byte, 256<<10)

func writeN(w io.Writer, n int64) error {
	for n > 0 {
		m := min(n, int64(len(chunk)))
		if _, err := w.Write(chunk[:m]); err != nil {
			return err
		}
		n -= m
	}
	return nil
}

type dialFunc func(ctx context.Context) (net.Conn, error)

// benchPath builds one variant's path to srv.
func benchPath(tb testing.TB, variant string, srv net.Addr) dialFunc {
	switch variant {
	case "direct":
		return func(ctx context.Context) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "tcp", srv.String())
		}
	case "tuned":
		tn := newTunnel(tb, clientStack, netstack.Config{})
		return func(ctx context.Context) (net.Conn, error) {
			return tn.client.DialContext(ctx, "tcp", svc(srv))
		}
	case "stock":
		cs, err := netstack.New(netstack.Config{Addrs: []netip.Addr{clientAddr}})
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { cs.Close() })
		adev, anet, err := wgnetstack.CreateNetTUN([]netip.Addr{agentAddr}, nil, 1420)
		if err != nil {
			tb.Fatal(err)
		}
		connectWG(tb, cs.TUN(), adev)
		ap := netip.AddrPortFrom(agentAddr, 7000)
		stockProxy(tb, anet, ap, srv.String())
		return func(ctx context.Context) (net.Conn, error) {
			return cs.DialContext(ctx, "tcp", ap.String())
		}
	}
	tb.Fatalf("unknown variant %s", variant)
	return nil
}

// stockProxy listens on the stock netstack and proxies every conn to target,
// as a stock-netstack agent would.
func stockProxy(tb testing.TB, n *wgnetstack.Net, ap netip.AddrPort, target string) {
	ln, err := n.ListenTCPAddrPort(ap)
	if err != nil {
		tb.Fatal(err)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns = map[net.Conn]struct{}{}
	)
	tb.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	track := func(c net.Conn, add bool) {
		mu.Lock()
		if add {
			conns[c] = struct{}{}
		} else {
			delete(conns, c)
		}
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			track(c, true)
			track(up, true)
			wg.Add(2)
			pipe := func(dst, src net.Conn) {
				defer wg.Done()
				io.Copy(dst, src)
				if cw, ok := dst.(interface{ CloseWrite() error }); ok {
					cw.CloseWrite()
				}
			}
			go pipe(up, c)
			go func() {
				pipe(c, up)
				track(c, false)
				track(up, false)
			}()
		}
	}()
}

// throughput moves n bytes per stream over streams conns, up or down, and
// returns Gbit/s.
func throughput(tb testing.TB, dial dialFunc, up bool, streams int, n int64) float64 {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conns := make([]net.Conn, streams)
	for i := range conns {
		c, err := dial(ctx)
		if err != nil {
			tb.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	var wg sync.WaitGroup
	errs := make(chan error, streams)
	start := time.Now()
	for _, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.SetDeadline(time.Now().Add(2 * time.Minute))
			if up {
				if _, err := c.Write(header('U', n)); err != nil {
					errs <- err
					return
				}
				if err := writeN(c, n); err != nil {
					errs <- err
					return
				}
				var ack [1]byte
				if _, err := io.ReadFull(c, ack[:]); err != nil {
					errs <- err
				}
				return
			}
			if _, err := c.Write(header('D', n)); err != nil {
				errs <- err
				return
			}
			if got, err := io.CopyN(io.Discard, c, n); err != nil || got != n {
				errs <- fmt.Errorf("download: %d of %d bytes: %w", got, n, err)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	for err := range errs {
		tb.Fatal(err)
	}
	return float64(n*int64(streams)*8) / elapsed.Seconds() / 1e9
}

// roundTrips does count rrSize-byte request/response exchanges on one conn.
func roundTrips(tb testing.TB, dial dialFunc, count int) []time.Duration {
	c, err := dial(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Minute))
	if _, err := c.Write(header('E', 0)); err != nil {
		tb.Fatal(err)
	}
	buf := make([]byte, rrSize)
	d := make([]time.Duration, count)
	for i := range d {
		t0 := time.Now()
		if _, err := c.Write(buf); err != nil {
			tb.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			tb.Fatal(err)
		}
		d[i] = time.Since(t0)
	}
	return d
}

// connects does count connect + one request + close cycles.
func connects(tb testing.TB, dial dialFunc, count int) []time.Duration {
	buf := make([]byte, rrSize)
	d := make([]time.Duration, count)
	for i := range d {
		t0 := time.Now()
		c, err := dial(context.Background())
		if err != nil {
			tb.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(time.Minute))
		if _, err := c.Write(append(header('E', 0), buf...)); err != nil {
			tb.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			tb.Fatal(err)
		}
		c.Close()
		d[i] = time.Since(t0)
	}
	return d
}

func pct(d []time.Duration, p float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[int(float64(len(s)-1)*p)]
}

func BenchmarkThroughput(b *testing.B) {
	srv := benchServer(b)
	for _, v := range benchVariants {
		for _, dir := range []string{"up", "down"} {
			for _, streams := range []int{1, 4} {
				b.Run(fmt.Sprintf("%s/%s/%dstreams", v, dir, streams), func(b *testing.B) {
					dial := benchPath(b, v, srv.Addr())
					const perOp = 1 << 20
					b.SetBytes(perOp)
					b.ResetTimer()
					g := throughput(b, dial, dir == "up", streams, int64(b.N)*perOp/int64(streams))
					b.ReportMetric(g, "Gbit/s")
				})
			}
		}
	}
}

func BenchmarkRoundTrip(b *testing.B) {
	srv := benchServer(b)
	for _, v := range benchVariants {
		b.Run(v, func(b *testing.B) {
			dial := benchPath(b, v, srv.Addr())
			b.ResetTimer()
			d := roundTrips(b, dial, b.N)
			b.ReportMetric(float64(pct(d, 0.5).Microseconds()), "p50-µs")
			b.ReportMetric(float64(pct(d, 0.99).Microseconds()), "p99-µs")
		})
	}
}

func BenchmarkConnect(b *testing.B) {
	srv := benchServer(b)
	for _, v := range benchVariants {
		b.Run(v, func(b *testing.B) {
			dial := benchPath(b, v, srv.Addr())
			b.ResetTimer()
			d := connects(b, dial, b.N)
			b.ReportMetric(float64(pct(d, 0.5).Microseconds()), "p50-µs")
		})
	}
}

// BenchmarkMemoryPer1000Flows holds 1,000 open echo flows through each tunnel
// variant and reports the heap and stack growth of the process (client,
// agent and echo server together; compare with direct, which holds just the
// kernel sockets and the server's goroutines), after a warm-up round.
func BenchmarkMemoryPer1000Flows(b *testing.B) {
	srv := benchServer(b)
	for _, v := range benchVariants {
		b.Run(v, func(b *testing.B) {
			// One measurement per call, on a fresh tunnel, whatever b.N is:
			// closed flows of an earlier round in the same process (TIME_WAIT,
			// pools) would skew the baseline of the next.
			b.ReportMetric(heapPerFlows(b, benchPath(b, v, srv.Addr()), 1000), "MiB/1000flows")
		})
	}
}

// heapPerFlows opens 2×flows echo flows on dial, keeps them open and returns
// the growth of heap and goroutine stacks over the second half, in MiB per
// 1,000 flows.
func heapPerFlows(tb testing.TB, dial dialFunc, flows int) float64 {
	heap := func() uint64 {
		runtime.GC() // twice: the second empties sync.Pool victim caches
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse + m.StackInuse
	}
	conns := make([]net.Conn, 0, flows)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	buf := make([]byte, rrSize)
	open := func() {
		c, err := dial(context.Background())
		if err != nil {
			tb.Fatal(err)
		}
		conns = append(conns, c)
		c.SetDeadline(time.Now().Add(time.Minute))
		if _, err := c.Write(append(header('E', 0), buf...)); err != nil {
			tb.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			tb.Fatal(err)
		}
	}
	// Warm up with a first batch of flows: wireguard-go's and gVisor's
	// buffer pools grow to their working size, which is per device, not per
	// flow. The second batch measures the flows alone.
	for range flows {
		open()
	}
	before := heap()
	for range flows {
		open()
	}
	after := heap()
	return float64(int64(after)-int64(before)) / (1 << 20) * 1000 / float64(flows)
}

// BenchmarkTable runs every variant in rotating order for several rounds and
// logs a table of medians with ratios to the direct path (run with -v or see
// the b.Log output). Use -benchtime=1x: the rounds are the repetitions.
func BenchmarkTable(b *testing.B) {
	srv := benchServer(b)
	dials := map[string]dialFunc{}
	for _, v := range benchVariants {
		dials[v] = benchPath(b, v, srv.Addr())
	}
	type key struct{ v, m string }
	res := map[key][]float64{}
	metrics := []string{"up 1", "down 1", "up 4", "down 4", "rr p50 µs", "rr p99 µs", "connect p50 µs"}
	const rounds = 5
	const perStream = 64 << 20
	for r := range rounds {
		for i := range benchVariants {
			v := benchVariants[(i+r)%len(benchVariants)]
			d := dials[v]
			res[key{v, "up 1"}] = append(res[key{v, "up 1"}], throughput(b, d, true, 1, perStream))
			res[key{v, "down 1"}] = append(res[key{v, "down 1"}], throughput(b, d, false, 1, perStream))
			res[key{v, "up 4"}] = append(res[key{v, "up 4"}], throughput(b, d, true, 4, perStream/4))
			res[key{v, "down 4"}] = append(res[key{v, "down 4"}], throughput(b, d, false, 4, perStream/4))
			rr := roundTrips(b, d, 2000)
			res[key{v, "rr p50 µs"}] = append(res[key{v, "rr p50 µs"}], float64(pct(rr, 0.5).Microseconds()))
			res[key{v, "rr p99 µs"}] = append(res[key{v, "rr p99 µs"}], float64(pct(rr, 0.99).Microseconds()))
			cn := connects(b, d, 300)
			res[key{v, "connect p50 µs"}] = append(res[key{v, "connect p50 µs"}], float64(pct(cn, 0.5).Microseconds()))
		}
	}
	median := func(x []float64) float64 { s := slices.Clone(x); slices.Sort(s); return s[len(s)/2] }
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n| path | %s |\n|---|%s\n", strings.Join(metrics, " | "), strings.Repeat("---|", len(metrics)))
	for _, v := range benchVariants {
		fmt.Fprintf(&sb, "| %s |", v)
		for _, m := range metrics {
			med := median(res[key{v, m}])
			if v == "direct" || strings.Contains(m, "µs") {
				fmt.Fprintf(&sb, " %.1f |", med)
			} else {
				fmt.Fprintf(&sb, " %.2f (%.3f×) |", med, med/median(res[key{"direct", m}]))
			}
			if !strings.Contains(m, "µs") {
				b.ReportMetric(med, strings.ReplaceAll(v+"-"+m, " ", "-")+"-Gbit/s")
			}
		}
		sb.WriteString("\n")
	}
	fmt.Fprintf(&sb, "(Gbit/s for throughput, medians of %d rotating rounds, %d MiB per run)\n", rounds, perStream>>20)
	b.Log(sb.String())
}
