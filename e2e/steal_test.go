//go:build e2e

package e2e

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// prodClient sends requests from a pod in the cluster to a Service, through kube-proxy,
// as production traffic would arrive.
type prodClient struct {
	t   *testing.T
	pod string
}

func newProdClient(t *testing.T, probe string) *prodClient {
	return &prodClient{t: t, pod: startProbePod(t, "kt-prod", probe)}
}

// ask sends one request per spec ("URL" or "URL#Header: value") on one keep-alive
// connection and returns the answer bodies.
func (p *prodClient) ask(specs ...string) []string {
	p.t.Helper()
	out, err := p.tryAsk(specs...)
	if err != nil {
		p.t.Fatal(err)
	}
	return out
}

func (p *prodClient) tryAsk(specs ...string) ([]string, error) {
	out, stderr, err := e2eutil.Exec(p.t, e2eutil.Namespace, p.pod, "client", append([]string{"/kt/ktprobe", "req"}, specs...)...)
	if err != nil {
		return nil, fmt.Errorf("requests from %s: %v %s %s", p.pod, err, out, stderr)
	}
	return strings.Split(strings.TrimSpace(out), "\n"), nil
}

// who says who answered: a developer's name, or "app".
func who(answer string) string {
	if _, name, ok := strings.Cut(answer, "hello from "); ok {
		return strings.TrimSpace(name)
	}
	if strings.Contains(answer, `"pod"`) {
		return "app"
	}
	return "?" + answer
}

const echoURL = "http://echo.kt-e2e/"

