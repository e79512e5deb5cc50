package kube

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/fields"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/watch"
	"k8s.io/utils/ptr"
)

// Agent defaults and conventions.
const (
	DefaultAgentImage = "docker.io/local/kube-tun:dev"
	AgentBinary       = "/usr/local/bin/kube-tun-agent"

	// Agent pod ports (reached only through a port-forward).
	PortRegistration = 7070 // TCP, HTTP/JSON
	PortStream       = 7071 // TCP, length-framed WireGuard datagrams
	PortWireGuard    = 51820

	LabelName      = "app.kubernetes.io/name"
	LabelManagedBy = "app.kubernetes.io/managed-by"
	LabelMode      = "kube-tun.dev/mode"
	AgentName      = "kube-tun-agent"
	ManagedBy      = "kube-tun"
	ModeTargetless = "targetless"
	ModeTarget     = "target"

	// AnnotationImage records the image an agent pod was created from.
	AnnotationImage = "kube-tun.dev/agent-image"

	agentUID            = 65532
	defaultReadyTimeout = 90 * time.Second
)

// AgentSpec describes the agent to run. The container command is
// [AgentBinary, "--idle-timeout=D" (if set), Args...], unless Command replaces
// the first part. The agent learns its pod from POD_NAME, POD_NAMESPACE, POD_IP and
// HOST_IP (downward API); its mode is in the pod's kube-tun.dev/mode label.
type AgentSpec struct {
	Image        string            // default DefaultAgentImage
	PullPolicy   corev1.PullPolicy // default IfNotPresent
	IdleTimeout  time.Duration     // passed as --idle-timeout when > 0
	Args         []string          // extra agent flags
	Env          map[string]string // extra environment
	ReadyTimeout time.Duration     // how long to wait for the agent; default 90 s

	// Command replaces [AgentBinary, "--idle-timeout=..."], e.g.
	// to run a stand-in in tests. Args are still appended.
	Command []string

	// Target mode only (ephemeral container). ExtraCapabilities are added to NET_ADMIN,
	// e.g. "SYS_PTRACE" to read another uid's /proc/PID/environ and root. RunAsUser
	// defaults to 0: without file capabilities on the binary, only root keeps NET_ADMIN
	// across exec. Set it to the target's uid to read its files without SYS_PTRACE (then
	// the agent has no NET_ADMIN, so no redirects).
	ExtraCapabilities []string
	RunAsUser         *int64
}

func (s AgentSpec) withDefaults() AgentSpec {
	if s.Image == "" {
		s.Image = DefaultAgentImage
	}
	if s.PullPolicy == "" {
		s.PullPolicy = corev1.PullIfNotPresent
	}
	if s.ReadyTimeout <= 0 {
		s.ReadyTimeout = defaultReadyTimeout
	}
	return s
}

func (s AgentSpec) command() []string {
	cmd := s.Command
	if len(cmd) == 0 {
		cmd = []string{AgentBinary}
		if s.IdleTimeout > 0 {
			cmd = append(cmd, "--idle-timeout="+s.IdleTimeout.String())
		}
	}
	return append(append([]string(nil), cmd...), s.Args...)
}

func (s AgentSpec) env() []corev1.EnvVar {
	env := []corev1.EnvVar{
		fieldEnv("POD_NAME", "metadata.name"),
		fieldEnv("POD_NAMESPACE", "metadata.namespace"),
		fieldEnv("POD_IP", "status.podIP"),
		fieldEnv("HOST_IP", "status.hostIP"),
	}
	keys := make([]string, 0, len(s.Env))
	for k := range s.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		env = append(env, corev1.EnvVar{Name: k, Value: s.Env[k]})
	}
	return env
}

func fieldEnv(name, path string) corev1.EnvVar {
	return corev1.EnvVar{Name: name, ValueFrom: &corev1.EnvVarSource{
		FieldRef: &corev1.ObjectFieldSelector{FieldPath: path},
	}}
}

