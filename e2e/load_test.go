//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/kube"
)

// TestLoad: 20 developers steal echo-pod:8080 each with their own header filter, while a
// pod sends 1,000 concurrent keep-alive connections for KUBETUN_LOAD_DURATION (default
// 60 s): half carry one developer's header each, half none. Every answer names who gave
// it; no request may be misrouted or lost. The one agent's RSS, threads, descriptors and
// goroutines are sampled before, during and after, and must come back near idle.
func TestLoad(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	dur := 60 * time.Second
	if v := os.Getenv("KUBETUN_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("KUBETUN_LOAD_DURATION=%q: %v", v, err)
		}
		dur = d
	}
	const devs, conns = 20, 1000
	kt, probe := binaries(t)
	kc := e2eutil.Kubeconfig()
	prod := newProdClient(t, probe)
	podIP := e2eutil.WaitPodReady(t, e2eutil.Namespace, "echo-pod", 30*time.Second).Status.PodIP
	suffix := e2eutil.UniqueName("")
	names := make([]string, devs)
	var steals []*proc
	setup := time.Now()
	for i := range devs {
		names[i] = fmt.Sprintf("dev-%d%s", i+1, suffix)
		port := strconv.Itoa(18400 + i)
		srv := start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:"+port, "-name", names[i])
		srv.waitOutput(t, "ready", 10*time.Second)
		steals = append(steals, start(t, laptopNS, nil, kt, "steal", "pod/echo-pod", "-n", e2eutil.Namespace, "--kubeconfig", kc,
			"--port", "8080:"+port, "--name", names[i], "-H", "X-User: "+names[i]))
	}
	for _, s := range steals {
		s.waitOutput(t, "Ctrl-C to stop", 180*time.Second)
	}
	t.Logf("FIGURE load/setup_20_clients_s=%.1f", time.Since(setup).Seconds())

	stats := newAgentStats(t, "echo-pod")
	idle := stats.sample(t, true)
	t.Logf("agent idle: %s", idle)

	url := "http://" + podIP + ":8080/"
	var specs []string
	for _, n := range names {
		specs = append(specs, url+"#X-User: "+n, url) // half matched, half unmatched
	}
	run := e2eutil.UniqueName("load")
	q := make([]string, len(specs))
	for i, s := range specs {
		q[i] = "'" + s + "'"
	}
	cpu0 := cpuTimes(stats.pid)
	cmd := fmt.Sprintf("/kt/ktprobe load -c %d -d %s -timeout 30s -reconnect 100 -out /kt/%s.json %s >/kt/%[3]s.log 2>&1 </dev/null &",
		conns, dur, run, strings.Join(q, " "))
	if out, stderr, err := e2eutil.Exec(t, e2eutil.Namespace, prod.pod, "client", "sh", "-c", cmd); err != nil {
		t.Fatalf("start load: %v %s %s", err, out, stderr)
	}
	began := time.Now()
	var peak agentSample
	var rep loadReport
	var sampled time.Time
	e2eutil.WaitFor(t, dur+3*time.Minute, "the load report", func(context.Context) (bool, error) {
		if time.Since(began) < dur {
			if time.Since(sampled) >= time.Second {
				peak, sampled = peak.max(stats.sample(t, false)), time.Now()
			}
			return false, nil
		}
		out, _, err := e2eutil.Exec(t, e2eutil.Namespace, prod.pod, "client", "cat", "/kt/"+run+".json")
		if err != nil || strings.TrimSpace(out) == "" {
			return false, nil
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			return false, fmt.Errorf("load report: %v", err)
		}
		return true, nil
	})
	cpu1 := cpuTimes(stats.pid)
	t.Logf("agent peak: %s", peak)

	// Correctness: every answer by the request's developer, or the app for unmatched ones.
	var misrouted, answered int
	for i, s := range rep.Specs {
		want := "app"
		if i%2 == 0 {
			want = names[i/2]
		}
		for who, n := range s.Answers {
			answered += n
			if who != want {
				misrouted += n
				t.Errorf("%d requests for %s answered by %s", n, want, who)
			}
		}
	}
	if misrouted > 0 {
		// Why: the agent logs when a developer becomes unreachable (and back), with the
		// error and how long the dial took. The last 50 such lines, after earlier tests'.
		var lines []string
		for _, l := range strings.Split(agentLogs(t, "echo-pod"), "\n") {
			for _, k := range []string{"unreachable", "reachable again", "slow delivery", "falling back", "session", "claim"} {
				if strings.Contains(l, k) {
					lines = append(lines, l)
					break
				}
			}
		}
		for _, l := range lines[max(0, len(lines)-50):] {
			t.Logf("agent: %s", l)
		}
	}
	for i, e := range rep.ErrorTimes {
		if i == 5 {
			break
		}
		t.Logf("error: %s", e.Err)
	}
	secs := float64(rep.End-rep.Start) / 1000
	fig := func(k string, v any) { t.Logf("FIGURE load/%s=%v", k, v) }
	fig("duration_s", fmt.Sprintf("%.0f", secs))
	fig("connections", rep.Conns)
	fig("requests", rep.Requests)
	fig("req_per_s", fmt.Sprintf("%.0f", float64(rep.Requests)/secs))
	fig("lost", rep.Errors)
	fig("misrouted", misrouted)
	for _, p := range []string{"p50", "p99", "max"} {
		fig("latency_"+p+"_ms", fmt.Sprintf("%.0f", rep.LatencyMs[p]))
	}
	fig("agent_rss_idle_mib", fmt.Sprintf("%.0f", idle.rssMiB()))
	fig("agent_rss_peak_mib", fmt.Sprintf("%.0f", peak.rssMiB()))
	fig("agent_goroutines_idle", idle.Goroutines)
	fig("agent_goroutines_peak", peak.Goroutines)
	fig("agent_fds_peak", peak.FDs)
	for _, c := range cpu1.sub(cpu0) {
		fig("cpu_"+c.name+"_s", fmt.Sprintf("%.0f", c.secs))
	}
	if rep.Errors > 0 {
		t.Errorf("%d requests failed", rep.Errors)
	}
	if rep.Conns != conns || answered < conns {
		t.Errorf("%d connections, %d answers: the load did not run", rep.Conns, answered)
	}

	// After the load the agent returns near idle: connections, descriptors and goroutines
	// go, and once it collected and returned freed memory (/v1/stats?gc=1) its RSS is
	// within 64 MiB of idle (without the agent's stats: descriptors only). The memory
	// comes back in steps over about 75 s after the load (sampled every second in one
	// run: 80, 72, 61, then 47 MiB, against 31 idle), so the wait allows 120 s; a CI run
	// failed at 60 s with the first samples above the limit.
	var after agentSample
	sampled = time.Time{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("agent idle: %s; last sample after the load: %s", idle, after)
		}
	})
	e2eutil.WaitFor(t, 120*time.Second, "the agent to return near idle", func(context.Context) (bool, error) {
		if time.Since(sampled) < time.Second {
			return false, nil
		}
		after, sampled = stats.sample(t, true), time.Now()
		return after.FDs <= idle.FDs+10 && (idle.Goroutines == 0 || after.Goroutines <= idle.Goroutines+20) &&
			(idle.Goroutines == 0 || after.RSSKiB <= idle.RSSKiB+64<<10), nil
	})
	t.Logf("agent after: %s", after)
	fig("agent_rss_after_mib", fmt.Sprintf("%.0f", after.rssMiB()))
	fig("agent_goroutines_after", after.Goroutines)
	fig("agent_fds_after", after.FDs)
	fig("agent_heap_after_mib", fmt.Sprintf("%.0f", float64(after.HeapBytes)/(1<<20)))
	if peak.rssMiB() > 1024 {
		t.Errorf("agent RSS reached %.0f MiB", peak.rssMiB())
	}
	for _, s := range steals {
		s.stop(15 * time.Second)
	}
	checkNoStaleChains(t, "echo-pod")
}

