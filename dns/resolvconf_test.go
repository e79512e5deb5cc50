package dns

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestResolvConfApplyRestore(t *testing.T) {
	dir := t.TempDir()
	rc := &ResolvConf{Path: filepath.Join(dir, "resolv.conf"), Backup: filepath.Join(dir, "state", "resolv.conf.orig")}
	orig := "# some comment\nnameserver 192.0.2.53\nsearch corp.example\noptions edns0 trust-ad\n"
	if err := os.WriteFile(rc.Path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := rc.Apply("198.19.0.2", []string{"ns.svc.cluster.local", "svc.cluster.local", "cluster.local"}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(rc.Path)
	for _, want := range []string{"nameserver 198.19.0.2\n", "search ns.svc.cluster.local svc.cluster.local cluster.local corp.example\n", "options edns0 trust-ad\n"} {
		if !strings.Contains(string(got), want) {
			t.Errorf("managed file lacks %q:\n%s", want, got)
		}
	}
	o, err := rc.Original()
	if err != nil || len(o.Servers) != 1 || o.Servers[0] != "192.0.2.53:53" {
		t.Fatalf("Original = %+v, %v", o, err)
	}
	// A crash leaves the managed file: Apply again must not save the managed file as original.
	if err := rc.Apply("198.19.0.3", nil); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := rc.Restore(); err != nil {
			t.Fatal(err)
		}
	}
	got, _ = os.ReadFile(rc.Path)
	if string(got) != orig {
		t.Fatalf("restore not byte-for-byte:\n%q\nwant\n%q", got, orig)
	}
}
