//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
	"github.com/kube-tun/kube-tun/kube"
)

// A developer whose Role lacks pods/proxy: auto's apiproxy preflight is refused, and up
// falls back to the port-forward at once, saying why, and the tunnel works.
func TestUpAutoFallsBackToPortForward(t *testing.T) {
	c := newUpClient(t, laptopNS)
	admin := loadCluster(t, e2eutil.Namespace)
	ns := tempNamespace(t, admin.Client)
	dev := saCluster(t, admin, ns, "bob")

	role := developerRole(t)
	var rules []rbacv1.PolicyRule
	for _, r := range role.Rules {
		if len(r.Resources) == 1 && r.Resources[0] == "pods/proxy" {
			continue
		}
		rules = append(rules, r)
	}
	if len(rules) != len(role.Rules)-1 {
		t.Fatalf("the developer Role has no pods/proxy rule to drop: %+v", role.Rules)
	}
	role.Rules = rules
	bindRole(t, admin, dev, role, ns, "bob")

	kc := writeKubeconfig(t, dev)
	// The namespace is empty, so nothing to discover CIDRs from: they are given.
	out, err := c.run(2*time.Minute, "up", "--kubeconfig", kc, "-n", ns, "-v",
		"--cidr", e2eutil.PodCIDR, "--cidr", e2eutil.ServiceCIDR)
	if err != nil {
		t.Fatalf("up as a developer without pods/proxy: %v\n%s", err, out)
	}
	t.Logf("up:\n%s", out)
	if !strings.Contains(out, "via portforward") || !strings.Contains(out, "not apiproxy: ") || !strings.Contains(out, "pods/proxy") {
		t.Errorf("up should fall back to the port-forward and say that pods/proxy is not allowed:\n%s", out)
	}
	if got, err := c.get("http://echo.kt-e2e/"); err != nil || !strings.HasPrefix(got, "200 ") {
		t.Errorf("GET http://echo.kt-e2e/ over the fallback: %v %s", err, got)
	}
	if out, err := c.run(30*time.Second, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
}

// TestUpAutoSkipsUnreachablePodIPs is the usual laptop: a default route covers the pod
// IPs, which it does not reach. auto finds that out with one quick TCP probe of the agent's
// pod IP instead of UDP and TCP handshakes that cannot succeed, says so, and connects
// through the API server's pod proxy.
func TestUpAutoSkipsUnreachablePodIPs(t *testing.T) {
	c := newUpClient(t, laptopNS)
	// Packets to pod IPs leave through a veth into a namespace that has no such address
	// (nothing answers ARP for them) and vanish. Deleting the namespace deletes the veth.
	const dev = "ktvoid0"
	void := netnstest.New(t, "ktvoid")
	netnstest.Sh(t, "ip", "-n", laptopNS, "link", "add", dev, "type", "veth", "peer", "name", "eth0", "netns", void)
	t.Cleanup(func() { _ = exec.Command("ip", "-n", laptopNS, "link", "del", dev).Run() })
	netnstest.Sh(t, "ip", "-n", void, "link", "set", "eth0", "up")
	netnstest.Sh(t, "ip", "-n", laptopNS, "link", "set", dev, "up")
	netnstest.Sh(t, "ip", "-n", laptopNS, "route", "add", "default", "dev", dev)

	out := c.up("-v")
	if !strings.Contains(out, "via apiproxy") || !strings.Contains(out, "not udp or tcp: pod IP ") {
		t.Errorf("up should skip the direct transports after the probe and connect via apiproxy:\n%s", out)
	}
	if got, err := c.get("http://echo.kt-e2e/"); err != nil || !strings.HasPrefix(got, "200 ") {
		t.Errorf("GET http://echo.kt-e2e/: %v %s", err, got)
	}
	if out, err := c.run(30*time.Second, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
}

// writeKubeconfig writes a kubeconfig for c's server, CA and bearer token.
func writeKubeconfig(t *testing.T, c *kube.Cluster) string {
	t.Helper()
	ca := c.Config.TLSClientConfig.CAData
	if len(ca) == 0 && c.Config.TLSClientConfig.CAFile != "" {
		var err error
		if ca, err = os.ReadFile(c.Config.TLSClientConfig.CAFile); err != nil {
			t.Fatal(err)
		}
	}
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters["local"] = &clientcmdapi.Cluster{Server: c.Config.Host, CertificateAuthorityData: ca}
	cfg.AuthInfos["dev"] = &clientcmdapi.AuthInfo{Token: c.Config.BearerToken}
	cfg.Contexts["dev"] = &clientcmdapi.Context{Cluster: "local", AuthInfo: "dev", Namespace: c.Namespace}
	cfg.CurrentContext = "dev"
	path := filepath.Join(t.TempDir(), "kubeconfig")
	if err := clientcmd.WriteToFile(*cfg, path); err != nil {
		t.Fatal(err)
	}
	return path
}
