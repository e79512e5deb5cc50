package kube

import (
	"context"
	"errors"
	"strings"
	"testing"

	authorizationv1 "k8s.io/api/authorization/v1"
	"k8s.io/apimachinery/pkg/runtime"
	k8stesting "k8s.io/client-go/testing"
)

// allowOnly answers SelfSubjectAccessReviews: allowed iff the permission's String (plus
// " @ns" for namespaced ones) is in allowed.
func allowOnly(allowed ...string) k8stesting.ReactionFunc {
	set := map[string]bool{}
	for _, a := range allowed {
		set[a] = true
	}
	return func(a k8stesting.Action) (bool, runtime.Object, error) {
		r := a.(k8stesting.CreateAction).GetObject().(*authorizationv1.SelfSubjectAccessReview)
		ra := r.Spec.ResourceAttributes
		p := Permission{Group: ra.Group, Resource: ra.Resource, Subresource: ra.Subresource, Verb: ra.Verb}
		key := p.String()
		if ra.Namespace != "" {
			key += " @" + ra.Namespace
		}
		r = r.DeepCopy()
		r.Status.Allowed = set[key]
		if !r.Status.Allowed {
			r.Status.Reason = "no RBAC policy matched"
		}
		return true, r, nil
	}
}

func TestCheckAccessAllAllowed(t *testing.T) {
	c, cs := fakeCluster()
	var all []string
	for _, p := range Permissions {
		k := p.String()
		if !p.Cluster {
			k += " @" + testNS
		}
		all = append(all, k)
	}
	cs.PrependReactor("create", "selfsubjectaccessreviews", allowOnly(all...))
	probs, err := c.CheckAccess(context.Background(), "")
	if err != nil || len(probs) != 0 {
		t.Fatalf("CheckAccess = %v, %v", probs, err)
	}
}

func TestCheckAccessMissing(t *testing.T) {
	c, cs := fakeCluster()
	// Everything namespaced in "dev", nothing else: pods/portforward and nodes missing.
	var allowed []string
	for _, p := range Permissions {
		if !p.Cluster && p.Subresource != "portforward" {
			allowed = append(allowed, p.String()+" @dev")
		}
	}
	cs.PrependReactor("create", "selfsubjectaccessreviews", allowOnly(allowed...))
	probs, err := c.CheckAccess(context.Background(), "dev")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Permission.String())
		if p.Reason == "" {
			t.Errorf("%s: no reason", p.Permission)
		}
	}
	want := "create pods/portforward,list nodes,list servicecidrs.networking.k8s.io"
	if strings.Join(got, ",") != want {
		t.Fatalf("problems = %v, want %s", got, want)
	}
	if probs[0].Optional || probs[0].Namespace != "dev" || !probs[1].Optional || probs[1].Namespace != "" {
		t.Fatalf("problems = %+v", probs)
	}
	if s := probs[0].String(); !strings.Contains(s, "cannot create pods/portforward in namespace dev") {
		t.Errorf("String() = %q", s)
	}
}

func TestCheckAccessReviewFails(t *testing.T) {
	c, cs := fakeCluster()
	cs.PrependReactor("create", "selfsubjectaccessreviews", func(k8stesting.Action) (bool, runtime.Object, error) {
		return true, nil, errors.New("boom")
	})
	if _, err := c.CheckAccess(context.Background(), ""); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("error = %v", err)
	}
}
