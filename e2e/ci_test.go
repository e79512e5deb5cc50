//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// netnsStateDir is kube-tun's default state directory for sessions inside ns.
func netnsStateDir(t *testing.T, ns string) string {
	t.Helper()
	out, err := in(ns, 5*time.Second, "readlink", "/proc/self/ns/net")
	if err != nil {
		t.Fatalf("netns inode: %v %s", err, out)
	}
	ino := strings.TrimSuffix(strings.TrimPrefix(out, "net:["), "]")
	return "/run/kube-tun/net-" + ino
}

// pipeline runs script with bash inside the laptop namespace, as a CI job's steps would.
func pipeline(t *testing.T, timeout time.Duration, script string) (string, error) {
	t.Helper()
	out, err := in(laptopNS, timeout, "bash", "-euo", "pipefail", "-c", script)
	t.Logf("pipeline output:\n%s", out)
	return out, err
}

func TestCIPipeline(t *testing.T) {
	c := newUpClient(t, laptopNS)
	t.Cleanup(func() { _, _ = in(laptopNS, 60*time.Second, c.kt, "ci", "stop") })
	resolv0, routes0, links0 := c.snapshot()
	stateDir := netnsStateDir(t, laptopNS)
	envFile := filepath.Join(t.TempDir(), "kt.env")

	script := fmt.Sprintf(`
export CI=true KT=%[1]s PROBE=%[2]s
echo "--- step: connect"
$KT ci start --kubeconfig %[3]s -n kt-e2e --target pod/envfiles --env-file %[4]s --name ci-e2e
echo "--- step: test"
set -a; . %[4]s; set +a
test "$PLAIN_VAR" = plain-value
test -n "$KUBETUN_CLIENT_ADDR"
test "$KUBETUN_NAMESPACE" = kt-e2e
$PROBE get http://echo/ | grep '^200 '
test "$($PROBE udp udp-echo:9000 ping-from-ci)" = ping-from-ci
echo "--- step: disconnect"
$KT ci stop
echo PIPELINE-OK
`, c.kt, c.probe, e2eutil.Kubeconfig(), envFile)
	out, err := pipeline(t, 4*time.Minute, script)
	if err != nil || !strings.Contains(out, "PIPELINE-OK") {
		t.Fatalf("pipeline failed: %v", err)
	}
	if strings.ContainsAny(out, "\r\x1b") {
		t.Errorf("CI output has carriage returns or escape sequences")
	}
	assertNothingLeft(t, c, resolv0, routes0, links0, stateDir)
}

func TestCIStealPipeline(t *testing.T) {
	c := newUpClient(t, laptopNS)
	t.Cleanup(func() { _, _ = in(laptopNS, 60*time.Second, c.kt, "ci", "stop") })
	prod := newProdClient(t, c.probe)
	resolv0, routes0, links0 := c.snapshot()
	stateDir := netnsStateDir(t, laptopNS)
	name := e2eutil.UniqueName("ci")
	srv := start(t, laptopNS, nil, c.probe, "serve", "-http", "127.0.0.1:18096", "-name", name)
	srv.waitOutput(t, "ready", 10*time.Second)

	out, err := c.run(4*time.Minute, "ci", "start", "--kubeconfig", e2eutil.Kubeconfig(), "-n", "kt-e2e",
		"--target", "deploy/echo", "--steal", "8080:18096", "-H", "X-Ci: "+name, "--name", name)
	t.Logf("ci start:\n%s", out)
	if err != nil {
		t.Fatalf("ci start: %v", err)
	}
	for i, a := range prod.ask(echoURL+"#X-Ci: "+name, echoURL, echoURL+"#X-Ci: "+name, echoURL) {
		want := map[bool]string{true: name, false: "app"}[i%2 == 0]
		if got := who(a); got != want {
			t.Errorf("request %d answered by %s, want %s", i, got, want)
		}
	}
	if out, err := c.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
		t.Errorf("GET http://echo/ during ci session: %v %s", err, out)
	}
	out, err = c.run(time.Minute, "ci", "stop")
	t.Logf("ci stop:\n%s", out)
	if err != nil {
		t.Fatalf("ci stop: %v", err)
	}
	// The claims were released at once (a clean exit), not by liveness timeout.
	if got := who(prod.ask(echoURL + "#X-Ci: " + name)[0]); got != "app" {
		t.Errorf("after ci stop, a matching request was answered by %s", got)
	}
	for _, pod := range e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo") {
		if logs := agentLogs(t, pod.Name); !strings.Contains(logs, `msg="claim removed" owner=`+name) {
			t.Errorf("agent in %s did not log removing %s's claim", pod.Name, name)
		}
	}
	assertNothingLeft(t, c, resolv0, routes0, links0, stateDir)
}

