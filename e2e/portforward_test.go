//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
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
	// The UDP forward takes its cluster from a configuration file.
	cfg := filepath.Join(t.TempDir(), "kube-tun.yaml")
	if err := os.WriteFile(cfg, []byte("kubeconfig: "+kc+"\nnamespace: "+e2eutil.Namespace+"\nportForward:\n  name: pf-e2e\n  udpIdleTimeout: 5s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	udp := start(t, laptopNS, nil, kt, "--config", cfg, "port-forward", "svc/udp-echo", "19280:9000/udp")
	tcp.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	udp.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	t.Logf("TCP port-forward started:\n%s", tcp.Output()) // step durations: agent start dominates
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

	// version asks the running agent through a port-forward.
	out, err := in(laptopNS, 30*time.Second, kt, "--config", cfg, "version", "-o", "json")
	var v struct {
		Client struct{ Version string }
		Agents []struct{ Pod, Version, Skew, Error string }
	}
	if err != nil || json.Unmarshal([]byte(out), &v) != nil || len(v.Agents) == 0 {
		t.Fatalf("version -o json: %v\n%s", err, out)
	}
	for _, a := range v.Agents {
		if a.Error != "" || a.Version == "" {
			t.Errorf("agent %s: version %q, error %q", a.Pod, a.Version, a.Error)
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
