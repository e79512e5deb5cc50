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

// sessionFailure collects the error a background session printed to its log (the lines
// formatError wrote: "<label>: message" and "  → next step"), so that the command that
// started it reports the same error with the same exit code instead of "it exited".
type sessionFailure struct {
	cat       category
	msg, next string
}

// take records line if it belongs to the error report and says whether it did.
func (f *sessionFailure) take(line string) bool {
	line = strings.TrimRight(line, "\n")
	if f.msg != "" && strings.HasPrefix(line, "  → ") {
		f.next = strings.TrimPrefix(line, "  → ")
		return true
	}
	for cat, label := range map[category]string{catUser: "Error: ", catConfig: "Config error: ", catCluster: "Cluster error: "} {
		if strings.HasPrefix(line, label) {
			f.cat, f.msg = cat, strings.TrimPrefix(line, label)
			return true
		}
	}
	return false
}

// err is the collected error, nil if the session printed none. exit is how it ended.
func (f *sessionFailure) err(exit error) error {
	if f.msg == "" {
		return nil
	}
	cat := f.cat
	var ee interface{ ExitCode() int }
	if errors.As(exit, &ee) {
		switch ee.ExitCode() {
		case exitUser:
			cat = catUser
		case exitConfig:
			cat = catConfig
		case exitCluster:
			cat = catCluster
		}
	}
	return &userError{cat: cat, err: errors.New(f.msg), next: f.next}
}
