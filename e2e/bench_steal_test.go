//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// Benchmarks of incoming traffic through the agent, measured from a pod in the cluster
// (ktprobe does the timing in the pod; nothing is timed through kubectl exec).

// probePod is a toolbox pod in the cluster with ktprobe at /kt/ktprobe.
type probePod struct {
	tb  testing.TB
	pod string
}

func newProbePod(tb testing.TB, probe string) *probePod {
	tb.Helper()
	return &probePod{tb: tb, pod: startProbePod(tb, "kt-bench", probe)}
}

// startProbePod starts a toolbox pod named after prefix with the ktprobe binary at
// /kt/ktprobe, waits until it is ready and returns its name; the test deletes it.
func startProbePod(tb testing.TB, prefix, probe string) string {
	tb.Helper()
	name := e2eutil.UniqueName(prefix)
	e2eutil.CreatePod(tb, &corev1.Pod{
		ObjectMeta: metav1Object(name),
		Spec: corev1.PodSpec{
			TerminationGracePeriodSeconds: ptr64(1),
			Containers: []corev1.Container{{
				Name: "client", Image: e2eutil.ToolboxImage, ImagePullPolicy: corev1.PullNever,
				Command:      []string{"sleep", "3600"},
				VolumeMounts: []corev1.VolumeMount{{Name: "bin", MountPath: "/kt"}},
			}},
			Volumes: []corev1.Volume{{Name: "bin", VolumeSource: corev1.VolumeSource{EmptyDir: &corev1.EmptyDirVolumeSource{}}}},
		},
	})
	e2eutil.WaitPodReady(tb, e2eutil.Namespace, name, 60*time.Second)
	bin, err := os.ReadFile(probe)
	if err != nil {
		tb.Fatal(err)
	}
	if _, stderr, err := e2eutil.ExecWithInput(tb, e2eutil.Namespace, name, "client", bytes.NewReader(bin), "sh", "-c", "cat > /kt/ktprobe && chmod +x /kt/ktprobe"); err != nil {
		tb.Fatalf("copy ktprobe into %s: %v %s", name, err, stderr)
	}
	return name
}

// run runs ktprobe with args in the pod and returns its output lines.
func (p *probePod) run(args ...string) []string {
	p.tb.Helper()
	out, stderr, err := e2eutil.Exec(p.tb, e2eutil.Namespace, p.pod, "client", append([]string{"/kt/ktprobe"}, args...)...)
	if err != nil {
		p.tb.Fatalf("ktprobe %s in %s: %v\n%s\n%s", strings.Join(args, " "), p.pod, err, out, stderr)
	}
	return strings.Split(strings.TrimSpace(out), "\n")
}

// latRounds is how many interleaved rounds BenchmarkStealLatency runs; each round sends
// latRequests timed requests per path.
const (
	latRounds   = 5
	latRequests = 2000
)

// latency is one `ktprobe lat` result, in microseconds.
type latency struct{ p50, p99 float64 }

// parseLat parses "n=N p50=US p90=US p99=US mean=US conns=C from=WHO" and checks who answered.
func parseLat(tb testing.TB, out, wantFrom string) latency {
	tb.Helper()
	kv := map[string]string{}
	for _, f := range strings.Fields(out) {
		if k, v, ok := strings.Cut(f, "="); ok {
			kv[k] = v
		}
	}
	if kv["from"] != wantFrom || kv["conns"] != "1" {
		tb.Fatalf("latency run answered by %q over %s connections, want %s over 1: %s", kv["from"], kv["conns"], wantFrom, out)
	}
	p50, err1 := strconv.ParseFloat(kv["p50"], 64)
	p99, err2 := strconv.ParseFloat(kv["p99"], 64)
	if err1 != nil || err2 != nil {
		tb.Fatalf("bad latency output %q", out)
	}
	return latency{p50, p99}
}

// benchTarget creates a pod running kt-echo, outside every Service, for one benchmark:
// its agent starts fresh.
func benchTarget(b *testing.B, prefix string) (name, ip string) {
	b.Helper()
	name = e2eutil.UniqueName(prefix)
	e2eutil.CreatePod(b, e2eutil.EchoPod(name))
	p := e2eutil.WaitPodReady(b, e2eutil.Namespace, name, 60*time.Second)
	return name, p.Status.PodIP
}

