//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// The local cluster itself: the facts every other e2e test relies on.

func TestClusterNodeReady(t *testing.T) {
	e2eutil.RequireCluster(t)
	n, err := e2eutil.Client(t).CoreV1().Nodes().Get(e2eutil.Context(t, 10*time.Second), e2eutil.NodeName, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range n.Status.Conditions {
		if c.Type == corev1.NodeReady && c.Status != corev1.ConditionTrue {
			t.Fatalf("node not Ready: %s", c.Message)
		}
	}
	if got := n.Status.NodeInfo.KubeletVersion; !strings.HasPrefix(got, "v1.") {
		t.Errorf("kubelet version %q", got)
	}
}

func TestClusterDNSFromPod(t *testing.T) {
	e2eutil.RequireCluster(t)
	want := e2eutil.ServiceIP(t, e2eutil.Namespace, "echo")
	// busybox nslookup applies the search path only to names without a dot.
	for _, name := range []string{"echo", "echo.kt-e2e.svc.cluster.local", "echo.kt-e2e-other.svc.cluster.local"} {
		// busybox nslookup tries every search domain and exits 1 when one is NXDOMAIN;
		// what matters is the answer for the name the search path completes.
		out, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "nslookup", name)
		if err != nil && !strings.Contains(out, "Address") {
			t.Fatalf("nslookup %s: %v\n%s", name, err, out)
		}
		if name == "echo.kt-e2e-other.svc.cluster.local" {
			want = e2eutil.ServiceIP(t, e2eutil.OtherNamespace, "echo")
		}
		if !strings.Contains(out, want) {
			t.Errorf("nslookup %s: want %s in\n%s", name, want, out)
		}
	}
}

func TestClusterIPFromHost(t *testing.T) {
	e2eutil.RequireCluster(t)
	ip := e2eutil.ServiceIP(t, e2eutil.Namespace, "echo")
	pods := map[string]bool{}
	for _, p := range e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo") {
		pods[p.Name] = true
	}
	if len(pods) != 2 {
		t.Fatalf("want 2 ready echo pods, got %v", pods)
	}
	seen := map[string]bool{}
	url := fmt.Sprintf("http://%s:%d/hello?x=1", ip, e2eutil.EchoServiceHTTPPort)
	// A new connection per request: kube-proxy balances connections, not requests.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	e2eutil.WaitFor(t, 30*time.Second, "both echo pods answer through the ClusterIP", func(ctx context.Context) (bool, error) {
		r, err := e2eutil.GetEcho(ctx, client, url)
		if err != nil {
			return false, err
		}
		if !pods[r.Pod] || r.Path != "/hello" || r.Method != "GET" {
			return false, fmt.Errorf("unexpected reply %+v", r)
		}
		seen[r.Pod] = true
		return len(seen) == 2, nil
	})
}

func TestClusterPortForward(t *testing.T) {
	e2eutil.RequireCluster(t)
	addr := e2eutil.PortForward(t, e2eutil.Namespace, "echo-pod", e2eutil.EchoHTTPPort)
	r, err := e2eutil.GetEcho(e2eutil.Context(t, 10*time.Second), nil, "http://"+addr+"/pf")
	if err != nil {
		t.Fatal(err)
	}
	if r.Pod != "echo-pod" || r.Path != "/pf" {
		t.Fatalf("reply %+v", r)
	}
}

func TestClusterExecEnvAndFiles(t *testing.T) {
	e2eutil.RequireCluster(t)
	out, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "sh", "-c",
		`echo "$PLAIN_VAR|$FROM_CONFIGMAP|$FROM_SECRET|$CM_CONFIG_GREETING"; cat /etc/kt-config/app.conf; `+
			`echo x >/data/probe && cat /data/probe; test -s /var/run/secrets/kubernetes.io/serviceaccount/token && echo token`)
	if err != nil {
		t.Fatal(err)
	}
	want := "plain-value|hello-from-configmap|s3cr3t-value|hello-from-configmap\nmode=e2e\nanswer=42\nx\ntoken\n"
	if out != want {
		t.Fatalf("got %q, want %q", out, want)
	}
}

