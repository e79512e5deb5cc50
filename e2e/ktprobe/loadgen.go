package main

// The load subcommand: steady or heavy HTTP/1.1 traffic on many keep-alive connections,
// reporting who answered each request. It is dispatched from init so that it needs no
// line in main's switch:
//
//	ktprobe load [-c N] [-d DUR] [-pause DUR] [-timeout DUR] [-reconnect N] [-stop FILE] [-out FILE] SPEC...
//
// SPEC is "URL" or "URL#Name: value"; connection i sends SPEC i mod len(SPEC) again and
// again until -d has passed or FILE exists, on a new connection after every -reconnect
// requests (0: keep it as long as it works; a redirect applies to new connections only). The JSON report (stdout, or written atomically
// to -out) counts answers per answerer ("app" for kt-echo, NAME for "hello from NAME")
// and errors per spec, with latency percentiles, the time of every error (up to a cap)
// and every change of answerer per spec, so that a test can find a fault's window.

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

// LoadReport is the load subcommand's JSON output. Times are Unix milliseconds.
type LoadReport struct {
	Start       int64              `json:"start"`
	End         int64              `json:"end"`
	Conns       int                `json:"conns"`
	Requests    int                `json:"requests"`
	Errors      int                `json:"errors"`
	Specs       []loadSpecStat     `json:"specs"`
	ErrorTimes  []loadEvent        `json:"errorTimes"`  // every error, up to loadEventCap
	Transitions []loadEvent        `json:"transitions"` // a spec's answerer changed (first answer too)
	LatencyMs   map[string]float64 `json:"latencyMs"`
}

type loadSpecStat struct {
	Spec    string         `json:"spec"`
	Answers map[string]int `json:"answers"`
	Errors  int            `json:"errors"`
}

type loadEvent struct {
	T    int64  `json:"t"`
	Spec int    `json:"spec"`
	Who  string `json:"who,omitempty"`
	Err  string `json:"err,omitempty"`
}

const loadEventCap = 5000

type loadState struct {
	mu   sync.Mutex
	rep  LoadReport
	last []string // last answerer per spec
	lat  []time.Duration
}

// record counts one answer (or err) to a request of spec sent lat ago. Errors are logged
// at the time their request was sent, answerer changes when the answer came.
func (s *loadState) record(spec int, who string, err error, lat time.Duration) {
	now := time.Now().UnixMilli()
	sent := now - lat.Milliseconds()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rep.Requests++
	st := &s.rep.Specs[spec]
	if err != nil {
		s.rep.Errors++
		st.Errors++
		if len(s.rep.ErrorTimes) < loadEventCap {
			s.rep.ErrorTimes = append(s.rep.ErrorTimes, loadEvent{T: sent, Spec: spec, Err: err.Error()})
		}
		return
	}
	st.Answers[who]++
	s.lat = append(s.lat, lat)
	if s.last[spec] != who {
		s.last[spec] = who
		if len(s.rep.Transitions) < loadEventCap {
			s.rep.Transitions = append(s.rep.Transitions, loadEvent{T: now, Spec: spec, Who: who})
		}
	}
}

func loadGen(args []string) error {
	fs := flag.NewFlagSet("load", flag.ExitOnError)
	conns := fs.Int("c", 10, "concurrent keep-alive connections")
	dur := fs.Duration("d", 10*time.Second, "how long to send")
	pause := fs.Duration("pause", 0, "pause between a connection's requests")
	timeout := fs.Duration("timeout", 10*time.Second, "per-request timeout")
	reconnect := fs.Int("reconnect", 0, "open a new connection after this many requests (0: never)")
	stop := fs.String("stop", "", "stop early once this file exists")
	out := fs.String("out", "", "write the JSON report here (atomically) instead of stdout")
	_ = fs.Parse(args)
	specs := fs.Args()
	if len(specs) == 0 || *conns < 1 {
		return errors.New("usage: ktprobe load [-c N] [-d DUR] SPEC")
	}
	s := &loadState{last: make([]string, len(specs))}
	s.rep.Conns = *conns
	for _, sp := range specs {
		s.rep.Specs = append(s.rep.Specs, loadSpecStat{Spec: sp, Answers: map[string]int{}})
	}
	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	if *stop != "" {
		go func() {
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					if _, err := os.Stat(*stop); err == nil {
						cancel()
						return
					}
				}
			}
		}()
	}
	s.rep.Start = time.Now().UnixMilli()
	var wg sync.WaitGroup
	for i := range *conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			loadWorker(ctx, s, i%len(specs), specs[i%len(specs)], *pause, *timeout, *reconnect)
		}()
		if i%50 == 49 {
			time.Sleep(5 * time.Millisecond) // don't open a thousand connections in one burst
		}
	}
	wg.Wait()
	s.rep.End = time.Now().UnixMilli()
	s.rep.LatencyMs = percentiles(s.lat)
	b, err := json.MarshalIndent(&s.rep, "", " ")
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = os.Stdout.Write(append(b, '\n'))
		return err
	}
	if err := os.WriteFile(*out+".tmp", b, 0o644); err != nil {
		return err
	}
	return os.Rename(*out+".tmp", *out)
}

// loadWorker sends spec on its own keep-alive connection until ctx ends.
func loadWorker(ctx context.Context, s *loadState, idx int, spec string, pause, timeout time.Duration, reconnect int) {
	url, hdr, _ := strings.Cut(spec, "#")
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: timeout}).DialContext,
		MaxIdleConnsPerHost: 1,
		MaxConnsPerHost:     1,
		DisableCompression:  true,
	}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr, Timeout: timeout}
	for n := 1; ctx.Err() == nil; n++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			s.record(idx, "", err, 0)
			return
		}
		if hdr != "" {
			k, v, _ := strings.Cut(hdr, ":")
			req.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
		}
		t0 := time.Now()
		who, err := loadAsk(c, req)
		if ctx.Err() != nil {
			return // cut short by the end of the run: not a failure
		}
		s.record(idx, who, err, time.Since(t0))
		if err != nil && pause == 0 {
			time.Sleep(10 * time.Millisecond) // don't spin on a refused connection
		}
		if err != nil || (reconnect > 0 && n%reconnect == 0) {
			tr.CloseIdleConnections()
		}
		if pause > 0 {
			select {
			case <-ctx.Done():
			case <-time.After(pause):
			}
		}
	}
}

func loadAsk(c *http.Client, req *http.Request) (string, error) {
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d: %.80s", resp.StatusCode, b)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	if _, name, ok := strings.Cut(first, "hello from "); ok {
		if f := strings.Fields(name); len(f) > 0 {
			return f[0], nil
		}
	}
	if strings.Contains(string(b), `"pod"`) {
		return "app", nil
	}
	return "?" + strings.Join(strings.Fields(first), " "), nil
}

func percentiles(d []time.Duration) map[string]float64 {
	if len(d) == 0 {
		return nil
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	at := func(p float64) float64 {
		i := min(int(p*float64(len(d))), len(d)-1)
		return float64(d[i].Microseconds()) / 1000
	}
	return map[string]float64{"p50": at(0.50), "p90": at(0.90), "p99": at(0.99), "max": at(1)}
}
