package dns

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestResolvedCommands(t *testing.T) {
	var got []string
	r := &Resolved{Link: "kt0", Run: func(args ...string) error {
		got = append(got, strings.Join(args, " "))
		return nil
	}}
	if err := r.Apply("198.19.0.1:53", []string{"ns.svc.cluster.local", "svc.cluster.local", "cluster.local"}, []string{"cluster.local."}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"dns kt0 198.19.0.1:53",
		"domain kt0 ns.svc.cluster.local svc.cluster.local cluster.local",
		"default-route kt0 false",
		"llmnr kt0 no",
		"mdns kt0 no",
		"dnssec kt0 no",
		"dnsovertls kt0 no",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("commands:\n%q\nwant\n%q", got, want)
	}
	// A cluster domain that is not a search domain routes only.
	got = nil
	if err := r.Apply("198.19.0.1", []string{"svc.cluster.local"}, []string{"cluster.local"}); err != nil {
		t.Fatal(err)
	}
	if got[1] != "domain kt0 svc.cluster.local ~cluster.local" {
		t.Fatalf("domains: %q", got[1])
	}
	// A failure part-way reverts the link.
	got = nil
	r.Run = func(args ...string) error {
		got = append(got, args[0])
		if args[0] == "domain" {
			return errors.New("boom")
		}
		return nil
	}
	if err := r.Apply("198.19.0.1", nil, []string{"cluster.local"}); err == nil {
		t.Fatal("want error")
	}
	if got[len(got)-1] != "revert" {
		t.Fatalf("no revert after a failure: %q", got)
	}
}

func TestResolvedRestoreGoneLink(t *testing.T) {
	for msg, wantErr := range map[string]bool{
		`resolvectl revert kt0: exit status 1: Failed to resolve interface "kt0": No such device`:   false,
		`resolvectl revert kt0: exit status 1: Link 7 not known`:                                    true,
		`resolvectl revert kt0: exit status 1: Failed to connect to bus: No such file or directory`: true,
	} {
		r := &Resolved{Link: "kt0", Run: func(...string) error { return errors.New(msg) }}
		if err := r.Restore(); (err != nil) != wantErr {
			t.Errorf("%s: Restore() = %v, want error %v", msg, err, wantErr)
		}
	}
}

func TestResolvConfUsesResolved(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink("../run/systemd/resolve/stub-resolv.conf", link); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		link: true,
		write("stub", "# NetworkManager\nsearch lan\nnameserver 127.0.0.53\noptions edns0 trust-ad\n"): true,
		write("both", "nameserver 127.0.0.53\nnameserver 127.0.0.54\n"):                                true,
		write("mixed", "nameserver 127.0.0.53\nnameserver 10.0.0.1\n"):                                 false,
		write("plain", "nameserver 10.0.0.1\n"):                                                        false,
		write("empty", "search lan\n"):                                                                 false,
		filepath.Join(dir, "missing"):                                                                  false,
	} {
		if got := resolvConfUsesResolved(path); got != want {
			t.Errorf("%s: %v, want %v", filepath.Base(path), got, want)
		}
	}
}

func TestResolvedServesThisNetns(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "io.systemd.Resolve")
	if err := resolvedServesThisNetns(sock); err == nil || !strings.Contains(err.Error(), "not running") {
		t.Fatalf("no socket: %v", err)
	}
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	if err := resolvedServesThisNetns(sock); err != nil {
		t.Fatalf("listener in this process: %v", err)
	}
	// A stale socket file (the daemon died) refuses connections.
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close()
	if err := resolvedServesThisNetns(sock); err == nil {
		t.Fatal("stale socket accepted")
	}
}

func TestResolvedInOtherNetns(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root for a network namespace")
	}
	socat, err := exec.LookPath("socat")
	if err != nil {
		t.Skip("needs socat")
	}
	sock := filepath.Join(t.TempDir(), "io.systemd.Resolve")
	cmd := exec.Command("unshare", "--net", socat, "UNIX-LISTEN:"+sock+",fork", "EXEC:true")
	if err := cmd.Start(); err != nil {
		t.Skipf("unshare: %v", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	deadline := time.Now().Add(10 * time.Second)
	for {
		// Wait for a connection, not for the file: socat binds (creating the file)
		// before it listens, and a connect in between is refused (a CI run failed so).
		if c, err := net.Dial("unix", sock); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("socat did not listen")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := resolvedServesThisNetns(sock); err == nil || !strings.Contains(err.Error(), "another network namespace") {
		t.Fatalf("listener in another network namespace: %v", err)
	}
}
