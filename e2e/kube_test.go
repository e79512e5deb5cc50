//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/kube"
)

// Tests of package kube against the local cluster.

func loadCluster(t *testing.T, ns string) *kube.Cluster {
	t.Helper()
	e2eutil.RequireCluster(t)
	c, err := kube.Load(kube.Options{Kubeconfig: e2eutil.Kubeconfig(), Namespace: ns})
	if err != nil {
		t.Fatal(err)
	}
	c.Logf = t.Logf
	return c
}

// tempNamespace creates a namespace of the test's own, deleted when the test ends.
func tempNamespace(t *testing.T, c kubernetes.Interface) string {
	t.Helper()
	name := e2eutil.UniqueName("kt-kube")
	ctx := e2eutil.Context(t, 30*time.Second)
	_, err := c.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name}}, metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		zero := int64(0)
		_ = c.CoreV1().Pods(name).DeleteCollection(ctx, metav1.DeleteOptions{GracePeriodSeconds: &zero}, metav1.ListOptions{})
		_ = c.CoreV1().Namespaces().Delete(ctx, name, metav1.DeleteOptions{})
	})
	return name
}

func TestKubeLoadAndPing(t *testing.T) {
	e2eutil.RequireCluster(t)
	ctx := e2eutil.Context(t, 30*time.Second)

	// KUBECONFIG is a path list, as in kubectl; missing files are skipped.
	t.Setenv("KUBECONFIG", "/nonexistent/kubeconfig:"+e2eutil.Kubeconfig())
	c, err := kube.Load(kube.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Server != e2eutil.APIServer || c.Context == "" || c.Namespace == "" {
		t.Errorf("cluster = server %q context %q namespace %q", c.Server, c.Context, c.Namespace)
	}
	if err := c.Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	v, err := c.ServerVersion(ctx)
	if err != nil || !strings.HasPrefix(v.GitVersion, "v1.34") {
		t.Errorf("ServerVersion = %v, %v", v, err)
	}
	c2, err := kube.Load(kube.Options{Namespace: "kt-e2e", Context: c.Context})
	if err != nil || c2.Namespace != "kt-e2e" {
		t.Errorf("Load with -n = %v, %v", c2, err)
	}

	// No kubeconfig anywhere.
	t.Setenv("KUBECONFIG", "/nonexistent/a:/nonexistent/b")
	t.Setenv("KUBERNETES_SERVICE_HOST", "")
	if _, err := kube.Load(kube.Options{}); !errors.Is(err, kube.ErrNoKubeconfig) || !strings.Contains(err.Error(), "/nonexistent/a") {
		t.Errorf("Load without kubeconfig: %v", err)
	}
	if _, err := kube.Load(kube.Options{Kubeconfig: "/nonexistent/c"}); err == nil || !strings.Contains(err.Error(), "--kubeconfig") {
		t.Errorf("Load with a missing --kubeconfig: %v", err)
	}

	// Unreachable server (loopback port with nothing listening).
	cfg := rest.CopyConfig(c.Config)
	cfg.Host = "https://127.0.0.1:1"
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	bad := &kube.Cluster{Client: cs, Config: cfg, Server: cfg.Host}
	var ue *kube.UnreachableError
	if err := bad.Ping(ctx); !errors.As(err, &ue) || ue.Server != cfg.Host {
		t.Errorf("Ping of an unreachable server: %v", err)
	}
}

func TestKubeResolveTarget(t *testing.T) {
	c := loadCluster(t, e2eutil.Namespace)
	ctx := e2eutil.Context(t, 30*time.Second)
	tests := []struct {
		target string
		pods   int
	}{
		{"deploy/echo", 2}, {"deployment/echo", 2}, {"svc/echo", 2},
		{"sts/echo-sts", 1}, {"pod/echo-pod", 1}, {"echo-pod", 1},
	}
	for _, tt := range tests {
		tg, err := c.ResolveTarget(ctx, tt.target, "")
		if err != nil {
			t.Errorf("ResolveTarget(%s): %v", tt.target, err)
			continue
		}
		if len(tg.Pods) != tt.pods || tg.Container != "echo" {
			t.Errorf("ResolveTarget(%s) = %d pods, container %q", tt.target, len(tg.Pods), tg.Container)
		}
		for _, p := range tg.Pods {
			ip, err := netip.ParseAddr(p.IP)
			if err != nil || !netip.MustParsePrefix(e2eutil.PodCIDR).Contains(ip) || p.NodeIP != e2eutil.NodeIP || p.Node != e2eutil.NodeName || p.UID == "" {
				t.Errorf("ResolveTarget(%s): pod %+v", tt.target, p)
			}
		}
	}
	for target, want := range map[string]string{
		"deploy/nope":       `deployment "nope" not found in namespace ` + e2eutil.Namespace + "; its deployments: ",
		"svc/echo":          `no container "nope"`,
		"job/x":             "unknown kind",
		"svc/echo-headless": "", // headless with a selector: its pods
	} {
		ctr := ""
		if target == "svc/echo" {
			ctr = "nope"
		}
		_, err := c.ResolveTarget(ctx, target, ctr)
		if want == "" {
			if err != nil {
				t.Errorf("ResolveTarget(%s): %v", target, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ResolveTarget(%s, %q) error = %v, want %q", target, ctr, err, want)
		}
	}
}

func TestKubeWatchTargetPods(t *testing.T) {
	c := loadCluster(t, e2eutil.Namespace)
	name := e2eutil.UniqueName("kt-watch")
	p1 := e2eutil.EchoPod(name + "-a")
	p1.Labels = map[string]string{"app": name}
	e2eutil.CreatePod(t, p1)
	e2eutil.WaitPodReady(t, e2eutil.Namespace, p1.Name, time.Minute)
	svc := &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: e2eutil.Namespace},
		Spec:       corev1.ServiceSpec{Selector: map[string]string{"app": name}, Ports: []corev1.ServicePort{{Port: 80}}},
	}
	cs := e2eutil.Client(t)
	ctx := e2eutil.Context(t, 2*time.Minute)
	if _, err := cs.CoreV1().Services(e2eutil.Namespace).Create(ctx, svc, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cs.CoreV1().Services(e2eutil.Namespace).Delete(context.Background(), name, metav1.DeleteOptions{})
	})
	tg, err := c.ResolveTarget(ctx, "svc/"+name, "")
	if err != nil || len(tg.Pods) != 1 {
		t.Fatalf("ResolveTarget = %+v, %v", tg, err)
	}
	wctx, cancel := context.WithCancel(ctx)
	added := make(chan kube.PodRef, 4)
	var werr error
	wdone := make(chan struct{})
	go func() {
		defer close(wdone)
		werr = c.WatchTargetPods(wctx, tg, func(p kube.PodRef) { added <- p })
	}()
	t.Cleanup(func() { cancel(); <-wdone })

	p2 := e2eutil.EchoPod(name + "-b")
	p2.Labels = map[string]string{"app": name}
	e2eutil.CreatePod(t, p2)
	select {
	case p := <-added:
		if p.Name != p2.Name || p.IP == "" || p.Container != "echo" {
			t.Fatalf("added %+v", p)
		}
	case <-ctx.Done():
		t.Fatal("new ready pod not reported")
	}
	cancel()
	<-wdone
	if werr != nil {
		t.Fatalf("WatchTargetPods: %v", werr)
	}
}