func TestCIStartFailsFast(t *testing.T) {
	c := newUpClient(t, laptopNS)
	bad := filepath.Join(t.TempDir(), "missing-kubeconfig")
	out, err := c.run(30*time.Second, "ci", "start", "--kubeconfig", bad, "--timeout", "20s")
	var ee *exec.ExitError
	if err == nil || !asExit(err, &ee) || ee.ExitCode() != 3 {
		t.Errorf("ci start with a missing kubeconfig: %v, want exit 3:\n%s", err, out)
	}
	out, err = c.run(30*time.Second, "ci", "start", "--kubeconfig", e2eutil.Kubeconfig(), "-n", "kt-e2e",
		"--target", "deploy/no-such-thing", "--steal", "8080", "--timeout", "20s")
	if err == nil || !asExit(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(out, "no-such-thing") {
		t.Errorf("ci start with a missing target: %v, want exit 2 naming it:\n%s", err, out)
	}
	if _, err := os.Stat(netnsStateDir(t, laptopNS)); err == nil {
		t.Errorf("a failed ci start left its state directory")
	}
}

func assertNothingLeft(t *testing.T, c *upClient, resolv0, routes0, links0, stateDir string) {
	t.Helper()
	resolv1, routes1, links1 := c.snapshot()
	if resolv1 != resolv0 {
		t.Errorf("resolv.conf not restored byte for byte:\n%q\nwant\n%q", resolv1, resolv0)
	}
	if routes1 != routes0 {
		t.Errorf("routes differ:\n%s\nwant\n%s", routes1, routes0)
	}
	if links1 != links0 {
		t.Errorf("links differ:\n%s\nwant\n%s", links1, links0)
	}
	if _, err := os.Stat(stateDir); err == nil {
		entries, _ := os.ReadDir(stateDir)
		t.Errorf("state directory %s left behind (%d entries)", stateDir, len(entries))
	}
}

func TestCIStartAfterDeadSession(t *testing.T) {
	c := newUpClient(t, laptopNS)
	t.Cleanup(func() { _, _ = in(laptopNS, 60*time.Second, c.kt, "ci", "stop") })
	resolv0, routes0, links0 := c.snapshot()
	stateDir := netnsStateDir(t, laptopNS)
	args := []string{"ci", "start", "--kubeconfig", e2eutil.Kubeconfig(), "-n", "kt-e2e", "--name", e2eutil.UniqueName("ci-dead")}
	if out, err := c.run(3*time.Minute, args...); err != nil {
		t.Fatalf("ci start: %v\n%s", err, out)
	}
	if out, err := c.run(time.Minute, args...); err == nil || !strings.Contains(out, "already running") {
		t.Errorf("second ci start: %v, want an 'already running' error:\n%s", err, out)
	}
	pid := int(c.status()["pid"].(float64))
	if err := exec.Command("kill", "-9", itoa(pid)).Run(); err != nil {
		t.Fatal(err)
	}
	e2eutil.WaitFor(t, 10*time.Second, "the killed session to exit", func(_ contextT) (bool, error) {
		return !processAlive(pid), nil
	})
	out, err := c.run(3*time.Minute, args...)
	t.Logf("ci start after kill -9:\n%s", out)
	if err != nil || !strings.Contains(out, "died without") {
		t.Fatalf("ci start after a dead session: %v", err)
	}
	if out, err := c.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
		t.Errorf("GET http://echo/: %v %s", err, out)
	}
	if out, err := c.run(time.Minute, "ci", "stop"); err != nil {
		t.Fatalf("ci stop: %v\n%s", err, out)
	}
	assertNothingLeft(t, c, resolv0, routes0, links0, stateDir)
}
