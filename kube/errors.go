package kube

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
)

// ForbiddenError says that RBAC refused a request kube-tun needs. It names the verb and
// resource so the user can ask for exactly that permission (see rbac/developer-role.yaml).
type ForbiddenError struct {
	Verb      string // e.g. "create"
	Resource  string // e.g. "pods" or "pods/portforward"
	Namespace string // "" for cluster-scoped resources
	Err       error  // the API server's error
}

func (e *ForbiddenError) Error() string {
	where := "cluster-wide"
	if e.Namespace != "" {
		where = "in namespace " + e.Namespace
	}
	return fmt.Sprintf("not allowed to %s %s %s (RBAC): %v", e.Verb, e.Resource, where, e.Err)
}

func (e *ForbiddenError) Unwrap() error { return e.Err }

// ImagePullError says that the agent image could not be pulled.
type ImagePullError struct {
	Image   string
	Reason  string // ErrImagePull, ImagePullBackOff, ErrImageNeverPull, InvalidImageName
	Message string
}

func (e *ImagePullError) Error() string {
	return fmt.Sprintf("agent image %s cannot be pulled (%s: %s); check --agent-image and that the cluster can reach its registry",
		e.Image, e.Reason, e.Message)
}

// unreachable wraps err in an *UnreachableError when the request got no answer from the
// API server at all (connection refused, a name that does not resolve, TLS, a timeout):
// client-go reports those as *url.Error, and answers as API status errors.
func (c *Cluster) unreachable(err error) error {
	var status apierrors.APIStatus
	var ue *UnreachableError
	var uerr *url.Error
	if err == nil || errors.As(err, &status) || errors.As(err, &ue) || errors.Is(err, context.Canceled) || !errors.As(err, &uerr) {
		return err
	}
	return &UnreachableError{Server: c.Server, Err: err}
}

// forbidden wraps err in a *ForbiddenError when the API server answered 403.
func forbidden(err error, verb, resource, namespace string) error {
	if err == nil || !apierrors.IsForbidden(err) {
		return err
	}
	var fe *ForbiddenError
	if errors.As(err, &fe) {
		return err
	}
	return &ForbiddenError{Verb: verb, Resource: resource, Namespace: namespace, Err: err}
}

// TargetSyntaxError is a target that ParseTarget cannot read.
type TargetSyntaxError struct {
	Target  string // as given
	Problem string // what is wrong with it
}

func (e *TargetSyntaxError) Error() string {
	return fmt.Sprintf("parse target %q: %s", e.Target, e.Problem)
}

// NotFoundError says that a target does not exist in its namespace, and what of the same
// kind does, so that a typo or a wrong namespace shows at once.
type NotFoundError struct {
	Kind, Name, Namespace string
	Listed                bool     // the namespace's objects of Kind could be listed
	Others                []string // their names, at most maxOthers
	More                  int      // how many more there are
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("%s %q not found in namespace %s", e.Kind, e.Name, e.Namespace)
	switch {
	case !e.Listed:
	case len(e.Others) == 0:
		msg += fmt.Sprintf(", which has no %ss", e.Kind)
	case e.More > 0:
		msg += fmt.Sprintf("; its %ss: %s and %d more", e.Kind, strings.Join(e.Others, ", "), e.More)
	default:
		msg += fmt.Sprintf("; its %ss: %s", e.Kind, strings.Join(e.Others, ", "))
	}
	return msg
}

// TargetError is a target that exists but cannot be used as given: a pod with several
// containers and no container chosen, a container the pod does not have, a service
// without a selector. Problem says what to change.
type TargetError struct{ Problem string }

func (e *TargetError) Error() string { return e.Problem }
