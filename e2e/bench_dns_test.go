//go:build e2e

package e2e

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// dnsLat is ktprobe dnslat's answer.
type dnsLat struct {
	N      int     `json:"n"`
	P50us  float64 `json:"p50_us"`
	P99us  float64 `json:"p99_us"`
	Failed int     `json:"failed"`
}

// BenchmarkClusterDNS measures DNS question latency, cold (a name no cache holds) and
// cached (the same name again), through `kube-tun up` (the resolver it configures, over
// the port-forward from kt-laptop and over UDP from kt-laptop-routed) against asking a
// CoreDNS pod straight from kt-laptop-routed, in one run.
//
//	go test -tags e2e -run '^$' -bench ClusterDNS -benchtime 1x ./e2e/
func BenchmarkClusterDNS(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	kt, probe := binaries(b)
	kc := e2eutil.Kubeconfig()
	n := strconv.Itoa(envInt("KUBETUN_BENCH_DNS_N", 300))
	ask := func(ns string, args ...string) dnsLat {
		b.Helper()
		out, err := in(ns, 120*time.Second, append([]string{probe, "dnslat", "-n", n}, args...)...)
		var r dnsLat
		if err == nil {
			err = json.Unmarshal([]byte(out), &r)
		}
		if err != nil || r.Failed > 0 {
			b.Fatalf("dnslat %v in %s: %v %s", args, ns, err, out)
		}
		return r
	}
	const cached = "echo.kt-e2e.svc.cluster.local"
	// kt-laptop-routed reaches pod addresses (not Service ones): ask a CoreDNS pod.
	dnsIP := e2eutil.ReadyPods(b, "kube-system", "k8s-app=kube-dns")[0].Status.PodIP
	direct := map[string]dnsLat{
		"cold":   ask(laptopRoutedNS, "-server", dnsIP+":53", "-cold"),
		"cached": ask(laptopRoutedNS, "-server", dnsIP+":53", cached),
	}
	for _, c := range []struct{ ns, transport string }{{laptopNS, "portforward"}, {laptopRoutedNS, "udp"}} {
		if out, err := in(c.ns, 120*time.Second, kt, "up", "--kubeconfig", kc, "-n", "kt-e2e", "--transport", c.transport); err != nil {
			b.Fatalf("up: %v %s", err, out)
		}
		b.Cleanup(func() { _, _ = in(c.ns, 30*time.Second, kt, "down") })
		ask(c.ns, cached) // the first question waits for the tunnel's first handshake
		for kind, args := range map[string][]string{"cold": {"-cold"}, "cached": {cached}} {
			r := ask(c.ns, args...)
			b.ReportMetric(r.P50us, kind+"-p50-us-"+c.transport)
			b.ReportMetric(r.P99us, kind+"-p99-us-"+c.transport)
			b.ReportMetric(r.P50us-direct[kind].P50us, kind+"-added-p50-us-"+c.transport)
		}
		if out, err := in(c.ns, 30*time.Second, kt, "down"); err != nil {
			b.Fatalf("down: %v %s", err, out)
		}
	}
	for kind, r := range direct {
		b.ReportMetric(r.P50us, kind+"-p50-us-direct")
		b.ReportMetric(r.P99us, kind+"-p99-us-direct")
	}
	b.ReportMetric(0, "ns/op")
}
