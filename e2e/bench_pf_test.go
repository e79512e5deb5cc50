//go:build e2e

package e2e

import (
	"crypto/sha256"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/kube"
)

// BenchmarkClusterPortForwardTransport compares, in one run, a 100 MB download
// (KUBETUN_PF_BYTES to change it) from an echo pod through `kube-tun up --transport
// portforward` (the tunnel framed over a port-forward stream) with the same download over
// a raw port-forwarded TCP stream to the pod (kube.PortForwarder, what kubectl
// port-forward does), the floor the transport rides on. Each download opens its own TCP
// connection, and each side's port-forward is warm. Issue 9's goal: the tunnel ≥ 0.7 ×
// the raw port-forward. The same download through `--transport apiproxy` (the stream
// through the API server's pods/proxy, no kubelet or runtime in the path) is measured
// against the same raw port-forward.
//
//	go test -tags e2e -run '^$' -bench ClusterPortForwardTransport -benchtime 3x ./e2e/
func BenchmarkClusterPortForwardTransport(b *testing.B) {
	e2eutil.RequireRoot(b)
	e2eutil.RequireCluster(b)
	kt, probe := binaries(b)
	kc := e2eutil.Kubeconfig()
	size := int64(100 << 20)
	if v, err := strconv.ParseInt(os.Getenv("KUBETUN_PF_BYTES"), 10, 64); err == nil && v > 0 {
		size = v
	}
	c, err := kube.Load(kube.Options{Kubeconfig: kc, Namespace: e2eutil.Namespace})
	if err != nil {
		b.Fatal(err)
	}
	ctx := e2eutil.Context(b, 10*time.Minute)
	tg, err := c.ResolveTarget(ctx, "pod/echo-pod", "")
	if err != nil {
		b.Fatal(err)
	}
	pod := tg.Pods[0]
	pf, err := c.PortForward(ctx, pod)
	if err != nil {
		b.Fatal(err)
	}
	defer pf.Close()
	raw := httpVia(pf, 8080)
	// A new TCP connection per download on both sides: the tunnel's is new each time too.
	raw.Transport.(*http.Transport).DisableKeepAlives = true
	defer raw.CloseIdleConnections()
	gbps := func(d time.Duration) float64 { return float64(size*8) / d.Seconds() / 1e9 }
	rawGet := func() float64 {
		start := time.Now()
		resp, err := raw.Get(fmt.Sprintf("http://echo/bytes?n=%d", size))
		if err != nil {
			b.Fatal(err)
		}
		n, err := io.Copy(sha256.New(), resp.Body) // hashed, as ktprobe get does on the tunnel side
		resp.Body.Close()
		if err != nil || n != size {
			b.Fatalf("raw port-forward: %d bytes, %v", n, err)
		}
		return gbps(time.Since(start))
	}
	url := fmt.Sprintf("http://%s:8080/bytes?n=%d", pod.IP, size)
	// tunGet brings up a session with the given up flags, downloads once and disconnects.
	tunGet := func(flags ...string) float64 {
		args := append([]string{kt, "up", "--kubeconfig", kc, "-n", e2eutil.Namespace, "--transport", "portforward"}, flags...)
		if out, err := in(laptopNS, 2*time.Minute, args...); err != nil {
			b.Fatalf("up: %v %s", err, out)
		}
		defer func() { _, _ = in(laptopNS, 30*time.Second, kt, "down") }()
		// Warm the session (the raw side's port-forward is warm as well): what is timed
		// is the transport, not the first packets through a new session.
		if out, err := in(laptopNS, 2*time.Minute, probe, "get", fmt.Sprintf("http://%s:8080/bytes?n=%d", pod.IP, 10<<20)); err != nil {
			b.Fatalf("warm-up: %v %s", err, out)
		}
		start := time.Now()
		out, err := in(laptopNS, 2*time.Minute, probe, "get", url)
		if err != nil || !strings.HasPrefix(out, "200 ") {
			b.Fatalf("download through the tunnel: %v %s", err, out)
		}
		return gbps(time.Since(start))
	}
	var rawG, tunG, smallG, proxyG, ratios, smallRatios, proxyRatios []float64
	for range max(b.N, 3) { // interleaved
		r := rawGet()
		t := tunGet()
		sm := tunGet("--mtu", "1420")           // before the stream transport's large MTU
		px := tunGet("--transport", "apiproxy") // the stream through the API server alone
		rawG, tunG, smallG, proxyG = append(rawG, r), append(tunG, t), append(smallG, sm), append(proxyG, px)
		ratios, smallRatios, proxyRatios = append(ratios, t/r), append(smallRatios, sm/r), append(proxyRatios, px/r)
	}
	b.ReportMetric(median(rawG), "Gbit/s-raw-portforward")
	b.ReportMetric(median(tunG), "Gbit/s-tunnel-portforward")
	b.ReportMetric(median(smallG), "Gbit/s-tunnel-mtu1420")
	b.ReportMetric(median(proxyG), "Gbit/s-tunnel-apiproxy")
	b.ReportMetric(median(ratios), "ratio")
	b.ReportMetric(median(smallRatios), "ratio-mtu1420")
	b.ReportMetric(median(proxyRatios), "ratio-apiproxy")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkKubePortForward compares, in one run, downloading 8 MiB from an echo pod and a
// small request's round trip through kube.PortForwarder, through client-go's
// tools/portforward (what kubectl port-forward does: a local listener), and directly to
// the pod IP over the cluster bridge.
func BenchmarkKubePortForward(b *testing.B) {
	e2eutil.RequireCluster(b)
	c, err := kube.Load(kube.Options{Kubeconfig: e2eutil.Kubeconfig(), Namespace: e2eutil.Namespace})
	if err != nil {
		b.Fatal(err)
	}
	ctx := e2eutil.Context(b, 10*time.Minute)
	tg, err := c.ResolveTarget(ctx, "pod/echo-pod", "")
	if err != nil {
		b.Fatal(err)
	}
	pf, err := c.PortForward(ctx, tg.Pods[0])
	if err != nil {
		b.Fatal(err)
	}
	defer pf.Close()
	local := e2eutil.PortForward(b, e2eutil.Namespace, "echo-pod", 8080)
	clients := []struct {
		name string
		c    *http.Client
		host string
	}{
		{"kube", httpVia(pf, 8080), "echo"},
		{"clientgo", &http.Client{Transport: &http.Transport{}}, local},
		{"direct", &http.Client{Transport: &http.Transport{}}, net.JoinHostPort(tg.Pods[0].IP, "8080")},
	}
	const size = 8 << 20
	for _, cl := range clients {
		b.Run("8MiB/"+cl.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				resp, err := cl.c.Get(fmt.Sprintf("http://%s/bytes?n=%d", cl.host, size))
				if err != nil {
					b.Fatal(err)
				}
				n, err := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || n != size {
					b.Fatalf("%d bytes, %v", n, err)
				}
			}
		})
	}
	for _, cl := range clients {
		b.Run("rtt/"+cl.name, func(b *testing.B) {
			for b.Loop() {
				resp, err := cl.c.Get("http://" + cl.host + "/healthz")
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		})
	}
	for _, cl := range clients {
		cl.c.CloseIdleConnections()
	}
}
