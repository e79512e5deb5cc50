package e2eutil

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/kubernetes/scheme"
	"k8s.io/client-go/tools/portforward"
	"k8s.io/client-go/tools/remotecommand"
	"k8s.io/client-go/transport/spdy"
)

// UniqueName is prefix plus a short random suffix, valid as a Kubernetes or link name
// (keep prefix short for links: 15 bytes at most in all).
func UniqueName(prefix string) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return prefix + "-" + hex.EncodeToString(b[:])
}

// Exec runs cmd in a container of a pod (container "" = the first) and returns its stdout
// and stderr. err is non-nil when the command could not run or exited non-zero.
func Exec(t testing.TB, ns, pod, container string, cmd ...string) (stdout, stderr string, err error) {
	t.Helper()
	return ExecWithInput(t, ns, pod, container, nil, cmd...)
}

// ExecWithInput is Exec with stdin.
func ExecWithInput(t testing.TB, ns, pod, container string, stdin io.Reader, cmd ...string) (stdout, stderr string, err error) {
	t.Helper()
	cfg := RestConfig(t)
	c := Client(t)
	req := c.CoreV1().RESTClient().Post().Resource("pods").Namespace(ns).Name(pod).SubResource("exec").
		VersionedParams(&corev1.PodExecOptions{
			Container: container, Command: cmd, Stdin: stdin != nil, Stdout: true, Stderr: true,
		}, scheme.ParameterCodec)
	ex, err := remotecommand.NewSPDYExecutor(cfg, http.MethodPost, req.URL())
	if err != nil {
		return "", "", fmt.Errorf("exec %s/%s: %w", ns, pod, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var o, e bytes.Buffer
	err = ex.StreamWithContext(ctx, remotecommand.StreamOptions{Stdin: stdin, Stdout: &o, Stderr: &e})
	if err != nil {
		err = fmt.Errorf("exec %q in %s/%s: %w (stderr: %s)", strings.Join(cmd, " "), ns, pod, err, e.String())
	}
	return o.String(), e.String(), err
}

// PortForward forwards a random local port on 127.0.0.1 to port of a pod, through the API
// server (client-go, like `kubectl port-forward`), until the test ends. It returns the
// local address.
func PortForward(t testing.TB, ns, pod string, port int) string {
	t.Helper()
	cfg := RestConfig(t)
	c := Client(t)
	url := c.CoreV1().RESTClient().Post().Resource("pods").Namespace(ns).Name(pod).SubResource("portforward").URL()
	tr, up, err := spdy.RoundTripperFor(cfg)
	if err != nil {
		t.Fatalf("port-forward: %v", err)
	}
	dialer := spdy.NewDialer(up, &http.Client{Transport: tr}, http.MethodPost, url)
	stop, ready := make(chan struct{}), make(chan struct{})
	fw, err := portforward.NewOnAddresses(dialer, []string{"127.0.0.1"}, []string{fmt.Sprintf("0:%d", port)}, stop, ready, io.Discard, io.Discard)
	if err != nil {
		t.Fatalf("port-forward: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- fw.ForwardPorts() }()
	t.Cleanup(func() {
		close(stop)
		<-done
	})
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("port-forward %s/%s:%d: %v", ns, pod, port, err)
	case <-time.After(30 * time.Second):
		t.Fatalf("port-forward %s/%s:%d: not ready after 30s", ns, pod, port)
	}
	ports, err := fw.GetPorts()
	if err != nil || len(ports) != 1 {
		t.Fatalf("port-forward ports: %v %v", ports, err)
	}
	return net.JoinHostPort("127.0.0.1", fmt.Sprint(ports[0].Local))
}

// PodReady reports whether the pod's Ready condition is true.
func PodReady(p *corev1.Pod) bool {
	for _, c := range p.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// WaitPodReady waits until the pod is Ready and returns it.
func WaitPodReady(t testing.TB, ns, name string, timeout time.Duration) *corev1.Pod {
	t.Helper()
	c := Client(t)
	var pod *corev1.Pod
	WaitFor(t, timeout, fmt.Sprintf("pod %s/%s Ready", ns, name), func(ctx context.Context) (bool, error) {
		p, err := c.CoreV1().Pods(ns).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return false, err
		}
		pod = p
		if p.Status.Phase == corev1.PodFailed || p.Status.Phase == corev1.PodSucceeded {
			return false, fmt.Errorf("pod is %s", p.Status.Phase)
		}
		return PodReady(p), nil
	})
	return pod
}

// WaitPodPhase waits until the pod reaches phase (e.g. Succeeded for a run-to-completion pod).
func WaitPodPhase(t testing.TB, ns, name string, phase corev1.PodPhase, timeout time.Duration) *corev1.Pod {
	t.Helper()
	c := Client(t)
	var pod *corev1.Pod
	WaitFor(t, timeout, fmt.Sprintf("pod %s/%s %s", ns, name, phase), func(ctx context.Context) (bool, error) {
		p, err := c.CoreV1().Pods(ns).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return false, err
		}
		pod = p
		return p.Status.Phase == phase, nil
	})
	return pod
}

// CreatePod creates the pod (namespace defaults to Namespace) and deletes it when the test
// ends. It does not wait; see WaitPodReady.
func CreatePod(t testing.TB, pod *corev1.Pod) *corev1.Pod {
	t.Helper()
	if pod.Namespace == "" {
		pod.Namespace = Namespace
	}
	c := Client(t)
	ctx := Context(t, 30*time.Second)
	p, err := c.CoreV1().Pods(pod.Namespace).Create(ctx, pod, metav1.CreateOptions{})
	if err != nil {
		t.Fatalf("create pod %s/%s: %v", pod.Namespace, pod.Name, err)
	}
	t.Cleanup(func() { DeletePod(c, p.Namespace, p.Name) })
	return p
}

// DeletePod deletes a pod at once (grace period 0) and waits up to 30 s for it to go.
func DeletePod(c kubernetes.Interface, ns, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	zero := int64(0)
	if err := c.CoreV1().Pods(ns).Delete(ctx, name, metav1.DeleteOptions{GracePeriodSeconds: &zero}); apierrors.IsNotFound(err) {
		return
	}
	_ = Poll(ctx, 200*time.Millisecond, func(ctx context.Context) (bool, error) {
		_, err := c.CoreV1().Pods(ns).Get(ctx, name, metav1.GetOptions{})
		return apierrors.IsNotFound(err), nil
	})
}

// EchoPod is a pod running kt-echo (image EchoImage) with POD_NAME set, as in the echo
// Deployment. Callers may change it before CreatePod.
func EchoPod(name string) *corev1.Pod {
	return &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: Namespace, Labels: map[string]string{"app": name}},
		Spec: corev1.PodSpec{
			TerminationGracePeriodSeconds: new(int64(1)),
			Containers: []corev1.Container{{
				Name: "echo", Image: EchoImage, ImagePullPolicy: corev1.PullNever,
				Env: []corev1.EnvVar{{Name: "POD_NAME", ValueFrom: &corev1.EnvVarSource{FieldRef: &corev1.ObjectFieldSelector{FieldPath: "metadata.name"}}}},
				ReadinessProbe: &corev1.Probe{
					ProbeHandler:  corev1.ProbeHandler{HTTPGet: &corev1.HTTPGetAction{Path: "/healthz", Port: intstrPort(EchoHTTPPort)}},
					PeriodSeconds: 1,
				},
			}},
		},
	}
}

