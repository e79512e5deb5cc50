package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/client"
)

func TestSessionFailure(t *testing.T) {
	var f sessionFailure
	for _, l := range []string{"✓ Load kubeconfig\n", "✗ Configure DNS\n", "Cluster error: configure DNS: systemd-resolved runs in another network namespace\n", "  → use --dns resolvconf\n"} {
		f.take(l)
	}
	err := f.err(nil)
	if err == nil || formatError(err) != "Cluster error: configure DNS: systemd-resolved runs in another network namespace\n  → use --dns resolvconf" || exitCode(err) != exitCluster {
		t.Fatalf("got %v (%q, exit %d)", err, formatError(err), exitCode(err))
	}
	var none sessionFailure
	none.take("✓ fine\n")
	if none.err(nil) != nil {
		t.Error("an error without a report")
	}
}

// A wrong command line is bad input (exit 2) with the command's usage, never "a bug";
// an error from a command's own code keeps its category.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // in the formatted error
	}{
		{[]string{"foo"}, "kube-tun --help lists the commands"},
		{[]string{"stat"}, "Did you mean this?"},
		{[]string{"up", "--bogus"}, "unknown flag: --bogus\n  → usage: kube-tun up [flags] (kube-tun up --help explains)"},
		{[]string{"steal"}, "usage: kube-tun steal TARGET"},
		{[]string{"mirror", "deploy/x"}, `required flag(s) "port" not set`},
		{[]string{"status", "x"}, `unknown command "x" for "kube-tun status"`},
	} {
		root := newRootCmd()
		root.SetArgs(tc.args)
		root.SetOut(io.Discard)
		err := runCommandLine(context.Background(), root)
		if got := formatError(err); exitCode(err) != exitUser || !strings.Contains(got, tc.want) || strings.Contains(got, "bug") {
			t.Errorf("%q: exit %d, %q; want exit %d and %q", tc.args, exitCode(err), got, exitUser, tc.want)
		}
	}
	root := newRootCmd()
	root.SetArgs([]string{"config", "validate", filepath.Join(t.TempDir(), "missing.yaml")})
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	if err := runCommandLine(context.Background(), root); exitCode(err) != exitConfig {
		t.Errorf("config validate of a missing file: exit %d (%v); want %d", exitCode(err), err, exitConfig)
	}
}

// A port someone else holds is bad input that names the holder, and the advice fits the
// steal that was refused: a filter of one's own, or a filter at all.
func TestInterceptConflictAdvice(t *testing.T) {
	taken := &client.APIError{Status: http.StatusConflict, Holder: "carol", Message: "port is claimed by carol"}
	for _, tc := range []struct {
		claim api.Claim
		want  string
	}{
		{api.Claim{Port: 8080, Mode: "steal"}, "carol holds it; ask them to stop, or steal only matching requests with --header/--path"},
		{api.Claim{Port: 8080, Mode: "steal", Headers: map[string]string{"X-User": "carol"}}, "carol holds it; ask them to stop, or steal with a filter of your own"},
	} {
		err := interceptAdvice(fmt.Errorf("add claim: %w", taken), tc.claim)
		if got := formatError(err); exitCode(err) != exitUser || !strings.Contains(got, "port 8080 is taken: port is claimed by carol") || !strings.Contains(got, tc.want) {
			t.Errorf("%+v: exit %d, %q; want %q", tc.claim, exitCode(err), got, tc.want)
		}
	}
}

// A filter that does not parse fails before anything is set up, as bad input about the
// filter; a good one passes, with its headers split.
func TestClaimFilterErrors(t *testing.T) {
	for _, f := range []interceptFlags{
		{port: "8080", path: "(["},
		{port: "8080", method: "["},
		{port: "8080", headers: []string{"X-User"}},
		{port: "8080", headers: []string{"X-User: ("}},
	} {
		_, err := f.claim("steal")
		err = claimAdvice(err, "port hint")
		if got := formatError(err); !errors.Is(err, errBadFilter) || exitCode(err) != exitUser || !strings.Contains(got, "Go's regexp syntax") {
			t.Errorf("%+v: %q (exit %d)", f, got, exitCode(err))
		}
	}
	c, err := (&interceptFlags{port: "8080:3000", headers: []string{"X-User: alice"}, path: "^/api/"}).claim("steal")
	if err != nil || c.Port != 8080 || c.LocalPort != 3000 || c.Headers["X-User"] != "alice" || c.Path != "^/api/" {
		t.Errorf("good filter: %+v, %v", c, err)
	}
	if _, err := (&interceptFlags{port: "x"}).claim("steal"); !strings.Contains(formatError(claimAdvice(err, "port hint")), "port hint") {
		t.Errorf("bad port: %v", err)
	}
}
