//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// The rest of the crash matrix of issue 8 (kill -9 of client and agent and the link cut
// live in steal_test.go and reliability_test.go): the agent's container killed by the
// runtime, the API server restarted, the kubelet restarted. Each runs during a session with
// a whole-port steal (echo-pod :8081) and a filtered steal (echo-pod :8080, X-User) while
// a pod sends steady traffic straight to the pod's IP (no Service, so a kubelet restart's
// readiness flap does not count), and reports in "FIGURE fault-X/name=value" lines:
//
//	recover_s     fault → the last failed or misrouted request (0: none failed)
//	failed        requests that failed or were misrouted after the fault
//	lost_outside  failures before the fault or later than the 10 s goal after it (want 0)
//	resumed_s     fault → both developers answer their requests again (0: never left)
//	requests      requests sent in all
//	max_latency_ms  the slowest answered request (a stall that did not fail)

const (
	ctrSock        = "/run/kube-tun-cluster/containerd.sock"
	faultGoal      = 10 * time.Second
	faultWholePort = "8081"
	faultFiltPort  = "8080"
)

// faultRig is the session every fault test disturbs.
type faultRig struct {
	t           *testing.T
	kt, probe   string
	kc          string
	prod        *prodClient
	podIP       string
	whole, filt string // the developers' names
	wholeSteal  *proc
	filtSteal   *proc
	run         string // the traffic run's name (files in the prod pod)
}

func newFaultRig(t *testing.T) *faultRig {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	t.Cleanup(func() { ensureClusterHealthy(t) })
	kt, probe := binaries(t)
	r := &faultRig{t: t, kt: kt, probe: probe, kc: e2eutil.Kubeconfig(), prod: newProdClient(t, probe)}
	r.podIP = e2eutil.WaitPodReady(t, e2eutil.Namespace, "echo-pod", 30*time.Second).Status.PodIP
	r.whole, r.filt = e2eutil.UniqueName("whole"), e2eutil.UniqueName("filt")
	for name, port := range map[string]string{r.whole: "18301", r.filt: "18302"} {
		srv := start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:"+port, "-name", name)
		srv.waitOutput(t, "ready", 10*time.Second)
	}
	r.wholeSteal = r.steal(r.whole, faultWholePort+":18301")
	r.filtSteal = r.steal(r.filt, faultFiltPort+":18302", "-H", "X-User: "+r.filt)
	r.wholeSteal.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	r.filtSteal.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	r.waitAnswered(30 * time.Second)
	return r
}

func (r *faultRig) steal(name, ports string, extra ...string) *proc {
	args := append([]string{r.kt, "steal", "pod/echo-pod", "-n", e2eutil.Namespace, "--kubeconfig", r.kc, "--port", ports, "--name", name}, extra...)
	return start(r.t, laptopNS, nil, args...)
}

// specs are the traffic's three request kinds, and who may answer each.
func (r *faultRig) specs() (specs []string, allowed [][]string) {
	base := "http://" + r.podIP + ":"
	return []string{base + faultWholePort + "/", base + faultFiltPort + "/#X-User: " + r.filt, base + faultFiltPort + "/"},
		[][]string{{r.whole, "app"}, {r.filt, "app"}, {"app"}}
}

// waitAnswered waits until both developers answer their requests and the app the rest.
func (r *faultRig) waitAnswered(timeout time.Duration) {
	r.t.Helper()
	specs, _ := r.specs()
	want := []string{r.whole, r.filt, "app"}
	e2eutil.WaitFor(r.t, timeout, "both steals to answer again", func(context.Context) (bool, error) {
		a, err := r.prod.tryAsk(specs...)
		if err != nil || len(a) != len(want) {
			return false, nil
		}
		for i := range want {
			if who(a[i]) != want[i] {
				return false, nil
			}
		}
		return true, nil
	})
}