func TestStealFiltered(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	prod := newProdClient(t, probe)
	kc := e2eutil.Kubeconfig()

	for _, dev := range []struct{ name, port string }{{"alice", "18081"}, {"bob", "18082"}, {"carol", "18083"}} {
		srv := start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:"+dev.port, "-name", dev.name)
		srv.waitOutput(t, "ready", 10*time.Second)
	}
	steal := func(name, port string, extra ...string) *proc {
		args := append([]string{kt, "steal", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:" + port, "--name", name}, extra...)
		return start(t, laptopNS, nil, args...)
	}
	alice := steal("alice", "18081", "-H", "X-User: alice")
	alice.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	if !strings.Contains(alice.Output(), "on 2 pod(s)") {
		t.Errorf("steal should cover both replicas:\n%s", alice.Output())
	}
	bobName := e2eutil.UniqueName("bob")
	bob := steal(bobName, "18082", "-H", "X-User: bob")
	bob.waitOutput(t, "Ctrl-C to stop", 90*time.Second)

	// status lists the sessions on the machine, and the agent tells who holds which rule.
	if out, err := in(laptopNS, 10*time.Second, kt, "status", "-o", "json"); err != nil || !strings.Contains(out, `"kind": "steal"`) || !strings.Contains(out, "X-User: bob") {
		t.Errorf("status should list both steals: %v\n%s", err, out)
	}
	if out, err := in(laptopNS, 60*time.Second, kt, "status", "--agent", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "-o", "json"); err != nil ||
		!strings.Contains(out, `"owner": "alice"`) || !strings.Contains(out, `"owner": "`+bobName+`"`) {
		t.Errorf("status --agent should name alice and bob as holders: %v\n%s", err, out)
	}

	// Interleaved on one keep-alive connection, several rounds to reach both replicas.
	var specs, want []string
	for range 4 {
		specs = append(specs, echoURL+"#X-User: alice", echoURL, echoURL+"#X-User: bob")
		want = append(want, "alice", "app", "bob")
	}
	for i, a := range prod.ask(specs...) {
		if got := who(a); got != want[i] {
			t.Errorf("request %d (%s) answered by %s, want %s", i, specs[i], got, want[i])
		}
	}

	// A whole-port steal is refused while filters hold the port, naming a holder.
	out, err := in(laptopNS, 90*time.Second, kt, "steal", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18083", "--name", "carol")
	var ee *exec.ExitError
	if err == nil || !asExit(err, &ee) || ee.ExitCode() != 2 || !(strings.Contains(out, "alice") || strings.Contains(out, "bob")) {
		t.Errorf("whole-port steal over filters: %v\n%s\nwant exit 2 naming alice or bob", err, out)
	}

	// A clean exit gives alice's requests back to the app at once.
	alice.stop(15 * time.Second)
	if got := who(prod.ask(echoURL + "#X-User: alice")[0]); got != "app" {
		t.Errorf("after alice left, her request was answered by %s", got)
	}
	// A killed client's rules go within about 10 s.
	_ = bob.cmd.Process.Signal(syscall.SIGKILL)
	killed := time.Now()
	var lost int
	e2eutil.WaitFor(t, 25*time.Second, "bob's requests to reach the app after kill -9", func(_ contextT) (bool, error) {
		a, err := prod.tryAsk(echoURL + "#X-User: bob")
		if err != nil {
			lost++
			t.Logf("request after kill -9 failed: %v", err)
			return false, nil
		}
		return who(a[0]) == "app", nil
	})
	t.Logf("bob's requests went back to the app %s after kill -9 (%d failed meanwhile)", time.Since(killed).Round(100*time.Millisecond), lost)
	if lost > 0 {
		t.Errorf("%d requests failed after bob was killed; they should have fallen back to the app", lost)
	}
	// The agents drop the dead session's claims within its 10 s liveness timeout.
	e2eutil.WaitFor(t, 20*time.Second, "every agent to drop bob's claims", func(_ contextT) (bool, error) {
		for _, pod := range e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo") {
			if !strings.Contains(agentLogs(t, pod.Name), `msg="claim removed" owner=`+bobName) {
				return false, nil
			}
		}
		return true, nil
	})
	t.Logf("bob's claims were removed from every agent %s after kill -9", time.Since(killed).Round(100*time.Millisecond))

	// The port's last filtered steal ending leaves a request in flight to the app alone.
	carol := steal(e2eutil.UniqueName("carol"), "18083", "-H", "X-User: carol")
	carol.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	held := askHeld(t, prod)
	carol.stop(15 * time.Second)
	if a, err := held(); err != nil || who(a[0]) != "app" {
		t.Errorf("a request in flight when the last steal stopped: %v %v", a, err)
	}
}

func TestStealAllAndMirror(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	prod := newProdClient(t, probe)
	kc := e2eutil.Kubeconfig()
	dave := start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:18084", "-name", "dave")
	dave.waitOutput(t, "ready", 10*time.Second)

	mirror := start(t, laptopNS, nil, kt, "mirror", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18084", "--name", "dave")
	mirror.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	for i, a := range prod.ask(echoURL+"mirror-1", echoURL+"mirror-2") {
		if who(a) != "app" {
			t.Errorf("mirrored request %d answered by %s, want the app", i, who(a))
		}
	}
	e2eutil.WaitFor(t, 10*time.Second, "the mirror to see both requests", func(_ contextT) (bool, error) {
		o := dave.Output()
		return strings.Contains(o, "/mirror-1") && strings.Contains(o, "/mirror-2"), nil
	})
	// Stopping the mirror leaves the pod's requests in flight alone.
	held := askHeld(t, prod)
	mirror.stop(15 * time.Second)
	if a, err := held(); err != nil || who(a[0]) != "app" {
		t.Errorf("a request in flight when the mirror stopped: %v %v", a, err)
	}

	steal := start(t, laptopNS, nil, kt, "steal", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18084", "--name", "dave")
	steal.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	for i, a := range prod.ask(echoURL, echoURL+"#X-User: x", echoURL, echoURL) {
		if who(a) != "dave" {
			t.Errorf("request %d answered by %s, want dave (whole-port steal)", i, who(a))
		}
	}
	out, err := in(laptopNS, 90*time.Second, kt, "steal", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18085", "--name", "erin", "-H", "X-User: erin")
	if err == nil || !strings.Contains(out, "dave") {
		t.Errorf("a second steal of a stolen port should be refused naming dave: %v\n%s", err, out)
	}
	steal.stop(15 * time.Second)
	// The echo pods' readiness probes run every second; none may reach the developer.
	if strings.Contains(dave.Output(), "/healthz") {
		t.Errorf("kubelet probes were redirected to the developer:\n%s", dave.Output())
	}
	if got := who(prod.ask(echoURL)[0]); got != "app" {
		t.Errorf("after the steal ended, answered by %s", got)
	}
}

func asExit(err error, ee **exec.ExitError) bool {
	e, ok := err.(*exec.ExitError)
	if ok {
		*ee = e
	}
	return ok
}

func ptr64(v int64) *int64 { return &v }

// agentLogs returns the logs of the kube-tun agents running in pod.
func agentLogs(t *testing.T, pod string) string {
	t.Helper()
	p, err := e2eutil.Client(t).CoreV1().Pods(e2eutil.Namespace).Get(e2eutil.Context(t, 10*time.Second), pod, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, cs := range p.Status.EphemeralContainerStatuses {
		if cs.State.Running != nil && strings.HasPrefix(cs.Name, "kube-tun-agent") {
			b.WriteString(e2eutil.Logs(t, e2eutil.Namespace, pod, cs.Name))
		}
	}
	return b.String()
}

// askHeld sends a request that the echo app holds for 5 s, and returns once an echo pod
// holds it; the function it returns waits for the answer.
func askHeld(t *testing.T, prod *prodClient) func() ([]string, error) {
	t.Helper()
	path := e2eutil.UniqueName("held")
	type result struct {
		answers []string
		err     error
	}
	done := make(chan result, 1)
	go func() {
		a, err := prod.tryAsk(echoURL + path + "?delay=5s")
		done <- result{a, err}
	}()
	e2eutil.WaitFor(t, 10*time.Second, "an echo pod to hold /"+path, func(_ contextT) (bool, error) {
		for _, pod := range e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo") {
			if strings.Contains(e2eutil.Logs(t, e2eutil.Namespace, pod.Name, "echo"), "holding /"+path) {
				return true, nil
			}
		}
		return false, nil
	})
	return func() ([]string, error) {
		select {
		case r := <-done:
			return r.answers, r.err
		case <-time.After(30 * time.Second):
			return nil, errors.New("no answer in 30 s")
		}
	}
}

// status --agent is read-only: on a pod without an agent it says so and adds none (a
// pod's ephemeral containers can never be removed).
func TestStatusAgentAddsNone(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, _ := binaries(t)
	name := e2eutil.UniqueName("kt-noagent")
	e2eutil.CreatePod(t, e2eutil.EchoPod(name))
	e2eutil.WaitPodReady(t, e2eutil.Namespace, name, time.Minute)
	out, err := in(laptopNS, 60*time.Second, kt, "status", "--agent", "pod/"+name, "-n", e2eutil.Namespace, "--kubeconfig", e2eutil.Kubeconfig())
	if err != nil || !strings.Contains(out, "Find agent: none") || !strings.Contains(out, "No kube-tun agent runs in the pod of pod/"+name) {
		t.Errorf("status --agent on a pod without an agent: %v\n%s", err, out)
	}
	ctx := e2eutil.Context(t, 30*time.Second)
	p, err := e2eutil.Client(t).CoreV1().Pods(e2eutil.Namespace).Get(ctx, name, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.Spec.EphemeralContainers); n != 0 {
		t.Errorf("status --agent added %d ephemeral container(s) to %s", n, name)
	}
}
