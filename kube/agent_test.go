package kube

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/kubernetes/fake"
	k8stesting "k8s.io/client-go/testing"
)

// onPodCreate lets a test play kubelet: status is applied to each pod as it is created.
func onPodCreate(cs *fake.Clientset, status func(*corev1.Pod)) {
	cs.PrependReactor("create", "pods", func(a k8stesting.Action) (bool, runtime.Object, error) {
		if p, ok := a.(k8stesting.CreateAction).GetObject().(*corev1.Pod); ok {
			status(p)
		}
		return false, nil, nil
	})
}

func markReady(p *corev1.Pod) {
	p.Status = readyPod(p.Name, "10.244.0.50").Status
}

func TestEnsureTargetlessAgentCreates(t *testing.T) {
	c, cs := fakeCluster()
	onPodCreate(cs, markReady)
	var steps []string
	spec := AgentSpec{IdleTimeout: time.Minute, Args: []string{"--peer-timeout=5s"}, Env: map[string]string{"B": "2", "A": "1"}}
	ref, err := c.EnsureTargetlessAgent(context.Background(), spec, func(s string) { steps = append(steps, s) })
	if err != nil {
		t.Fatal(err)
	}
	if ref.IP != "10.244.0.50" || ref.Namespace != testNS || !strings.HasPrefix(ref.Name, AgentName+"-") {
		t.Fatalf("ref = %+v", ref)
	}
	if len(steps) == 0 {
		t.Error("no progress reported")
	}
	p, err := cs.CoreV1().Pods(testNS).Get(context.Background(), ref.Name, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !AgentSelector(ModeTargetless).Matches(labelsOf(p)) {
		t.Errorf("labels = %v", p.Labels)
	}
	ps := p.Spec
	if ps.RestartPolicy != corev1.RestartPolicyNever || *ps.AutomountServiceAccountToken {
		t.Errorf("restartPolicy %s automount %v", ps.RestartPolicy, *ps.AutomountServiceAccountToken)
	}
	if sc := ps.SecurityContext; !*sc.RunAsNonRoot || *sc.RunAsUser != 65532 || sc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Errorf("pod security context = %+v", sc)
	}
	ctr := ps.Containers[0]
	if sc := ctr.SecurityContext; *sc.AllowPrivilegeEscalation || !*sc.ReadOnlyRootFilesystem ||
		len(sc.Capabilities.Add) != 0 || !slices.Equal(sc.Capabilities.Drop, []corev1.Capability{"ALL"}) {
		t.Errorf("container security context = %+v", sc)
	}
	wantCmd := []string{AgentBinary, "--idle-timeout=1m0s", "--peer-timeout=5s"}
	if !slices.Equal(ctr.Command, wantCmd) || ctr.Image != DefaultAgentImage || ctr.ImagePullPolicy != corev1.PullIfNotPresent {
		t.Errorf("command %q image %s policy %s", ctr.Command, ctr.Image, ctr.ImagePullPolicy)
	}
	var env []string
	for _, e := range ctr.Env {
		env = append(env, e.Name)
	}
	if strings.Join(env, ",") != "POD_NAME,POD_NAMESPACE,POD_IP,HOST_IP,A,B" {
		t.Errorf("env = %v", env)
	}
	if ctr.ReadinessProbe == nil || ctr.ReadinessProbe.TCPSocket.Port.IntValue() != PortRegistration {
		t.Errorf("readiness probe = %+v", ctr.ReadinessProbe)
	}
	if ctr.Resources.Requests.Memory().IsZero() || ctr.Resources.Requests.Cpu().IsZero() {
		t.Errorf("resources = %+v", ctr.Resources)
	}
}

func labelsOf(p *corev1.Pod) labels.Set { return p.Labels }