// startTraffic starts `ktprobe load` in the prod pod, detached so that it outlives exec
// streams broken by the fault: two connections per request kind, a request every 20 ms each,
// a new connection every 10 requests (redirects apply to new connections only: a
// keep-alive connection opened to the app while the rules were gone stays with the app).
func (r *faultRig) startTraffic() {
	r.t.Helper()
	r.run = e2eutil.UniqueName("load")
	specs, _ := r.specs()
	q := make([]string, len(specs))
	for i, s := range specs {
		q[i] = "'" + s + "'"
	}
	cmd := fmt.Sprintf("/kt/ktprobe load -c 6 -d 4m -pause 20ms -timeout 10s -reconnect 10 -stop /kt/%[1]s.stop -out /kt/%[1]s.json %[2]s >/kt/%[1]s.log 2>&1 </dev/null &",
		r.run, strings.Join(q, " "))
	if out, stderr, err := e2eutil.Exec(r.t, e2eutil.Namespace, r.prod.pod, "client", "sh", "-c", cmd); err != nil {
		r.t.Fatalf("start traffic: %v %s %s", err, out, stderr)
	}
}

// stopTraffic ends the traffic run and returns its report.
func (r *faultRig) stopTraffic() loadReport {
	r.t.Helper()
	var rep loadReport
	r.t.Cleanup(func() {
		if r.t.Failed() {
			out, _, _ := e2eutil.Exec(r.t, e2eutil.Namespace, r.prod.pod, "client", "sh", "-c", "cat /kt/"+r.run+".log")
			r.t.Logf("traffic run %s:\n%s", r.run, out)
		}
	})
	e2eutil.WaitFor(r.t, 60*time.Second, "the traffic report", func(context.Context) (bool, error) {
		out, _, err := e2eutil.Exec(r.t, e2eutil.Namespace, r.prod.pod, "client", "sh", "-c",
			fmt.Sprintf("touch /kt/%[1]s.stop; cat /kt/%[1]s.json 2>/dev/null", r.run))
		if err != nil || strings.TrimSpace(out) == "" {
			return false, nil
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			return false, fmt.Errorf("traffic report: %v\n%s", err, out)
		}
		return true, nil
	})
	return rep
}

// baseline lets the traffic run undisturbed for d: the measurement needs a stretch before
// the fault and after the recovery (a measuring window, not a wait for a condition).
func baseline(d time.Duration) { time.Sleep(d) }

// loadReport is ktprobe load's JSON report (e2e/ktprobe/loadgen.go).
type loadReport struct {
	Start    int64 `json:"start"`
	End      int64 `json:"end"`
	Conns    int   `json:"conns"`
	Requests int   `json:"requests"`
	Errors   int   `json:"errors"`
	Specs    []struct {
		Spec    string         `json:"spec"`
		Answers map[string]int `json:"answers"`
		Errors  int            `json:"errors"`
	} `json:"specs"`
	ErrorTimes  []loadEvent        `json:"errorTimes"`
	Transitions []loadEvent        `json:"transitions"`
	LatencyMs   map[string]float64 `json:"latencyMs"`
}

type loadEvent struct {
	T    int64  `json:"t"`
	Spec int    `json:"spec"`
	Who  string `json:"who"`
	Err  string `json:"err"`
}

// faultFigures are what a fault test measures from a traffic report.
type faultFigures struct {
	recover     time.Duration // fault → last bad request
	failed      int           // bad requests (errors, or answers by someone not allowed) after the fault
	lostOutside int           // bad requests before the fault or after fault+faultGoal
	misrouted   int           // answers by someone not allowed for that request
	resumed     time.Duration // fault → every developer answers again
	errSamples  []string
}

