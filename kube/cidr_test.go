package kube

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/validation/field"
	k8stesting "k8s.io/client-go/testing"
)

func node(name string, cidrs ...string) *corev1.Node {
	return &corev1.Node{ObjectMeta: metav1.ObjectMeta{Name: name}, Spec: corev1.NodeSpec{PodCIDRs: cidrs}}
}

func prefixes(ps []netip.Prefix) string { return fmt.Sprint(ps) }

func forbid(verb, resource string) (string, string, k8stesting.ReactionFunc) {
	return verb, resource, func(k8stesting.Action) (bool, runtime.Object, error) {
		return true, nil, apierrors.NewForbidden(schema.GroupResource{Resource: resource}, "", errors.New("RBAC"))
	}
}

func TestDiscoverCIDRsFromNodesAndServiceCIDR(t *testing.T) {
	sc := &networkingv1.ServiceCIDR{
		ObjectMeta: metav1.ObjectMeta{Name: "kubernetes"},
		Spec:       networkingv1.ServiceCIDRSpec{CIDRs: []string{"10.96.0.0/16", "fd00:10:96::/112"}},
	}
	c, _ := fakeCluster(node("a", "10.244.0.0/24"), node("b", "10.244.1.0/24"), sc)
	d, err := c.DiscoverCIDRsDetail(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if prefixes(d.Pods) != "[10.244.0.0/24 10.244.1.0/24]" || d.PodSource != "nodes" {
		t.Errorf("pods = %v from %s", d.Pods, d.PodSource)
	}
	if prefixes(d.Services) != "[10.96.0.0/16 fd00:10:96::/112]" || d.ServiceSource != "ServiceCIDR" {
		t.Errorf("services = %v from %s", d.Services, d.ServiceSource)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings = %v", d.Warnings)
	}
}

func TestDiscoverCIDRsProbe(t *testing.T) {
	c, cs := fakeCluster(node("a", "10.244.0.0/24"))
	cs.PrependReactor(forbid("list", "servicecidrs"))
	var dryRun bool
	cs.PrependReactor("create", "services", func(a k8stesting.Action) (bool, runtime.Object, error) {
		opts := a.(k8stesting.CreateActionImpl).CreateOptions
		dryRun = len(opts.DryRun) == 1 && opts.DryRun[0] == metav1.DryRunAll
		svc := a.(k8stesting.CreateAction).GetObject().(*corev1.Service)
		msg := fmt.Sprintf("failed to allocate IP %s: the provided IP (%s) is not in the valid range. The range of valid IPs is 10.96.0.0/16", svc.Spec.ClusterIP, svc.Spec.ClusterIP)
		return true, nil, apierrors.NewInvalid(schema.GroupKind{Kind: "Service"}, svc.GenerateName,
			field.ErrorList{field.Invalid(field.NewPath("spec", "clusterIPs"), []string{svc.Spec.ClusterIP}, msg)})
	})
	_, svcs, err := c.DiscoverCIDRs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !dryRun {
		t.Error("probe was not a dry run")
	}
	if prefixes(svcs) != "[10.96.0.0/16]" {
		t.Errorf("services = %v", svcs)
	}
}

func TestDiscoverCIDRsGuesses(t *testing.T) {
	dns := service("kube-dns", nil, "10.96.0.10")
	dns.Namespace = "kube-system"
	hostNet := readyPod("hostnet", "10.250.0.1")
	hostNet.Spec.HostNetwork = true
	c, cs := fakeCluster(dns, service("api", nil, "10.96.5.5"), readyPod("a", "10.244.0.5"), readyPod("b", "10.244.3.9"), hostNet)
	cs.PrependReactor(forbid("list", "nodes"))
	cs.PrependReactor(forbid("list", "servicecidrs"))
	cs.PrependReactor(forbid("create", "services"))
	var warnings []string
	c.Logf = func(f string, a ...any) { warnings = append(warnings, fmt.Sprintf(f, a...)) }
	d, err := c.DiscoverCIDRsDetail(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if prefixes(d.Pods) != "[10.244.0.0/16]" || d.PodSource != "pod IPs (guess)" {
		t.Errorf("pods = %v from %s", d.Pods, d.PodSource)
	}
	if prefixes(d.Services) != "[10.96.0.0/16]" || d.ServiceSource != "service IPs (guess)" {
		t.Errorf("services = %v from %s", d.Services, d.ServiceSource)
	}
	if len(warnings) != 2 || !strings.Contains(warnings[0], "guessed") {
		t.Errorf("warnings = %q", warnings)
	}
}

func TestDiscoverCIDRsNothing(t *testing.T) {
	c, cs := fakeCluster()
	cs.PrependReactor(forbid("list", "nodes"))
	if _, _, err := c.DiscoverCIDRs(context.Background()); err == nil {
		t.Fatal("want an error when nothing is found")
	}
}

func TestParseCIDRs(t *testing.T) {
	tests := map[string]string{
		`Service "x" is invalid: spec.clusterIPs: Invalid value: []string{"1.1.1.1"}: failed to allocate IP 1.1.1.1: the provided IP (1.1.1.1) is not in the valid range. The range of valid IPs is 10.96.0.0/16`: "[10.96.0.0/16]",
		`... The range of valid IPs is fd00:10:96::/112`:               "[fd00:10:96::/112]",
		`valid ranges are 10.96.0.0/16, 10.97.0.0/16 and 10.96.1.0/24`: "[10.96.0.0/16 10.97.0.0/16]",
		`nothing here 1.1.1.1`:                                         "[]",
	}
	for msg, want := range tests {
		if got := prefixes(parseCIDRs(msg)); got != want {
			t.Errorf("parseCIDRs(%q) = %s, want %s", msg, got, want)
		}
	}
}
