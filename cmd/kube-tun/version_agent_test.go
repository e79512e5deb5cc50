package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
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
