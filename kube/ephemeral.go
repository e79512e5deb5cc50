package kube

import (
	"context"
	"fmt"
	"strings"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/utils/ptr"
)

// EnsureTargetAgent runs the agent as an ephemeral container in pod, sharing the network
// and process namespaces of the target container (pod.Container, or the pod's default
// container). The container has NET_ADMIN (plus spec.ExtraCapabilities) and nothing else.
// If one of our agents with the same image already runs in the pod it is reused: one agent
// serves every developer on that pod. It waits until the container runs (up to
// spec.ReadyTimeout) and returns its name.
//
// Ephemeral containers can't be removed or restarted: an agent that exited leaves a
// terminated entry behind, and the next call adds kube-tun-agent-N+1.
func (c *Cluster) EnsureTargetAgent(ctx context.Context, pod PodRef, spec AgentSpec) (containerName string, err error) {
	spec = spec.withDefaults()
	ns := c.ns(pod.Namespace)
	pods := c.Client.CoreV1().Pods(ns)

	ctx, cancel := context.WithTimeout(ctx, spec.ReadyTimeout)
	defer cancel()

	for attempt := 0; ; attempt++ {
		p, err := pods.Get(ctx, pod.Name, metav1.GetOptions{})
		if err != nil {
			return "", fmt.Errorf("add agent to pod %s: %w", pod.Name, forbidden(err, "get", "pods", ns))
		}
		if pod.UID != "" && string(p.UID) != pod.UID {
			return "", fmt.Errorf("add agent to pod %s: the pod was replaced (uid %s, want %s)", pod.Name, p.UID, pod.UID)
		}
		name, busy := existingAgent(p, spec)
		if name != "" {
			return name, c.waitEphemeral(ctx, ns, pod.Name, name, spec.Image)
		}
		if busy != "" {
			// Its ports are taken in the shared netns: a second agent could not start.
			return "", fmt.Errorf("add agent to pod %s: agent %s already runs there with %s (it exits when idle)", pod.Name, busy, incompatible(p, busy, spec))
		}
		target := pod.Container
		if target == "" {
			if target, err = pickContainer(p, ""); err != nil {
				return "", fmt.Errorf("add agent to pod %s: %w", pod.Name, err)
			}
		}
		ec := targetAgentContainer(nextAgentName(p), target, spec)
		p.Spec.EphemeralContainers = append(p.Spec.EphemeralContainers, ec)
		// Update (not patch) so the pod's resourceVersion guards against a concurrent
		// client adding its own agent: on conflict we look again and reuse theirs.
		_, err = pods.UpdateEphemeralContainers(ctx, pod.Name, p, metav1.UpdateOptions{})
		if apierrors.IsConflict(err) && attempt < 5 {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("add agent to pod %s: %w", pod.Name, forbidden(err, "update", "pods/ephemeralcontainers", ns))
		}
		return ec.Name, c.waitEphemeral(ctx, ns, pod.Name, ec.Name, spec.Image)
	}
}

// isAgentContainer reports whether an ephemeral container name is one of ours.
func isAgentContainer(name string) bool {
	return name == AgentName || strings.HasPrefix(name, AgentName+"-")
}

// RunningTargetAgent returns the name of the kube-tun agent that runs (or is starting)
// in pod with spec's image, once it runs, or "" if there is none. Unlike EnsureTargetAgent
// it never adds one: a pod's ephemeral containers can't be removed, so read-only commands
// must not leave one behind.
func (c *Cluster) RunningTargetAgent(ctx context.Context, pod PodRef, spec AgentSpec) (string, error) {
	spec = spec.withDefaults()
	ns := c.ns(pod.Namespace)
	p, err := c.Client.CoreV1().Pods(ns).Get(ctx, pod.Name, metav1.GetOptions{})
	if err != nil {
		return "", fmt.Errorf("find agent in pod %s: %w", pod.Name, c.unreachable(forbidden(err, "get", "pods", ns)))
	}
	name, _ := existingAgent(p, spec)
	if name == "" {
		return "", nil
	}
	ctx, cancel := context.WithTimeout(ctx, spec.ReadyTimeout)
	defer cancel()
	return name, c.waitEphemeral(ctx, ns, pod.Name, name, spec.Image)
}

// existingAgent finds one of our ephemeral agents that is running or still starting and
// can serve spec: the same image and at least spec's capabilities. Otherwise busy names a
// running agent that can't, if any.
func existingAgent(p *corev1.Pod, spec AgentSpec) (name, busy string) {
	ours := map[string]corev1.EphemeralContainer{}
	for _, ec := range p.Spec.EphemeralContainers {
		if isAgentContainer(ec.Name) {
			ours[ec.Name] = ec
		}
	}
	starting := ""
	for _, cs := range p.Status.EphemeralContainerStatuses {
		if _, ok := ours[cs.Name]; !ok {
			continue
		}
		alive := cs.State.Running != nil || (cs.State.Waiting != nil && containerFailure(cs, spec.Image) == nil)
		if !alive {
			continue
		}
		if incompatible(p, cs.Name, spec) != "" {
			busy = cs.Name
			continue
		}
		if cs.State.Running != nil {
			return cs.Name, ""
		}
		starting = cs.Name
	}
	// An agent in the spec with no status yet is being started right now.
	for n := range ours {
		if !hasStatus(p, n) && incompatible(p, n, spec) == "" {
			starting = n
		}
	}
	return starting, busy
}