// AgentSelector selects kube-tun's agent pods of a mode ("" for every mode).
func AgentSelector(mode string) labels.Selector {
	set := labels.Set{LabelName: AgentName, LabelManagedBy: ManagedBy}
	if mode != "" {
		set[LabelMode] = mode
	}
	return labels.SelectorFromSet(set)
}

// targetlessPodName is deterministic per image, so two clients starting at once create
// one pod: the second gets AlreadyExists and waits for the first's pod.
func targetlessPodName(image string) string {
	h := sha256.Sum256([]byte(image))
	return AgentName + "-" + hex.EncodeToString(h[:])[:10]
}

// targetlessPod is the targetless agent: a bare pod (restartPolicy Never, so an agent
// that exits when idle stays gone) with no privileges at all.
func targetlessPod(ns string, spec AgentSpec) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name:      targetlessPodName(spec.Image),
			Namespace: ns,
			Labels: map[string]string{
				LabelName: AgentName, LabelManagedBy: ManagedBy, LabelMode: ModeTargetless,
			},
			Annotations: map[string]string{AnnotationImage: spec.Image},
		},
		Spec: corev1.PodSpec{
			RestartPolicy:                 corev1.RestartPolicyNever,
			AutomountServiceAccountToken:  ptr.To(false), // the agent never calls the API
			EnableServiceLinks:            ptr.To(false),
			TerminationGracePeriodSeconds: ptr.To[int64](5),
			SecurityContext: &corev1.PodSecurityContext{
				RunAsNonRoot:   ptr.To(true),
				RunAsUser:      ptr.To[int64](agentUID),
				RunAsGroup:     ptr.To[int64](agentUID),
				SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault},
			},
			Containers: []corev1.Container{{
				Name:            AgentName,
				Image:           spec.Image,
				ImagePullPolicy: spec.PullPolicy,
				Command:         spec.command(),
				Env:             spec.env(),
				Ports: []corev1.ContainerPort{
					{Name: "register", ContainerPort: PortRegistration, Protocol: corev1.ProtocolTCP},
					{Name: "stream", ContainerPort: PortStream, Protocol: corev1.ProtocolTCP},
					{Name: "wireguard", ContainerPort: PortWireGuard, Protocol: corev1.ProtocolUDP},
				},
				ReadinessProbe: &corev1.Probe{
					ProbeHandler: corev1.ProbeHandler{
						TCPSocket: &corev1.TCPSocketAction{Port: intstr.FromInt32(PortRegistration)},
					},
					PeriodSeconds: 1, FailureThreshold: 3,
				},
				Resources: corev1.ResourceRequirements{
					Requests: corev1.ResourceList{
						corev1.ResourceCPU:    resource.MustParse("10m"),
						corev1.ResourceMemory: resource.MustParse("32Mi"),
					},
				},
				SecurityContext: &corev1.SecurityContext{
					AllowPrivilegeEscalation: ptr.To(false),
					ReadOnlyRootFilesystem:   ptr.To(true),
					Capabilities:             &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}},
				},
				TerminationMessagePolicy: corev1.TerminationMessageFallbackToLogsOnError,
			}},
		},
	}
}

