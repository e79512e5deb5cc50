package fs

import (
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/pkg/sftp"
)

func sftpClient(t *testing.T, addr string) *sftp.Client {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	c, err := sftp.NewClientPipe(conn, conn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(); conn.Close() })
	return c
}

func readRemote(c *sftp.Client, p string) (string, error) {
	f, err := c.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	return string(b), err
}

// TestServerConfinement checks path resolution on the server: symlinks, absolute or
// relative, resolve inside the root and never reach the file beside it.
func TestServerConfinement(t *testing.T) {
	root, outside := makeTree(t)
	c := sftpClient(t, startServer(t, root, false))

	reads := []struct {
		path, want string
		notExist   bool
	}{
		{path: "/hello.txt", want: "hello\n"},
		{path: "/etc/config/key", want: "value"},
		{path: "/abs", want: "value"},               // absolute link, resolved in root
		{path: "/absdir/config/key", want: "value"}, // absolute dir link in the middle
		{path: "/escape", notExist: true},           // ../../../outside/secret → /outside/secret in root
		{path: "/escdir/outside/secret", notExist: true},
		{path: "/../outside/secret", notExist: true},   // cleaned to /outside/secret
		{path: "../../outside/secret", notExist: true}, // relative request path
		{path: "/hostabs", notExist: true},             // absolute host path of the secret
		{path: "/escdir/hello.txt", want: "hello\n"},   // ../../.. stops at root
	}
	for _, r := range reads {
		got, err := readRemote(c, r.path)
		if r.notExist {
			if !errors.Is(err, os.ErrNotExist) {
				t.Errorf("read %s = %q, %v; want not exist", r.path, got, err)
			}
			continue
		}
		if err != nil || got != r.want {
			t.Errorf("read %s = %q, %v; want %q", r.path, got, err, r.want)
		}
	}

	// Lstat sees links, Stat follows them (inside root).
	if fi, err := c.Lstat("/etc/config/..data"); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("lstat ..data = %v, %v; want symlink", fi, err)
	}
	if fi, err := c.Stat("/abs"); err != nil || !fi.Mode().IsRegular() || fi.Size() != 5 {
		t.Errorf("stat /abs = %v, %v; want 5-byte file", fi, err)
	}
	if _, err := c.Stat("/hostabs"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stat /hostabs: %v; want not exist", err)
	}
	if got, err := c.ReadLink("/abs"); err != nil || got != "/etc/config/key" {
		t.Errorf("readlink /abs = %q, %v", got, err)
	}

	// The directory listing carries attributes.
	list, err := c.ReadDir("/etc/config")
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Errorf("readdir /etc/config: %d entries, want 3", len(list))
	}

	// Writes through links stay inside root too.
	f, err := c.Create("/escdir/created-via-escdir")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("x"))
	f.Close()
	if _, err := os.Stat(filepath.Join(root, "created-via-escdir")); err != nil {
		t.Errorf("file created via escdir not in root: %v", err)
	}
	if err := c.Mkdir("/escdir/../outside"); err != nil {
		t.Errorf("mkdir /outside in root: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "outside")); err != nil {
		t.Errorf("mkdir via .. not inside root: %v", err)
	}
	if err := c.Chmod("/hostabs", 0o600); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("chmod through host-absolute link: %v; want not exist", err)
	}
	if err := c.Chmod("/escape", 0o600); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("chmod through escaping link: %v; want not exist", err)
	}
	if fi, _ := os.Stat(filepath.Join(outside, "secret")); fi.Mode().Perm() != 0o644 {
		t.Errorf("outside secret mode changed to %v", fi.Mode())
	}
	if b, _ := os.ReadFile(filepath.Join(outside, "secret")); string(b) != "SECRET" {
		t.Errorf("outside secret changed: %q", b)
	}
}

// TestServerSpecialFiles checks that a FIFO in the tree cannot stall the session and
// devices are not served as data.
func TestServerSpecialFiles(t *testing.T) {
	root, _ := makeTree(t)
	must(t, syscall.Mkfifo(filepath.Join(root, "fifo"), 0o644))
	c := sftpClient(t, startServer(t, root, false))
	for _, p := range []string{"/fifo"} {
		if _, err := c.Open(p); toErrno(err) != syscall.ENXIO {
			t.Errorf("open %s: %v; want ENXIO", p, err)
		}
		if _, err := c.OpenFile(p, os.O_WRONLY); toErrno(err) != syscall.ENXIO {
			t.Errorf("open %s for writing: %v; want ENXIO", p, err)
		}
	}
	if _, err := c.Open("/etc"); toErrno(err) != syscall.EISDIR {
		t.Errorf("open a directory: %v; want EISDIR", err)
	}
	if got, err := readRemote(c, "/hello.txt"); err != nil || got != "hello\n" {
		t.Errorf("session unusable after special files: %q, %v", got, err)
	}
}

func TestServerReadOnly(t *testing.T) {
	root, _ := makeTree(t)
	c := sftpClient(t, startServer(t, root, true))
	if got, err := readRemote(c, "/hello.txt"); err != nil || got != "hello\n" {
		t.Fatalf("read: %q, %v", got, err)
	}
	for name, op := range map[string]func() error{
		"create": func() error { _, err := c.Create("/new"); return err },
		"mkdir":  func() error { return c.Mkdir("/d") },
		"remove": func() error { return c.Remove("/hello.txt") },
		"rename": func() error { return c.PosixRename("/hello.txt", "/x") },
		"chmod":  func() error { return c.Chmod("/hello.txt", 0o600) },
	} {
		if errno := toErrno(op()); errno.Error() != "read-only file system" {
			t.Errorf("%s: errno %v; want EROFS", name, errno)
		}
	}
}
