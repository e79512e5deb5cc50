package kube

import (
	"slices"
	"strings"
	"testing"

	rbacv1 "k8s.io/api/rbac/v1"
	"sigs.k8s.io/yaml"
)

// allows reports whether rules grant p.
func allows(rules []rbacv1.PolicyRule, p Permission) bool {
	res := p.Resource
	if p.Subresource != "" {
		res += "/" + p.Subresource
	}
	for _, r := range rules {
		if slices.Contains(r.APIGroups, p.Group) && slices.Contains(r.Resources, res) && slices.Contains(r.Verbs, p.Verb) {
			return true
		}
	}
	return false
}

// TestDeveloperRBAC checks rbac/developer-role.yaml against Permissions: the Role grants
// every required namespaced permission and nothing else; the ClusterRole only the
// optional cluster-wide reads.
func TestDeveloperRBAC(t *testing.T) {
	var role, clusterRole *rbacv1.Role
	for _, doc := range strings.Split(string(DeveloperRBAC), "\n---\n") {
		r := new(rbacv1.Role) // same shape as ClusterRole's rules
		if err := yaml.UnmarshalStrict([]byte(doc), r); err != nil {
			t.Fatal(err)
		}
		switch r.Kind {
		case "Role":
			role = r
		case "ClusterRole":
			clusterRole = r
		}
	}
	if role == nil || clusterRole == nil {
		t.Fatal("want a Role and a ClusterRole")
	}
	granted := 0
	for _, p := range Permissions {
		switch {
		case !p.Optional && !p.Cluster:
			if !allows(role.Rules, p) {
				t.Errorf("Role lacks %s (%s)", p, p.Needed)
			}
			granted++
		case p.Cluster:
			if !allows(clusterRole.Rules, p) {
				t.Errorf("ClusterRole lacks %s", p)
			}
			if allows(role.Rules, p) {
				t.Errorf("Role grants cluster permission %s", p)
			}
		case p.Recommended: // optional namespaced, granted: pods/proxy for the apiproxy transport
			if !allows(role.Rules, p) {
				t.Errorf("Role lacks recommended %s (%s)", p, p.Needed)
			}
			granted++
		default: // optional namespaced (services create, for the dry-run probe)
			if allows(role.Rules, p) {
				t.Errorf("Role grants optional %s", p)
			}
		}
	}
	n := 0
	for _, r := range role.Rules {
		n += len(r.APIGroups) * len(r.Resources) * len(r.Verbs)
	}
	if n != granted {
		t.Errorf("Role grants %d permissions, kube-tun needs %d", n, granted)
	}
}
