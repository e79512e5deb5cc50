package kube

import (
	"errors"
	"fmt"

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