// benchDeveloper serves as name on 127.0.0.1:local in namespace ns and steals port 8080
// of pod/target for it over transport: requests with the header X-User: name, or the
// whole port.
func benchDeveloper(b *testing.B, ns, target, name, local, transport string, whole bool) {
	b.Helper()
	kt, probe := binaries(b)
	srv := start(b, ns, nil, probe, "serve", "-http", "127.0.0.1:"+local, "-name", name)
	srv.waitOutput(b, "ready", 10*time.Second)
	args := []string{kt, "steal", "pod/" + target, "-n", "kt-e2e", "--kubeconfig", e2eutil.Kubeconfig(),
		"--port", "8080:" + local, "--name", name, "--transport", transport}
	if !whole {
		args = append(args, "-H", "X-User: "+name)
	}
	st := start(b, ns, nil, args...)
	st.waitOutput(b, "Ctrl-C to stop", 90*time.Second)
}

// BenchmarkStealLatency measures, in one run, the round trip of a small keep-alive
// HTTP/1.1 request from a pod in the cluster: straight to a pod with no steal (direct),
// unmatched by a filtered steal (served by the app through the agent), matched and stolen
// to a developer over the UDP transport, the port-forward and the apiproxy transport; plus the
// port-forward's own round trip (host → pod, no tunnel) for reference, and a request
// stolen whole (a whole-port steal, over UDP: no HTTP routing) to show the tunnel's own
// share. The added latencies are medians of per-round differences to direct, rounds interleaved.
func BenchmarkStealLatency(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	_, probe := binaries(b)
	prod := newProbePod(b, probe)
	ref, refIP := benchTarget(b, "kt-lat-ref")
	target, targetIP := benchTarget(b, "kt-lat")
	url := "http://" + targetIP + ":8080/"
	lat := func(url, from string) latency {
		out := prod.run("lat", "-n", itoa(latRequests), url)
		return parseLat(b, out[0], from)
	}
	// The target itself before any steal, for comparison with the reference pod.
	before := lat(url, "app")

	whole, wholeIP := benchTarget(b, "kt-lat-whole")
	benchDeveloper(b, laptopRoutedNS, target, "udpdev", "18311", "udp", false)
	benchDeveloper(b, laptopNS, target, "pfdev", "18312", "portforward", false)
	benchDeveloper(b, laptopNS, target, "apdev", "18313", "apiproxy", false)
	benchDeveloper(b, laptopRoutedNS, whole, "wholedev", "18314", "udp", true)
	pfAddr := e2eutil.PortForward(b, e2eutil.Namespace, ref, 8080)

	paths := []struct {
		name string
		run  func() latency
	}{
		{"direct", func() latency { return lat("http://"+refIP+":8080/", "app") }},
		{"unmatched", func() latency { return lat(url, "app") }},
		{"udp", func() latency { return lat(url+"#X-User: udpdev", "udpdev") }},
		{"portforward", func() latency { return lat(url+"#X-User: pfdev", "pfdev") }},
		{"apiproxy", func() latency { return lat(url+"#X-User: apdev", "apdev") }},
		// A whole-port steal skips the HTTP router: the tunnel's share of udp.
		{"udp-whole", func() latency { return lat("http://"+wholeIP+":8080/", "wholedev") }},
		{"pf-own", func() latency {
			out, err := exec.Command(probe, "lat", "-n", itoa(latRequests), "http://"+pfAddr+"/").CombinedOutput()
			if err != nil {
				b.Fatalf("latency through the port-forward: %v %s", err, out)
			}
			return parseLat(b, string(out), "app")
		}},
	}
	got := map[string][]latency{}
	for round := range max(b.N, latRounds) {
		for i := range paths {
			p := paths[(i+round)%len(paths)] // rotate the order
			got[p.name] = append(got[p.name], p.run())
		}
	}
	med := func(vs []float64) float64 {
		s := append([]float64{}, vs...)
		sort.Float64s(s)
		return s[len(s)/2]
	}
	series := func(name string, f func(latency) float64) []float64 {
		var out []float64
		for _, l := range got[name] {
			out = append(out, f(l))
		}
		return out
	}
	p50 := func(l latency) float64 { return l.p50 }
	p99 := func(l latency) float64 { return l.p99 }
	for _, p := range paths {
		b.ReportMetric(med(series(p.name, p50)), p.name+"-p50-us")
		b.ReportMetric(med(series(p.name, p99)), p.name+"-p99-us")
	}
	for _, name := range []string{"unmatched", "udp", "portforward", "apiproxy", "udp-whole"} {
		for _, q := range []struct {
			label string
			f     func(latency) float64
		}{{"p50", p50}, {"p99", p99}} {
			var added []float64
			for r, l := range got[name] {
				added = append(added, q.f(l)-q.f(got["direct"][r]))
			}
			b.ReportMetric(med(added), "added-"+q.label+"-us-"+name)
		}
	}
	b.ReportMetric(before.p50, "target-before-steal-p50-us")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkStealAgentRSS opens 1,000 concurrent keep-alive connections from a pod in the
// cluster to a pod under a filtered steal (every other connection's requests match and
// are stolen to a developer over UDP, the rest are served by the app through the agent),
// and reads the agent's resident memory idle and while they are all open.
func BenchmarkStealAgentRSS(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	_, probe := binaries(b)
	prod := newProbePod(b, probe)
	target, ip := benchTarget(b, "kt-rss")
	benchDeveloper(b, laptopRoutedNS, target, "rssdev", "18313", "udp", false)
	pid := agentPID(b, target)
	idle := rssMiB(b, pid)

	const n = 1000
	var (
		wg  sync.WaitGroup
		out []string
		err error
	)
	stop := "/tmp/conns.stop"
	wg.Go(func() {
		var o, e string
		o, e, err = e2eutil.Exec(b, e2eutil.Namespace, prod.pod, "client", "/kt/ktprobe", "conns", "-n", itoa(n),
			"-H", "X-User: rssdev", "-ready", "/tmp/conns.ready", "-stop", stop, "http://"+ip+":8080/")
		out = []string{o, e}
	})
	var summary string
	e2eutil.WaitFor(b, 3*time.Minute, "1,000 connections answered", func(_ contextT) (bool, error) {
		o, _, err := e2eutil.Exec(b, e2eutil.Namespace, prod.pod, "client", "cat", "/tmp/conns.ready")
		summary = strings.TrimSpace(o)
		return err == nil && summary != "", nil
	})
	var busy float64
	for range 5 { // the highest of a few samples over a second
		busy = max(busy, rssMiB(b, pid))
		time.Sleep(200 * time.Millisecond)
	}
	conns := countFDs(pid)
	if _, _, err := e2eutil.Exec(b, e2eutil.Namespace, prod.pod, "client", "touch", stop); err != nil {
		b.Fatal(err)
	}
	wg.Wait()
	if err != nil {
		b.Fatalf("conns: %v %v", err, out)
	}
	want := fmt.Sprintf("conns %d first: app=%d rssdev=%d failed 0 second: app=%d rssdev=%d failed 0", n, n/2, n/2, n/2, n/2)
	if got := strings.TrimSpace(out[0]); got != want {
		b.Errorf("connections answered %q, want %q (%s)", got, want, out[1])
	}
	b.Logf("agent pid %d: %d open descriptors with the connections held; %s", pid, conns, summary)
	b.ReportMetric(idle, "rss-idle-MiB")
	b.ReportMetric(busy, "rss-1000-MiB")
	b.ReportMetric(0, "ns/op")
}

// agentPID finds the host PID of the kube-tun agent running in pod: the container ID of
// its running kube-tun-agent-N ephemeral container appears in the process's cgroup (the
// local cluster's containers are processes of this machine).
func agentPID(b *testing.B, pod string) int {
	b.Helper()
	var id string
	e2eutil.WaitFor(b, 30*time.Second, "the agent container in "+pod, func(ctx contextT) (bool, error) {
		p, err := e2eutil.Client(b).CoreV1().Pods(e2eutil.Namespace).Get(ctx, pod, metav1.GetOptions{})
		if err != nil {
			return false, err
		}
		for _, cs := range p.Status.EphemeralContainerStatuses {
			if cs.State.Running != nil && strings.HasPrefix(cs.Name, "kube-tun-agent") {
				_, id, _ = strings.Cut(cs.ContainerID, "://")
			}
		}
		return id != "", nil
	})
	cgs, _ := filepath.Glob("/proc/[0-9]*/cgroup")
	for _, f := range cgs {
		cg, err := os.ReadFile(f)
		if err != nil || !strings.Contains(string(cg), id) {
			continue
		}
		dir := filepath.Dir(f)
		if comm, _ := os.ReadFile(filepath.Join(dir, "comm")); strings.HasPrefix(strings.TrimSpace(string(comm)), "kube-tun") {
			pid, _ := strconv.Atoi(filepath.Base(dir))
			return pid
		}
	}
	b.Fatalf("no kube-tun process of container %s on this machine", id)
	return 0
}

// rssMiB reads VmRSS of pid.
func rssMiB(b *testing.B, pid int) float64 {
	b.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatalf("agent status: %v", err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				b.Fatalf("VmRSS %q: %v", v, err)
			}
			return kb / 1024
		}
	}
	b.Fatalf("no VmRSS for pid %d", pid)
	return 0
}

func countFDs(pid int) int {
	fds, _ := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	return len(fds)
}
