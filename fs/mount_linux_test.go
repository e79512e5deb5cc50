package fs

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kube-tun/kube-tun/e2e/faultproxy"
)

func TestMountReadWrite(t *testing.T) {
	needFUSE(t)
	root, _ := makeTree(t)
	_, mnt := mountAt(t, startServer(t, root, false), MountOptions{})

	for p, want := range map[string]string{
		"hello.txt":      "hello\n",
		"etc/config/key": "value", // ConfigMap farm: key → ..data/key, ..data → ..2024...
	} {
		b, err := os.ReadFile(filepath.Join(mnt, p))
		if err != nil || string(b) != want {
			t.Errorf("read %s = %q, %v; want %q", p, b, err, want)
		}
	}
	if got, err := os.Readlink(filepath.Join(mnt, "abs")); err != nil || got != "/etc/config/key" {
		t.Errorf("readlink abs = %q, %v", got, err)
	}
	if got, err := os.Readlink(filepath.Join(mnt, "etc/config/..data")); err != nil || !strings.HasPrefix(got, "..2024") {
		t.Errorf("readlink ..data = %q, %v", got, err)
	}
	ents, err := os.ReadDir(filepath.Join(mnt, "etc/config"))
	if err != nil || len(ents) != 3 {
		t.Errorf("readdir etc/config = %v, %v", ents, err)
	}

	// A write is on the server once close returns.
	p := filepath.Join(mnt, "dir/new.txt")
	must(t, os.Mkdir(filepath.Join(mnt, "dir"), 0o750))
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	must(t, err)
	_, err = f.Write([]byte("written through fuse"))
	must(t, err)
	must(t, f.Close())
	if b, err := os.ReadFile(filepath.Join(root, "dir/new.txt")); err != nil || string(b) != "written through fuse" {
		t.Errorf("server sees %q, %v after close", b, err)
	}
	if fi, err := os.Stat(filepath.Join(root, "dir/new.txt")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("server mode %v, %v; want 0600", fi.Mode(), err)
	}
	if fi, err := os.Stat(filepath.Join(root, "dir")); err != nil || fi.Mode().Perm() != 0o750 {
		t.Errorf("server dir mode %v, %v; want 0750", fi.Mode(), err)
	}
	// Overwrite with truncation, append, rename, chmod, symlink, unlink, rmdir.
	must(t, os.WriteFile(p, []byte("short"), 0o600))
	if b, _ := os.ReadFile(filepath.Join(root, "dir/new.txt")); string(b) != "short" {
		t.Errorf("after truncating write server sees %q", b)
	}
	must(t, os.Truncate(p, 2))
	if b, _ := os.ReadFile(p); string(b) != "sh" {
		t.Errorf("after truncate read %q", b)
	}
	must(t, os.Rename(p, filepath.Join(mnt, "dir/renamed.txt")))
	must(t, os.Chmod(filepath.Join(mnt, "dir/renamed.txt"), 0o640))
	if fi, err := os.Stat(filepath.Join(root, "dir/renamed.txt")); err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("after rename+chmod server has %v, %v", fi, err)
	}
	must(t, os.Symlink("renamed.txt", filepath.Join(mnt, "dir/link")))
	if b, err := os.ReadFile(filepath.Join(mnt, "dir/link")); err != nil || string(b) != "sh" {
		t.Errorf("read through new symlink = %q, %v", b, err)
	}
	if err := os.Remove(filepath.Join(mnt, "dir")); !errors.Is(err, syscall.ENOTEMPTY) && !errors.Is(err, syscall.EEXIST) {
		t.Errorf("rmdir non-empty: %v; want ENOTEMPTY", err)
	}
	must(t, os.Remove(filepath.Join(mnt, "dir/link")))
	must(t, os.Remove(filepath.Join(mnt, "dir/renamed.txt")))
	must(t, os.Remove(filepath.Join(mnt, "dir")))
	if _, err := os.Stat(filepath.Join(root, "dir")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dir still on server: %v", err)
	}
	if _, err := os.Stat(filepath.Join(mnt, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stat missing: %v", err)
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(mnt, &st); err != nil || st.Blocks == 0 {
		t.Errorf("statfs: %+v, %v", st, err)
	}
}

func TestMountReadOnly(t *testing.T) {
	needFUSE(t)
	root, _ := makeTree(t)
	t.Run("server", func(t *testing.T) {
		_, mnt := mountAt(t, startServer(t, root, true), MountOptions{})
		checkEROFS(t, root, mnt)
	})
	t.Run("client", func(t *testing.T) {
		_, mnt := mountAt(t, startServer(t, root, false), MountOptions{ReadOnly: true})
		checkEROFS(t, root, mnt)
	})
}

func checkEROFS(t *testing.T, root, mnt string) {
	t.Helper()
	if b, err := os.ReadFile(filepath.Join(mnt, "etc/config/key")); err != nil || string(b) != "value" {
		t.Errorf("read = %q, %v", b, err)
	}
	ops := map[string]func() error{
		"create":    func() error { return os.WriteFile(filepath.Join(mnt, "new"), []byte("x"), 0o644) },
		"overwrite": func() error { return os.WriteFile(filepath.Join(mnt, "hello.txt"), []byte("x"), 0o644) },
		"mkdir":     func() error { return os.Mkdir(filepath.Join(mnt, "d"), 0o755) },
		"remove":    func() error { return os.Remove(filepath.Join(mnt, "hello.txt")) },
		"rename":    func() error { return os.Rename(filepath.Join(mnt, "hello.txt"), filepath.Join(mnt, "x")) },
		"chmod":     func() error { return os.Chmod(filepath.Join(mnt, "hello.txt"), 0o600) },
		"symlink":   func() error { return os.Symlink("x", filepath.Join(mnt, "l")) },
	}
	for name, op := range ops {
		if err := op(); !errors.Is(err, syscall.EROFS) {
			t.Errorf("%s: %v; want EROFS", name, err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(root, "hello.txt")); string(b) != "hello\n" {
		t.Errorf("server file changed: %q", b)
	}
}

func TestMountLargeFile(t *testing.T) {
	needFUSE(t)
	root := t.TempDir()
	const size = 100 << 20
	want := writeRandomFile(t, filepath.Join(root, "big"), size)
	_, mnt := mountAt(t, startServer(t, root, false), MountOptions{})

	f, err := os.Open(filepath.Join(mnt, "big"))
	must(t, err)
	defer f.Close()
	h := sha256.New()
	n, err := io.CopyBuffer(h, f, make([]byte, 1<<20))
	if err != nil || n != size {
		t.Fatalf("read %d bytes, %v", n, err)
	}
	if !bytes.Equal(h.Sum(nil), want) {
		t.Fatal("checksum of the file read through the mount differs")
	}
	// Random-offset reads.
	buf := make([]byte, 4096)
	direct, _ := os.Open(filepath.Join(root, "big"))
	defer direct.Close()
	exp := make([]byte, 4096)
	for _, off := range []int64{0, 1, 4095, 1 << 20, size - 4096, size - 100} {
		n, err := f.ReadAt(buf, off)
		m, _ := direct.ReadAt(exp, off)
		if n != m || !bytes.Equal(buf[:n], exp[:m]) || (err != nil && err != io.EOF) {
			t.Errorf("ReadAt(%d) = %d, %v; want %d bytes", off, n, err, m)
		}
	}
}

func writeRandomFile(t testing.TB, p string, size int) []byte {
	t.Helper()
	f, err := os.Create(p)
	must(t, err)
	defer f.Close()
	h := sha256.New()
	if _, err := io.CopyN(io.MultiWriter(f, h), rand.Reader, int64(size)); err != nil {
		t.Fatal(err)
	}
	return h.Sum(nil)
}

// makeManyFiles creates n small files in 20 directories.
func makeManyFiles(t testing.TB, root string, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		d := filepath.Join(root, fmt.Sprintf("d%02d", i%20))
		if i < 20 {
			must(t, os.MkdirAll(d, 0o755))
		}
		must(t, os.WriteFile(filepath.Join(d, fmt.Sprintf("f%04d", i)), []byte("x"), 0o644))
	}
}

func TestMountLsLR(t *testing.T) {
	needFUSE(t)
	root := t.TempDir()
	makeManyFiles(t, root, 2000)
	_, mnt := mountAt(t, startServer(t, root, false), MountOptions{})
	out, err := exec.Command("ls", "-lR", mnt).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(out), " f"); got != 2000 {
		t.Errorf("ls -lR lists %d files, want 2000", got)
	}
}

func TestUnmountIdempotent(t *testing.T) {
	needFUSE(t)
	root, _ := makeTree(t)
	m, mnt := mountAt(t, startServer(t, root, false), MountOptions{})
	must(t, m.Close())
	must(t, m.Close())
	must(t, Unmount(mnt))
	if _, err := os.Stat(filepath.Join(mnt, "hello.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("mount still there: %v", err)
	}
	// Busy: a file is open while we unmount; Unmount detaches lazily.
	m2, mnt2 := mountAt(t, startServer(t, root, false), MountOptions{})
	_ = m2
	f, err := os.Open(filepath.Join(mnt2, "hello.txt"))
	must(t, err)
	must(t, Unmount(mnt2))
	f.Close()
	must(t, Unmount(mnt2))
}

// Unmount leaves alone what kube-tun did not mount: `kube-tun umount /tmp` must not take
// a tmpfs away.
func TestUnmountOnlyOurs(t *testing.T) {
	needFUSE(t)
	dir := t.TempDir()
	must(t, unix.Mount("kt-test", dir, "tmpfs", 0, "size=1m"))
	t.Cleanup(func() { _ = unix.Unmount(dir, unix.MNT_DETACH) })
	must(t, os.WriteFile(filepath.Join(dir, "keep"), []byte("1"), 0o644))
	if err := Unmount(dir); !errors.Is(err, ErrNotKubeTun) || !strings.Contains(err.Error(), "a tmpfs mount") {
		t.Errorf("Unmount(tmpfs) = %v, want ErrNotKubeTun", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "keep")); err != nil {
		t.Errorf("the tmpfs was unmounted: %v", err)
	}
	if err := Unmount(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Unmount(missing dir) = %v, want ErrNotExist", err)
	}
}

func TestParseMountinfo(t *testing.T) {
	for _, tc := range []struct{ line, point, typ string }{
		{`36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue`, "/mnt2", "ext3"},
		{`612 30 0:77 / /tmp/a\040dir rw,nosuid,nodev shared:1 - fuse.kube-tun kube-tun rw,user_id=0`, "/tmp/a dir", "fuse.kube-tun"},
		{`25 1 0:22 / /proc rw - proc proc rw`, "/proc", "proc"},
	} {
		point, typ, ok := parseMountinfo(tc.line)
		if !ok || point != tc.point || typ != tc.typ {
			t.Errorf("parseMountinfo(%q) = %q %q %v", tc.line, point, typ, ok)
		}
	}
	if _, _, ok := parseMountinfo("garbage"); ok {
		t.Error("garbage parsed")
	}
}

// TestMountDeadServer checks that operations fail with EIO, rather than hang, when the
// server dies (connection closed) or stops answering (connection silent), and that
// Close still unmounts.
func TestMountDeadServer(t *testing.T) {
	needFUSE(t)
	root, _ := makeTree(t)
	for _, mode := range []string{"closed", "silent"} {
		t.Run(mode, func(t *testing.T) {
			addr := startServer(t, root, false)
			p := faultproxy.New(t, addr)
			m, mnt := mountAt(t, p.Addr(), MountOptions{AttrTimeout: -1, EntryTimeout: -1, OpTimeout: time.Second})
			f, err := os.Open(filepath.Join(mnt, "hello.txt"))
			must(t, err)
			defer f.Close()
			if mode == "closed" {
				p.Kill()
			} else {
				p.Freeze()
			}
			start := time.Now()
			errc := make(chan error, 2)
			go func() { _, err := os.Stat(filepath.Join(mnt, "etc")); errc <- err }()
			go func() { _, err := f.ReadAt(make([]byte, 10), 0); errc <- err }()
			for i := 0; i < 2; i++ {
				select {
				case err := <-errc:
					if !errors.Is(err, syscall.EIO) {
						t.Errorf("op on dead server: %v; want EIO", err)
					}
				case <-time.After(10 * time.Second):
					t.Fatal("operation on a dead server hangs")
				}
			}
			t.Logf("failed after %v", time.Since(start).Round(time.Millisecond))
			must(t, m.Close())
			p.Close()
		})
	}
}

// TestMountReconnect drops the connection while the server stays up: after the dead
// session's errors, new operations redial and work again.
func TestMountReconnect(t *testing.T) {
	needFUSE(t)
	root, _ := makeTree(t)
	p := faultproxy.New(t, startServer(t, root, false))
	_, mnt := mountAt(t, p.Addr(), MountOptions{AttrTimeout: -1, EntryTimeout: -1, OpTimeout: time.Second})
	must(t, os.WriteFile(filepath.Join(mnt, "before"), []byte("1"), 0o644))
	p.Cut()
	waitFor(t, 10*time.Second, "a working mount after the connection dropped", func() bool {
		b, err := os.ReadFile(filepath.Join(mnt, "hello.txt"))
		return err == nil && string(b) == "hello\n"
	})
	must(t, os.WriteFile(filepath.Join(mnt, "after"), []byte("2"), 0o644))
	if b, err := os.ReadFile(filepath.Join(root, "after")); err != nil || string(b) != "2" {
		t.Errorf("write after reconnect: %q, %v", b, err)
	}
}

// TestCloseBusy closes a mount while a file in it is open: Close must return (lazy
// unmount), later operations on the open file fail instead of hanging, and the FUSE
// server goroutines end once the file is closed (goleak checks at the end).
func TestCloseBusy(t *testing.T) {
	needFUSE(t)
	root, _ := makeTree(t)
	m, mnt := mountAt(t, startServer(t, root, false), MountOptions{})
	f, err := os.Open(filepath.Join(mnt, "hello.txt"))
	must(t, err)
	done := make(chan error, 1)
	go func() { done <- m.Close() }()
	select {
	case err := <-done:
		must(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Close of a busy mount hangs")
	}
	if _, err := os.Stat(filepath.Join(mnt, "hello.txt")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("mount still visible after Close: %v", err)
	}
	readDone := make(chan error, 1)
	go func() { _, err := f.ReadAt(make([]byte, 4), 0); readDone <- err }()
	select {
	case err := <-readDone:
		t.Logf("read on the detached mount: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("read on a closed mount hangs")
	}
	f.Close()
}

// TestMountWriteBehind writes a file in uneven pieces, including an overwrite of a range
// still in flight and a read back through the same handle, and checks the server's copy
// right after close.
func TestMountWriteBehind(t *testing.T) {
	needFUSE(t)
	root := t.TempDir()
	_, mnt := mountAt(t, startServer(t, root, false), MountOptions{})
	want := make([]byte, 20<<20+12345)
	_, err := rand.Read(want)
	must(t, err)
	f, err := os.OpenFile(filepath.Join(mnt, "out"), os.O_CREATE|os.O_RDWR, 0o644)
	must(t, err)
	for off, step := 0, 1; off < len(want); step = step*3%(3<<20) + 4096 {
		end := min(off+step, len(want))
		_, err := f.Write(want[off:end])
		must(t, err)
		off = end
	}
	// Overwrite a range just written, then read it back through the same handle.
	patch := bytes.Repeat([]byte("P"), 100000)
	_, err = f.WriteAt(patch, 5<<20)
	must(t, err)
	copy(want[5<<20:], patch)
	got := make([]byte, len(patch))
	if _, err := f.ReadAt(got, 5<<20); err != nil || !bytes.Equal(got, patch) {
		t.Errorf("read back through the writing handle: %v, equal=%v", err, bytes.Equal(got, patch))
	}
	if fi, err := f.Stat(); err != nil || fi.Size() != int64(len(want)) {
		t.Errorf("fstat size = %v, %v; want %d", fi.Size(), err, len(want))
	}
	must(t, f.Close())
	server, err := os.ReadFile(filepath.Join(root, "out"))
	must(t, err)
	if !bytes.Equal(server, want) {
		t.Fatalf("server copy differs after close (%d bytes, want %d)", len(server), len(want))
	}
}

// TestMountWriteErrorAtClose checks that a write that could not reach the server is
// reported, at the latest by close(2).
func TestMountWriteErrorAtClose(t *testing.T) {
	needFUSE(t)
	root := t.TempDir()
	p := faultproxy.New(t, startServer(t, root, false))
	_, mnt := mountAt(t, p.Addr(), MountOptions{OpTimeout: time.Second})
	f, err := os.Create(filepath.Join(mnt, "out"))
	must(t, err)
	defer f.Close()
	p.Kill()
	_, werr := f.Write(make([]byte, 1<<20))
	cerr := f.Close()
	if !errors.Is(werr, syscall.EIO) && !errors.Is(cerr, syscall.EIO) {
		t.Errorf("write = %v, close = %v; want EIO from one of them", werr, cerr)
	}
}
