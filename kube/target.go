package kube

import (
	"context"
	"fmt"
	"sort"
	"strings"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/watch"
)

// Target kinds, as returned by ParseTarget and stored in Target.Kind.
const (
	KindPod         = "pod"
	KindDeployment  = "deployment"
	KindStatefulSet = "statefulset"
	KindService     = "service"
)

// defaultContainerAnnotation is kubectl's way for a pod to name its main container.
const defaultContainerAnnotation = "kubectl.kubernetes.io/default-container"

var kindAliases = map[string]string{
	"pod": KindPod, "pods": KindPod, "po": KindPod,
	"deploy": KindDeployment, "deployment": KindDeployment, "deployments": KindDeployment,
	"deployment.apps": KindDeployment, "deployments.apps": KindDeployment,
	"sts": KindStatefulSet, "statefulset": KindStatefulSet, "statefulsets": KindStatefulSet,
	"statefulset.apps": KindStatefulSet, "statefulsets.apps": KindStatefulSet,
	"svc": KindService, "service": KindService, "services": KindService,
}

// Target is a resolved target: the workload and every ready pod behind it.
type Target struct {
	Kind      string   // KindPod, KindDeployment, KindStatefulSet or KindService
	Name      string   // the workload's name
	Namespace string   // the workload's namespace
	Pods      []PodRef // ready pods, sorted by name
	Container string   // the target container (the same name in every pod)

	selector labels.Selector // pods of the workload; nil for KindPod
}

// String returns the target in kubectl form, e.g. "deployment/echo".
func (t *Target) String() string { return t.Kind + "/" + t.Name }

// PodRef names one pod and where it runs.
type PodRef struct {
	Name, Namespace string
	IP              string // pod IP
	Node            string // node name
	NodeIP          string // node (host) IP: kubelet probes come from there
	Container       string // target container in this pod
	UID             string
	Ports           []uint16 // TCP ports the target container declares (it may listen on others)
}

// ParseTarget splits a kubectl-style target: pod/NAME, deploy/NAME, sts/NAME, svc/NAME
// (with kubectl's aliases), or a bare NAME meaning a pod. kind is canonical (KindPod, ...).
func ParseTarget(s string) (kind, name string, err error) {
	s = strings.TrimSpace(s)
	kindPart, name, hasKind := strings.Cut(s, "/")
	if !hasKind {
		kindPart, name = "pod", s
	}
	if name == "" {
		return "", "", &TargetSyntaxError{Target: s, Problem: "missing name (use e.g. deploy/NAME)"}
	}
	kind, ok := CanonicalKind(kindPart)
	if !ok {
		return "", "", &TargetSyntaxError{Target: s, Problem: fmt.Sprintf("unknown kind %q (use pod/, deploy/, sts/ or svc/)", kindPart)}
	}
	if errs := validation.IsDNS1123Subdomain(name); len(errs) > 0 {
		return "", "", &TargetSyntaxError{Target: s, Problem: "invalid name: " + strings.Join(errs, "; ")}
	}
	return kind, name, nil
}

// ResolveTarget finds every ready pod of the target s (see ParseTarget) in the cluster's
// namespace and picks the target container: container if given, else the pod's
// kubectl.kubernetes.io/default-container annotation, else its only container.
func (c *Cluster) ResolveTarget(ctx context.Context, s, container string) (*Target, error) {
	kind, name, err := ParseTarget(s)
	if err != nil {
		return nil, err
	}
	ns := c.ns("")
	t := &Target{Kind: kind, Name: name, Namespace: ns}
	var pods []corev1.Pod
	switch kind {
	case KindPod:
		p, err := c.Client.CoreV1().Pods(ns).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return nil, c.notFound(ctx, forbidden(err, "get", "pods", ns), t)
		}
		pods = []corev1.Pod{*p}
	case KindDeployment:
		d, err := c.Client.AppsV1().Deployments(ns).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return nil, c.notFound(ctx, forbidden(err, "get", "deployments.apps", ns), t)
		}
		if t.selector, err = metav1.LabelSelectorAsSelector(d.Spec.Selector); err != nil {
			return nil, fmt.Errorf("resolve %s: selector: %w", t, err)
		}
	case KindStatefulSet:
		s, err := c.Client.AppsV1().StatefulSets(ns).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return nil, c.notFound(ctx, forbidden(err, "get", "statefulsets.apps", ns), t)
		}
		if t.selector, err = metav1.LabelSelectorAsSelector(s.Spec.Selector); err != nil {
			return nil, fmt.Errorf("resolve %s: selector: %w", t, err)
		}
	case KindService:
		svc, err := c.Client.CoreV1().Services(ns).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return nil, c.notFound(ctx, forbidden(err, "get", "services", ns), t)
		}
		if len(svc.Spec.Selector) == 0 {
			return nil, fmt.Errorf("resolve %s: %w", t, &TargetError{Problem: "the service has no selector (its endpoints are managed by hand); target the pods directly"})
		}
		t.selector = labels.SelectorFromSet(svc.Spec.Selector)
	}
	if t.selector != nil {
		if t.selector.Empty() {
			return nil, fmt.Errorf("resolve %s: %w", t, &TargetError{Problem: "empty selector would match every pod"})
		}
		list, err := c.Client.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{LabelSelector: t.selector.String()})
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", t, c.unreachable(forbidden(err, "list", "pods", ns)))
		}
		pods = list.Items
	}
	sort.Slice(pods, func(i, j int) bool { return pods[i].Name < pods[j].Name })

	var notReady []string
	for i := range pods {
		p := &pods[i]
		if !podReady(p) {
			notReady = append(notReady, p.Name+" ("+podState(p)+")")
			continue
		}
		ctr, err := pickContainer(p, container)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", t, err)
		}
		if t.Container == "" {
			t.Container = ctr
		}
		t.Pods = append(t.Pods, podRef(p, ctr))
	}
	if len(t.Pods) == 0 {
		if len(pods) == 0 {
			return nil, fmt.Errorf("resolve %s in namespace %s: no pods match it", t, ns)
		}
		return nil, fmt.Errorf("resolve %s in namespace %s: no ready pods: %s", t, ns, strings.Join(notReady, ", "))
	}
	return t, nil
}