// incompatible says why the ephemeral agent name can't serve spec, or "".
func incompatible(p *corev1.Pod, name string, spec AgentSpec) string {
	for _, ec := range p.Spec.EphemeralContainers {
		if ec.Name != name {
			continue
		}
		if ec.Image != spec.Image {
			return "image " + ec.Image + " (want " + spec.Image + ")"
		}
		have := map[corev1.Capability]bool{}
		if sc := ec.SecurityContext; sc != nil && sc.Capabilities != nil {
			for _, c := range sc.Capabilities.Add {
				have[c] = true
			}
		}
		var missing []string
		for _, c := range agentCapabilities(spec) {
			if !have[c] {
				missing = append(missing, string(c))
			}
		}
		if len(missing) > 0 {
			return "capabilities lacking " + strings.Join(missing, ", ")
		}
		return ""
	}
	return "no such container"
}

func hasStatus(p *corev1.Pod, name string) bool {
	for _, cs := range p.Status.EphemeralContainerStatuses {
		if cs.Name == name {
			return true
		}
	}
	return false
}

// nextAgentName returns kube-tun-agent-N with N one more than the number of our agents.
func nextAgentName(p *corev1.Pod) string {
	used := map[string]bool{}
	for _, c := range p.Spec.Containers {
		used[c.Name] = true
	}
	for _, c := range p.Spec.InitContainers {
		used[c.Name] = true
	}
	for _, c := range p.Spec.EphemeralContainers {
		used[c.Name] = true
	}
	for n := 1; ; n++ {
		name := fmt.Sprintf("%s-%d", AgentName, n)
		if !used[name] {
			return name
		}
	}
}

// agentCapabilities are the capabilities a target agent gets: NET_ADMIN and the extras.
func agentCapabilities(spec AgentSpec) []corev1.Capability {
	caps := []corev1.Capability{"NET_ADMIN"}
	for _, c := range spec.ExtraCapabilities {
		caps = append(caps, corev1.Capability(strings.TrimPrefix(strings.ToUpper(c), "CAP_")))
	}
	return caps
}

func targetAgentContainer(name, target string, spec AgentSpec) corev1.EphemeralContainer {
	caps := agentCapabilities(spec)
	uid := spec.RunAsUser
	if uid == nil {
		uid = ptr.To[int64](0)
	}
	return corev1.EphemeralContainer{
		TargetContainerName: target,
		EphemeralContainerCommon: corev1.EphemeralContainerCommon{
			Name:            name,
			Image:           spec.Image,
			ImagePullPolicy: spec.PullPolicy,
			Command:         spec.command(),
			Env:             spec.env(),
			SecurityContext: &corev1.SecurityContext{
				RunAsUser:    uid,
				RunAsNonRoot: ptr.To(*uid != 0), // overrides a pod-level runAsNonRoot
				Capabilities: &corev1.Capabilities{
					Add:  caps,
					Drop: []corev1.Capability{"ALL"},
				},
				AllowPrivilegeEscalation: ptr.To(false),
				SeccompProfile:           &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault},
			},
			TerminationMessagePolicy: corev1.TerminationMessageFallbackToLogsOnError,
		},
	}
}

// waitEphemeral waits until the ephemeral container name runs.
func (c *Cluster) waitEphemeral(ctx context.Context, ns, pod, name, image string) error {
	err := c.waitPod(ctx, ns, pod, func(p *corev1.Pod) (bool, error) {
		for _, cs := range p.Status.EphemeralContainerStatuses {
			if cs.Name != name {
				continue
			}
			if cs.State.Running != nil {
				return true, nil
			}
			if t := cs.State.Terminated; t != nil {
				return false, fmt.Errorf("agent container %s exited: code %d %s %s", name, t.ExitCode, t.Reason, strings.TrimSpace(t.Message))
			}
			return false, containerFailure(cs, image)
		}
		if p.Status.Phase == corev1.PodSucceeded || p.Status.Phase == corev1.PodFailed {
			return false, fmt.Errorf("pod %s is no longer running (phase %s)", pod, p.Status.Phase)
		}
		return false, nil
	})
	if err != nil {
		return fmt.Errorf("wait for agent container %s in pod %s: %w", name, pod, err)
	}
	return nil
}

// AgentGone reports whether the ephemeral agent name in pod has ended for good: its
// container terminated (killed, crashed, or stopped by the runtime; ephemeral containers
// are never restarted), or it is missing from the pod. podGone is true when the pod itself
// was deleted or replaced, so no new agent can be placed there. A false answer with a nil
// error means the agent runs or is starting.
func (c *Cluster) AgentGone(ctx context.Context, pod PodRef, name string) (gone, podGone bool, err error) {
	ns := c.ns(pod.Namespace)
	p, err := c.Client.CoreV1().Pods(ns).Get(ctx, pod.Name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return true, true, nil
	}
	if err != nil {
		return false, false, fmt.Errorf("check agent %s in pod %s: %w", name, pod.Name, forbidden(err, "get", "pods", ns))
	}
	if (pod.UID != "" && string(p.UID) != pod.UID) || p.DeletionTimestamp != nil ||
		p.Status.Phase == corev1.PodSucceeded || p.Status.Phase == corev1.PodFailed {
		return true, true, nil
	}
	for _, cs := range p.Status.EphemeralContainerStatuses {
		if cs.Name == name {
			return cs.State.Terminated != nil, false, nil
		}
	}
	for _, ec := range p.Spec.EphemeralContainers {
		if ec.Name == name {
			return false, false, nil // no status yet: starting
		}
	}
	return true, false, nil
}
