//go:build e2e

package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// tunnelTopo is issue 3's namespaces: two "laptops" reach the "pod" only on its transport
// address; the "service" network sits behind the pod and is reachable only through it.
type tunnelTopo struct {
	laptop, laptop2, pod, svc string
	kubeTun, probe            string
}

const (
	podAddr   = "10.123.0.1" // pod side of laptop ↔ pod
	pod2Addr  = "10.125.0.1" // pod side of laptop2 ↔ pod
	podSvc    = "10.124.0.1" // pod side of pod ↔ service
	svcAddr   = "10.124.0.2"
	svcCIDR   = "10.124.0.0/24"
	agentAddr = "198.19.0.1"
)

func newTunnelTopo(t *testing.T) *tunnelTopo {
	e2eutil.RequireRoot(t)
	kt, probe := binaries(t)
	tp := &tunnelTopo{
		laptop: netnstest.New(t, "ktl"), laptop2: netnstest.New(t, "ktm"), pod: netnstest.New(t, "ktp"), svc: netnstest.New(t, "kts"),
		kubeTun: kt, probe: probe,
	}
	netnstest.Link(t, tp.laptop, "10.123.0.2", tp.pod, podAddr)
	netnstest.Link(t, tp.laptop2, "10.125.0.2", tp.pod, pod2Addr)
	netnstest.Link(t, tp.pod, podSvc, tp.svc, svcAddr)

	srv := start(t, tp.svc, nil, probe, "serve", "-http", ":8080", "-udp", ":9000", "-dns", svcAddr+":53",
		"-record", "echo.test.svc.cluster.local="+svcAddr)
	srv.waitOutput(t, "ready", 10*time.Second)

	resolv := filepath.Join(t.TempDir(), "resolv.conf")
	if err := os.WriteFile(resolv, []byte("nameserver "+svcAddr+"\nsearch test.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	agent := start(t, tp.pod, nil, kt, "agent", "--resolv-conf", resolv, "--idle-timeout", "0")
	agent.waitOutput(t, "agent ready", 20*time.Second)
	return tp
}

// up starts a foreground client in ns and waits until it is connected.
func (tp *tunnelTopo) up(t *testing.T, ns, agent, transport string, extra ...string) (*proc, string) {
	t.Helper()
	state := t.TempDir()
	args := append([]string{tp.kubeTun, "up", "--foreground", "--agent-address", agent, "--transport", transport,
		"--cidr", svcCIDR, "--dns", "off", "--name", ns}, extra...)
	p := start(t, ns, []string{"KUBETUN_STATE_DIR=" + state}, args...)
	p.waitOutput(t, "Connected to", 30*time.Second)
	var st struct {
		ClientAddr string `json:"clientAddr"`
	}
	b, err := os.ReadFile(filepath.Join(state, "up.json"))
	if err == nil {
		err = json.Unmarshal(b, &st)
	}
	if err != nil || st.ClientAddr == "" {
		t.Fatalf("read client state: %v %s", err, b)
	}
	return p, st.ClientAddr
}

func TestTunnel(t *testing.T) {
	for _, transport := range []string{"udp", "portforward"} {
		t.Run(transport, func(t *testing.T) {
			tp := newTunnelTopo(t)
			// Without the tunnel the laptop cannot reach the service network at all.
			if out, err := in(tp.laptop, 5*time.Second, tp.probe, "connect", svcAddr+":8080"); err == nil {
				t.Fatalf("laptop reaches the service network without the tunnel: %s", out)
			}
			client, myAddr := tp.up(t, tp.laptop, podAddr, transport, "--cidr", "198.19.0.0/16")

			t.Run("http", func(t *testing.T) {
				out, err := in(tp.laptop, 10*time.Second, tp.probe, "get", "http://"+svcAddr+":8080/hello")
				if err != nil || !strings.HasPrefix(out, "200 ") {
					t.Fatalf("GET /hello: %v %s", err, out)
				}
			})
			t.Run("download-100MB", func(t *testing.T) {
				const n = 100 << 20
				out, err := in(tp.laptop, 120*time.Second, tp.probe, "get", "http://"+svcAddr+":8080/bytes?n=104857600")
				if err != nil {
					t.Fatalf("download: %v %s", err, out)
				}
				if want := "200 104857600 " + patternSHA(n); out != want {
					t.Fatalf("download = %q, want %q", out, want)
				}
			})
			t.Run("udp", func(t *testing.T) {
				out, err := in(tp.laptop, 10*time.Second, tp.probe, "udp", svcAddr+":9000", "ping-"+transport)
				if err != nil || out != "ping-"+transport {
					t.Fatalf("UDP echo: %v %q", err, out)
				}
			})
			t.Run("dns", func(t *testing.T) {
				for _, name := range []string{"echo", "echo.test", "echo.test.svc.cluster.local"} {
					out, err := in(tp.laptop, 10*time.Second, "dig", "+short", "+search", "+tries=3", "@"+agentAddr, name)
					if err != nil || out != svcAddr {
						t.Errorf("dig %s: %v %q, want %s", name, err, out, svcAddr)
					}
				}
			})
			t.Run("refused-fast", func(t *testing.T) {
				// The agent dials first and answers RST: connection refused, not a timeout.
				_, err := in(tp.laptop, 4*time.Second, tp.probe, "connect", svcAddr+":1")
				var ee *exec.ExitError
				if !errors.As(err, &ee) || ee.ExitCode() != 3 {
					t.Fatalf("connect to a closed port: %v, want exit 3 (refused)", err)
				}
			})
			t.Run("no-registration-through-tunnel", func(t *testing.T) {
				_, err := in(tp.laptop, 4*time.Second, tp.probe, "connect", podSvc+":7070")
				if err == nil {
					t.Fatal("the registration port is reachable through the tunnel")
				}
			})
			t.Run("two-clients-isolated", func(t *testing.T) {
				_, addr2 := tp.up(t, tp.laptop2, pod2Addr, transport)
				if addr2 == myAddr {
					t.Fatalf("both clients got %s", addr2)
				}
				srv := start(t, tp.laptop2, nil, tp.probe, "serve", "-http", ":8081", "-name", "laptop2")
				srv.waitOutput(t, "ready", 10*time.Second)
				out, err := in(tp.laptop2, 10*time.Second, tp.probe, "get", "http://"+svcAddr+":8080/hello")
				if err != nil || !strings.HasPrefix(out, "200 ") {
					t.Fatalf("second client GET: %v %s", err, out)
				}
				// laptop routes the whole tunnel range to the agent, which must refuse.
				if out, err := in(tp.laptop, 4*time.Second, tp.probe, "get", "http://"+addr2+":8081/hello"); err == nil {
					t.Fatalf("client reached another client's tunnel address: %s", out)
				}
			})
			client.stop(10 * time.Second)
			if !strings.Contains(client.Output(), "Disconnecting") {
				t.Errorf("client did not disconnect cleanly:\n%s", client.Output())
			}
			if out, _ := in(tp.laptop, 5*time.Second, "ip", "link", "show", "kt0"); !strings.Contains(out, "does not exist") {
				t.Errorf("TUN device left behind after the client exited: %s", out)
			}
		})
	}
}

func patternSHA(n int64) string {
	h := sha256.New()
	_, _ = io.CopyN(h, &pattern{}, n)
	return hex.EncodeToString(h.Sum(nil))
}

// pattern mirrors ktprobe's deterministic byte stream.
type pattern struct{ off int64 }

func (r *pattern) Read(p []byte) (int, error) {
	for i := range p {
		o := r.off + int64(i)
		p[i] = byte(o*7 + o>>8)
	}
	r.off += int64(len(p))
	return len(p), nil
}