// agentSample is the agent's resource use at one moment.
type agentSample struct {
	RSSKiB, Threads, FDs int
	Goroutines           int    // from /v1/stats; 0 when the agent lacks it
	HeapBytes            uint64 // likewise
}

func (s agentSample) rssMiB() float64 { return float64(s.RSSKiB) / 1024 }

func (s agentSample) String() string {
	return fmt.Sprintf("RSS %.1f MiB, %d threads, %d fds, %d goroutines, heap %.1f MiB",
		s.rssMiB(), s.Threads, s.FDs, s.Goroutines, float64(s.HeapBytes)/(1<<20))
}

func (s agentSample) max(o agentSample) agentSample {
	return agentSample{RSSKiB: max(s.RSSKiB, o.RSSKiB), Threads: max(s.Threads, o.Threads), FDs: max(s.FDs, o.FDs),
		Goroutines: max(s.Goroutines, o.Goroutines), HeapBytes: max(s.HeapBytes, o.HeapBytes)}
}

// agentStats samples one pod's agent: /proc on the node (this machine is the node), and
// the agent's GET /v1/stats through a session of our own.
type agentStats struct {
	pid  int
	sess *client.Session
}

func newAgentStats(t *testing.T, pod string) *agentStats {
	t.Helper()
	_, id := runningAgent(t, pod)
	s := &agentStats{pid: containerPID(t, id)}
	c, err := kube.Load(kube.Options{Kubeconfig: e2eutil.Kubeconfig(), Namespace: e2eutil.Namespace})
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.ResolveTarget(e2eutil.Context(t, 30*time.Second), "pod/"+pod, "")
	if err != nil {
		t.Fatal(err)
	}
	pf, err := c.PortForward(e2eutil.Context(t, 30*time.Second), p.Pods[0])
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = pf.Close() })
	sess, err := client.Connect(e2eutil.Context(t, 60*time.Second), client.Options{
		Name:      "kt-load-stats",
		Register:  func(ctx context.Context) (net.Conn, error) { return pf.Dial(ctx, api.RegisterPort) },
		Transport: client.TransportStream,
		Stream:    func(ctx context.Context) (io.ReadWriteCloser, error) { return pf.Dial(ctx, api.StreamPort) },
		Userspace: true,
	}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Logf("no stats session with the agent (only /proc figures): %v", err)
		return s
	}
	t.Cleanup(func() { _ = sess.Close() })
	s.sess = sess
	return s
}

