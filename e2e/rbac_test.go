//go:build e2e

package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	authenticationv1 "k8s.io/api/authentication/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/yaml"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/kube"
)

// Tests of package kube's permission checks, as a developer with only the documented Role.

// saCluster is a Cluster authenticated as a new ServiceAccount of ns (a bound token).
func saCluster(t *testing.T, admin *kube.Cluster, ns, name string) *kube.Cluster {
	t.Helper()
	ctx := e2eutil.Context(t, 30*time.Second)
	sa, err := admin.Client.CoreV1().ServiceAccounts(ns).Create(ctx, &corev1.ServiceAccount{ObjectMeta: metav1.ObjectMeta{Name: name}}, metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tok, err := admin.Client.CoreV1().ServiceAccounts(ns).CreateToken(ctx, sa.Name, &authenticationv1.TokenRequest{}, metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := rest.AnonymousClientConfig(admin.Config)
	cfg.BearerToken = tok.Status.Token
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &kube.Cluster{Client: cs, Config: cfg, Namespace: ns, Server: cfg.Host, Logf: t.Logf}
}

// bindRole creates role in ns, binds it to ServiceAccount sa (whose Cluster is dev) and
// waits until dev has every required permission; it returns the optional ones missing.
func bindRole(t *testing.T, admin, dev *kube.Cluster, role *rbacv1.Role, ns, sa string) []kube.AccessProblem {
	t.Helper()
	ctx := e2eutil.Context(t, time.Minute)
	role.Namespace = ns
	if _, err := admin.Client.RbacV1().Roles(ns).Create(ctx, role, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	rb := &rbacv1.RoleBinding{
		ObjectMeta: metav1.ObjectMeta{Name: sa, Namespace: ns},
		RoleRef:    rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: role.Name},
		Subjects:   []rbacv1.Subject{{Kind: "ServiceAccount", Name: sa, Namespace: ns}},
	}
	if _, err := admin.Client.RbacV1().RoleBindings(ns).Create(ctx, rb, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	var probs []kube.AccessProblem
	e2eutil.WaitFor(t, 30*time.Second, "role binding in effect", func(ctx context.Context) (bool, error) {
		var err error
		if probs, err = dev.CheckAccess(ctx, ns); err != nil {
			return false, err
		}
		for _, p := range probs {
			if !p.Optional {
				return false, nil
			}
		}
		return true, nil
	})
	return probs
}

// developerRole is the Role from kube/rbac/developer-role.yaml.
func developerRole(t *testing.T) *rbacv1.Role {
	t.Helper()
	b, err := os.ReadFile("../kube/rbac/developer-role.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range strings.Split(string(b), "\n---\n") {
		var r rbacv1.Role
		if err := yaml.Unmarshal([]byte(doc), &r); err != nil {
			t.Fatal(err)
		}
		if r.Kind == "Role" {
			return &r
		}
	}
	t.Fatal("no Role in developer-role.yaml")
	return nil
}

func TestKubeLeastPrivilege(t *testing.T) {
	admin := loadCluster(t, e2eutil.Namespace)
	ns := tempNamespace(t, admin.Client)
	ctx := e2eutil.Context(t, 2*time.Minute)
	dev := saCluster(t, admin, ns, "alice")

	// Without a binding, everything is missing, and errors say which permission.
	probs, err := dev.CheckAccess(ctx, ns)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != len(kube.Permissions) {
		t.Errorf("unbound: %d problems, want %d", len(probs), len(kube.Permissions))
	}
	_, err = dev.EnsureTargetlessAgent(ctx, kube.AgentSpec{Image: e2eutil.ToolboxImage, PullPolicy: corev1.PullNever}, nil)
	var fe *kube.ForbiddenError
	if !errors.As(err, &fe) || fe.Verb != "list" || fe.Resource != "pods" {
		t.Errorf("unbound EnsureTargetlessAgent: %v", err)
	}
	_, err = dev.DialPodProxy(ctx, kube.PodRef{Name: "any", Namespace: ns}, kube.PortRegistration, api.StreamUpgradePath, api.StreamUpgradeProtocol)
	if !errors.As(err, &fe) || fe.Verb != "get" || fe.Resource != "pods/proxy" {
		t.Errorf("unbound DialPodProxy: %v", err)
	}

	// Bound to the developer Role: only the optional permissions are missing.
	role := developerRole(t)
	probs = bindRole(t, admin, dev, role, ns, "alice")
	for _, p := range probs {
		t.Logf("with the developer role: %s", p)
	}

	// And the role is enough for the real work: agent, port-forward, target agent, CIDRs.
	spec := standInAgent()
	ref, err := dev.EnsureTargetlessAgent(ctx, spec, nil)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := dev.PortForward(ctx, ref)
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	checkStandInAnswers(t, ctx, pf)
	// pods/proxy is allowed too: the API server relays the upgrade, which this stand-in
	// agent (busybox httpd) refuses.
	if _, err := dev.DialPodProxy(ctx, ref, kube.PortRegistration, api.StreamUpgradePath, api.StreamUpgradeProtocol); err == nil ||
		errors.As(err, &fe) || errors.Is(err, kube.ErrProxyUnreachable) {
		t.Errorf("DialPodProxy to busybox httpd with the developer role: %v, want a refused upgrade", err)
	}

	target := e2eutil.EchoPod("target")
	target.Namespace = ns
	if _, err := admin.Client.CoreV1().Pods(ns).Create(ctx, target, metav1.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	e2eutil.WaitPodReady(t, ns, "target", time.Minute)
	tg, err := dev.ResolveTarget(ctx, "pod/target", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dev.EnsureTargetAgent(ctx, tg.Pods[0], spec); err != nil {
		t.Fatal(err)
	}
	// The role may list deployments: a target that is not found names those that exist.
	var nf *kube.NotFoundError
	if _, err := dev.ResolveTarget(ctx, "deploy/nope", ""); !errors.As(err, &nf) || !nf.Listed {
		t.Errorf("developer ResolveTarget(deploy/nope) = %v, want the namespace's deployments listed", err)
	}

	// CIDRs without node access: guessed, with a warning; the service range comes from
	// the dry-run probe only if the role allows creating services (it doesn't).
	d, err := dev.DiscoverCIDRsDetail(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("developer CIDRs: pods %v (%s), services %v (%s), warnings %q", d.Pods, d.PodSource, d.Services, d.ServiceSource, d.Warnings)
	if fmt.Sprint(d.Pods) != "["+e2eutil.PodCIDR+"]" || len(d.Warnings) == 0 {
		t.Errorf("developer pod CIDRs = %v, warnings %v", d.Pods, d.Warnings)
	}

	if n, err := dev.CleanAgents(ctx, ""); err != nil || n != 1 {
		t.Errorf("CleanAgents = %d, %v", n, err)
	}
}