func TestEnsureTargetlessAgentReuses(t *testing.T) {
	old := targetlessPod(testNS, AgentSpec{}.withDefaults())
	old.Name = "kube-tun-agent-old"
	markReady(old)
	other := targetlessPod(testNS, AgentSpec{Image: "other:1"}.withDefaults())
	markReady(other)
	c, cs := fakeCluster(old, other)
	cs.PrependReactor("create", "pods", func(k8stesting.Action) (bool, runtime.Object, error) {
		t.Error("unexpected create")
		return true, nil, errors.New("no")
	})
	ref, err := c.EnsureTargetlessAgent(context.Background(), AgentSpec{}, nil)
	if err != nil || ref.Name != "kube-tun-agent-old" {
		t.Fatalf("ref = %+v, err %v", ref, err)
	}
}

func TestEnsureTargetlessAgentReplacesFinished(t *testing.T) {
	done := targetlessPod(testNS, AgentSpec{}.withDefaults())
	done.UID = "old"
	done.Status.Phase = corev1.PodSucceeded
	c, cs := fakeCluster(done)
	onPodCreate(cs, markReady)
	ref, err := c.EnsureTargetlessAgent(context.Background(), AgentSpec{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ref.Name != done.Name || ref.UID == "old" {
		t.Fatalf("ref = %+v", ref)
	}
}

func TestEnsureTargetlessAgentImagePull(t *testing.T) {
	for _, reason := range []string{"ErrImagePull", "ImagePullBackOff", "ErrImageNeverPull"} {
		c, cs := fakeCluster()
		onPodCreate(cs, func(p *corev1.Pod) {
			p.Status.Phase = corev1.PodPending
			p.Status.ContainerStatuses = []corev1.ContainerStatus{{Name: AgentName, State: corev1.ContainerState{
				Waiting: &corev1.ContainerStateWaiting{Reason: reason, Message: "not found"},
			}}}
		})
		start := time.Now()
		_, err := c.EnsureTargetlessAgent(context.Background(), AgentSpec{Image: "nope:1"}, nil)
		var ie *ImagePullError
		if !errors.As(err, &ie) || ie.Reason != reason || ie.Image != "nope:1" {
			t.Errorf("%s: error = %v", reason, err)
		}
		if time.Since(start) > 10*time.Second {
			t.Errorf("%s: did not fail fast", reason)
		}
	}
}

func TestEnsureTargetlessAgentTimeout(t *testing.T) {
	c, _ := fakeCluster() // created pods stay Pending
	_, err := c.EnsureTargetlessAgent(context.Background(), AgentSpec{ReadyTimeout: 200 * time.Millisecond}, nil)
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Fatalf("error = %v", err)
	}
}

func TestEnsureTargetlessAgentForbidden(t *testing.T) {
	c, cs := fakeCluster()
	cs.PrependReactor("create", "pods", func(k8stesting.Action) (bool, runtime.Object, error) {
		return true, nil, apierrors.NewForbidden(schema.GroupResource{Resource: "pods"}, "", errors.New("RBAC"))
	})
	_, err := c.EnsureTargetlessAgent(context.Background(), AgentSpec{}, nil)
	var fe *ForbiddenError
	if !errors.As(err, &fe) || fe.Verb != "create" || fe.Resource != "pods" {
		t.Fatalf("error = %v", err)
	}
}

func TestCleanAgents(t *testing.T) {
	a := targetlessPod(testNS, AgentSpec{}.withDefaults())
	b := targetlessPod(testNS, AgentSpec{Image: "x:1"}.withDefaults())
	app := readyPod("app", "10.244.0.3")
	c, cs := fakeCluster(a, b, app)
	n, err := c.CleanAgents(context.Background(), "")
	if err != nil || n != 2 {
		t.Fatalf("CleanAgents = %d, %v", n, err)
	}
	list, _ := cs.CoreV1().Pods(testNS).List(context.Background(), metav1.ListOptions{})
	if len(list.Items) != 1 || list.Items[0].Name != "app" {
		t.Fatalf("left: %v", list.Items)
	}
}

func TestEnsureTargetAgent(t *testing.T) {
	target := readyPod("echo-a", "10.244.0.5", withContainers("app", "sidecar"))
	c, cs := fakeCluster(target)
	// Play kubelet: ephemeral containers start running once added.
	cs.PrependReactor("update", "pods", func(a k8stesting.Action) (bool, runtime.Object, error) {
		if a.GetSubresource() != "ephemeralcontainers" {
			return false, nil, nil
		}
		p := a.(k8stesting.UpdateAction).GetObject().(*corev1.Pod)
		p.Status.EphemeralContainerStatuses = nil
		for _, ec := range p.Spec.EphemeralContainers {
			p.Status.EphemeralContainerStatuses = append(p.Status.EphemeralContainerStatuses, corev1.ContainerStatus{
				Name: ec.Name, State: corev1.ContainerState{Running: &corev1.ContainerStateRunning{}},
			})
		}
		return false, nil, nil
	})
	ref := podRef(target, "app")
	name, err := c.EnsureTargetAgent(context.Background(), ref, AgentSpec{ExtraCapabilities: []string{"cap_sys_ptrace"}})
	if err != nil {
		t.Fatal(err)
	}
	if name != "kube-tun-agent-1" {
		t.Fatalf("name = %q", name)
	}
	p, _ := cs.CoreV1().Pods(testNS).Get(context.Background(), "echo-a", metav1.GetOptions{})
	if len(p.Spec.EphemeralContainers) != 1 {
		t.Fatalf("ephemeral containers = %+v", p.Spec.EphemeralContainers)
	}
	ec := p.Spec.EphemeralContainers[0]
	sc := ec.SecurityContext
	if ec.TargetContainerName != "app" || *sc.RunAsUser != 0 || *sc.RunAsNonRoot ||
		!slices.Equal(sc.Capabilities.Add, []corev1.Capability{"NET_ADMIN", "SYS_PTRACE"}) ||
		!slices.Equal(sc.Capabilities.Drop, []corev1.Capability{"ALL"}) {
		t.Fatalf("ephemeral container = %+v / %+v", ec, sc)
	}

	// A second client reuses the running agent (it has at least the capabilities).
	name2, err := c.EnsureTargetAgent(context.Background(), ref, AgentSpec{})
	if err != nil || name2 != name {
		t.Fatalf("second EnsureTargetAgent = %q, %v", name2, err)
	}
	// Another image can't join while this agent runs.
	if _, err := c.EnsureTargetAgent(context.Background(), ref, AgentSpec{Image: "other:2"}); err == nil || !strings.Contains(err.Error(), "already runs there with image") {
		t.Fatalf("agent with another image: %v", err)
	}
	// Nor can an agent that needs more capabilities.
	if _, err := c.EnsureTargetAgent(context.Background(), ref, AgentSpec{ExtraCapabilities: []string{"SYS_ADMIN"}}); err == nil || !strings.Contains(err.Error(), "lacking SYS_ADMIN") {
		t.Fatalf("agent with more capabilities: %v", err)
	}
	// After the agent exited, a new one gets the next name.
	p, _ = cs.CoreV1().Pods(testNS).Get(context.Background(), "echo-a", metav1.GetOptions{})
	p.Status.EphemeralContainerStatuses[0].State = corev1.ContainerState{Terminated: &corev1.ContainerStateTerminated{ExitCode: 0}}
	if _, err := cs.CoreV1().Pods(testNS).UpdateStatus(context.Background(), p, metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	// The fake reactor marks every ephemeral container running again; make it keep the
	// old one terminated by checking only the new name.
	name3, err := c.EnsureTargetAgent(context.Background(), ref, AgentSpec{})
	if err != nil || name3 != "kube-tun-agent-2" {
		t.Fatalf("third EnsureTargetAgent = %q, %v", name3, err)
	}
}

func TestEnsureTargetAgentPodReplaced(t *testing.T) {
	target := readyPod("echo-a", "10.244.0.5")
	c, _ := fakeCluster(target)
	ref := podRef(target, "app")
	ref.UID = "stale"
	_, err := c.EnsureTargetAgent(context.Background(), ref, AgentSpec{})
	if err == nil || !strings.Contains(err.Error(), "replaced") {
		t.Fatalf("error = %v", err)
	}
}