// pickContainer chooses the target container of p: want if set (and present), else the
// default-container annotation, else the only container.
func pickContainer(p *corev1.Pod, want string) (string, error) {
	names := make([]string, 0, len(p.Spec.Containers))
	for _, c := range p.Spec.Containers {
		names = append(names, c.Name)
	}
	has := func(n string) bool {
		for _, x := range names {
			if x == n {
				return true
			}
		}
		return false
	}
	if want != "" {
		if !has(want) {
			return "", &TargetError{Problem: fmt.Sprintf("pod %s has no container %q (containers: %s)", p.Name, want, strings.Join(names, ", "))}
		}
		return want, nil
	}
	if d := p.Annotations[defaultContainerAnnotation]; d != "" && has(d) {
		return d, nil
	}
	if len(names) == 1 {
		return names[0], nil
	}
	return "", &TargetError{Problem: fmt.Sprintf("pod %s has several containers (%s): choose one with --container", p.Name, strings.Join(names, ", "))}
}

func podReady(p *corev1.Pod) bool {
	if p.DeletionTimestamp != nil || p.Status.Phase != corev1.PodRunning || p.Status.PodIP == "" {
		return false
	}
	for _, c := range p.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// podState describes why a pod is not ready, e.g. "Pending: ContainerCreating".
func podState(p *corev1.Pod) string {
	if p.DeletionTimestamp != nil {
		return "Terminating"
	}
	state := string(p.Status.Phase)
	for _, cs := range p.Status.ContainerStatuses {
		if w := cs.State.Waiting; w != nil && w.Reason != "" {
			return state + ": " + w.Reason
		}
		if !cs.Ready && cs.State.Running != nil {
			return state + ": container " + cs.Name + " not ready"
		}
	}
	for _, c := range p.Status.Conditions {
		if c.Status != corev1.ConditionTrue && c.Reason != "" {
			return state + ": " + c.Reason
		}
	}
	return state
}

func podRef(p *corev1.Pod, container string) PodRef {
	ref := PodRef{
		Name: p.Name, Namespace: p.Namespace, IP: p.Status.PodIP,
		Node: p.Spec.NodeName, NodeIP: p.Status.HostIP,
		Container: container, UID: string(p.UID),
	}
	for _, c := range p.Spec.Containers {
		if c.Name != container {
			continue
		}
		for _, cp := range c.Ports {
			if cp.Protocol == "" || cp.Protocol == corev1.ProtocolTCP {
				ref.Ports = append(ref.Ports, uint16(cp.ContainerPort))
			}
		}
	}
	return ref
}

// WatchTargetPods calls fn for each pod of t that becomes ready and is not yet in t.Pods,
// e.g. a new replica after a scale-up or a restart, until ctx is done. It returns nil when
// ctx is done, or an error if watching fails. A pod target never gains pods. fn is called
// from one goroutine at a time; t is not modified.
func (c *Cluster) WatchTargetPods(ctx context.Context, t *Target, fn func(added PodRef)) error {
	if t.selector == nil {
		<-ctx.Done()
		return nil
	}
	seen := make(map[string]bool, len(t.Pods))
	for _, p := range t.Pods {
		seen[p.UID] = true
	}
	opts := metav1.ListOptions{LabelSelector: t.selector.String()}
	err := c.watchPods(ctx, t.Namespace, opts, nil, func(typ watch.EventType, p *corev1.Pod) error {
		if typ == watch.Deleted || seen[string(p.UID)] || !podReady(p) || !t.selector.Matches(labels.Set(p.Labels)) {
			return nil
		}
		ctr, err := pickContainer(p, t.Container)
		if err != nil {
			c.logf("watch %s: skipping new pod: %v", t, err)
			return nil
		}
		seen[string(p.UID)] = true
		fn(podRef(p, ctr))
		return nil
	})
	if ctx.Err() != nil {
		return nil
	}
	if err != nil {
		return fmt.Errorf("watch pods of %s: %w", t, err)
	}
	return nil
}
