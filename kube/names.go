package kube

import (
	"context"
	"fmt"
	"sort"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// CanonicalKind maps a kind as kubectl users write it (deploy, sts, svc, po, ...) to
// KindPod, KindDeployment, KindStatefulSet or KindService.
func CanonicalKind(s string) (string, bool) {
	k, ok := kindAliases[strings.ToLower(s)]
	return k, ok
}

// Names lists the names of the objects of kind (a canonical kind) in the cluster's
// namespace, sorted.
func (c *Cluster) Names(ctx context.Context, kind string) ([]string, error) {
	ns, opts := c.ns(""), metav1.ListOptions{}
	var names []string
	switch kind {
	case KindDeployment:
		l, err := c.Client.AppsV1().Deployments(ns).List(ctx, opts)
		if err != nil {
			return nil, forbidden(err, "list", "deployments.apps", ns)
		}
		names = objectNames(l.Items)
	case KindStatefulSet:
		l, err := c.Client.AppsV1().StatefulSets(ns).List(ctx, opts)
		if err != nil {
			return nil, forbidden(err, "list", "statefulsets.apps", ns)
		}
		names = objectNames(l.Items)
	case KindService:
		l, err := c.Client.CoreV1().Services(ns).List(ctx, opts)
		if err != nil {
			return nil, forbidden(err, "list", "services", ns)
		}
		names = objectNames(l.Items)
	case KindPod:
		l, err := c.Client.CoreV1().Pods(ns).List(ctx, opts)
		if err != nil {
			return nil, forbidden(err, "list", "pods", ns)
		}
		names = objectNames(l.Items)
	default:
		return nil, fmt.Errorf("list %s: unknown kind", kind)
	}
	sort.Strings(names)
	return names, nil
}

// objectNames lists the names of items.
func objectNames[T any, PT interface {
	*T
	GetName() string
}](items []T) []string {
	out := make([]string, 0, len(items))
	for i := range items {
		out = append(out, PT(&items[i]).GetName())
	}
	return out
}

// maxOthers is how many names a NotFoundError lists.
const maxOthers = 8

// notFound turns the API server's "not found" for t into a NotFoundError that lists the
// namespace's objects of t's kind (if it may list them); other errors only get t's name.
func (c *Cluster) notFound(ctx context.Context, err error, t *Target) error {
	if !apierrors.IsNotFound(err) {
		return fmt.Errorf("resolve %s: %w", t, c.unreachable(err))
	}
	nf := &NotFoundError{Kind: t.Kind, Name: t.Name, Namespace: t.Namespace}
	if names, lerr := c.Names(ctx, t.Kind); lerr == nil {
		nf.Listed = true
		if len(names) > maxOthers {
			nf.More = len(names) - maxOthers
			names = names[:maxOthers]
		}
		nf.Others = names
	}
	return fmt.Errorf("resolve %s: %w", t, nf)
}
