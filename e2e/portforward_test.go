//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// TestPortForward forwards TCP to deploy/echo and UDP to svc/udp-echo from the laptop
// namespace, which reaches only the API server: both go through the tunnel.
func TestPortForward(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	kc := e2eutil.Kubeconfig()

	tcp := start(t, laptopNS, nil, kt, "port-forward", "deploy/echo", "18280:8080", "-n", e2eutil.Namespace, "--kubeconfig", kc, "--name", "pf-e2e")
	udp := start(t, laptopNS, nil, kt, "port-forward", "svc/udp-echo", "19280:9000/udp", "-n", e2eutil.Namespace, "--kubeconfig", kc, "--name", "pf-e2e")
	tcp.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	udp.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	if !strings.Contains(tcp.Output(), "Forwarding TCP 127.0.0.1:18280 → deployment/echo port 8080") {
		t.Errorf("TCP forward should name its ports:\n%s", tcp.Output())
	}

	// TCP: several HTTP GETs, each a new connection through the tunnel.
	for i := range 3 {
		out, err := in(laptopNS, 20*time.Second, "curl", "-sS", "--max-time", "10", "http://127.0.0.1:18280/pf")
		if err != nil || !strings.Contains(out, `"pod": "echo-`) || !strings.Contains(out, `"/pf"`) {
			t.Fatalf("GET %d through the TCP port-forward: %v\n%s", i, err, out)
		}
	}

	// UDP: several peers (each ktprobe uses its own source port), each gets its echo.
	for _, msg := range []string{"hello", "hello-2", "hello-3"} {
		out, err := in(laptopNS, 20*time.Second, probe, "udp", "127.0.0.1:19280", msg)
		if err != nil || out != msg {
			t.Fatalf("UDP echo of %q through the port-forward: %v\n%s", msg, err, out)
		}
	}

	// Ctrl-C ends it cleanly.
	tcp.stop(15 * time.Second)
	udp.stop(15 * time.Second)
	for _, p := range []*proc{tcp, udp} {
		if p.err != nil {
			t.Errorf("port-forward exited with %v after SIGINT:\n%s", p.err, p.Output())
		}
	}
}