// AddEphemeralContainer adds ec to a running pod (like `kubectl debug --target`) and waits
// until it runs. Ephemeral containers can't be removed: use a pod of the test's own.
func AddEphemeralContainer(t testing.TB, ns, pod string, ec corev1.EphemeralContainer, timeout time.Duration) {
	t.Helper()
	c := Client(t)
	ctx := Context(t, timeout)
	p, err := c.CoreV1().Pods(ns).Get(ctx, pod, metav1.GetOptions{})
	if err != nil {
		t.Fatalf("get pod: %v", err)
	}
	p.Spec.EphemeralContainers = append(p.Spec.EphemeralContainers, ec)
	if _, err := c.CoreV1().Pods(ns).UpdateEphemeralContainers(ctx, pod, p, metav1.UpdateOptions{}); err != nil {
		t.Fatalf("add ephemeral container %s to %s/%s: %v", ec.Name, ns, pod, err)
	}
	WaitFor(t, timeout, "ephemeral container "+ec.Name+" running", func(ctx context.Context) (bool, error) {
		p, err := c.CoreV1().Pods(ns).Get(ctx, pod, metav1.GetOptions{})
		if err != nil {
			return false, err
		}
		for _, s := range p.Status.EphemeralContainerStatuses {
			if s.Name == ec.Name {
				if s.State.Terminated != nil {
					return false, fmt.Errorf("terminated: %s (exit %d)", s.State.Terminated.Reason, s.State.Terminated.ExitCode)
				}
				return s.State.Running != nil, nil
			}
		}
		return false, nil
	})
}

// Logs returns a container's log.
func Logs(t testing.TB, ns, pod, container string) string {
	t.Helper()
	b, err := Client(t).CoreV1().Pods(ns).GetLogs(pod, &corev1.PodLogOptions{Container: container}).DoRaw(Context(t, 30*time.Second))
	if err != nil {
		t.Fatalf("logs %s/%s/%s: %v", ns, pod, container, err)
	}
	return string(b)
}

// ReadyPods lists the Ready pods matching a label selector (e.g. "app=echo").
func ReadyPods(t testing.TB, ns, selector string) []corev1.Pod {
	t.Helper()
	l, err := Client(t).CoreV1().Pods(ns).List(Context(t, 30*time.Second), metav1.ListOptions{LabelSelector: selector})
	if err != nil {
		t.Fatalf("list pods %s %s: %v", ns, selector, err)
	}
	var out []corev1.Pod
	for _, p := range l.Items {
		if PodReady(&p) && p.DeletionTimestamp == nil {
			out = append(out, p)
		}
	}
	return out
}

// ServiceIP is the ClusterIP of a Service.
func ServiceIP(t testing.TB, ns, name string) string {
	t.Helper()
	s, err := Client(t).CoreV1().Services(ns).Get(Context(t, 30*time.Second), name, metav1.GetOptions{})
	if err != nil {
		t.Fatalf("get service %s/%s: %v", ns, name, err)
	}
	return s.Spec.ClusterIP
}