// EnsureTargetlessAgent returns a ready targetless agent in the cluster's namespace: a
// running, ready one of ours with the same image if there is one, else a new pod. It
// waits for readiness (the registration port accepting connections) up to
// spec.ReadyTimeout, and fails at once with an *ImagePullError if the image can't be
// pulled, or a *ForbiddenError if RBAC refuses a step. progress receives short step
// descriptions; it may be nil.
func (c *Cluster) EnsureTargetlessAgent(ctx context.Context, spec AgentSpec, progress func(string)) (PodRef, error) {
	spec = spec.withDefaults()
	if progress == nil {
		progress = func(string) {}
	}
	ns := c.ns("")
	pods := c.Client.CoreV1().Pods(ns)

	list, err := pods.List(ctx, metav1.ListOptions{LabelSelector: AgentSelector(ModeTargetless).String()})
	if err != nil {
		return PodRef{}, fmt.Errorf("find agent: %w", forbidden(err, "list", "pods", ns))
	}
	if p := reusableAgent(list.Items, spec.Image); p != nil {
		progress("reusing agent pod " + p.Name)
		return podRef(p, AgentName), nil
	}

	want := targetlessPod(ns, spec)
	for attempt := 0; ; attempt++ {
		created, err := pods.Create(ctx, want, metav1.CreateOptions{})
		if err == nil {
			progress("created agent pod " + created.Name)
			break
		}
		if !apierrors.IsAlreadyExists(err) {
			return PodRef{}, fmt.Errorf("create agent pod: %w", forbidden(err, "create", "pods", ns))
		}
		// A pod of that name exists: wait for it if it can still become ready, else
		// replace it (it exited when idle, or failed).
		old, err := pods.Get(ctx, want.Name, metav1.GetOptions{})
		if apierrors.IsNotFound(err) {
			continue
		}
		if err != nil {
			return PodRef{}, fmt.Errorf("get agent pod: %w", forbidden(err, "get", "pods", ns))
		}
		if old.DeletionTimestamp == nil && old.Status.Phase != corev1.PodSucceeded && old.Status.Phase != corev1.PodFailed {
			progress("waiting for agent pod " + old.Name + " started by another client")
			break
		}
		if attempt >= 3 {
			return PodRef{}, fmt.Errorf("create agent pod: %s keeps existing in phase %s", old.Name, old.Status.Phase)
		}
		progress("replacing finished agent pod " + old.Name)
		if err := c.deletePodAndWait(ctx, old); err != nil {
			return PodRef{}, err
		}
	}

	progress("waiting for agent pod " + want.Name + " to be ready")
	ctx, cancel := context.WithTimeout(ctx, spec.ReadyTimeout)
	defer cancel()
	var ready *corev1.Pod
	err = c.waitPod(ctx, ns, want.Name, func(p *corev1.Pod) (bool, error) {
		if err := agentFailure(p, spec.Image); err != nil {
			return false, err
		}
		if podReady(p) {
			ready = p
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return PodRef{}, fmt.Errorf("wait for agent pod %s: %w", want.Name, err)
	}
	return podRef(ready, AgentName), nil
}

// reusableAgent picks a running, ready agent with the given image, preferring the oldest.
func reusableAgent(pods []corev1.Pod, image string) *corev1.Pod {
	var best *corev1.Pod
	for i := range pods {
		p := &pods[i]
		if !podReady(p) || len(p.Spec.Containers) == 0 || p.Spec.Containers[0].Image != image {
			continue
		}
		if best == nil || p.CreationTimestamp.Before(&best.CreationTimestamp) {
			best = p
		}
	}
	return best
}

// agentFailure reports why a pod can never become ready, or nil.
func agentFailure(p *corev1.Pod, image string) error {
	if p.DeletionTimestamp != nil {
		return fmt.Errorf("pod %s is being deleted", p.Name)
	}
	statuses := append(append([]corev1.ContainerStatus(nil), p.Status.ContainerStatuses...), p.Status.EphemeralContainerStatuses...)
	for _, cs := range statuses {
		if err := containerFailure(cs, image); err != nil {
			return err
		}
	}
	switch p.Status.Phase {
	case corev1.PodFailed, corev1.PodSucceeded:
		return fmt.Errorf("pod %s exited (phase %s): %s", p.Name, p.Status.Phase, terminationMessage(p))
	}
	return nil
}

// containerFailure reports a container state that will not become running by itself.
func containerFailure(cs corev1.ContainerStatus, image string) error {
	if w := cs.State.Waiting; w != nil {
		switch w.Reason {
		case "ErrImagePull", "ImagePullBackOff", "ErrImageNeverPull", "InvalidImageName":
			return &ImagePullError{Image: image, Reason: w.Reason, Message: w.Message}
		case "CreateContainerConfigError", "CreateContainerError", "RunContainerError", "CrashLoopBackOff":
			return fmt.Errorf("container %s cannot start: %s: %s", cs.Name, w.Reason, w.Message)
		}
	}
	return nil
}

func terminationMessage(p *corev1.Pod) string {
	for _, cs := range p.Status.ContainerStatuses {
		if t := cs.State.Terminated; t != nil {
			return fmt.Sprintf("container %s exit code %d %s %s", cs.Name, t.ExitCode, t.Reason, t.Message)
		}
	}
	return p.Status.Message
}

// waitPod watches one pod until cond returns true or an error, or ctx ends. A pod that
// disappears is an error.
func (c *Cluster) waitPod(ctx context.Context, ns, name string, cond func(*corev1.Pod) (bool, error)) error {
	return c.watchPod(ctx, ns, name, false, cond)
}

// watchPod is waitPod; with gone set, a missing or deleted pod ends the wait successfully.
func (c *Cluster) watchPod(ctx context.Context, ns, name string, gone bool, cond func(*corev1.Pod) (bool, error)) error {
	opts := metav1.ListOptions{FieldSelector: fields.OneTermEqualSelector("metadata.name", name).String()}
	var last *corev1.Pod
	listed := func(items []corev1.Pod) error {
		for _, p := range items {
			if p.Name == name {
				return nil
			}
		}
		if gone {
			return errStop
		}
		return nil // not created yet, or not visible yet: keep waiting
	}
	err := c.watchPods(ctx, ns, opts, listed, func(typ watch.EventType, p *corev1.Pod) error {
		if p.Name != name {
			return nil
		}
		if typ == watch.Deleted {
			if gone {
				return errStop
			}
			return fmt.Errorf("pod %s was deleted", name)
		}
		last = p
		done, err := cond(p)
		if err != nil {
			return err
		}
		if done {
			return errStop
		}
		return nil
	})
	if err != nil && ctx.Err() != nil {
		state := "not found"
		if last != nil {
			state = podState(last)
		}
		return fmt.Errorf("timed out (pod state: %s): %w", state, ctx.Err())
	}
	return err
}

// deletePodAndWait deletes p (only that incarnation, by UID) and waits until it is gone.
func (c *Cluster) deletePodAndWait(ctx context.Context, p *corev1.Pod) error {
	pods := c.Client.CoreV1().Pods(p.Namespace)
	err := pods.Delete(ctx, p.Name, metav1.DeleteOptions{
		Preconditions:      &metav1.Preconditions{UID: &p.UID},
		GracePeriodSeconds: ptr.To[int64](0),
	})
	if apierrors.IsNotFound(err) || apierrors.IsConflict(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("delete pod %s: %w", p.Name, forbidden(err, "delete", "pods", p.Namespace))
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err = c.watchPod(ctx, p.Namespace, p.Name, true, func(cur *corev1.Pod) (bool, error) {
		return cur.UID != p.UID, nil
	})
	if err != nil {
		return fmt.Errorf("delete pod %s: %w", p.Name, err)
	}
	return nil
}

// CleanAgents deletes kube-tun's targetless agent pods in namespace ("" means the
// cluster's namespace) and returns how many it deleted. Agents in ephemeral containers
// can't be removed (Kubernetes doesn't allow it); they exit by themselves when idle.
func (c *Cluster) CleanAgents(ctx context.Context, namespace string) (int, error) {
	ns := c.ns(namespace)
	pods := c.Client.CoreV1().Pods(ns)
	list, err := pods.List(ctx, metav1.ListOptions{LabelSelector: AgentSelector(ModeTargetless).String()})
	if err != nil {
		return 0, fmt.Errorf("clean agents: %w", forbidden(err, "list", "pods", ns))
	}
	n := 0
	var errs []error
	for _, p := range list.Items {
		if p.DeletionTimestamp != nil {
			continue
		}
		err := pods.Delete(ctx, p.Name, metav1.DeleteOptions{Preconditions: &metav1.Preconditions{UID: &p.UID}})
		switch {
		case err == nil:
			n++
		case apierrors.IsNotFound(err) || apierrors.IsConflict(err):
		default:
			errs = append(errs, fmt.Errorf("delete %s: %w", p.Name, forbidden(err, "delete", "pods", ns)))
		}
	}
	if len(errs) > 0 {
		return n, fmt.Errorf("clean agents: %w", errors.Join(errs...))
	}
	return n, nil
}
