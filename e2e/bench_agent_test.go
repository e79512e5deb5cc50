//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// BenchmarkAgentFlows measures the memory of the real agent process (issue 9 goal: ≤ 30
// MiB idle, ≤ 120 MiB at 1,000 flows, 10,000 flows without failure). It builds the
// kube-tun path of BenchmarkTunnel (laptop `kube-tun up` → agent in a "pod" namespace →
// ktbench server in a "service" namespace), then reads VmRSS of the agent from
// /proc/PID/status once it is connected and idle, with 1,000 and with 10,000 TCP flows
// held open through it (`ktbench hold`: one round trip per flow, then idle). Then every
// held flow makes one more round trip; flows-ok-10k counts those that answered, and
// rss-peak-MiB is VmHWM at that point. Last, with the flows closed, 2 s of bulk traffic
// each way (4 streams) give rss-after-bulk-MiB: the memory of an agent that has been used.
// rss-idle-anon-MiB is the anonymous part of the idle figure; the rest is the binary's
// own pages. The agent is kube-tun-agent, as in the image; KUBETUN_BENCH_KUBETUN runs a
// given kube-tun binary (client, and agent as `kube-tun agent`) instead of building them;
// KUBETUN_BENCH_TRANSPORT picks the client's transport: udp (default) or tcp (the stream
// transport); KUBETUN_BENCH_FLOWS the large count (10000). With KUBETUN_PPROF set
// (e.g. 127.0.0.1:6060; the agent inherits it and serves pprof inside its namespace) the
// benchmark also reports goroutine counts and, with KUBETUN_BENCH_PROFILES naming a
// directory, saves heap and goroutine profiles and MemStats of each stage there.
//
//	go test -tags e2e -run '^$' -bench AgentFlows -benchtime 1x ./e2e/
func BenchmarkAgentFlows(b *testing.B) {
	e2eutil.RequireRoot(b)
	flows := envInt("KUBETUN_BENCH_FLOWS", 10000)
	const firstFlows = 1000
	if flows <= firstFlows {
		b.Fatalf("KUBETUN_BENCH_FLOWS must be above %d", firstFlows)
	}
	transport := os.Getenv("KUBETUN_BENCH_TRANSPORT")
	if transport == "" {
		transport = "udp"
	}
	// Every process started from here inherits the limit (the Go runtime raises only
	// its own soft limit, and restores the original one for children unless we set it).
	raiseNoFileLimit(b, uint64(flows)+1024) // the agent holds one upstream socket per flow
	bin := b.TempDir()
	kubeTun, ktbench := filepath.Join(bin, "kube-tun"), filepath.Join(bin, "ktbench")
	agentCmd := []string{filepath.Join(bin, "kube-tun-agent")} // what the agent image runs
	if v := os.Getenv("KUBETUN_BENCH_KUBETUN"); v != "" {
		kubeTun, agentCmd = v, []string{v, "agent"} // e.g. a build with profiling
	} else {
		goBuild(b, kubeTun, "./cmd/kube-tun")
		goBuild(b, agentCmd[0], "./cmd/kube-tun-agent")
	}
	goBuild(b, ktbench, "./e2e/ktbench")
	p := setupKubeTun(b, "kube-tun-"+transport, transport, kubeTun, agentCmd, ktbench)
	waitBenchReady(b, ktbench, p)
	agent := p.procs["tunnel-remote"].cmd.Process.Pid

	idle := settledStatus(b, agent)
	b.Logf("agent idle: %s", idle)
	idleG := agentProfile(b, agent, "idle")

	hold1 := startHold(b, p, ktbench, firstFlows)
	r1 := waitHold(b, hold1, "held", 1, 3*time.Minute)
	at1k := settledStatus(b, agent)
	agentProfile(b, agent, "1k")
	b.Logf("agent with %d flows held (%d failed, %.1fs to open: %s): %s", r1.OK, r1.Failed, r1.Seconds, r1.Error, at1k)

	hold2 := startHold(b, p, ktbench, flows-firstFlows)
	r2 := waitHold(b, hold2, "held", 1, 5*time.Minute)
	atN := settledStatus(b, agent)
	goroutinesN := agentProfile(b, agent, "10k")
	b.Logf("agent with %d flows held (%d failed, %.1fs to open: %s): %s", r1.OK+r2.OK, r1.Failed+r2.Failed, r2.Seconds, r2.Error, atN)

	// Every held flow must still pass a request.
	ok := 0
	for _, h := range []*proc{hold1, hold2} {
		if err := h.cmd.Process.Signal(syscall.SIGUSR1); err != nil {
			b.Fatalf("signal ktbench hold: %v", err)
		}
	}
	for _, h := range []*proc{hold1, hold2} {
		c := waitHold(b, h, "checked", 1, 3*time.Minute)
		ok += c.OK
		if c.Failed > 0 {
			b.Logf("check: %d of %d held flows failed: %s", c.Failed, c.Tried, c.Error)
		}
	}
	final := readProcStatus(b, agent)
	b.Logf("agent after the check of %d flows (%d answered): %s", r1.OK+r2.OK, ok, final)
	if ok < flows {
		b.Errorf("%d of %d flows through the agent failed (opened %d, answered the check %d)", flows-ok, flows, r1.OK+r2.OK, ok)
	}

	// Bulk traffic fills buffers that idle flows never touch (wireguard-go's batches of
	// 64 KiB message buffers, copy buffers): the agent's memory once it has been used.
	hold1.stop(10 * time.Second)
	hold2.stop(10 * time.Second)
	for _, mode := range []string{"down", "up"} {
		if _, err := runClient(ktbench, p, time.Minute, "-mode", mode, "-streams", "4", "-duration", "2s"); err != nil {
			b.Errorf("bulk %s after the flows: %v", mode, err)
		}
	}
	afterBulk := settledStatus(b, agent)
	agentProfile(b, agent, "bulk")
	b.Logf("agent after the flows closed and 2 s of bulk traffic each way: %s", afterBulk)
	// The agent hands a burst's memory back on its first quiet trim interval (5 s;
	// agent/memory.go): wait for the drop, or for two intervals to pass without one.
	trimmed := afterBulk
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		if trimmed = readProcStatus(b, agent); trimmed.rss+16<<10 < afterBulk.rss {
			trimmed = settledStatus(b, agent)
			break
		}
	}
	b.Logf("agent once it trimmed its memory after the burst: %s", trimmed)

	writeAgentReport(b, agentReport{
		Date: time.Now().UTC().Format(time.RFC3339), Machine: machine(), Transport: transport, Flows: flows,
		IdleMiB: idle.rssMiB(), IdleAnonMiB: float64(idle.anon) / 1024, At1kMiB: at1k.rssMiB(),
		AtNMiB: atN.rssMiB(), PeakMiB: final.hwmMiB(), KiBPerFlow: float64(atN.rss-at1k.rss) / float64(flows-firstFlows),
		FlowsOK: ok, AfterBulkMiB: afterBulk.rssMiB(), TrimmedMiB: trimmed.rssMiB(),
	})
	suffix := ""
	if flows != 10000 {
		suffix = "-" + strconv.Itoa(flows)
	}
	b.ReportMetric(idle.rssMiB(), "rss-idle-MiB")
	// Most of the idle figure is the binary's own pages (client-go and the CLI are in the
	// same binary); the anonymous part is what the agent allocated.
	b.ReportMetric(float64(idle.anon)/1024, "rss-idle-anon-MiB")
	b.ReportMetric(at1k.rssMiB(), "rss-1k-MiB")
	b.ReportMetric(atN.rssMiB(), "rss-10k"+suffix+"-MiB")
	b.ReportMetric(final.hwmMiB(), "rss-peak-MiB")
	b.ReportMetric(afterBulk.rssMiB(), "rss-after-bulk-MiB")
	b.ReportMetric(trimmed.rssMiB(), "rss-after-bulk-trimmed-MiB")
	b.ReportMetric(float64(atN.rss-at1k.rss)/float64(flows-firstFlows), "KiB/flow")
	b.ReportMetric(float64(ok), "flows-ok-10k"+suffix)
	b.ReportMetric(float64(atN.threads), "threads-10k"+suffix)
	if goroutinesN > 0 {
		b.ReportMetric(float64(idleG), "goroutines-idle")
		b.ReportMetric(float64(goroutinesN), "goroutines-10k"+suffix)
	}
	b.ReportMetric(0, "ns/op")
}

