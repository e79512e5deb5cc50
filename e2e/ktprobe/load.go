package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// upload POSTs size bytes of a deterministic pattern to URL[#Name: value] with a
// Content-Length (chunked with -chunked; as one h2c stream with -h2c), and prints
// "sent <bytes> <sha256> <seconds>" then "<status> <answer>".
func upload(args []string) error {
	fs := flag.NewFlagSet("upload", flag.ExitOnError)
	size := fs.Int64("size", 100<<20, "bytes to send")
	chunked := fs.Bool("chunked", false, "send the body chunked (no Content-Length)")
	h2c := fs.Bool("h2c", false, "send over HTTP/2 cleartext (prior knowledge)")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("upload: want one URL")
	}
	u, h := spec(fs.Arg(0))
	sum := sha256.New()
	body := io.TeeReader(io.LimitReader(&pattern{}, *size), sum)
	req, err := http.NewRequest(http.MethodPost, u, body)
	if err != nil {
		return err
	}
	req.Header = h
	req.Header.Set("Content-Type", "application/octet-stream")
	req.ContentLength = *size
	if *chunked {
		req.ContentLength = -1
		req.Body = io.NopCloser(body) // hide the length from net/http
	}
	var rt http.RoundTripper = http.DefaultTransport
	if *h2c {
		cc, err := h2Conn(u)
		if err != nil {
			return err
		}
		defer cc.Close()
		rt = cc
	}
	c := &http.Client{Transport: rt, Timeout: 5 * time.Minute}
	start := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("upload: %w", err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return fmt.Errorf("upload: read answer: %w", err)
	}
	fmt.Printf("sent %d %s %.2fs\n", *size, hex.EncodeToString(sum.Sum(nil)), time.Since(start).Seconds())
	fmt.Printf("%d %s\n", resp.StatusCode, strings.Join(strings.Fields(string(b)), " "))
	return nil
}

// latency sends -warmup then -n sequential GETs to URL[#Name: value] on one keep-alive
// connection and prints "n=N p50=US p90=US p99=US mean=US from=ANSWERER" (microseconds;
// ANSWERER is the developer's name or "app", from the last answer).
func latency(args []string) error {
	fs := flag.NewFlagSet("lat", flag.ExitOnError)
	n := fs.Int("n", 2000, "timed requests")
	warm := fs.Int("warmup", 100, "untimed requests first")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("lat: want one URL")
	}
	u, h := spec(fs.Arg(0))
	var dials atomic.Int32
	tr := &http.Transport{
		DisableCompression: true,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials.Add(1)
			return (&net.Dialer{Timeout: 10 * time.Second}).DialContext(ctx, network, addr)
		},
	}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header = h
	var last []byte
	one := func() error {
		resp, err := c.Do(req)
		if err != nil {
			return err
		}
		last, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode != http.StatusOK {
			err = fmt.Errorf("status %s", resp.Status)
		}
		return err
	}
	for range *warm {
		if err := one(); err != nil {
			return fmt.Errorf("lat warm-up: %w", err)
		}
	}
	samples := make([]time.Duration, *n)
	for i := range samples {
		start := time.Now()
		if err := one(); err != nil {
			return fmt.Errorf("lat request %d: %w", i, err)
		}
		samples[i] = time.Since(start)
	}
	slices.Sort(samples)
	var total time.Duration
	for _, s := range samples {
		total += s
	}
	pct := func(p float64) float64 { return float64(samples[int(p*float64(len(samples)-1))].Nanoseconds()) / 1e3 }
	fmt.Printf("n=%d p50=%.1f p90=%.1f p99=%.1f mean=%.1f conns=%d from=%s\n", *n, pct(.5), pct(.9), pct(.99),
		float64(total.Nanoseconds())/float64(len(samples))/1e3, dials.Load(), answerer(string(last)))
	return nil
}

