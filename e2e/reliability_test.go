//go:build e2e

package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// TestAgentKilled: kill -9 of the agent in a target pod while a whole-port steal is
// active. The kernel-enforced lease must give the pod its own traffic back with no process
// acting, and the next session must clean the stale chain and work.
func TestAgentKilled(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	prod := newProdClient(t, probe)
	kc := e2eutil.Kubeconfig()
	const target = "pod/echo-pod"
	podIP := e2eutil.WaitPodReady(t, e2eutil.Namespace, "echo-pod", 30*time.Second).Status.PodIP
	direct := "http://" + podIP + ":8080/"

	srv := start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:18090", "-name", "frank")
	srv.waitOutput(t, "ready", 10*time.Second)
	steal := start(t, laptopNS, nil, kt, "steal", target, "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18090", "--name", "frank")
	steal.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	if got := who(prod.ask(direct)[0]); got != "frank" {
		t.Fatalf("before the kill, answered by %s, want frank", got)
	}

	// The agent shares the app container's PID namespace: kill it from there.
	out, stderr, err := e2eutil.Exec(t, e2eutil.Namespace, "echo-pod", "echo", "sh", "-c", "kill -9 $(pidof kube-tun-agent) && echo killed")
	if err != nil || !strings.Contains(out, "killed") {
		t.Fatalf("kill the agent: %v %s %s", err, out, stderr)
	}
	killed := time.Now()
	e2eutil.WaitFor(t, 25*time.Second, "the app to answer again after the agent was killed", func(_ contextT) (bool, error) {
		a, err := prod.tryAsk(direct)
		return err == nil && who(a[0]) == "app", nil
	})
	recovered := time.Since(killed)
	t.Logf("pod served its own traffic %s after kill -9 of the agent (lease 6 s, nothing acting)", recovered.Round(100*time.Millisecond))
	steal.stop(10 * time.Second)

	// A new session gets a new agent, which removes the stale chain and steals again.
	steal2 := start(t, laptopNS, nil, kt, "steal", target, "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18090", "--name", "frank")
	steal2.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	if got := who(prod.ask(direct)[0]); got != "frank" {
		t.Errorf("after a new agent started, answered by %s, want frank", got)
	}
	// The lease only stops the killed agent's rules from matching; the new agent removes
	// them (and says so).
	if logs := agentLogs(t, "echo-pod"); !strings.Contains(logs, "removed the iptables chains a killed agent left") {
		t.Errorf("the new agent's log does not say it removed the killed agent's chains:\n%s", lastLines(logs, 10))
	}
	steal2.stop(10 * time.Second)
	if got := who(prod.ask(direct)[0]); got != "app" {
		t.Errorf("after the second steal ended, answered by %s, want the app", got)
	}
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

// TestLinkCut cuts the laptop namespace's only link for 30 s during an `up` session and a
// filtered steal, then restores it: while it is down, the stolen requests go to the app;
// afterwards both sessions resume without user action.
func TestLinkCut(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	prod := newProdClient(t, probe)
	kc := e2eutil.Kubeconfig()
	const hostSide = "kt-lap0" // the host end of kt-laptop's veth (hack/local-cluster)
	if err := exec.Command("ip", "link", "show", hostSide).Run(); err != nil {
		t.Skipf("no %s link: %v", hostSide, err)
	}
	up := newUpClient(t, laptopNS)
	up.up()
	name := e2eutil.UniqueName("gina")
	srv := start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:18091", "-name", name)
	srv.waitOutput(t, "ready", 10*time.Second)
	steal := start(t, laptopNS, nil, kt, "steal", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", kc, "--port", "8080:18091", "--name", name, "-H", "X-User: "+name)
	steal.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	stolen := echoURL + "#X-User: " + name
	if got := who(prod.ask(stolen)[0]); got != name {
		t.Fatalf("before the cut, answered by %s", got)
	}

	netnstest.Sh(t, "ip", "link", "set", hostSide, "down")
	t.Cleanup(func() { _ = exec.Command("ip", "link", "set", hostSide, "up").Run() })
	cut := time.Now()
	var lost int
	e2eutil.WaitFor(t, 25*time.Second, "the app to answer the dead client's requests", func(_ contextT) (bool, error) {
		a, err := prod.tryAsk(stolen)
		if err != nil {
			lost++
			return false, nil
		}
		return who(a[0]) == "app", nil
	})
	t.Logf("link down: the app answered the stolen requests %s after the cut (%d failed)", time.Since(cut).Round(100*time.Millisecond), lost)
	for time.Since(cut) < 30*time.Second { // the fault lasts 30 s
		asked := time.Now()
		if a, err := prod.tryAsk(stolen); err != nil || who(a[0]) != "app" {
			t.Errorf("during the cut, %s after it (the request took %s): %v %v", asked.Sub(cut).Round(100*time.Millisecond), time.Since(asked).Round(100*time.Millisecond), a, err)
			dumpEchoAgents(t)
		}
		time.Sleep(time.Second)
	}
	netnstest.Sh(t, "ip", "link", "set", hostSide, "up")
	restored := time.Now()
	e2eutil.WaitFor(t, 60*time.Second, "the up session to resume", func(_ contextT) (bool, error) {
		out, err := up.get("http://echo/")
		return err == nil && strings.HasPrefix(out, "200 "), nil
	})
	t.Logf("up session resumed %s after the link came back", time.Since(restored).Round(100*time.Millisecond))
	// The user is told of the outage and of its end (up's log; a foreground up prints it).
	upLog := filepath.Join(netnsStateDir(t, laptopNS), "up.log")
	e2eutil.WaitFor(t, 10*time.Second, "up's log to report the outage and its end", func(_ contextT) (bool, error) {
		log := readFile(t, upLog)
		return strings.Contains(log, "no answer from the agent: reconnecting") && strings.Contains(log, "the agent answers again"), nil
	})
	e2eutil.WaitFor(t, 60*time.Second, "the steal to resume", func(_ contextT) (bool, error) {
		a, err := prod.tryAsk(stolen)
		return err == nil && who(a[0]) == name, nil
	})
	t.Logf("steal resumed %s after the link came back", time.Since(restored).Round(100*time.Millisecond))
	steal.stop(10 * time.Second)
}

// dumpEchoAgents logs the agents of the echo pods, with timestamps, for a failure that
// happened in them.
func dumpEchoAgents(t *testing.T) {
	t.Helper()
	for _, pod := range e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo") {
		t.Logf("agents in %s:\n%s", pod.Name, lastLines(agentLogs(t, pod.Name), 40))
	}
}

// TestSilentDrop drops every packet in and out of the laptop namespace during an `up`
// session, as a network that stops forwarding does: no carrier change and no errors, the
// connections just go quiet. Once the packets flow again, the session resumes without
// user action, and the user was told of the outage.
func TestSilentDrop(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	up := newUpClient(t, laptopNS)
	up.up()
	if out, err := up.get("http://echo/"); err != nil || !strings.HasPrefix(out, "200 ") {
		t.Fatalf("before the drop: %v %s", err, out)
	}
	rules := [][]string{{"OUTPUT", "!", "-o", "lo", "-j", "DROP"}, {"INPUT", "!", "-i", "lo", "-j", "DROP"}}
	iptables := func(op string, rule []string) error {
		return exec.Command("ip", append([]string{"netns", "exec", laptopNS, "iptables", op}, rule...)...).Run()
	}
	lift := func() {
		for _, r := range rules {
			for iptables("-D", r) == nil { // every copy, so that no rule outlives the test
			}
		}
	}
	t.Cleanup(lift)
	for _, r := range rules {
		if err := iptables("-I", r); err != nil {
			t.Fatalf("iptables -I %v in %s: %v", r, laptopNS, err)
		}
	}
	dropped := time.Now()
	upLog := filepath.Join(netnsStateDir(t, laptopNS), "up.log")
	e2eutil.WaitFor(t, 30*time.Second, "up to report the outage", func(_ contextT) (bool, error) {
		return strings.Contains(readFile(t, upLog), "no answer from the agent: reconnecting"), nil
	})
	t.Logf("up reported the outage %s after the drop began", time.Since(dropped).Round(100*time.Millisecond))
	e2eutil.WaitFor(t, 10*time.Second, "kube-tun status to show the outage", func(_ contextT) (bool, error) {
		out, err := up.run(10*time.Second, "status")
		return err == nil && strings.Contains(out, "no answer from the agent for"), nil
	})
	// The fault lasts 20 s: long enough for the agent to drop the session (10 s).
	time.Sleep(time.Until(dropped.Add(20 * time.Second)))
	lift()
	restored := time.Now()
	e2eutil.WaitFor(t, 60*time.Second, "the up session to resume", func(_ contextT) (bool, error) {
		out, err := up.get("http://echo/")
		return err == nil && strings.HasPrefix(out, "200 "), nil
	})
	t.Logf("up session resumed %s after the packets flowed again", time.Since(restored).Round(100*time.Millisecond))
	e2eutil.WaitFor(t, 10*time.Second, "kube-tun status to drop the outage", func(_ contextT) (bool, error) {
		out, err := up.run(10*time.Second, "status")
		return err == nil && !strings.Contains(out, "no answer from the agent"), nil
	})
}
