//go:build e2e

package e2e

import (
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// BenchmarkClusterUp measures `kube-tun up` from the laptop namespace to the first
// successful request by service name (agent pod already present: the image is local),
// then `down`. Reported as the median over b.N runs.
func BenchmarkClusterUp(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	kt, probe := binaries(b)
	kc := e2eutil.Kubeconfig()
	var samples []time.Duration
	for range b.N {
		start := time.Now()
		if out, err := in(laptopNS, 120*time.Second, kt, "up", "--kubeconfig", kc, "-n", "kt-e2e"); err != nil {
			b.Fatalf("up: %v %s", err, out)
		}
		for {
			out, err := in(laptopNS, 10*time.Second, probe, "get", "http://echo/")
			if err == nil && strings.HasPrefix(out, "200 ") {
				break
			}
			if time.Since(start) > 60*time.Second {
				b.Fatalf("no successful request 60 s after up: %v %s", err, out)
			}
		}
		samples = append(samples, time.Since(start))
		if out, err := in(laptopNS, 30*time.Second, kt, "down"); err != nil {
			b.Fatalf("down: %v %s", err, out)
		}
	}
	b.ReportMetric(medianDuration(samples).Seconds(), "s-to-first-request(p50)")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkClusterDownload compares a 100 MB download from an echo pod through `kube-tun
// up` (port-forward and apiproxy transports from kt-laptop; direct UDP from kt-laptop-routed) with the
// same download straight over the cluster bridge (kt-laptop-routed without kube-tun), in
// one run.
func BenchmarkClusterDownload(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	kt, probe := binaries(b)
	kc := e2eutil.Kubeconfig()
	pod := e2eutil.ReadyPods(b, "kt-e2e", "app=echo")[0].Status.PodIP
	const n = 100 << 20
	url := "http://" + pod + ":8080/bytes?n=" + strconv.Itoa(n)
	get := func(ns string) float64 {
		b.Helper()
		start := time.Now()
		out, err := in(ns, 120*time.Second, probe, "get", url)
		if err != nil || !strings.HasPrefix(out, "200 ") {
			b.Fatalf("download in %s: %v %s", ns, err, out)
		}
		return float64(n*8) / time.Since(start).Seconds() / 1e9
	}
	direct := get(laptopRoutedNS)
	for _, c := range []struct{ ns, transport string }{{laptopNS, "portforward"}, {laptopNS, "apiproxy"}, {laptopRoutedNS, "udp"}} {
		if out, err := in(c.ns, 120*time.Second, kt, "up", "--kubeconfig", kc, "-n", "kt-e2e", "--transport", c.transport); err != nil {
			b.Fatalf("up: %v %s", err, out)
		}
		var g []float64
		for range max(b.N, 3) {
			g = append(g, get(c.ns))
		}
		sort.Float64s(g)
		b.ReportMetric(g[len(g)/2], "Gbit/s-"+c.transport)
		b.ReportMetric(g[len(g)/2]/direct, "ratio-"+c.transport)
		_ = exec.Command("ip", "netns", "exec", c.ns, kt, "down").Run()
	}
	b.ReportMetric(direct, "Gbit/s-direct")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkClusterStealReady measures the time from `kube-tun steal` to the first stolen
// request answered by the local process (agent already in the pod, and cold: a new pod).
func BenchmarkClusterStealReady(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	kt, probe := binaries(b)
	kc := e2eutil.Kubeconfig()
	srv := start(b, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:18099", "-name", "bench")
	srv.waitOutput(b, "ready", 10*time.Second)
	var samples []time.Duration
	for range b.N {
		begin := time.Now()
		p := start(b, laptopNS, nil, kt, "steal", "pod/echo-pod", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18099", "--name", "bench")
		p.waitOutput(b, "Ctrl-C to stop", 90*time.Second)
		samples = append(samples, time.Since(begin))
		p.stop(10 * time.Second)
	}
	b.ReportMetric(medianDuration(samples).Seconds(), "s-steal-ready(p50)")
	b.ReportMetric(0, "ns/op")
}

func medianDuration(d []time.Duration) time.Duration {
	s := append([]time.Duration{}, d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}