// httpVia is an HTTP client whose every connection is a stream of pf to port.
func httpVia(pf *kube.PortForwarder, port uint16) *http.Client {
	return &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) { return pf.Dial(ctx, port) },
	}}
}

func TestKubePortForward(t *testing.T) {
	c := loadCluster(t, e2eutil.Namespace)
	ctx := e2eutil.Context(t, 2*time.Minute)
	tg, err := c.ResolveTarget(ctx, "pod/echo-pod", "")
	if err != nil {
		t.Fatal(err)
	}
	pf, err := c.PortForward(ctx, tg.Pods[0])
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()

	// Concurrent requests, each on its own stream of the one SPDY connection.
	const n = 16
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cl := httpVia(pf, 8080)
			defer cl.CloseIdleConnections()
			r, err := e2eutil.GetEcho(ctx, cl, fmt.Sprintf("http://echo/req/%d", i))
			if err == nil && (r.Pod != "echo-pod" || r.Path != fmt.Sprintf("/req/%d", i)) {
				err = fmt.Errorf("reply %+v", r)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}

	// A larger body, checked byte for byte.
	cl := httpVia(pf, 8080)
	resp, err := cl.Get("http://echo/bytes?n=8388608")
	if err != nil {
		t.Fatal(err)
	}
	got := sha256.New()
	nb, err := io.Copy(got, resp.Body)
	resp.Body.Close()
	cl.CloseIdleConnections()
	want := sha256.New()
	buf := make([]byte, 256<<10)
	for i := range buf {
		buf[i] = byte(i)
	}
	for range 32 {
		want.Write(buf)
	}
	if err != nil || nb != 8<<20 || !bytes.Equal(got.Sum(nil), want.Sum(nil)) {
		t.Fatalf("8 MiB body: %d bytes, err %v, checksum match %v", nb, err, bytes.Equal(got.Sum(nil), want.Sum(nil)))
	}

	// Raw TCP echo, with a read deadline and a half-close.
	conn, err := pf.Dial(ctx, e2eutil.EchoTCPPort)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	if _, err := conn.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("read with deadline: %v", err)
	}
	conn.SetReadDeadline(time.Time{})
	if _, err := conn.Write([]byte("hello")); err != nil {
		t.Fatal(err)
	}
	conn.(interface{ CloseWrite() error }).CloseWrite()
	echoed, err := io.ReadAll(conn)
	if err != nil || string(echoed) != "hello" {
		t.Errorf("tcp echo = %q, %v", echoed, err)
	}
	conn.Close()
	conn.Close() // idempotent

	// Nothing listens on the port: the kubelet's error is the read error.
	conn, err = pf.Dial(ctx, 8099)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(conn)
	conn.Close()
	var pe *kube.PortForwardError
	if !errors.As(err, &pe) || pe.Port != 8099 {
		t.Errorf("dial closed port: read error %v", err)
	} else {
		t.Logf("closed port: %v", err)
	}

	// After Close, Dial fails.
	pf.Close()
	if _, err := pf.Dial(ctx, 8080); !errors.Is(err, net.ErrClosed) {
		t.Errorf("Dial after Close: %v", err)
	}
}

