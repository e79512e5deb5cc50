//go:build e2e

package e2e

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// TestDemo runs the README's first command, `make demo`, on the running local cluster
// and checks what it shows a newcomer: the laptop cannot reach the cluster before `up`,
// names and UDP work after it, and each developer's stolen requests reach their laptop
// while the rest are answered by the real pods.
func TestDemo(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, _ := binaries(t)
	t.Cleanup(func() { _, _ = in(laptopNS, 30*time.Second, kt, "down") }) // in case the demo's own cleanup did not run

	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "make", "--no-print-directory", "demo")
	cmd.Dir = root
	cmd.WaitDelay = 10 * time.Second
	b, err := cmd.CombinedOutput()
	out := string(b)
	if err != nil {
		t.Fatalf("make demo: %v\n%s", err, out)
	}
	for _, want := range []string{
		"fails, as it should",
		"hello-udp",
		"200 hello from alice's laptop",
		"200 hello from bob's laptop",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("make demo did not show %q", want)
		}
	}
	if n := strings.Count(out, "200 answered by the real pod"); n != 2 {
		t.Errorf("make demo: %d unclaimed requests answered by the pods, want 2", n)
	}
	if strings.Contains(out, "unexpected") {
		t.Error("make demo reached the cluster before kube-tun up")
	}
	if t.Failed() {
		t.Logf("make demo output:\n%s", out)
	}
	// The demo tears its session down: the laptop is not connected any more.
	if st, _ := in(laptopNS, 30*time.Second, kt, "status"); !strings.Contains(st, "Not connected") {
		t.Errorf("a session is still up after the demo:\n%s", st)
	}
}
