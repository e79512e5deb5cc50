package fs

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(runHelper())
	}
	goleak.VerifyTestMain(m)
}

func needRoot(t testing.TB) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
}

func needFUSE(t testing.TB) {
	t.Helper()
	needRoot(t)
	if _, err := os.Stat("/dev/fuse"); err != nil {
		t.Skip("no /dev/fuse")
	}
}

// startServer serves root on a loopback listener and returns its address.
func startServer(t testing.TB, root string, readOnly bool) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := NewServer(root, readOnly, t.Logf)
	done := make(chan error, 1)
	go func() { done <- s.Serve(l) }()
	t.Cleanup(func() {
		s.Close()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return l.Addr().String()
}

func tcpDialer(addr string) func(ctx context.Context) (net.Conn, error) {
	return func(ctx context.Context) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}
}

// mountAt mounts the server at addr on a fresh directory.
func mountAt(t testing.TB, addr string, opts MountOptions) (*MountPoint, string) {
	t.Helper()
	needFUSE(t)
	dir := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	m, err := Mount(ctx, tcpDialer(addr), dir, opts, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return m, dir
}

// makeTree builds a root with plain files and a ConfigMap-like symlink farm:
//
//	hello.txt
//	etc/config/..2024_01_01_00_00_00.000000000/key   "value"
//	etc/config/..data -> ..2024_01_01_00_00_00.000000000
//	etc/config/key -> ..data/key
//	abs -> /etc/config/key                (absolute: must resolve inside root)
//	absdir -> /etc                        (absolute directory link)
//	escape -> ../../../outside/secret     (must not leave root)
//	escdir -> ../../..                    (must not leave root)
//
// and a file "outside/secret" next to root that nothing may reach.
func makeTree(t testing.TB) (root, outside string) {
	t.Helper()
	base := t.TempDir()
	root = filepath.Join(base, "root")
	outside = filepath.Join(base, "outside")
	ts := "..2024_01_01_00_00_00.000000000"
	must(t, os.MkdirAll(filepath.Join(root, "etc/config", ts), 0o755))
	must(t, os.MkdirAll(outside, 0o755))
	must(t, os.WriteFile(filepath.Join(outside, "secret"), []byte("SECRET"), 0o644))
	must(t, os.WriteFile(filepath.Join(root, "hello.txt"), []byte("hello\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(root, "etc/config", ts, "key"), []byte("value"), 0o644))
	must(t, os.Symlink(ts, filepath.Join(root, "etc/config/..data")))
	must(t, os.Symlink("..data/key", filepath.Join(root, "etc/config/key")))
	must(t, os.Symlink("/etc/config/key", filepath.Join(root, "abs")))
	must(t, os.Symlink("/etc", filepath.Join(root, "absdir")))
	must(t, os.Symlink("../../../outside/secret", filepath.Join(root, "escape")))
	must(t, os.Symlink("../../..", filepath.Join(root, "escdir")))
	must(t, os.Symlink(filepath.Join(outside, "secret"), filepath.Join(root, "hostabs")))
	return root, outside
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// waitFor polls cond until it is true or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
