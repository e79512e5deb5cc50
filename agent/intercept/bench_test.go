package intercept

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"slices"
	"testing"
	"time"
)

// reportLatency reports p50 and p99 of durs in microseconds.
func reportLatency(b *testing.B, durs []time.Duration) {
	if len(durs) == 0 {
		return
	}
	slices.Sort(durs)
	q := func(p float64) float64 { return float64(durs[int(p*float64(len(durs)-1))]) / 1e3 }
	b.ReportMetric(q(0.50), "p50-µs")
	b.ReportMetric(q(0.99), "p99-µs")
}

// benchH1 sends sequential keep-alive GETs on one connection to addr.
func benchH1(b *testing.B, addr, user string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	req := []byte("GET /bench HTTP/1.1\r\nHost: svc\r\nX-User: " + user + "\r\n\r\n")
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		if _, err := c.Write(req); err != nil {
			b.Fatal(err)
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		durs = append(durs, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, durs)
}

// benchH2 sends sequential requests on one h2c connection to addr.
func benchH2(b *testing.B, addr, user string) {
	client := h2Client(addr)
	defer client.CloseIdleConnections()
	req, _ := http.NewRequest("GET", "http://svc/bench", nil)
	req.Header.Set("X-User", user)
	durs := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t0 := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		durs = append(durs, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, durs)
}

// BenchmarkLatency compares a request sent straight to the app with the same request
// through a Port, unmatched (to the app) and matched (to a developer on loopback).
func BenchmarkLatency(b *testing.B) {
	app := startServer(b, "app")
	dev := startServer(b, "alice")
	f := startPort(b, app.addr, func(p *Port) { p.logf = func(string, ...any) {} })
	f.steal(b, "a", "alice", dev, "X-User: ^alice$")
	for _, proto := range []struct {
		name string
		run  func(*testing.B, string, string)
	}{{"h1", benchH1}, {"h2c", benchH2}} {
		b.Run(proto.name+"/direct", func(b *testing.B) { proto.run(b, app.addr, "bob") })
		b.Run(proto.name+"/unmatched", func(b *testing.B) { proto.run(b, f.addr, "bob") })
		b.Run(proto.name+"/matched", func(b *testing.B) { proto.run(b, f.addr, "alice") })
	}
}

func twentyFilters(b *testing.B, p *Port, dev string) {
	for i := range 20 {
		c := Claim{ID: fmt.Sprint(i), Owner: fmt.Sprint("user", i), Mode: StealFiltered,
			Filter: mustFilter(b, []string{fmt.Sprintf("X-User: ^user%d$", i)}, "^/api/", ""), Deliver: dialer(dev)}
		if err := p.AddClaim(c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRouter20Filters measures requests/s through the filter router with 20 users'
// filters: parsing and matching alone, and end to end through a Port (4 keep-alive
// connections) against the same load sent straight to the app.
func BenchmarkRouter20Filters(b *testing.B) {
	b.Run("parse+match", func(b *testing.B) {
		p := NewPort(8080, failingDeliver, nil)
		defer p.Close()
		twentyFilters(b, p, "127.0.0.1:1")
		raw := []byte("GET /api/items?id=7 HTTP/1.1\r\nHost: svc\r\nUser-Agent: bench\r\nAccept: */*\r\nX-User: user19\r\n\r\n")
		br := bufio.NewReaderSize(nil, 16<<10)
		b.ReportAllocs()
		b.ResetTimer()
		for range b.N {
			br.Reset(bytes.NewReader(raw))
			head, err := readHead(br, DefaultMaxHeaderBytes)
			if err != nil {
				b.Fatal(err)
			}
			req, err := parseRequestHead(head)
			if err != nil {
				b.Fatal(err)
			}
			if cl := p.route(req.method, req.path, req.header); cl == nil || cl.ID != "19" {
				b.Fatal("no match")
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	})
	app := startServer(b, "app")
	dev := startServer(b, "dev")
	f := startPort(b, app.addr, func(p *Port) { p.logf = func(string, ...any) {} })
	twentyFilters(b, f.p, dev.addr)
	parallel := func(b *testing.B, addr string) {
		b.SetParallelism(2) // 2 cores: 4 connections
		b.RunParallel(func(pb *testing.PB) {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				b.Error(err)
				return
			}
			defer c.Close()
			br := bufio.NewReader(c)
			for i := 0; pb.Next(); i++ {
				// Every 4th request matches one of the 20 users; the rest go to the app.
				user := "nobody"
				if i%4 == 0 {
					user = fmt.Sprint("user", i%20)
				}
				if _, err := io.WriteString(c, "GET /api/x HTTP/1.1\r\nHost: svc\r\nX-User: "+user+"\r\n\r\n"); err != nil {
					b.Error(err)
					return
				}
				resp, err := http.ReadResponse(br, nil)
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	}
	b.Run("e2e/direct", func(b *testing.B) { parallel(b, app.addr) })
	b.Run("e2e/port", func(b *testing.B) { parallel(b, f.addr) })
}

// BenchmarkConnMemory holds 1,000 keep-alive connections open through a filtered Port
// (each has had one request to the app and one to a developer) and reports the Go heap
// and goroutines per connection. Run it with -benchtime 1x.
func BenchmarkConnMemory(b *testing.B) {
	app := startServer(b, "app")
	dev := startServer(b, "alice")
	f := startPort(b, app.addr, func(p *Port) { p.logf = func(string, ...any) {} })
	f.steal(b, "a", "alice", dev, "X-User: ^alice$")
	const conns = 1000
	// One round whatever b.N is: it measures a state, not a rate.
	for range 1 {
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		g0 := runtime.NumGoroutine()
		var open []net.Conn
		for range conns {
			c, err := net.Dial("tcp", f.addr)
			if err != nil {
				b.Fatal(err)
			}
			open = append(open, c)
			br := bufio.NewReader(c)
			for _, u := range []string{"bob", "alice"} {
				fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\nX-User: %s\r\n\r\n", u)
				resp, err := http.ReadResponse(br, nil)
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
			}
		}
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		// Includes the test's own client side, the app's and the developer's servers.
		b.ReportMetric(float64(after.HeapInuse+after.StackInuse-before.HeapInuse-before.StackInuse)/conns/1024, "KiB/conn(all)")
		b.ReportMetric(float64(runtime.NumGoroutine()-g0)/conns, "goroutines/conn(all)")
		for _, c := range open {
			_ = c.Close()
		}
	}
}
