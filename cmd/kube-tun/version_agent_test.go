package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kube-tun/kube-tun/client"
)

func TestVersionSkew(t *testing.T) {
	if s, _ := versionSkew("v1", 1, "v1", 1); s != "" {
		t.Errorf("same version: skew %q", s)
	}
	if s, a := versionSkew("v2", 1, "v1", 1); s != "version" || !strings.Contains(a, "should work") {
		t.Errorf("version skew: %q %q", s, a)
	}
	if s, a := versionSkew("v2", 2, "v1", 1); s != "protocol" || !strings.Contains(a, "cannot connect") {
		t.Errorf("protocol skew: %q %q", s, a)
	}
}

func TestVersionOutput(t *testing.T) {
	out, err := execute(t, t.TempDir(), "version", "--client", "-o", "json")
	var v versionInfo
	if err != nil || json.Unmarshal([]byte(out), &v) != nil || v.Client.Version != version || v.Client.Protocol == 0 {
		t.Fatalf("version --client -o json: %v\n%s", err, out)
	}
	var b bytes.Buffer
	info := versionInfo{Client: v.Client, Agents: []agentVersion{{Pod: "ns/a", Version: "old", Protocol: v.Client.Protocol, Skew: "version", Advice: "upgrade"}}}
	if err := printVersion(&b, info, "text", false); err != nil || !strings.Contains(b.String(), "Agent:  kube-tun old") || !strings.Contains(b.String(), "version skew: upgrade") {
		t.Errorf("text:\n%s", b.String())
	}
	b.Reset()
	if err := printVersion(&b, info, "yaml", false); err != nil || !strings.Contains(b.String(), "skew: version") {
		t.Errorf("yaml:\n%s", b.String())
	}
}

func TestConnectAdvice(t *testing.T) {
	err := connectAdvice(fmt.Errorf("register: %w", &client.APIError{Status: 409, Message: "client speaks protocol 2 (version v2), agent speaks 1 (version v1): use ..."}))
	if exitCode(err) != exitCluster || !strings.Contains(formatError(err), "versions don't match") || !strings.Contains(formatError(err), "--agent-image") {
		t.Errorf("protocol skew: %s", formatError(err))
	}
	if err := connectAdvice(errors.New("handshake timeout")); !strings.Contains(formatError(err), "kube-tun doctor") {
		t.Errorf("other: %s", formatError(err))
	}
}
