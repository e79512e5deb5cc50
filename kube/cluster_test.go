package kube

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPingFake(t *testing.T) {
	c, _ := fakeCluster()
	if err := c.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
}

const testKubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: a
  cluster: {server: "https://127.0.0.1:1"}
- name: b
  cluster: {server: "https://127.0.0.1:2"}
users:
- name: u
  user: {token: "x"}
contexts:
- name: ctx-a
  context: {cluster: a, user: u, namespace: team-a}
- name: ctx-b
  context: {cluster: b, user: u}
current-context: ctx-a
`

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config")
	if err := os.WriteFile(path, []byte(testKubeconfig), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KUBERNETES_SERVICE_HOST", "") // no in-cluster fallback
	t.Setenv("KUBECONFIG", filepath.Join(dir, "missing")+string(os.PathListSeparator)+path)

	tests := []struct {
		opts                    Options
		server, context, namesp string
	}{
		{Options{}, "https://127.0.0.1:1", "ctx-a", "team-a"},
		{Options{Context: "ctx-b"}, "https://127.0.0.1:2", "ctx-b", "default"},
		{Options{Namespace: "n1"}, "https://127.0.0.1:1", "ctx-a", "n1"},
		{Options{Kubeconfig: path, Context: "ctx-b", Namespace: "n2"}, "https://127.0.0.1:2", "ctx-b", "n2"},
	}
	for _, tt := range tests {
		c, err := Load(tt.opts)
		if err != nil {
			t.Errorf("Load(%+v): %v", tt.opts, err)
			continue
		}
		if c.Server != tt.server || c.Context != tt.context || c.Namespace != tt.namesp || c.Config.UserAgent != "kube-tun" {
			t.Errorf("Load(%+v) = %s %s %s", tt.opts, c.Server, c.Context, c.Namespace)
		}
	}
	if _, err := Load(Options{Context: "nope"}); err == nil || !strings.Contains(err.Error(), `context "nope" does not exist (its contexts: ctx-a, ctx-b)`) {
		t.Errorf("unknown context: %v", err)
	}

	t.Setenv("KUBECONFIG", filepath.Join(dir, "missing"))
	if _, err := Load(Options{}); !errors.Is(err, ErrNoKubeconfig) || !strings.Contains(err.Error(), "missing") {
		t.Errorf("no kubeconfig: %v", err)
	}
	if _, err := Load(Options{Kubeconfig: filepath.Join(dir, "also-missing")}); err == nil || !strings.Contains(err.Error(), "--kubeconfig") {
		t.Errorf("missing --kubeconfig: %v", err)
	}

	// Unreachable server: the error names it.
	t.Setenv("KUBECONFIG", path)
	c, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ue *UnreachableError
	if err := c.Ping(context.Background()); !errors.As(err, &ue) || ue.Server != "https://127.0.0.1:1" {
		t.Errorf("Ping: %v", err)
	}
}