// agentReport is the JSON of BenchmarkAgentFlows, with the goals.
type agentReport struct {
	Date        string  `json:"date"`
	Machine     string  `json:"machine"`
	Transport   string  `json:"transport"`
	Flows       int     `json:"flows"`
	IdleMiB     float64 `json:"rss_idle_mib"`
	IdleAnonMiB float64 `json:"rss_idle_anon_mib"`
	At1kMiB     float64 `json:"rss_1k_mib"`
	AtNMiB      float64 `json:"rss_flows_mib"`
	PeakMiB     float64 `json:"rss_peak_mib"`
	KiBPerFlow  float64 `json:"kib_per_flow"`
	FlowsOK     int     `json:"flows_ok"`
	// AfterBulkMiB is the RSS once the flows closed and bulk traffic passed.
	AfterBulkMiB float64 `json:"rss_after_bulk_mib"`
	// TrimmedMiB is the RSS once the agent trimmed its memory after that burst.
	TrimmedMiB float64 `json:"rss_after_bulk_trimmed_mib"`
}

// writeAgentReport logs a markdown table of r against the goals and, with
// $KUBETUN_BENCH_OUT set, writes it there as agent-flows.md and agent-flows.json.
func writeAgentReport(b *testing.B, r agentReport) {
	b.Helper()
	mark := func(ok bool) string {
		if ok {
			return "met"
		}
		return "**missed**"
	}
	md := fmt.Sprintf(`### Agent memory (%s, %s, transport %s)

| Agent state | RSS | Goal | |
|---|---|---|---|
| connected, idle | %.1f MiB (%.1f MiB anonymous, the rest the binary's pages) | ≤ 30 MiB | %s |
| 1,000 flows held | %.1f MiB | ≤ 120 MiB | %s |
| %d flows held | %.1f MiB (%.1f KiB per flow; peak %.1f MiB) | no failure | %s (%d of %d answered) |
| flows closed, after bulk traffic | %.1f MiB; %.1f MiB once trimmed (first quiet 5 s) | | |
`, r.Date, r.Machine, r.Transport, r.IdleMiB, r.IdleAnonMiB, mark(r.IdleMiB <= 30), r.At1kMiB, mark(r.At1kMiB <= 120),
		r.Flows, r.AtNMiB, r.KiBPerFlow, r.PeakMiB, mark(r.FlowsOK == r.Flows), r.FlowsOK, r.Flows, r.AfterBulkMiB, r.TrimmedMiB)
	b.Log("\n" + md)
	dir := os.Getenv("KUBETUN_BENCH_OUT")
	if dir == "" {
		return
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	for name, data := range map[string][]byte{"agent-flows.md": []byte(md), "agent-flows.json": append(js, '\n')} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("agent memory report in %s", dir)
}

// goBuild builds pkg (relative to the module root) into out.
func goBuild(b *testing.B, out, pkg string) {
	b.Helper()
	root, _ := filepath.Abs("..")
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if o, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build %s: %v\n%s", pkg, err, o)
	}
}

