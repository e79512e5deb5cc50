package e2eutil

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// NetnsCommand is a command that runs args inside the named network namespace (with
// `ip netns exec`, so /etc/netns/NAME/ replaces files in /etc) and KUBECONFIG set to the
// cluster's kubeconfig.
func NetnsCommand(ctx context.Context, ns string, args ...string) *exec.Cmd {
	full := append([]string{"netns", "exec", ns, "env", "KUBECONFIG=" + Kubeconfig()}, args...)
	return exec.CommandContext(ctx, "ip", full...)
}

// InNetns runs args inside the named network namespace with a one-minute deadline and
// returns its combined output. err is non-nil when it exits non-zero.
func InNetns(t testing.TB, ns string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := NetnsCommand(ctx, ns, args...).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("in netns %s: %s: %w", ns, strings.Join(args, " "), err)
	}
	return string(out), nil
}