// analyze finds the fault's window in rep. A request is bad when it failed, or when it was
// answered by someone not in allowed for its kind; wrong answers last from their
// transition to the next one of that kind. devs[i] is the developer of kind i ("" for
// none): resumed is when the last of them answered again after the fault.
func analyze(rep loadReport, fault time.Time, allowed [][]string, devs []string) faultFigures {
	var f faultFigures
	// A request sent just before the fault can meet it (its send time is when the request
	// began, its connect comes later): 250 ms of slack before the fault.
	t0 := fault.UnixMilli()
	start := t0 - 250
	goal := t0 + faultGoal.Milliseconds()
	lastBad := int64(0)
	bad := func(t int64, count bool) {
		if t < start || t > goal {
			f.lostOutside++
		}
		if t >= start {
			if count {
				f.failed++
			}
			lastBad = max(lastBad, t)
		}
	}
	for _, e := range rep.ErrorTimes {
		bad(e.T, true)
		if len(f.errSamples) < 5 {
			f.errSamples = append(f.errSamples, fmt.Sprintf("%+.1fs %s", float64(e.T-t0)/1000, e.Err))
		}
	}
	ok := func(spec int, who string) bool {
		for _, a := range allowed[spec] {
			if a == who {
				return true
			}
		}
		return false
	}
	for i, s := range rep.Specs {
		for who, n := range s.Answers {
			if !ok(i, who) {
				f.misrouted += n
				f.failed += n
			}
		}
	}
	// Wrong answers: from a transition to a disallowed answerer until the next transition.
	for i, e := range rep.Transitions {
		if ok(e.Spec, e.Who) {
			continue
		}
		end := rep.End
		for _, n := range rep.Transitions[i+1:] {
			if n.Spec == e.Spec {
				end = n.T
				break
			}
		}
		bad(e.T, false)
		bad(end, false)
	}
	if lastBad > 0 {
		f.recover = time.Duration(max(lastBad-t0, 0)) * time.Millisecond
	}
	// Resumed: the developer's last return after the fault (none: it never left).
	for spec, dev := range devs {
		if dev == "" {
			continue
		}
		for _, e := range rep.Transitions {
			if e.Spec == spec && e.T >= t0 && e.Who == dev {
				f.resumed = max(f.resumed, time.Duration(e.T-t0)*time.Millisecond)
			}
		}
	}
	return f
}

// report logs the figures in the FIGURE form and checks them.
func (r *faultRig) report(name string, rep loadReport, fault time.Time) faultFigures {
	r.t.Helper()
	_, allowed := r.specs()
	f := analyze(rep, fault, allowed, []string{r.whole, r.filt, ""})
	fig := func(k string, v any) { r.t.Logf("FIGURE %s/%s=%v", name, k, v) }
	fig("recover_s", fmt.Sprintf("%.1f", f.recover.Seconds()))
	fig("failed", f.failed)
	fig("lost_outside", f.lostOutside)
	fig("misrouted", f.misrouted)
	fig("resumed_s", fmt.Sprintf("%.1f", f.resumed.Seconds()))
	fig("requests", rep.Requests)
	fig("max_latency_ms", fmt.Sprintf("%.0f", rep.LatencyMs["max"])) // a stall that did not fail
	for _, s := range rep.Specs {
		r.t.Logf("  %s: answers %v, errors %d", s.Spec, s.Answers, s.Errors)
	}
	for _, s := range f.errSamples {
		r.t.Logf("  error %s", s)
	}
	for i, e := range rep.Transitions {
		if i == 12 {
			r.t.Logf("  (%d more changes of answerer)", len(rep.Transitions)-i)
			break
		}
		r.t.Logf("  %+.1fs kind %d answered by %s", float64(e.T-fault.UnixMilli())/1000, e.Spec, e.Who)
	}
	if rep.Requests < 100 {
		r.t.Errorf("only %d requests were sent", rep.Requests)
	}
	if f.misrouted > 0 {
		r.t.Errorf("%d requests were answered by someone whose rule did not apply", f.misrouted)
	}
	if f.lostOutside > 0 {
		r.t.Errorf("%d requests failed outside the fault's %v window (recovered after %v)", f.lostOutside, faultGoal, f.recover)
	}
	return f
}