// procStatus is the memory of a process from /proc/PID/status (KiB).
type procStatus struct {
	rss, hwm   int64
	anon, file int64 // parts of rss: anonymous memory, mapped files (the binary)
	threads    int
}

func (s procStatus) rssMiB() float64 { return float64(s.rss) / 1024 }
func (s procStatus) hwmMiB() float64 { return float64(s.hwm) / 1024 }

func (s procStatus) String() string {
	return fmt.Sprintf("VmRSS %.1f MiB (anonymous %.1f, files %.1f), VmHWM %.1f MiB, %d threads",
		s.rssMiB(), float64(s.anon)/1024, float64(s.file)/1024, s.hwmMiB(), s.threads)
}

func readProcStatus(b *testing.B, pid int) procStatus {
	b.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatalf("agent status: %v", err)
	}
	defer f.Close()
	var s procStatus
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			s.rss = n
		case "VmHWM":
			s.hwm = n
		case "RssAnon":
			s.anon = n
		case "RssFile":
			s.file = n
		case "Threads":
			s.threads = int(n)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("agent status: %v", err)
	}
	return s
}

// settledStatus waits until the RSS of pid stays within 1 MiB over 1.5 s (at most 20 s)
// and returns the last reading.
func settledStatus(b *testing.B, pid int) procStatus {
	b.Helper()
	const window = 6
	var last []procStatus
	deadline := time.Now().Add(20 * time.Second)
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		s := readProcStatus(b, pid)
		last = append(last, s)
		if len(last) > window {
			last = last[1:]
		}
		if len(last) == window {
			lo, hi := last[0].rss, last[0].rss
			for _, x := range last {
				lo, hi = min(lo, x.rss), max(hi, x.rss)
			}
			if hi-lo <= 1024 {
				return s
			}
		}
		if time.Now().After(deadline) {
			b.Logf("agent RSS did not settle within 20s; using the last reading")
			return s
		}
		<-tick.C
	}
}

