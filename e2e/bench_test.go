//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
	"github.com/kube-tun/kube-tun/tun"
)

// The tunnel benchmark (issue 9): the same TCP workloads over four paths, each in its own
// fresh namespaces, measured in interleaved rounds in one run:
//
//   - direct: kernel TCP over a veth pair between two namespaces (the limit);
//   - wireguard-go: plain wireguard-go, kernel TUN ↔ kernel TUN over UDP on a veth (wgplain);
//   - kube-tun-udp: laptop TUN → WireGuard (UDP) → agent netstack → proxy hop → a server in
//     a "service" namespace behind the pod (the topology of tunnel_test.go);
//   - kube-tun-tcp: the same with WireGuard length-framed over a TCP connection to the
//     agent's stream port (--transport tcp; the port-forward transport frames it the same way
//     over a port-forward), at the stream MTU.
//
// Workloads come from e2e/ktbench. Every figure is the median over the rounds; ratios are
// medians of the per-round ratios to the direct path and to plain wireguard-go. The
// markdown table and JSON go to $KUBETUN_BENCH_OUT (a directory; default a new temp
// directory, printed). Knobs: KUBETUN_BENCH_ROUNDS (3), KUBETUN_BENCH_DURATION (3s per
// throughput sample; request samples take 2/3 of it), and for profiling one path
// KUBETUN_BENCH_PATHS (e.g. "kube-tun-udp") and KUBETUN_BENCH_WORKLOADS (e.g. "down1,rr";
// names as in workloads). For a before/after in one run, KUBETUN_BENCH_BASELINE names
// another kube-tun binary (say, built from the commit before a change): it adds the path
// kube-tun-udp-baseline, the UDP path with that build at both ends, and makes
// kube-tun-tcp-baseline (the TCP transport with it) available to KUBETUN_BENCH_PATHS.
// Its agent is `kube-tun agent` of that build unless KUBETUN_BENCH_BASELINE_AGENT names
// the build's agent-only binary, which the measured paths run (as the image does): the
// same agent code answered requests 13% faster as `kube-tun agent` (docs/performance.md),
// so a before/after of a change should name both.
// KUBETUN_BENCH_CC sets the kernel TCP congestion control of every namespace (the
// servers' and clients' sockets, so the end-to-end control of plain wireguard-go and the
// pod-to-server leg of kube-tun, whose tunnel leg is gVisor's cubic); default: the machine's.
// KUBETUN_BENCH_CLIENT_ENV and KUBETUN_BENCH_AGENT_ENV ("K=V K2=V2") add to the environment
// of the client and the agent of the kube-tun paths, not the baseline's (with a baseline of
// the same build, a before/after of a setting such as GOMAXPROCS).
//
//	go test -tags e2e -run '^$' -bench Tunnel -benchtime 1x ./e2e/

const (
	pathDirect   = "direct"
	pathWG       = "wireguard-go"
	pathKTUDP    = "kube-tun-udp"
	pathKTStream = "kube-tun-tcp"
	pathKTBase   = "kube-tun-udp-baseline" // KUBETUN_BENCH_BASELINE's build, over UDP
	pathKTBaseS  = "kube-tun-tcp-baseline" // the same over the TCP stream transport
	benchPort    = "5201"
)

var benchPaths = []string{pathDirect, pathWG, pathKTUDP, pathKTStream}

// workload is one ktbench client invocation; it yields one or more metrics.
type workload struct {
	name    string
	mode    string
	streams int
}

var workloads = []workload{
	{"up1", "up", 1}, {"down1", "down", 1}, {"up4", "up", 4}, {"down4", "down", 4},
	{"rr", "rr", 1}, {"crr", "crr", 1},
}

// metric is a reported figure: its key in the samples, unit, and whether lower is better.
type metric struct {
	key, label, unit string
	lower            bool
}

