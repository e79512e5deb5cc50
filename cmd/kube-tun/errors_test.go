package main

import "testing"

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