// answerer names who answered: a ktprobe server's name, or "app" for kt-echo.
func answerer(body string) string {
	if _, name, ok := strings.Cut(body, "hello from "); ok {
		return strings.Fields(name)[0]
	}
	if strings.Contains(body, `"pod"`) {
		return "app"
	}
	return "?"
}

// holdConns opens -n keep-alive connections to URL (every -every'th request carries
// -H, the rest none), sends one GET on each, writes a summary to -ready, waits until the
// file -stop exists, then sends a second GET on each still-open connection and prints
// "conns N first: NAME=K ... second: NAME=K ... failed F".
func holdConns(args []string) error {
	fs := flag.NewFlagSet("conns", flag.ExitOnError)
	n := fs.Int("n", 1000, "connections")
	var headers headerList
	fs.Var(&headers, "H", "header on the matched share of the connections (repeatable)")
	every := fs.Int("every", 2, "every N-th connection carries the headers")
	ready := fs.String("ready", "", "file written once all connections answered")
	stop := fs.String("stop", "", "file whose existence ends the hold")
	hold := fs.Duration("max-hold", 3*time.Minute, "longest hold")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("conns: want one URL")
	}
	c0, u, err := dialURL(fs.Arg(0))
	if err != nil {
		return err
	}
	c0.Close()
	conns := make([]*heldConn, *n)
	var mu sync.Mutex
	first := map[string]int{}
	var failed atomic.Int32
	var wg sync.WaitGroup
	sem := make(chan struct{}, 32) // dial at most this many at once
	for i := range conns {
		var extra []string
		if i%*every == 0 {
			extra = headers
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			hc, who, err := openHeld(u.Host, u.RequestURI(), extra)
			if err != nil {
				failed.Add(1)
				fmt.Fprintf(os.Stderr, "conn %d: %v\n", i, err)
				return
			}
			conns[i] = hc
			mu.Lock()
			first[who]++
			mu.Unlock()
		})
	}
	wg.Wait()
	defer func() {
		for _, hc := range conns {
			if hc != nil {
				hc.c.Close()
			}
		}
	}()
	summary := fmt.Sprintf("conns %d first: %s failed %d", *n, counts(first), failed.Load())
	if *ready != "" {
		if err := os.WriteFile(*ready, []byte(summary+"\n"), 0o644); err != nil {
			return err
		}
	}
	deadline := time.Now().Add(*hold)
	for *stop != "" && time.Now().Before(deadline) {
		if _, err := os.Stat(*stop); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	second := map[string]int{}
	for _, hc := range conns {
		if hc == nil {
			continue
		}
		who, err := hc.ask()
		if err != nil {
			failed.Add(1)
			continue
		}
		second[who]++
	}
	fmt.Printf("%s second: %s failed %d\n", summary, counts(second), failed.Load())
	return nil
}

func counts(m map[string]int) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%s=%d", k, v))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// heldConn is one raw keep-alive HTTP/1.1 connection.
type heldConn struct {
	c    net.Conn
	r    *bufio.Reader
	head string
}

func openHeld(host, path string, headers []string) (*heldConn, string, error) {
	c, err := net.DialTimeout("tcp", host, 20*time.Second)
	if err != nil {
		return nil, "", err
	}
	head := "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
	for _, h := range headers {
		head += h + "\r\n"
	}
	hc := &heldConn{c: c, r: bufio.NewReader(c), head: head + "\r\n"}
	who, err := hc.ask()
	if err != nil {
		c.Close()
		return nil, "", err
	}
	return hc, who, nil
}

func (hc *heldConn) ask() (string, error) {
	_ = hc.c.SetDeadline(time.Now().Add(30 * time.Second))
	defer hc.c.SetDeadline(time.Time{})
	if _, err := io.WriteString(hc.c, hc.head); err != nil {
		return "", err
	}
	resp, err := http.ReadResponse(hc.r, nil)
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return "", err
	}
	return answerer(string(b)), nil
}