var metrics = []metric{
	{"up1", "TCP upload, 1 stream", "Gbit/s", false},
	{"down1", "TCP download, 1 stream", "Gbit/s", false},
	{"up4", "TCP upload, 4 streams", "Gbit/s", false},
	{"down4", "TCP download, 4 streams", "Gbit/s", false},
	{"rr-p50", "Request/response p50 (kept-alive)", "µs", true},
	{"rr-p99", "Request/response p99 (kept-alive)", "µs", true},
	{"crr-p50", "Connect + request + close p50", "µs", true},
	{"crr-p99", "Connect + request + close p99", "µs", true},
	{"cpu-up1", "CPU per GB, upload 1 stream", "s/GB", true},
	{"cpu-down1", "CPU per GB, download 1 stream", "s/GB", true},
}

// benchPath is one path under test, ready for traffic.
type benchPath struct {
	name   string
	client string // namespace the client runs in
	target string // host:port of the ktbench server
	// procs are the path's processes by role: "server" (ktbench), "tunnel-laptop" and
	// "tunnel-remote" (wgplain ends; kube-tun up and the agent).
	procs map[string]*proc
}

// benchBins builds ktbench and wgplain once.
var benchBins = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "kt-bench-bin-")
	if err != nil {
		return "", err
	}
	root, _ := filepath.Abs("..")
	for pkg, out := range map[string]string{"./e2e/ktbench": "ktbench", "./e2e/wgplain": "wgplain", "./cmd/kube-tun-agent": "kube-tun-agent"} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, out), pkg)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("build %s: %v\n%s", pkg, err, b)
		}
	}
	return dir, nil
})

func BenchmarkTunnel(b *testing.B) {
	e2eutil.RequireRoot(b)
	kubeTun, _ := binaries(b)
	dir, err := benchBins()
	if err != nil {
		b.Fatal(err)
	}
	ktbench, wgplain := filepath.Join(dir, "ktbench"), filepath.Join(dir, "wgplain")
	agent := []string{filepath.Join(dir, "kube-tun-agent")}
	rounds := envInt("KUBETUN_BENCH_ROUNDS", 3)
	dur := 3 * time.Second
	if v := os.Getenv("KUBETUN_BENCH_DURATION"); v != "" {
		if dur, err = time.ParseDuration(v); err != nil {
			b.Fatalf("KUBETUN_BENCH_DURATION: %v", err)
		}
	}

	setups := map[string]func() *benchPath{
		pathDirect:   func() *benchPath { return setupDirect(b, ktbench) },
		pathWG:       func() *benchPath { return setupWGPlain(b, ktbench, wgplain) },
		pathKTUDP:    func() *benchPath { return setupKubeTun(b, pathKTUDP, "udp", kubeTun, agent, ktbench) },
		pathKTStream: func() *benchPath { return setupKubeTun(b, pathKTStream, "tcp", kubeTun, agent, ktbench) },
	}
	all := benchPaths
	if base := os.Getenv("KUBETUN_BENCH_BASELINE"); base != "" {
		// Before/after in one run: the same UDP path with another kube-tun build.
		baseAgent := []string{base, "agent"}
		if a := os.Getenv("KUBETUN_BENCH_BASELINE_AGENT"); a != "" {
			baseAgent = []string{a}
		}
		setups[pathKTBase] = func() *benchPath { return setupKubeTun(b, pathKTBase, "udp", base, baseAgent, ktbench) }
		setups[pathKTBaseS] = func() *benchPath { return setupKubeTun(b, pathKTBaseS, "tcp", base, baseAgent, ktbench) }
		all = append(slices.Clone(all), pathKTBase)
	}
	names := envList("KUBETUN_BENCH_PATHS", all)
	wls := selectWorkloads(envList("KUBETUN_BENCH_WORKLOADS", nil))
	paths := map[string]*benchPath{}
	for _, name := range names {
		setup, ok := setups[name]
		if !ok {
			b.Fatalf("KUBETUN_BENCH_PATHS: unknown path %q", name)
		}
		paths[name] = setup()
	}
	for _, name := range names {
		waitBenchReady(b, ktbench, paths[name])
	}

	// samples[path][metric] has one value per round (NaN if that sample failed).
	samples := map[string]map[string][]float64{}
	for _, p := range names {
		samples[p] = map[string][]float64{}
	}
	for r := range rounds {
		order := append(slices.Clone(names[r%len(names):]), names[:r%len(names)]...)
		for _, name := range order {
			for _, w := range wls {
				got, err := measure(ktbench, paths[name], w, dur)
				if err != nil {
					b.Errorf("round %d %s %s: %v", r, name, w.name, err)
				}
				for k, v := range got {
					samples[name][k] = append(samples[name][k], v)
				}
			}
		}
		b.Logf("round %d of %d done (order %v)", r+1, rounds, order)
	}

	res := summarize(samples, rounds, dur)
	for _, name := range names {
		b.Run(name, func(b *testing.B) {
			for _, m := range metrics {
				if s, ok := res.Paths[name][m.key]; ok && !math.IsNaN(s.Median) {
					b.ReportMetric(s.Median, m.key+"-"+strings.ReplaceAll(m.unit, "µs", "us"))
				}
			}
			b.ReportMetric(0, "ns/op")
		})
	}
	if err := res.write(); err != nil {
		b.Error(err)
	}
}

