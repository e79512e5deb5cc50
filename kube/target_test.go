package kube

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/watch"
	k8stesting "k8s.io/client-go/testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
)

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in, kind, name string
		err            string
	}{
		{in: "echo", kind: KindPod, name: "echo"},
		{in: "pod/echo", kind: KindPod, name: "echo"},
		{in: "po/echo", kind: KindPod, name: "echo"},
		{in: "pods/echo", kind: KindPod, name: "echo"},
		{in: "deploy/echo", kind: KindDeployment, name: "echo"},
		{in: "deployment/echo", kind: KindDeployment, name: "echo"},
		{in: "Deployments/echo", kind: KindDeployment, name: "echo"},
		{in: "deployment.apps/echo", kind: KindDeployment, name: "echo"},
		{in: "sts/db-0", kind: KindStatefulSet, name: "db-0"},
		{in: "statefulset/db", kind: KindStatefulSet, name: "db"},
		{in: "svc/api", kind: KindService, name: "api"},
		{in: "service/api", kind: KindService, name: "api"},
		{in: " svc/api ", kind: KindService, name: "api"},
		{in: "", err: "missing name"},
		{in: "deploy/", err: "missing name"},
		{in: "job/x", err: "unknown kind"},
		{in: "deploy/Echo", err: "invalid name"},
		{in: "deploy/a/b", err: "invalid name"},
		{in: "pod/echo_1", err: "invalid name"},
	}
	for _, tt := range tests {
		kind, name, err := ParseTarget(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseTarget(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || kind != tt.kind || name != tt.name {
			t.Errorf("ParseTarget(%q) = %q, %q, %v; want %q, %q", tt.in, kind, name, err, tt.kind, tt.name)
		}
	}
}

func TestResolveTarget(t *testing.T) {
	echo := map[string]string{"app": "echo"}
	db := map[string]string{"app": "db"}
	objs := []runtime.Object{
		deployment("echo", echo),
		readyPod("echo-b", "10.244.0.6", withLabels(echo)),
		readyPod("echo-a", "10.244.0.5", withLabels(echo)),
		readyPod("echo-c", "10.244.0.7", withLabels(echo), notReady("ContainerCreating")),
		readyPod("other", "10.244.0.9", withLabels(map[string]string{"app": "other"})),
		statefulSet("db", db),
		readyPod("db-0", "10.244.0.10", withLabels(db), withContainers("db", "metrics")),
		service("echo", echo, "10.96.0.20"),
		service("manual", nil, "10.96.0.21"),
		deployment("down", map[string]string{"app": "down"}),
		readyPod("down-x", "10.244.0.11", withLabels(map[string]string{"app": "down"}), notReady("ImagePullBackOff")),
		deployment("none", map[string]string{"app": "none"}),
		readyPod("multi", "10.244.0.12", withContainers("a", "b")),
		readyPod("multi-default", "10.244.0.13", withContainers("a", "b"), withAnnotation(defaultContainerAnnotation, "b")),
	}
	c, _ := fakeCluster(objs...)
	ctx := context.Background()

	tests := []struct {
		target, container string
		pods              []string
		ctr               string
		err               string
	}{
		{target: "deploy/echo", pods: []string{"echo-a", "echo-b"}, ctr: "app"},
		{target: "svc/echo", pods: []string{"echo-a", "echo-b"}, ctr: "app"},
		{target: "pod/echo-a", pods: []string{"echo-a"}, ctr: "app"},
		{target: "echo-b", pods: []string{"echo-b"}, ctr: "app"},
		{target: "sts/db", err: "several containers (db, metrics)"},
		{target: "sts/db", container: "metrics", pods: []string{"db-0"}, ctr: "metrics"},
		{target: "sts/db", container: "nope", err: `no container "nope"`},
		{target: "multi-default", pods: []string{"multi-default"}, ctr: "b"},
		{target: "multi", err: "choose one with --container"},
		{target: "deploy/missing", err: `deployment "missing" not found in namespace team; its deployments: down, echo, none`},
		{target: "sts/dbb", err: `statefulset "dbb" not found in namespace team; its statefulsets: db`},
		{target: "pod/echo-c", err: "no ready pods: echo-c (Pending: ContainerCreating)"},
		{target: "deploy/down", err: "no ready pods: down-x (Pending: ImagePullBackOff)"},
		{target: "deploy/none", err: "no pods match it"},
		{target: "svc/manual", err: "has no selector"},
		{target: "bogus/x", err: "unknown kind"},
	}
	for _, tt := range tests {
		tg, err := c.ResolveTarget(ctx, tt.target, tt.container)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ResolveTarget(%q, %q) error = %v, want %q", tt.target, tt.container, err, tt.err)
			}
			// What the user must change is typed, so that the CLI calls it bad input.
			var te *TargetError
			var nf *NotFoundError
			var se *TargetSyntaxError
			userFixable := errors.As(err, &te) || errors.As(err, &nf) || errors.As(err, &se)
			if wantFixable := !strings.Contains(tt.err, "ready pods") && !strings.Contains(tt.err, "no pods match"); userFixable != wantFixable {
				t.Errorf("ResolveTarget(%q, %q) = %v: typed as the user's to fix %v, want %v", tt.target, tt.container, err, userFixable, wantFixable)
			}
			continue
		}
		if err != nil {
			t.Errorf("ResolveTarget(%q, %q): %v", tt.target, tt.container, err)
			continue
		}
		var names []string
		for _, p := range tg.Pods {
			names = append(names, p.Name)
			if p.Container != tt.ctr || p.Namespace != testNS || p.IP == "" || p.NodeIP != "10.250.0.1" || p.UID == "" {
				t.Errorf("ResolveTarget(%q): bad pod ref %+v", tt.target, p)
			}
		}
		if strings.Join(names, ",") != strings.Join(tt.pods, ",") || tg.Container != tt.ctr {
			t.Errorf("ResolveTarget(%q) = pods %v container %q; want %v %q", tt.target, names, tg.Container, tt.pods, tt.ctr)
		}
	}
}