// standInAgent is an agent spec that runs busybox httpd on the registration port instead
// of the agent, serving the container's root filesystem: enough to test how package kube
// creates, finds and reaches agents without the agent image.
func standInAgent() kube.AgentSpec {
	return kube.AgentSpec{
		Image: e2eutil.ToolboxImage, PullPolicy: corev1.PullNever,
		Command: []string{"/bin/busybox", "httpd", "-f", "-p", "7070", "-h", "/"},
	}
}

// checkStandInAnswers fetches /etc/passwd from a standInAgent through pf.
func checkStandInAnswers(t *testing.T, ctx context.Context, pf *kube.PortForwarder) {
	t.Helper()
	conn, err := pf.Dial(ctx, kube.PortRegistration)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET /etc/passwd HTTP/1.0\r\n\r\n")
	body, _ := io.ReadAll(conn)
	if !strings.Contains(string(body), "nobody") {
		t.Errorf("agent answer: %q", body)
	}
}

func TestKubeTargetlessAgent(t *testing.T) {
	cs := e2eutil.Client(t)
	e2eutil.RequireCluster(t)
	ns := tempNamespace(t, cs)
	c := loadCluster(t, ns)
	ctx := e2eutil.Context(t, 2*time.Minute)

	// A stand-in agent, as the agent's uid, with a read-only root filesystem.
	spec := standInAgent()
	start := time.Now()
	var steps []string
	ref, err := c.EnsureTargetlessAgent(ctx, spec, func(s string) { steps = append(steps, s) })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("agent %s ready in %v (%s)", ref.Name, time.Since(start).Round(time.Millisecond), strings.Join(steps, "; "))
	p, err := cs.CoreV1().Pods(ns).Get(ctx, ref.Name, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Labels[kube.LabelMode] != kube.ModeTargetless || p.Spec.SecurityContext.RunAsUser == nil || *p.Spec.SecurityContext.RunAsUser != 65532 {
		t.Errorf("agent pod labels %v security %+v", p.Labels, p.Spec.SecurityContext)
	}
	// The container really runs unprivileged.
	out, _, err := e2eutil.Exec(t, ns, ref.Name, "", "/bin/busybox", "sh", "-c", "id -u; grep CapEff /proc/self/status; touch /x 2>&1 || echo read-only")
	if err != nil || !strings.Contains(out, "65532") || !strings.Contains(out, "0000000000000000") || !strings.Contains(out, "read-only") {
		t.Errorf("agent process: %q, %v", out, err)
	}

	// Reached through a port-forward.
	pf, err := c.PortForward(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	checkStandInAnswers(t, ctx, pf)

	// A second client reuses it.
	ref2, err := c.EnsureTargetlessAgent(ctx, spec, nil)
	if err != nil || ref2.Name != ref.Name || ref2.UID != ref.UID {
		t.Errorf("second EnsureTargetlessAgent = %+v, %v", ref2, err)
	}

	// An image that isn't there fails fast.
	start = time.Now()
	_, err = c.EnsureTargetlessAgent(ctx, kube.AgentSpec{Image: "docker.io/local/kube-tun-missing:dev", PullPolicy: corev1.PullNever}, nil)
	var ie *kube.ImagePullError
	if !errors.As(err, &ie) {
		t.Errorf("missing image: %v", err)
	}
	t.Logf("missing image failed in %v: %v", time.Since(start).Round(time.Millisecond), err)

	n, err := c.CleanAgents(ctx, "")
	if err != nil || n != 2 {
		t.Errorf("CleanAgents = %d, %v", n, err)
	}
}

func TestKubeTargetAgent(t *testing.T) {
	c := loadCluster(t, e2eutil.Namespace)
	ctx := e2eutil.Context(t, 2*time.Minute)
	// A target of the test's own: ephemeral containers can't be removed.
	name := e2eutil.UniqueName("kt-target")
	e2eutil.CreatePod(t, e2eutil.EchoPod(name))
	e2eutil.WaitPodReady(t, e2eutil.Namespace, name, time.Minute)
	tg, err := c.ResolveTarget(ctx, "pod/"+name, "")
	if err != nil {
		t.Fatal(err)
	}
	spec := standInAgent()
	start := time.Now()
	ctr, err := c.EnsureTargetAgent(ctx, tg.Pods[0], spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ephemeral agent %s running in %v", ctr, time.Since(start).Round(time.Millisecond))

	// It shares the pod's network namespace: the port-forward to the pod reaches it.
	pf, err := c.PortForward(ctx, tg.Pods[0])
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	checkStandInAnswers(t, ctx, pf)
	// And the app is still served on the same netns.
	r, err := e2eutil.GetEcho(ctx, httpVia(pf, 8080), "http://x/")
	if err != nil || r.Pod != name {
		t.Errorf("app: %+v, %v", r, err)
	}

	// Root with exactly NET_ADMIN (bit 12), which works on the pod's netns; the target's
	// process namespace: its PID 1 is kt-echo.
	out, _, err := e2eutil.Exec(t, e2eutil.Namespace, name, ctr, "/bin/busybox", "sh", "-c",
		"id -u; grep CapEff /proc/self/status; tr '\\0' ' ' </proc/1/cmdline; echo; ip addr add 198.18.7.1/32 dev lo && echo added")
	t.Logf("in the agent container: %q", out)
	if err != nil || !strings.HasPrefix(out, "0\n") || !strings.Contains(out, "CapEff:\t0000000000001000") ||
		!strings.Contains(out, "/usr/local/bin/kt-echo") || !strings.Contains(out, "added") {
		t.Errorf("agent container: %q, %v", out, err)
	}
	// The app's container sees the address: same netns.
	out, _, err = e2eutil.Exec(t, e2eutil.Namespace, name, "echo", "/bin/busybox", "ip", "addr", "show", "dev", "lo")
	if err != nil || !strings.Contains(out, "198.18.7.1") {
		t.Errorf("app container's lo: %q, %v", out, err)
	}

	// Reused by the next client.
	ctr2, err := c.EnsureTargetAgent(ctx, tg.Pods[0], spec)
	if err != nil || ctr2 != ctr {
		t.Errorf("second EnsureTargetAgent = %q, %v", ctr2, err)
	}
}

func TestKubeDiscoverCIDRs(t *testing.T) {
	c := loadCluster(t, e2eutil.Namespace)
	ctx := e2eutil.Context(t, 30*time.Second)
	d, err := c.DiscoverCIDRsDetail(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pods %v (%s), services %v (%s)", d.Pods, d.PodSource, d.Services, d.ServiceSource)
	podRange := netip.MustParsePrefix(e2eutil.PodCIDR)
	if len(d.Pods) == 0 || d.PodSource != "nodes" {
		t.Errorf("pods = %v from %s", d.Pods, d.PodSource)
	}
	for _, p := range d.Pods {
		if !podRange.Contains(p.Addr()) || p.Bits() < 16 {
			t.Errorf("pod CIDR %v outside %v", p, podRange)
		}
	}
	if fmt.Sprint(d.Services) != "["+e2eutil.ServiceCIDR+"]" {
		t.Errorf("services = %v", d.Services)
	}
}

// TestKubeServiceCIDRProbe checks the apiserver's answer to an impossible ClusterIP (a
// dry run: nothing is created, no traffic is sent), used when ServiceCIDRs can't be
// listed.
func TestKubeServiceCIDRProbe(t *testing.T) {
	admin := loadCluster(t, e2eutil.Namespace)
	ns := tempNamespace(t, admin.Client)
	ctx := e2eutil.Context(t, time.Minute)
	dev := saCluster(t, admin, ns, "bob")
	role := &rbacv1.Role{
		ObjectMeta: metav1.ObjectMeta{Name: "svc-create", Namespace: ns},
		Rules:      []rbacv1.PolicyRule{{APIGroups: []string{""}, Resources: []string{"services"}, Verbs: []string{"create"}}},
	}
	if _, err := admin.Client.RbacV1().Roles(ns).Create(ctx, role, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	rb := &rbacv1.RoleBinding{
		ObjectMeta: metav1.ObjectMeta{Name: "bob", Namespace: ns},
		RoleRef:    rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: role.Name},
		Subjects:   []rbacv1.Subject{{Kind: "ServiceAccount", Name: "bob", Namespace: ns}},
	}
	if _, err := admin.Client.RbacV1().RoleBindings(ns).Create(ctx, rb, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	var d *kube.CIDRs
	e2eutil.WaitFor(t, 30*time.Second, "service CIDR from the apiserver", func(ctx context.Context) (bool, error) {
		var err error
		d, err = dev.DiscoverCIDRsDetail(ctx)
		if err != nil && !strings.Contains(err.Error(), "found no pod or service CIDRs") {
			return false, err
		}
		return d != nil && d.ServiceSource == "apiserver", nil
	})
	if fmt.Sprint(d.Services) != "["+e2eutil.ServiceCIDR+"]" {
		t.Errorf("services = %v", d.Services)
	}
	list, err := admin.Client.CoreV1().Services(ns).List(ctx, metav1.ListOptions{})
	if err != nil || len(list.Items) != 0 {
		t.Errorf("the probe left services behind: %v, %v", list, err)
	}
}

// TestKubeRealAgent runs the real agent image (skipped when it is not imported) in both
// placements with kube's pod specs: unprivileged targetless pod, and ephemeral container
// with NET_ADMIN. Each answers HTTP on its registration port through a port-forward.
func TestKubeRealAgent(t *testing.T) {
	cs := e2eutil.Client(t)
	e2eutil.RequireCluster(t)
	ns := tempNamespace(t, cs)
	c := loadCluster(t, ns)
	ctx := e2eutil.Context(t, 3*time.Minute)
	spec := kube.AgentSpec{Image: e2eutil.AgentImage, PullPolicy: corev1.PullNever, IdleTimeout: time.Minute}

	start := time.Now()
	ref, err := c.EnsureTargetlessAgent(ctx, spec, nil)
	var ie *kube.ImagePullError
	if errors.As(err, &ie) {
		t.Skipf("agent image not imported: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("targetless agent %s ready in %v", ref.Name, time.Since(start).Round(time.Millisecond))
	registerAnswers(t, ctx, c, ref)

	target := e2eutil.EchoPod("target")
	target.Namespace = ns
	if _, err := cs.CoreV1().Pods(ns).Create(ctx, target, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	e2eutil.WaitPodReady(t, ns, "target", time.Minute)
	tg, err := c.ResolveTarget(ctx, "pod/target", "")
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	ctr, err := c.EnsureTargetAgent(ctx, tg.Pods[0], spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("target agent %s running in %v", ctr, time.Since(start).Round(time.Millisecond))
	// It listens once it has started; wait for that rather than assume it.
	e2eutil.WaitFor(t, 30*time.Second, "target agent listening", func(ctx context.Context) (bool, error) {
		return registerAnswered(ctx, c, tg.Pods[0]) == nil, nil
	})
}

func registerAnswers(t *testing.T, ctx context.Context, c *kube.Cluster, pod kube.PodRef) {
	t.Helper()
	if err := registerAnswered(ctx, c, pod); err != nil {
		t.Fatal(err)
	}
}

// registerAnswered sends an HTTP request to the agent's registration port in pod.
func registerAnswered(ctx context.Context, c *kube.Cluster, pod kube.PodRef) error {
	pf, err := c.PortForward(ctx, pod)
	if err != nil {
		return err
	}
	defer pf.Close()
	conn, err := pf.Dial(ctx, kube.PortRegistration)
	if err != nil {
		return err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "GET / HTTP/1.0\r\nHost: agent\r\n\r\n")
	b, err := io.ReadAll(conn)
	if !strings.HasPrefix(string(b), "HTTP/1.") {
		return fmt.Errorf("registration port answered %q, %v", b, err)
	}
	return nil
}
