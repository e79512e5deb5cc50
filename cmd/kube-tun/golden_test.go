package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGolden compares the help texts and `status` (not connected) with testdata/*.golden.
// go test ./cmd/kube-tun -run TestGolden -update rewrites them.
func TestGolden(t *testing.T) {
	t.Setenv("KUBETUN_AGENT_IMAGE", "")
	// status lists the machine's live sessions: look at an empty listing instead.
	t.Setenv("KUBETUN_SESSIONS_DIR", t.TempDir())
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"help", []string{"--help"}},
		{"up-help", []string{"up", "--help"}},
		{"port-forward-help", []string{"port-forward", "--help"}},
		{"completion-help", []string{"completion", "--help"}},
		{"status", []string{"status"}},
		{"status-json", []string{"status", "-o", "json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := execute(t, t.TempDir(), tc.args...)
			if err != nil {
				t.Fatalf("kube-tun %s: %v", strings.Join(tc.args, " "), err)
			}
			// The developer name default is user@host: the same text on every machine.
			out = strings.ReplaceAll(out, `"`+defaultName()+`"`, `"USER@HOST"`)
			path := filepath.Join(testdata, tc.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if out != string(want) {
				t.Errorf("kube-tun %s differs from %s (run with -update if intended):\n%s", strings.Join(tc.args, " "), path, out)
			}
		})
	}
}