func TestResolveTargetForbidden(t *testing.T) {
	c, cs := fakeCluster()
	cs.PrependReactor("get", "deployments", func(k8stesting.Action) (bool, runtime.Object, error) {
		return true, nil, apierrors.NewForbidden(schema.GroupResource{Group: "apps", Resource: "deployments"}, "echo", errors.New("RBAC"))
	})
	_, err := c.ResolveTarget(context.Background(), "deploy/echo", "")
	var fe *ForbiddenError
	if !errors.As(err, &fe) || fe.Verb != "get" || fe.Resource != "deployments.apps" || fe.Namespace != testNS {
		t.Fatalf("error = %v, want ForbiddenError for get deployments.apps", err)
	}
}

func TestWatchTargetPods(t *testing.T) {
	echo := map[string]string{"app": "echo"}
	c, cs := fakeCluster(deployment("echo", echo), readyPod("echo-a", "10.244.0.5", withLabels(echo)))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tg, err := c.ResolveTarget(ctx, "deploy/echo", "")
	if err != nil {
		t.Fatal(err)
	}

	watching := make(chan struct{})
	var once sync.Once
	cs.PrependWatchReactor("pods", func(a k8stesting.Action) (bool, watch.Interface, error) {
		// Register with the tracker before telling the test, so no event is missed.
		w, err := cs.Tracker().Watch(a.GetResource(), a.GetNamespace())
		once.Do(func() { close(watching) })
		return true, w, err
	})

	var mu sync.Mutex
	var got []string
	added := make(chan struct{}, 10)
	done := make(chan error)
	go func() {
		done <- c.WatchTargetPods(ctx, tg, func(p PodRef) {
			mu.Lock()
			got = append(got, p.Name)
			mu.Unlock()
			added <- struct{}{}
		})
	}()
	select {
	case <-watching:
	case <-time.After(10 * time.Second):
		t.Fatal("no watch started")
	}
	pods := cs.CoreV1().Pods(testNS)
	// Not ready, then ready; a pod of another workload; the original pod again.
	if _, err := pods.Create(ctx, readyPod("echo-b", "10.244.0.6", withLabels(echo), notReady("ContainerCreating")), metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := pods.Create(ctx, readyPod("other", "10.244.0.9", withLabels(map[string]string{"app": "x"})), metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := pods.Update(ctx, readyPod("echo-b", "10.244.0.6", withLabels(echo)), metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := pods.Update(ctx, readyPod("echo-a", "10.244.0.5", withLabels(echo)), metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-added:
	case <-time.After(10 * time.Second):
		t.Fatal("no pod reported")
	}
	// A second ready pod proves no duplicate came before it.
	if _, err := pods.Create(ctx, readyPod("echo-c", "10.244.0.7", withLabels(echo)), metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-added:
	case <-time.After(10 * time.Second):
		t.Fatal("second pod not reported")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("WatchTargetPods: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(got, ",") != "echo-b,echo-c" {
		t.Fatalf("added = %v, want [echo-b echo-c]", got)
	}
}

// A missing target names what the namespace has instead: all of it, the first few, or
// that it has none; a namespace that may not be listed gets the plain message.
func TestNotFoundLists(t *testing.T) {
	var objs []runtime.Object
	for i := range 10 {
		objs = append(objs, service(fmt.Sprintf("svc-%d", i), map[string]string{"app": "x"}, fmt.Sprintf("10.96.0.%d", 30+i)))
	}
	c, cs := fakeCluster(objs...)
	ctx := context.Background()
	_, err := c.ResolveTarget(ctx, "svc/nope", "")
	var nf *NotFoundError
	if !errors.As(err, &nf) || len(nf.Others) != maxOthers || nf.More != 2 || !strings.HasSuffix(err.Error(), "svc-7 and 2 more") {
		t.Errorf("10 services: %v (%+v)", err, nf)
	}
	if _, err = c.ResolveTarget(ctx, "sts/nope", ""); !strings.HasSuffix(fmt.Sprint(err), `namespace team, which has no statefulsets`) {
		t.Errorf("no statefulsets: %v", err)
	}
	cs.PrependReactor("list", "deployments", func(k8stesting.Action) (bool, runtime.Object, error) {
		return true, nil, apierrors.NewForbidden(schema.GroupResource{Group: "apps", Resource: "deployments"}, "", errors.New("no"))
	})
	if _, err = c.ResolveTarget(ctx, "deploy/nope", ""); !strings.HasSuffix(fmt.Sprint(err), `deployment "nope" not found in namespace team`) || !errors.As(err, &nf) {
		t.Errorf("deployments not listable: %v", err)
	}
}

// A request that got no answer is an *UnreachableError naming the server; an answer (a
// 404) is not.
func TestResolveTargetUnreachable(t *testing.T) {
	c, cs := fakeCluster()
	c.Server = "https://10.250.0.1:6443"
	cs.PrependReactor("get", "deployments", func(k8stesting.Action) (bool, runtime.Object, error) {
		return true, nil, &url.Error{Op: "Get", URL: c.Server + "/apis/apps/v1", Err: errors.New("connect: connection refused")}
	})
	_, err := c.ResolveTarget(context.Background(), "deploy/echo", "")
	var ue *UnreachableError
	if !errors.As(err, &ue) || ue.Server != c.Server {
		t.Errorf("refused connection: %v, want an *UnreachableError", err)
	}
	if _, err := c.ResolveTarget(context.Background(), "sts/echo", ""); errors.As(err, &ue) {
		t.Errorf("a 404 is an answer: %v", err)
	}
}

// A pod reference carries the TCP ports its target container declares.
func TestPodRefPorts(t *testing.T) {
	p := readyPod("web", "10.244.0.20", withContainers("web", "sidecar"))
	p.Spec.Containers[0].Ports = []corev1.ContainerPort{{ContainerPort: 8080}, {ContainerPort: 53, Protocol: corev1.ProtocolUDP}, {ContainerPort: 9090, Protocol: corev1.ProtocolTCP}}
	p.Spec.Containers[1].Ports = []corev1.ContainerPort{{ContainerPort: 15000}}
	c, _ := fakeCluster(p)
	tg, err := c.ResolveTarget(context.Background(), "pod/web", "web")
	if err != nil {
		t.Fatal(err)
	}
	if got := tg.Pods[0].Ports; fmt.Sprint(got) != "[8080 9090]" {
		t.Errorf("ports %v, want [8080 9090]", got)
	}
}