// envList is the comma-separated list in $name, or def.
func envList(name string, def []string) []string {
	if v := os.Getenv(name); v != "" {
		return strings.Split(v, ",")
	}
	return def
}

// selectWorkloads returns the named workloads (all if names is empty).
func selectWorkloads(names []string) []workload {
	if len(names) == 0 {
		return workloads
	}
	var out []workload
	for _, w := range workloads {
		if slices.Contains(names, w.name) {
			out = append(out, w)
		}
	}
	return out
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// setupDirect: client namespace ↔ server namespace over one veth pair.
func setupDirect(b *testing.B, ktbench string) *benchPath {
	a, z := benchNetns(b, "ktba"), benchNetns(b, "ktbz")
	netnstest.Link(b, a, "10.97.0.1", z, "10.97.0.2")
	srv := start(b, z, nil, ktbench, "serve", "-listen", ":"+benchPort)
	srv.waitOutput(b, "ready", 10*time.Second)
	return &benchPath{name: pathDirect, client: a, target: "10.97.0.2:" + benchPort, procs: map[string]*proc{"server": srv}}
}

// setupWGPlain: wgplain (kernel TUN + wireguard-go over UDP) in each of two namespaces.
func setupWGPlain(b *testing.B, ktbench, wgplain string) *benchPath {
	a, z := benchNetns(b, "ktbw"), benchNetns(b, "ktbx")
	netnstest.Link(b, a, "10.98.0.1", z, "10.98.0.2")
	ka, err := tun.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	kz, err := tun.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	wz := start(b, z, nil, wgplain, "-key", kz.String(), "-peer", ka.Public().String(),
		"-addr", "10.99.0.2/32", "-peer-addr", "10.99.0.1/32", "-listen-port", "51820")
	wz.waitOutput(b, "ready", 10*time.Second)
	wa := start(b, a, nil, wgplain, "-key", ka.String(), "-peer", kz.Public().String(),
		"-addr", "10.99.0.1/32", "-peer-addr", "10.99.0.2/32", "-listen-port", "51820",
		"-endpoint", "10.98.0.2:51820")
	wa.waitOutput(b, "ready", 10*time.Second)
	srv := start(b, z, nil, ktbench, "serve", "-listen", ":"+benchPort)
	srv.waitOutput(b, "ready", 10*time.Second)
	return &benchPath{name: pathWG, client: a, target: "10.99.0.2:" + benchPort, procs: map[string]*proc{"server": srv, "tunnel-laptop": wa, "tunnel-remote": wz}}
}

// setupKubeTun: laptop ↔ pod (agent) ↔ service, as in tunnel_test.go, with a foreground
// client on transport ("udp" or "tcp", the stream transport). agent is the agent's command line before its flags: the agent-only binary the image runs
// ([kube-tun-agent]), or [kube-tun agent] of a build under comparison.
func setupKubeTun(b *testing.B, name, transport, kubeTun string, agent []string, ktbench string) *benchPath {
	laptop, pod, svc := benchNetns(b, "ktbl"), benchNetns(b, "ktbp"), benchNetns(b, "ktbs")
	netnstest.Link(b, laptop, "10.123.0.2", pod, podAddr)
	netnstest.Link(b, pod, podSvc, svc, svcAddr)
	srv := start(b, svc, nil, ktbench, "serve", "-listen", ":"+benchPort)
	srv.waitOutput(b, "ready", 10*time.Second)
	resolv := filepath.Join(b.TempDir(), "resolv.conf")
	if err := os.WriteFile(resolv, []byte("nameserver "+svcAddr+"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	var agentEnv, clientEnv []string
	if name != pathKTBase && name != pathKTBaseS {
		agentEnv, clientEnv = strings.Fields(os.Getenv("KUBETUN_BENCH_AGENT_ENV")), strings.Fields(os.Getenv("KUBETUN_BENCH_CLIENT_ENV"))
	}
	ag := start(b, pod, agentEnv, append(slices.Clone(agent), "--resolv-conf", resolv, "--idle-timeout", "0")...)
	ag.waitOutput(b, "agent ready", 20*time.Second)
	args := []string{kubeTun, "up", "--foreground", "--agent-address", podAddr, "--transport", transport, "--cidr", svcCIDR, "--dns", "off", "--name", name}
	args = append(args, strings.Fields(os.Getenv("KUBETUN_BENCH_UP_FLAGS"))...)
	env := append([]string{"KUBETUN_STATE_DIR=" + b.TempDir()}, clientEnv...)
	client := start(b, laptop, env, args...)
	client.waitOutput(b, "Connected to", 30*time.Second)
	return &benchPath{name: name, client: laptop, target: svcAddr + ":" + benchPort, procs: map[string]*proc{"server": srv, "tunnel-laptop": client, "tunnel-remote": ag}}
}

// benchNetns is netns with the kernel TCP congestion control KUBETUN_BENCH_CC, if set, in
// place of the one a new namespace inherits from the machine (see congestionControl).
func benchNetns(b *testing.B, prefix string) string {
	ns := netnstest.New(b, prefix)
	if cc := os.Getenv("KUBETUN_BENCH_CC"); cc != "" {
		out, err := exec.Command("ip", "netns", "exec", ns, "sysctl", "-q", "-w", "net.ipv4.tcp_congestion_control="+cc).CombinedOutput()
		if err != nil {
			// Outside the initial namespace only the machine's allowed list may be chosen.
			allowed, _ := os.ReadFile("/proc/sys/net/ipv4/tcp_allowed_congestion_control")
			b.Fatalf("KUBETUN_BENCH_CC=%s: %v: %s\nnamespaces may choose only from net.ipv4.tcp_allowed_congestion_control (%q): "+
				"add it with sysctl -w net.ipv4.tcp_allowed_congestion_control=%q (the bench does not change the machine's settings)",
				cc, err, bytes.TrimSpace(out), strings.TrimSpace(string(allowed)), strings.TrimSpace(string(allowed))+" "+cc)
		}
	}
	return ns
}

// congestionControl is what the bench's kernel TCP endpoints use: KUBETUN_BENCH_CC, or
// the machine's default, which new namespaces inherit.
func congestionControl() string {
	if cc := os.Getenv("KUBETUN_BENCH_CC"); cc != "" {
		return cc
	}
	out, err := os.ReadFile("/proc/sys/net/ipv4/tcp_congestion_control")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}

// waitBenchReady waits until a few requests pass on p (the first WireGuard handshake may be
// lost and is retried after 5 s).
func waitBenchReady(b *testing.B, ktbench string, p *benchPath) {
	e2eutil.WaitFor(b, 40*time.Second, p.name+" passes requests", func(context.Context) (bool, error) {
		_, err := runClient(ktbench, p, 15*time.Second, "-mode", "rr", "-count", "3", "-duration", "5s")
		return err == nil, err
	})
}

// clientResult is ktbench client's JSON.
type clientResult struct {
	Bytes      int64   `json:"bytes"`
	Gbps       float64 `json:"gbps"`
	Count      int     `json:"count"`
	P50us      float64 `json:"p50_us"`
	P99us      float64 `json:"p99_us"`
	CPUSeconds float64 `json:"cpu_seconds"`
}

func runClient(ktbench string, p *benchPath, timeout time.Duration, args ...string) (clientResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	full := append([]string{"netns", "exec", p.client, ktbench, "client", "-addr", p.target}, args...)
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "ip", full...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	var r clientResult
	if err := cmd.Run(); err != nil {
		return r, fmt.Errorf("ktbench client %v: %v: %s", args, err, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return r, fmt.Errorf("parse ktbench output %q: %w", stdout.String(), err)
	}
	return r, nil
}

// measure runs workload w on p once and returns its metrics. Throughput samples also
// yield CPU seconds per GB: the client's own CPU plus that of every process of the path
// (server, tunnel ends, agent) during the sample, from /proc/PID/stat.
func measure(ktbench string, p *benchPath, w workload, dur time.Duration) (map[string]float64, error) {
	out := map[string]float64{}
	args := []string{"-mode", w.mode, "-streams", strconv.Itoa(w.streams), "-duration", dur.String()}
	if w.mode == "rr" || w.mode == "crr" {
		n := "20000"
		if w.mode == "crr" {
			n = "2000" // bounded: each connection leaves a TIME_WAIT socket behind
		}
		args = []string{"-mode", w.mode, "-duration", (dur * 2 / 3).String(), "-count", n}
	}
	cpu0 := procsCPU(p.procs)
	r, err := runClient(ktbench, p, dur+60*time.Second, args...)
	cpu := procsCPU(p.procs)
	cpu["client"] = r.CPUSeconds
	var cpuTotal float64
	for role := range cpu {
		cpu[role] -= cpu0[role]
		cpuTotal += cpu[role]
	}
	if err != nil {
		nan := math.NaN()
		switch w.mode {
		case "up", "down":
			out[w.name] = nan
			if w.streams == 1 {
				out["cpu-"+w.name] = nan
			}
		default:
			out[w.name+"-p50"], out[w.name+"-p99"] = nan, nan
		}
		return out, err
	}
	switch w.mode {
	case "up", "down":
		out[w.name] = r.Gbps
		if w.streams == 1 && r.Bytes > 0 {
			gb := float64(r.Bytes) / 1e9
			out["cpu-"+w.name] = cpuTotal / gb
			for role, c := range cpu { // the by-process table and the JSON
				out["cpu-"+w.name+"-"+role] = c / gb
			}
		}
	default:
		out[w.name+"-p50"], out[w.name+"-p99"] = r.P50us, r.P99us
	}
	return out, nil
}

// procsCPU returns utime+stime (seconds) of each process, all threads included.
func procsCPU(ps map[string]*proc) map[string]float64 {
	out := map[string]float64{}
	for role, p := range ps {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.cmd.Process.Pid))
		if err != nil {
			continue
		}
		i := bytes.LastIndexByte(b, ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(b[i+1:]))
		// After the comm field: state is f[0], utime is field 14 of stat, i.e. f[11].
		if len(f) < 13 {
			continue
		}
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		out[role] = (ut + st) / clkTck
	}
	return out
}

// clkTck is USER_HZ, 100 on every Linux architecture Go supports for this test.
const clkTck = 100