// finish stops both steals, checks that a new kube-tun start works, and that nothing
// stale is left in the pod or on the machine afterwards.
func (r *faultRig) finish() {
	r.t.Helper()
	r.wholeSteal.stop(15 * time.Second)
	r.filtSteal.stop(15 * time.Second)
	name := e2eutil.UniqueName("next")
	srv := start(r.t, laptopNS, nil, r.probe, "serve", "-http", "127.0.0.1:18303", "-name", name)
	srv.waitOutput(r.t, "ready", 10*time.Second)
	next := r.steal(name, faultWholePort+":18303")
	next.waitOutput(r.t, "Ctrl-C to stop", 90*time.Second)
	url := "http://" + r.podIP + ":" + faultWholePort + "/"
	if got := who(r.prod.ask(url)[0]); got != name {
		r.t.Errorf("the next kube-tun start: answered by %s, want %s", got, name)
	}
	next.stop(15 * time.Second)
	if got := who(r.prod.ask(url)[0]); got != "app" {
		r.t.Errorf("after the last session ended, answered by %s, want the app", got)
	}
	checkNoStaleChains(r.t, "echo-pod")
	checkMachineClean(r.t)
}

// checkNoStaleChains checks that no KUBETUN_* chain or jump is left in any kt-e2e pod's
// network namespace (the agents remove their rules when the last claim goes, and their
// pin chain when the connections redirected before have drained: 30 s at most).
func checkNoStaleChains(t *testing.T, pods ...string) {
	t.Helper()
	for _, pod := range pods {
		pid := podPID(t, pod)
		e2eutil.WaitFor(t, 45*time.Second, "no KUBETUN chains in pod "+pod, func(context.Context) (bool, error) {
			out, err := exec.Command("nsenter", "-t", strconv.Itoa(pid), "-n", "iptables-save", "-t", "nat").CombinedOutput()
			if err != nil {
				return false, fmt.Errorf("iptables-save in %s: %v %s", pod, err, out)
			}
			return !strings.Contains(string(out), "KUBETUN_"), nil
		})
	}
}

// checkMachineClean checks the laptop namespace for leftovers of userspace sessions: no
// TUN device and no session record of a dead process.
func checkMachineClean(t *testing.T) {
	t.Helper()
	out, err := exec.Command("ip", "-n", laptopNS, "-o", "link", "show", "type", "tun").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "" {
		t.Errorf("TUN devices left in %s: %v %s", laptopNS, err, out)
	}
	kt, _ := binaries(t)
	st, err := in(laptopNS, 20*time.Second, kt, "status", "-o", "json")
	if err != nil {
		t.Logf("status after the sessions: %v %s", err, st)
	} else if strings.Contains(st, `"kind": "steal"`) && strings.Contains(st, "echo-pod") {
		t.Errorf("status still lists a steal of echo-pod after every session ended:\n%s", st)
	}
}

// podPID is the host PID of the first container of pod (for nsenter into its netns).
func podPID(t *testing.T, pod string) int {
	t.Helper()
	p, err := e2eutil.Client(t).CoreV1().Pods(e2eutil.Namespace).Get(e2eutil.Context(t, 10*time.Second), pod, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Status.ContainerStatuses) == 0 {
		t.Fatalf("pod %s has no container status", pod)
	}
	return containerPID(t, p.Status.ContainerStatuses[0].ContainerID)
}

// containerPID asks the cluster's containerd for the PID of a container ("containerd://ID").
func containerPID(t testing.TB, id string) int {
	t.Helper()
	id = strings.TrimPrefix(id, "containerd://")
	out, err := exec.Command("ctr", "-a", ctrSock, "-n", "k8s.io", "task", "ls").CombinedOutput()
	if err != nil {
		t.Fatalf("ctr task ls: %v %s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == id {
			pid, err := strconv.Atoi(f[1])
			if err == nil && pid > 0 {
				return pid
			}
		}
	}
	t.Fatalf("no running task %s in containerd", id)
	return 0
}