// sample reads the agent's figures; gc first asks it to collect and return freed memory.
func (s *agentStats) sample(t *testing.T, gc bool) agentSample {
	var a agentSample
	s.goStats(&a, gc)
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.pid)); err == nil {
		for line := range strings.Lines(string(b)) {
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			switch f[0] {
			case "VmRSS:":
				a.RSSKiB, _ = strconv.Atoi(f[1])
			case "Threads:":
				a.Threads, _ = strconv.Atoi(f[1])
			}
		}
	}
	if ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", s.pid)); err == nil {
		a.FDs = len(ents)
	}
	return a
}

// goStats fills in the agent's own figures from GET /v1/stats, if it serves them.
func (s *agentStats) goStats(a *agentSample, gc bool) {
	if s.sess != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var st struct {
			Goroutines int    `json:"goroutines"`
			HeapBytes  uint64 `json:"heapBytes"`
		}
		path := "/v1/stats"
		if gc {
			path += "?gc=1"
		}
		if err := s.sess.ControlJSON(ctx, http.MethodGet, path, nil, &st); err == nil {
			a.Goroutines, a.HeapBytes = st.Goroutines, st.HeapBytes
		}
	}
}

// cpuUse is CPU seconds (user+system) by process group.
type cpuUse struct {
	name string
	secs float64
}

type cpuSnapshot map[string]float64

// cpuTimes sums the CPU time of the processes that carry the load: the agent (pid), the
// kube-tun clients, the API server and the kubelet (port-forwards), the local servers.
func cpuTimes(agent int) cpuSnapshot {
	snap := cpuSnapshot{}
	ents, _ := os.ReadDir("/proc")
	hz := 100.0 // USER_HZ on Linux
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		s := string(b)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open {
			continue
		}
		comm := s[open+1 : close]
		f := strings.Fields(s[close+1:])
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		var group string
		switch comm {
		case "kube-tun", "kube-tun-agent":
			group = "clients"
			if pid == agent {
				group = "agent"
			}
		case "kube-apiserver":
			group = "apiserver"
		case "kubelet":
			group = "kubelet"
		case "ktprobe":
			group = "ktprobe" // the local servers (the load generator has exited)
		default:
			continue
		}
		snap[group] += (ut + st) / hz
	}
	return snap
}

func (s cpuSnapshot) sub(o cpuSnapshot) []cpuUse {
	var out []cpuUse
	for _, k := range []string{"agent", "clients", "apiserver", "kubelet", "ktprobe"} {
		out = append(out, cpuUse{k, s[k] - o[k]})
	}
	return out
}