// kt-echo's protocols through the echo Services, from the host.
func TestClusterEchoProtocols(t *testing.T) {
	e2eutil.RequireCluster(t)
	ip := e2eutil.ServiceIP(t, e2eutil.Namespace, "echo")
	ctx := e2eutil.Context(t, 30*time.Second)

	r, err := e2eutil.GetEcho(ctx, e2eutil.H2CClient(nil), fmt.Sprintf("http://%s:%d/h2", ip, e2eutil.EchoServiceH2CPort))
	if err != nil || r.Proto != "HTTP/2.0" {
		t.Errorf("h2c: %+v %v", r, err)
	}
	msg := []byte("\x0a\x05hello")
	reply, pod, err := e2eutil.GRPCEcho(ctx, e2eutil.H2CClient(nil), fmt.Sprintf("http://%s:%d", ip, e2eutil.EchoServiceGRPCPort), msg)
	if err != nil || string(reply) != string(msg) || pod == "" {
		t.Errorf("grpc: %q %q %v", reply, pod, err)
	}

	c, err := net.DialTimeout("tcp", net.JoinHostPort(ip, fmt.Sprint(e2eutil.EchoServiceHTTPPort)), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	ws, greeting, err := e2eutil.DialWebsocket(c, "echo", "/ws")
	if err != nil || !strings.HasPrefix(greeting, "pod echo-") {
		t.Fatalf("websocket: %q %v", greeting, err)
	}
	defer ws.Close()
	if err := ws.Send([]byte("ping over ws")); err != nil {
		t.Fatal(err)
	}
	if got, err := ws.Recv(); err != nil || string(got) != "ping over ws" {
		t.Errorf("websocket echo: %q %v", got, err)
	}

	u, err := net.Dial("udp", net.JoinHostPort(e2eutil.ServiceIP(t, e2eutil.Namespace, "udp-echo"), fmt.Sprint(e2eutil.UDPEchoServicePort)))
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	buf := make([]byte, 100)
	e2eutil.WaitFor(t, 10*time.Second, "UDP echo", func(context.Context) (bool, error) {
		_ = u.SetDeadline(time.Now().Add(500 * time.Millisecond))
		if _, err := u.Write([]byte("hostname")); err != nil {
			return false, err
		}
		n, err := u.Read(buf)
		return err == nil && strings.HasPrefix(string(buf[:n]), "echo-"), err
	})

	tc, err := net.DialTimeout("tcp", net.JoinHostPort(ip, fmt.Sprint(e2eutil.EchoServiceTCPPort)), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer tc.Close()
	_ = tc.SetDeadline(time.Now().Add(10 * time.Second))
	_, _ = tc.Write([]byte("raw tcp"))
	_ = tc.(*net.TCPConn).CloseWrite()
	if got, err := io.ReadAll(tc); err != nil || string(got) != "raw tcp" {
		t.Errorf("tcp echo: %q %v", got, err)
	}
}

// An ephemeral container targeting a container shares its process and network namespaces.
func TestClusterEphemeralContainer(t *testing.T) {
	e2eutil.RequireCluster(t)
	name := e2eutil.UniqueName("eph")
	e2eutil.CreatePod(t, e2eutil.EchoPod(name))
	e2eutil.WaitPodReady(t, e2eutil.Namespace, name, time.Minute)
	e2eutil.AddEphemeralContainer(t, e2eutil.Namespace, name, corev1.EphemeralContainer{
		TargetContainerName: "echo",
		EphemeralContainerCommon: corev1.EphemeralContainerCommon{
			Name: "debug", Image: e2eutil.ToolboxImage, ImagePullPolicy: corev1.PullNever,
			Command: []string{"sh", "-c", `ps -o comm | grep -q '^kt-echo' && echo SAME-PID-NS; ` +
				`wget -qO- http://127.0.0.1:8080/healthz >/dev/null && echo SAME-NET-NS; exec sleep 3600`},
			SecurityContext: &corev1.SecurityContext{Capabilities: &corev1.Capabilities{Add: []corev1.Capability{"NET_ADMIN"}}},
		},
	}, time.Minute)
	e2eutil.WaitFor(t, 30*time.Second, "ephemeral container output", func(ctx context.Context) (bool, error) {
		logs := e2eutil.Logs(t, e2eutil.Namespace, name, "debug")
		return strings.Contains(logs, "SAME-PID-NS") && strings.Contains(logs, "SAME-NET-NS"), nil
	})
}

// The laptop namespace reaches the API server and nothing else of the cluster; the routed
// variant reaches pod IPs too.
func TestClusterLaptopNetns(t *testing.T) {
	e2eutil.RequireCluster(t)
	pods := e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo")
	if len(pods) == 0 {
		t.Fatal("no echo pod")
	}
	podURL := fmt.Sprintf("http://%s/", net.JoinHostPort(pods[0].Status.PodIP, fmt.Sprint(e2eutil.EchoHTTPPort)))
	svcURL := fmt.Sprintf("http://%s:%d/", e2eutil.ServiceIP(t, e2eutil.Namespace, "echo"), e2eutil.EchoServiceHTTPPort)

	out, err := e2eutil.InNetns(t, e2eutil.LaptopNetns, e2eutil.Kubectl(), "get", "--raw", "/readyz")
	if err != nil || !strings.Contains(out, "ok") {
		t.Fatalf("API server from %s: %v\n%s", e2eutil.LaptopNetns, err, out)
	}
	for _, u := range []string{podURL, svcURL} {
		if out, err := e2eutil.InNetns(t, e2eutil.LaptopNetns, "curl", "-sS", "--max-time", "3", u); err == nil {
			t.Errorf("%s reached %s:\n%s", e2eutil.LaptopNetns, u, out)
		}
	}
	if out, err := e2eutil.InNetns(t, e2eutil.LaptopNetns, "cat", "/etc/resolv.conf"); err != nil || strings.Contains(out, e2eutil.DNSIP) {
		t.Errorf("%s resolv.conf should not know the cluster DNS: %v\n%s", e2eutil.LaptopNetns, err, out)
	}
	if out, err := e2eutil.InNetns(t, e2eutil.LaptopRoutedNetns, "curl", "-sS", "--max-time", "5", podURL); err != nil || !strings.Contains(out, pods[0].Name) {
		t.Errorf("%s to %s: %v\n%s", e2eutil.LaptopRoutedNetns, podURL, err, out)
	}
}

// The agent image carries a working iptables: the agent programs nat rules in the pod.
func TestClusterAgentImageIptables(t *testing.T) {
	e2eutil.RequireCluster(t)
	if !nodeHasImage(t, e2eutil.AgentImage) {
		t.Skipf("%s not imported (build cmd/kube-tun, then `make images`)", e2eutil.AgentImage)
	}
	name := e2eutil.UniqueName("ipt")
	e2eutil.CreatePod(t, &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: name},
		Spec: corev1.PodSpec{
			RestartPolicy: corev1.RestartPolicyNever,
			Containers: []corev1.Container{{
				Name: "ipt", Image: e2eutil.AgentImage, ImagePullPolicy: corev1.PullNever,
				Command: []string{"iptables", "-t", "nat", "-L", "-n"},
				SecurityContext: &corev1.SecurityContext{Capabilities: &corev1.Capabilities{
					Add: []corev1.Capability{"NET_ADMIN", "NET_RAW"},
				}},
			}},
		},
	})
	e2eutil.WaitPodPhase(t, e2eutil.Namespace, name, corev1.PodSucceeded, time.Minute)
	if logs := e2eutil.Logs(t, e2eutil.Namespace, name, "ipt"); !strings.Contains(logs, "Chain PREROUTING") {
		t.Fatalf("iptables -t nat -L in the agent image:\n%s", logs)
	}
}

func nodeHasImage(t *testing.T, ref string) bool {
	n, err := e2eutil.Client(t).CoreV1().Nodes().Get(e2eutil.Context(t, 10*time.Second), e2eutil.NodeName, metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, img := range n.Status.Images {
		for _, name := range img.Names {
			if name == ref {
				return true
			}
		}
	}
	return false
}

// TestClusterDown runs `down` and checks it leaves nothing behind, then brings the cluster
// back up. It takes minutes and stops the cluster meanwhile: it runs only with
// KUBETUN_E2E_DOWN_TEST=1.
func TestClusterDown(t *testing.T) {
	if os.Getenv("KUBETUN_E2E_DOWN_TEST") != "1" {
		t.Skip("set KUBETUN_E2E_DOWN_TEST=1 to run (stops and restarts the cluster)")
	}
	e2eutil.RequireRoot(t)
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "..", "hack", "local-cluster", "test-down.sh")
	cmd := exec.Command(script, "--restore")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v", script, err)
	}
}
