package e2eutil

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
)

// Facts of the local cluster, fixed by hack/local-cluster.
const (
	DefaultKubeconfig = "/var/lib/kube-tun-cluster/kubeconfig"
	APIServer         = "https://10.250.0.1:6443"
	NodeIP            = "10.250.0.1"
	NodeName          = "kt-node"
	PodCIDR           = "10.244.0.0/16"
	ServiceCIDR       = "10.96.0.0/16"
	DNSIP             = "10.96.0.10"
	ClusterDomain     = "cluster.local"

	// Namespaces with the test workloads (hack/local-cluster/manifests/workloads.yaml).
	Namespace      = "kt-e2e"
	OtherNamespace = "kt-e2e-other"

	// LaptopNetns reaches the API server and nothing else of the cluster.
	LaptopNetns = "kt-laptop"
	// LaptopRoutedNetns also routes the pod range through the host.
	LaptopRoutedNetns = "kt-laptop-routed"

	PauseImage   = "docker.io/local/pause:3.10"
	EchoImage    = "docker.io/local/kt-echo:dev"
	ToolboxImage = "docker.io/local/toolbox:dev"
	AgentImage   = "docker.io/local/kube-tun:dev"
)

// Ports of kt-echo in its pods, and of the echo Service.
const (
	EchoHTTPPort = 8080 // HTTP/1.1, websocket at /ws
	EchoH2CPort  = 8081
	EchoGRPCPort = 8082
	EchoUDPPort  = 9000
	EchoTCPPort  = 9001

	EchoServiceHTTPPort = 80
	EchoServiceH2CPort  = 81
	EchoServiceGRPCPort = 82
	EchoServiceTCPPort  = 83
	UDPEchoServicePort  = 9000 // Service udp-echo
)

// Kubeconfig is the path of the local cluster's kubeconfig: $KUBETUN_E2E_KUBECONFIG or
// DefaultKubeconfig.
func Kubeconfig() string {
	if p := os.Getenv("KUBETUN_E2E_KUBECONFIG"); p != "" {
		return p
	}
	return DefaultKubeconfig
}

// Kubectl is a kubectl binary: $KUBETUN_E2E_KUBECTL, the one the harness built, or the
// one in PATH.
func Kubectl() string {
	if p := os.Getenv("KUBETUN_E2E_KUBECTL"); p != "" {
		return p
	}
	root := os.Getenv("KUBETUN_CLUSTER_CACHE")
	if root == "" {
		root = "/var/cache/kube-tun/cluster"
	}
	if m, _ := filepath.Glob(filepath.Join(root, "*", "bin", "kubectl")); len(m) > 0 {
		return m[len(m)-1]
	}
	if p, err := exec.LookPath("kubectl"); err == nil {
		return p
	}
	return "kubectl"
}

// RestConfig loads the cluster's client configuration.
func RestConfig(t testing.TB) *rest.Config {
	t.Helper()
	cfg, err := clientcmd.BuildConfigFromFlags("", Kubeconfig())
	if err != nil {
		t.Fatalf("load kubeconfig %s: %v", Kubeconfig(), err)
	}
	cfg.QPS, cfg.Burst = 50, 100
	return cfg
}

// Client is a clientset for the cluster.
func Client(t testing.TB) kubernetes.Interface {
	t.Helper()
	c, err := kubernetes.NewForConfig(RestConfig(t))
	if err != nil {
		t.Fatalf("clientset: %v", err)
	}
	return c
}

var (
	clusterOnce sync.Once
	clusterErr  error
)

// RequireCluster skips the test unless the local cluster is up (kubeconfig present, API
// server ready, test namespace present). Tests need root, too.
func RequireCluster(t testing.TB) {
	t.Helper()
	RequireRoot(t)
	clusterOnce.Do(func() { clusterErr = probeCluster() })
	if clusterErr != nil {
		t.Skipf("local cluster not available (%v): run `make cluster-up` (or set KUBETUN_E2E_KUBECONFIG)", clusterErr)
	}
}

func probeCluster() error {
	if _, err := os.Stat(Kubeconfig()); err != nil {
		return err
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", Kubeconfig())
	if err != nil {
		return err
	}
	cfg.Timeout = 5 * time.Second
	c, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Discovery().RESTClient().Get().AbsPath("/readyz").Do(ctx).Error(); err != nil {
		return err
	}
	_, err = c.CoreV1().Namespaces().Get(ctx, Namespace, metav1.GetOptions{})
	return err
}

// RequireRoot skips the test unless it runs as root.
func RequireRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
}

// Context is a context cancelled at the end of the test (or after timeout).
func Context(t testing.TB, timeout time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	return ctx
}
