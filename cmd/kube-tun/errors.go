package main

import (
	"errors"
	"fmt"
	"strings"
)

// Error categories, so the user knows whether to fix input, config, the cluster, or report
// a bug. Only this package turns errors into advice.
type category int

const (
	catUser category = iota + 1
	catConfig
	catCluster
	catInternal
)

// Documented exit codes (see README).
const (
	exitInternal = 1
	exitUser     = 2
	exitConfig   = 3
	exitCluster  = 4
)

// userError is an error with a category and the next step for the user.
type userError struct {
	cat  category
	err  error
	next string
}

func (e *userError) Error() string { return e.err.Error() }
func (e *userError) Unwrap() error { return e.err }

func (e *userError) code() int {
	switch e.cat {
	case catUser:
		return exitUser
	case catConfig:
		return exitConfig
	case catCluster:
		return exitCluster
	}
	return exitInternal
}

func userErr(err error, next string) error   { return &userError{cat: catUser, err: err, next: next} }
func configErr(err error, next string) error { return &userError{cat: catConfig, err: err, next: next} }
func clusterErr(err error, next string) error {
	return &userError{cat: catCluster, err: err, next: next}
}

func formatError(err error) string {
	var ue *userError
	if !errors.As(err, &ue) {
		return fmt.Sprintf("Error: %v\nThis looks like a bug in kube-tun. Run again with -v and report the output; logs of a background session are in %s.", err, stateDir())
	}
	var b strings.Builder
	label := map[category]string{catUser: "Error", catConfig: "Config error", catCluster: "Cluster error", catInternal: "Error"}[ue.cat]
	fmt.Fprintf(&b, "%s: %v", label, ue.err)
	if ue.next != "" {
		fmt.Fprintf(&b, "\n  → %s", ue.next)
	}
	return b.String()
}