// runningAgent returns the running kube-tun agent container of pod: name and container ID.
func runningAgent(t testing.TB, pod string) (name, id string) {
	t.Helper()
	p, err := e2eutil.Client(t).CoreV1().Pods(e2eutil.Namespace).Get(e2eutil.Context(t, 10*time.Second), pod, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, cs := range p.Status.EphemeralContainerStatuses {
		if cs.State.Running != nil && strings.HasPrefix(cs.Name, "kube-tun-agent") {
			return cs.Name, cs.ContainerID
		}
	}
	t.Fatalf("no running agent in pod %s", pod)
	return "", ""
}

// clusterScript runs hack/local-cluster/cluster.sh with args.
func clusterScript(t testing.TB, args ...string) {
	t.Helper()
	root, _ := filepath.Abs("..")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(root, "hack/local-cluster/cluster.sh"), args...)
	cmd.Env = append(os.Environ(), "KUBECONFIG="+e2eutil.Kubeconfig())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cluster.sh %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// restartComponent restarts a cluster component with cluster.sh and returns when its old
// process exited (the fault), after logging how long it was down.
func restartComponent(t *testing.T, comp, sub string) time.Time {
	t.Helper()
	b, err := os.ReadFile("/run/kube-tun-cluster/" + comp + ".pid")
	if err != nil {
		t.Fatalf("%s pid: %v", comp, err)
	}
	pid := strings.TrimSpace(string(b))
	exited := make(chan time.Time, 1)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case now := <-t.C:
				if _, err := os.Stat("/proc/" + pid); err != nil || isZombie(atoi(pid)) {
					exited <- now
					return
				}
			}
		}
	}()
	asked := time.Now()
	clusterScript(t, sub)
	var fault time.Time
	select {
	case fault = <-exited:
	case <-time.After(5 * time.Second):
		t.Fatalf("the old %s (pid %s) still runs after the restart", comp, pid)
	}
	t.Logf("FIGURE %s-restart/stop_s=%.1f", comp, fault.Sub(asked).Seconds())
	t.Logf("FIGURE %s-restart/down_s=%.1f", comp, time.Since(fault).Seconds())
	return fault
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// ensureClusterHealthy brings back a component a failed fault test left stopped, and waits
// until the node is Ready and the kt-e2e workloads are ready again.
func ensureClusterHealthy(t *testing.T) {
	t.Helper()
	root, _ := filepath.Abs("..")
	for comp, sub := range map[string]string{"kube-apiserver": "restart-apiserver", "kubelet": "restart-kubelet"} {
		b, err := os.ReadFile("/run/kube-tun-cluster/" + comp + ".pid")
		alive := err == nil && exec.Command("kill", "-0", strings.TrimSpace(string(b))).Run() == nil
		if !alive {
			t.Logf("%s is not running: starting it", comp)
			if out, err := exec.Command(filepath.Join(root, "hack/local-cluster/cluster.sh"), sub).CombinedOutput(); err != nil {
				t.Errorf("restore %s: %v\n%s", comp, err, out)
			}
		}
	}
	// The harness's workloads (hack/local-cluster/manifests/workloads.yaml); other pods,
	// such as an idle targetless agent that exited, don't count.
	workload := map[string]bool{"echo": true, "echo-pod": true, "echo-sts": true, "envfiles": true}
	c := e2eutil.Client(t)
	e2eutil.WaitFor(t, 90*time.Second, "the node to be Ready and kt-e2e pods ready", func(ctx context.Context) (bool, error) {
		nodes, err := c.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
		if err != nil || len(nodes.Items) == 0 {
			return false, nil
		}
		for _, n := range nodes.Items {
			for _, cond := range n.Status.Conditions {
				if cond.Type == corev1.NodeReady && cond.Status != corev1.ConditionTrue {
					return false, nil
				}
			}
		}
		pods, err := c.CoreV1().Pods(e2eutil.Namespace).List(ctx, metav1.ListOptions{})
		if err != nil {
			return false, nil
		}
		for i := range pods.Items {
			p := &pods.Items[i]
			if workload[p.Labels["app"]] && p.DeletionTimestamp == nil && !e2eutil.PodReady(p) {
				return false, nil
			}
		}
		return true, nil
	})
}