// startHold starts `ktbench hold` with n flows in the client namespace of p.
func startHold(b *testing.B, p *benchPath, ktbench string, n int) *proc {
	b.Helper()
	return start(b, p.client, nil, ktbench, "hold", "-addr", p.target, "-n", strconv.Itoa(n))
}

// agentProfile, when the agent serves pprof (a kube-tun built with it, listening on
// $KUBETUN_PPROF inside the agent's namespace), saves its heap profile as
// $KUBETUN_BENCH_PROFILES/heap-STAGE.pprof (if set) and returns its goroutine count; 0
// otherwise.
func agentProfile(b *testing.B, pid int, stage string) int {
	b.Helper()
	addr := os.Getenv("KUBETUN_PPROF")
	if addr == "" {
		return 0
	}
	get := func(path string) ([]byte, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		return exec.CommandContext(ctx, "nsenter", "--net=/proc/"+strconv.Itoa(pid)+"/ns/net",
			"curl", "-fsS", "http://"+addr+path).Output()
	}
	if dir := os.Getenv("KUBETUN_BENCH_PROFILES"); dir != "" {
		for name, path := range map[string]string{
			"heap-" + stage + ".pprof":    "/debug/pprof/heap",
			"memstats-" + stage + ".txt":  "/debug/pprof/heap?debug=1", // runtime.MemStats at the end
			"goroutine-" + stage + ".txt": "/debug/pprof/goroutine?debug=1",
		} {
			out, err := get(path)
			if err != nil {
				b.Logf("agent profile %s: %v", path, err)
			} else if err := os.WriteFile(filepath.Join(dir, name), out, 0o644); err != nil {
				b.Logf("save agent profile: %v", err)
			}
		}
	}
	out, err := get("/debug/pprof/goroutine?debug=1")
	if err != nil {
		b.Logf("agent goroutine profile: %v", err)
		return 0
	}
	// The first line reads "goroutine profile: total N".
	first, _, _ := strings.Cut(string(out), "\n")
	n, _ := strconv.Atoi(strings.TrimSpace(first[strings.LastIndexByte(first, ' ')+1:]))
	return n
}

// holdResult is a line of `ktbench hold` output.
type holdResult struct {
	Event   string  `json:"event"`
	Tried   int     `json:"tried"`
	OK      int     `json:"ok"`
	Failed  int     `json:"failed"`
	Error   string  `json:"error"`
	Seconds float64 `json:"seconds"`
}

// waitHold waits for the nth line of event from h and returns it.
func waitHold(b *testing.B, h *proc, event string, nth int, timeout time.Duration) holdResult {
	b.Helper()
	var got holdResult
	e2eutil.WaitFor(b, timeout, fmt.Sprintf("ktbench hold %s #%d", event, nth), func(context.Context) (bool, error) {
		seen := 0
		for line := range strings.Lines(h.Output()) {
			var r holdResult
			if json.Unmarshal([]byte(line), &r) == nil && r.Event == event {
				if seen++; seen == nth {
					got = r
					return true, nil
				}
			}
		}
		if h.exited() {
			return false, fmt.Errorf("ktbench hold exited (%v):\n%s", h.err, h.Output())
		}
		return false, nil
	})
	return got
}

// raiseNoFileLimit raises this process's RLIMIT_NOFILE to at least want, so that the
// agent, server and clients it starts can hold every flow. Without CAP_SYS_RESOURCE only
// the soft limit can go up, to the hard one.
func raiseNoFileLimit(b *testing.B, want uint64) {
	b.Helper()
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		b.Fatalf("get RLIMIT_NOFILE: %v", err)
	}
	if rl.Cur >= want {
		return
	}
	if rl.Max < want {
		up := syscall.Rlimit{Cur: want, Max: want}
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &up); err == nil {
			return
		}
	}
	rl.Cur = min(want, rl.Max)
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		b.Fatalf("raise RLIMIT_NOFILE to %d: %v", rl.Cur, err)
	}
	if rl.Cur < want {
		b.Fatalf("RLIMIT_NOFILE hard limit %d is below the %d this benchmark needs (raise it with ulimit -Hn or prlimit)", rl.Max, want)
	}
}
