package kube

import (
	"context"
	"errors"
	"fmt"

	authorizationv1 "k8s.io/api/authorization/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Permission is one RBAC permission kube-tun uses, and what needs it.
type Permission struct {
	Group       string // API group: "" (core), "apps", "networking.k8s.io"
	Resource    string
	Subresource string
	Verb        string
	Cluster     bool   // cluster-scoped (checked without a namespace)
	Optional    bool   // kube-tun degrades without it
	Recommended bool   // optional, yet rbac/developer-role.yaml grants it (what it buys is worth it)
	Needed      string // what uses it, e.g. "up: create the agent pod"
}

// String is the permission in kubectl auth can-i form, e.g. "create pods/portforward".
func (p Permission) String() string {
	r := p.Resource
	if p.Subresource != "" {
		r += "/" + p.Subresource
	}
	if p.Group != "" {
		r += "." + p.Group
	}
	return p.Verb + " " + r
}

// Permissions lists every permission kube-tun uses. rbac/developer-role.yaml grants the
// namespaced ones that are required or recommended.
var Permissions = []Permission{
	{Resource: "pods", Verb: "create", Needed: "up: create the targetless agent pod"},
	{Resource: "pods", Verb: "get", Needed: "find agents and targets"},
	{Resource: "pods", Verb: "list", Needed: "find agents and target pods"},
	{Resource: "pods", Verb: "watch", Needed: "wait for agents; follow new target pods"},
	{Resource: "pods", Verb: "delete", Needed: "clean: remove agent pods"},
	{Resource: "pods", Subresource: "portforward", Verb: "create", Needed: "reach the agent (port-forward)"},
	{Resource: "pods", Subresource: "ephemeralcontainers", Verb: "update", Needed: "mirror/steal: add the agent to target pods"},
	{Resource: "services", Verb: "get", Needed: "svc/NAME targets"},
	{Resource: "services", Verb: "list", Needed: "service CIDR guess"},
	{Group: "apps", Resource: "deployments", Verb: "get", Needed: "deploy/NAME targets"},
	{Group: "apps", Resource: "statefulsets", Verb: "get", Needed: "sts/NAME targets"},
	{Group: "apps", Resource: "deployments", Verb: "list", Optional: true, Recommended: true, Needed: "name the deployments when a deploy/NAME target is not found; shell completion"},
	{Group: "apps", Resource: "statefulsets", Verb: "list", Optional: true, Recommended: true, Needed: "name the statefulsets when an sts/NAME target is not found; shell completion"},
	{Resource: "pods", Subresource: "proxy", Verb: "get", Optional: true, Recommended: true, Needed: "the apiproxy transport (else the slower port-forward)"},
	{Resource: "services", Verb: "create", Optional: true, Needed: "service CIDR from the apiserver (dry-run only)"},
	{Resource: "nodes", Verb: "list", Cluster: true, Optional: true, Needed: "pod CIDRs from nodes (else guessed from pod IPs)"},
	{Group: "networking.k8s.io", Resource: "servicecidrs", Verb: "list", Cluster: true, Optional: true, Needed: "service CIDR from ServiceCIDR objects"},
}

// AccessProblem is a permission kube-tun lacks.
type AccessProblem struct {
	Permission
	Namespace string // "" for cluster-scoped permissions
	Reason    string // the authorizer's reason, if any
}

func (p AccessProblem) String() string {
	where := "cluster-wide"
	if p.Namespace != "" {
		where = "in namespace " + p.Namespace
	}
	s := fmt.Sprintf("cannot %s %s (needed for %s)", p.Permission, where, p.Needed)
	if p.Optional {
		s += " [optional]"
	}
	return s
}

// CheckAccess asks the API server (SelfSubjectAccessReview) about every permission in
// Permissions for namespace ("" means the cluster's namespace) and returns those that are
// denied, required ones first. The error is non-nil only if the reviews themselves fail.
func (c *Cluster) CheckAccess(ctx context.Context, namespace string) ([]AccessProblem, error) {
	ns := c.ns(namespace)
	var required, optional []AccessProblem
	var errs []error
	for _, p := range Permissions {
		attrs := &authorizationv1.ResourceAttributes{
			Group: p.Group, Resource: p.Resource, Subresource: p.Subresource, Verb: p.Verb,
		}
		if !p.Cluster {
			attrs.Namespace = ns
		}
		review := &authorizationv1.SelfSubjectAccessReview{
			Spec: authorizationv1.SelfSubjectAccessReviewSpec{ResourceAttributes: attrs},
		}
		res, err := c.Client.AuthorizationV1().SelfSubjectAccessReviews().Create(ctx, review, metav1.CreateOptions{})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		if res.Status.Allowed {
			continue
		}
		prob := AccessProblem{Permission: p, Namespace: attrs.Namespace, Reason: res.Status.Reason}
		if res.Status.EvaluationError != "" && prob.Reason == "" {
			prob.Reason = res.Status.EvaluationError
		}
		if p.Optional {
			optional = append(optional, prob)
		} else {
			required = append(required, prob)
		}
	}
	if len(errs) > 0 {
		return append(required, optional...), fmt.Errorf("check access: %w", errors.Join(errs...))
	}
	return append(required, optional...), nil
}