// TestFaultAgentContainerKilled kills the agent's ephemeral container through containerd
// (SIGKILL to its task, as the runtime or an OOM kill would). Kubelet never restarts an
// ephemeral container: the clients must notice, place kube-tun-agent-N+1 and claim again;
// meanwhile the dead agent's redirects lapse with their 6 s lease.
func TestFaultAgentContainerKilled(t *testing.T) {
	r := newFaultRig(t)
	oldAgent, id := runningAgent(t, "echo-pod")
	r.startTraffic()
	baseline(3 * time.Second)

	fault := time.Now()
	if out, err := exec.Command("ctr", "-a", ctrSock, "-n", "k8s.io", "task", "kill", "-s", "SIGKILL", strings.TrimPrefix(id, "containerd://")).CombinedOutput(); err != nil {
		t.Fatalf("kill the agent's container: %v %s", err, out)
	}
	r.wholeSteal.waitOutput(t, "took over", 60*time.Second)
	r.filtSteal.waitOutput(t, "took over", 60*time.Second)
	r.waitAnswered(30 * time.Second)
	newAgent, _ := runningAgent(t, "echo-pod")
	t.Logf("agent %s killed; %s took over", oldAgent, newAgent)
	if newAgent == oldAgent {
		t.Errorf("the agent %s still runs after its container was killed", oldAgent)
	}
	baseline(3 * time.Second)
	f := r.report("fault-agent-container-killed", r.stopTraffic(), fault)
	if f.resumed == 0 || f.resumed > 30*time.Second {
		t.Errorf("the steals resumed %v after the agent died", f.resumed)
	}
	r.finish()
}

// TestFaultAPIServerRestart restarts kube-apiserver: every port-forward stream breaks. The
// agent keeps its redirects and gives silent clients' requests to the app; the clients
// re-open their port-forwards and claim again without user action.
//
// The harness stops it with SIGTERM, and kube-apiserver keeps serving its open
// port-forwards until it exits (SIGKILL after 10 s): the fault starts when the old process
// is gone.
func TestFaultAPIServerRestart(t *testing.T) {
	r := newFaultRig(t)
	r.startTraffic()
	baseline(3 * time.Second)
	fault := restartComponent(t, "kube-apiserver", "restart-apiserver")
	r.waitAnswered(60 * time.Second)
	r.waitAnswered(60 * time.Second)
	baseline(3 * time.Second)
	r.report("fault-apiserver-restart", r.stopTraffic(), fault)
	r.finish()
}

// TestFaultKubeletRestart restarts the kubelet: port-forward streams (served by the
// kubelet) break while the containers, the agent included, keep running.
func TestFaultKubeletRestart(t *testing.T) {
	r := newFaultRig(t)
	agentBefore, _ := runningAgent(t, "echo-pod")
	r.startTraffic()
	baseline(3 * time.Second)
	fault := restartComponent(t, "kubelet", "restart-kubelet")
	r.waitAnswered(60 * time.Second)
	baseline(3 * time.Second)
	r.report("fault-kubelet-restart", r.stopTraffic(), fault)
	if agentAfter, _ := runningAgent(t, "echo-pod"); agentAfter != agentBefore {
		t.Logf("note: the agent changed from %s to %s across the kubelet restart", agentBefore, agentAfter)
	}
	r.finish()
}
