//go:build e2e

package e2e

import (
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

const (
	laptopNS       = "kt-laptop"        // reaches the API server only
	laptopRoutedNS = "kt-laptop-routed" // also routes pod IPs (direct UDP transport)
)

// upClient drives `kube-tun up/down/status` inside one laptop namespace.
type upClient struct {
	t      *testing.T
	ns     string
	kt     string
	probe  string
	resolv string // the namespace's resolv.conf as seen from the host
}

func newUpClient(t *testing.T, ns string) *upClient {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	c := &upClient{t: t, ns: ns, kt: kt, probe: probe, resolv: "/etc/netns/" + ns + "/resolv.conf"}
	if _, err := os.Stat(c.resolv); err != nil {
		t.Skipf("namespace %s is not set up (make cluster-up creates it): %v", ns, err)
	}
	// Whatever happens, leave the namespace disconnected.
	t.Cleanup(func() { _, _ = in(ns, 30*time.Second, kt, "down") })
	return c
}

func (c *upClient) run(timeout time.Duration, args ...string) (string, error) {
	return in(c.ns, timeout, append([]string{c.kt}, args...)...)
}

func (c *upClient) up(extra ...string) string {
	c.t.Helper()
	args := append([]string{"up", "--kubeconfig", e2eutil.Kubeconfig(), "-n", "kt-e2e"}, extra...)
	out, err := c.run(120*time.Second, args...)
	if err != nil {
		c.t.Fatalf("kube-tun up: %v\n%s", err, out)
	}
	c.t.Logf("kube-tun up:\n%s", out)
	return out
}

func (c *upClient) status() map[string]any {
	c.t.Helper()
	out, err := c.run(10*time.Second, "status", "-o", "json")
	if err != nil {
		c.t.Fatalf("status: %v %s", err, out)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		c.t.Fatalf("status json: %v %s", err, out)
	}
	return m
}

// get fetches url from inside the namespace and returns ktprobe's "<status> <len> <sha>".
func (c *upClient) get(url string) (string, error) {
	return in(c.ns, 15*time.Second, c.probe, "get", url)
}

func (c *upClient) snapshot() (resolv, routes, links string) {
	c.t.Helper()
	b, err := os.ReadFile(c.resolv)
	if err != nil {
		c.t.Fatal(err)
	}
	r, _ := in(c.ns, 5*time.Second, "ip", "route", "show", "table", "all")
	l, _ := in(c.ns, 5*time.Second, "ip", "-o", "link", "show")
	return string(b), r, l
}

func TestUp(t *testing.T) {
	c := newUpClient(t, laptopNS)
	resolv0, routes0, links0 := c.snapshot()
	hosts0, _ := in(c.ns, 5*time.Second, "getent", "hosts", "localhost")
	if out, err := c.get("http://" + e2eutil.ServiceIP(t, "kt-e2e", "echo") + "/"); err == nil {
		t.Fatalf("the laptop reaches a ClusterIP without kube-tun: %s", out)
	}

	out := c.up()
	if !strings.Contains(out, "via apiproxy") {
		t.Errorf("auto transport in a namespace without pod routes should pick the API server's pod proxy:\n%s", out)
	}
	st := c.status()
	if st["connected"] != true || st["transport"] != "apiproxy" {
		t.Fatalf("status: %v", st)
	}
	if out, err := c.run(10*time.Second, "up", "--kubeconfig", e2eutil.Kubeconfig()); err == nil || !strings.Contains(out, "already up") {
		t.Errorf("second up: %v %s, want an 'already up' error", err, out)
	}

	svcIP := e2eutil.ServiceIP(t, "kt-e2e", "echo")
	pods := e2eutil.ReadyPods(t, "kt-e2e", "app=echo")
	for _, url := range []string{
		"http://echo/",
		"http://echo.kt-e2e/",
		"http://echo.kt-e2e.svc.cluster.local/",
		"http://echo.kt-e2e-other/",
		"http://" + svcIP + "/",
		"http://" + pods[0].Status.PodIP + ":8080/",
	} {
		if out, err := c.get(url); err != nil || !strings.HasPrefix(out, "200 ") {
			t.Errorf("GET %s: %v %s", url, err, out)
		}
	}
	if out, err := in(c.ns, 10*time.Second, c.probe, "udp", "udp-echo:9000", "hello-udp"); err != nil || out != "hello-udp" {
		t.Errorf("UDP echo through a Service: %v %q", err, out)
	}
	if out, err := in(c.ns, 10*time.Second, "getent", "ahostsv4", "echo-headless.kt-e2e"); err != nil || !strings.Contains(out, pods[0].Status.PodIP) {
		t.Errorf("headless service: %v %q, want it to list %s", err, out, pods[0].Status.PodIP)
	}
	if out, _ := in(c.ns, 5*time.Second, "getent", "hosts", "localhost"); out != hosts0 {
		t.Errorf("a non-cluster name resolves differently while up: %q, was %q", out, hosts0)
	}

	if out, err := c.run(30*time.Second, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
	resolv1, routes1, links1 := c.snapshot()
	if resolv1 != resolv0 {
		t.Errorf("down did not restore resolv.conf byte for byte:\n%q\nwant\n%q", resolv1, resolv0)
	}
	if routes1 != routes0 {
		t.Errorf("down did not restore routes:\n%s\nwant\n%s", routes1, routes0)
	}
	if links1 != links0 {
		t.Errorf("down left links:\n%s\nwant\n%s", links1, links0)
	}
}

func TestUpDirectUDPAndTwoClients(t *testing.T) {
	routed := newUpClient(t, laptopRoutedNS)
	plain := newUpClient(t, laptopNS)
	if out := routed.up("--transport", "udp"); !strings.Contains(out, "via udp") {
		t.Errorf("up --transport udp:\n%s", out)
	}
	plain.up()
	for _, c := range []*upClient{routed, plain} {
		if out, err := c.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
			t.Errorf("%s: GET http://echo/: %v %s", c.ns, err, out)
		}
	}
	if routed.status()["agentPod"] != plain.status()["agentPod"] {
		t.Errorf("two clients in one namespace should share the agent: %v vs %v", routed.status()["agentPod"], plain.status()["agentPod"])
	}
}

// The stream transports: WireGuard framed over a direct TCP connection to the agent's pod IP
// (the pod IP stays off the TUN), over a stream through the API server's pod proxy, and
// over a port-forward; each with the stream MTU, TCP and UDP flows, and a large download.
func TestUpStreamTransports(t *testing.T) {
	for _, tc := range []struct{ transport, ns string }{
		{"tcp", laptopRoutedNS}, {"apiproxy", laptopNS}, {"portforward", laptopNS},
	} {
		t.Run(tc.transport, func(t *testing.T) { testUpStream(t, tc.transport, tc.ns) })
	}
}

func testUpStream(t *testing.T, transport, ns string) {
	c := newUpClient(t, ns)
	if out := c.up("--transport", transport); !strings.Contains(out, "via "+transport) {
		t.Errorf("up --transport %s:\n%s", transport, out)
	}
	if st := c.status(); st["transport"] != transport {
		t.Errorf("status transport = %v, want %s", st["transport"], transport)
	}
	if out, err := in(c.ns, 5*time.Second, "ip", "link", "show", "kt0"); err != nil || !strings.Contains(out, "mtu 65488") {
		t.Errorf("kt0 over the stream transport should have MTU 65488: %v %s", err, out)
	}
	if out, err := c.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
		t.Errorf("GET http://echo/: %v %s", err, out)
	}
	if out, err := c.get("http://echo/bytes?n=20000000"); err != nil || !strings.HasPrefix(out, "200 20000000 ") {
		t.Errorf("20 MB download: %v %s", err, out)
	}
	if out, err := in(c.ns, 10*time.Second, c.probe, "udp", "udp-echo:9000", "hello-udp"); err != nil || out != "hello-udp" {
		t.Errorf("UDP echo through a Service: %v %q", err, out)
	}
	if out, err := c.run(30*time.Second, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
}

// auto falls back to a direct TCP stream when the pod IP is reachable but UDP to the
// agent is blocked (a firewall that passes only TCP).
func TestUpAutoFallsBackToTCP(t *testing.T) {
	c := newUpClient(t, laptopRoutedNS)
	rule := []string{"OUTPUT", "-p", "udp", "--dport", "51820", "-j", "DROP"}
	if out, err := in(c.ns, 5*time.Second, append([]string{"iptables", "-I"}, rule...)...); err != nil {
		t.Fatalf("block UDP: %v %s", err, out)
	}
	t.Cleanup(func() { _, _ = in(c.ns, 5*time.Second, append([]string{"iptables", "-D"}, rule...)...) })
	if out := c.up(); !strings.Contains(out, "via tcp") {
		t.Errorf("auto with UDP blocked should pick the direct TCP stream:\n%s", out)
	}
	if out, err := c.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
		t.Errorf("GET http://echo/: %v %s", err, out)
	}
	if out, err := c.run(30*time.Second, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
}

func TestUpRepairsAfterKill(t *testing.T) {
	c := newUpClient(t, laptopNS)
	resolv0, routes0, _ := c.snapshot()
	c.up()
	pid := int(c.status()["pid"].(float64))
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	e2eutil.WaitFor(t, 10*time.Second, "the killed session to exit", func(_ contextT) (bool, error) {
		return !processAlive(pid), nil
	})
	if r, _, _ := c.snapshot(); r == resolv0 {
		t.Fatal("expected the killed session to leave its resolv.conf behind (test precondition)")
	}
	out := c.up()
	if !strings.Contains(out, "did not exit cleanly") {
		t.Errorf("up after a crash should say it cleaned up:\n%s", out)
	}
	if out, err := c.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
		t.Errorf("GET after repair: %v %s", err, out)
	}
	if out, err := c.run(30*time.Second, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
	if r, routes, _ := c.snapshot(); r != resolv0 || routes != routes0 {
		t.Errorf("after kill, up, down: resolv.conf or routes differ:\n%s\n%s", r, routes)
	}
}

func processAlive(pid int) bool {
	return exec.Command("kill", "-0", itoa(pid)).Run() == nil && !isZombie(pid)
}

// Ctrl-C while up is still connecting (here: an API server that accepts connections and
// never answers) stops it with the shell's exit code for SIGINT, 130, and "Interrupted",
// not as a cluster error, and leaves resolv.conf, routes and links as they were.
func TestUpInterrupted(t *testing.T) {
	c := newUpClient(t, laptopNS)
	resolv0, routes0, links0 := c.snapshot()
	var ln net.Listener
	if err := netnstest.Run(c.ns, func() (err error) {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	netnstest.Serve(t, ln, func(conn net.Conn) { _, _ = io.Copy(io.Discard, conn) })
	kc, err := os.ReadFile(e2eutil.Kubeconfig())
	if err != nil {
		t.Fatal(err)
	}
	silent := filepath.Join(t.TempDir(), "kubeconfig")
	kc = regexp.MustCompile(`server: \S+`).ReplaceAll(kc, []byte("server: https://"+ln.Addr().String()))
	if err := os.WriteFile(silent, kc, 0o600); err != nil {
		t.Fatal(err)
	}

	p := start(t, c.ns, nil, c.kt, "up", "--foreground", "--kubeconfig", silent, "-n", "kt-e2e")
	p.waitOutput(t, "✓ Load kubeconfig", 30*time.Second)
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		t.Fatal("up did not end after Ctrl-C")
	}
	out := p.Output()
	if code := p.cmd.ProcessState.ExitCode(); code != 130 || !strings.Contains(out, "Interrupted (Ctrl-C).") || strings.Contains(out, "error:") {
		t.Errorf("Ctrl-C while connecting: exit %d, want 130 and \"Interrupted (Ctrl-C).\"\n%s", code, out)
	}
	if r, routes, links := c.snapshot(); r != resolv0 || routes != routes0 || links != links0 {
		t.Errorf("after an interrupted up, resolv.conf, routes or links differ:\n%s\n%s\n%s", r, routes, links)
	}
}
