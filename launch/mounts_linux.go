package launch

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// bindVolumes binds Root+p to p for every volume path, inside the init's mount namespace.
func bindVolumes(f *FilesSpec) error {
	b := &binder{created: map[string]bool{}}
	for _, p := range f.Paths {
		src, err := resolveIn(f.Root, p)
		if err != nil {
			return fmt.Errorf("remote path %s: %w", p, err)
		}
		fi, err := os.Stat(src)
		if err != nil {
			return fmt.Errorf("remote path %s: %w", p, err)
		}
		if err := b.mountpoint(p, fi.IsDir()); err != nil {
			return fmt.Errorf("create mount point %s: %w", p, err)
		}
		if err := unix.Mount(src, p, "", unix.MS_BIND|unix.MS_REC, ""); err != nil {
			return fmt.Errorf("bind remote %s: %w", p, err)
		}
	}
	return nil
}

// resolveIn resolves p inside root the way the target container sees it: symlinks in the
// remote tree (absolute ones included) resolve against root, never against the host.
func resolveIn(root, p string) (string, error) {
	todo := splitPath(p)
	var done []string
	for links := 0; len(todo) > 0; {
		c := todo[0]
		todo = todo[1:]
		switch c {
		case ".":
			continue
		case "..":
			if len(done) > 0 {
				done = done[:len(done)-1]
			}
			continue
		}
		cur := filepath.Join(root, filepath.Join(append(done, c)...))
		fi, err := os.Lstat(cur)
		if err != nil {
			return "", err
		}
		if fi.Mode()&os.ModeSymlink == 0 {
			done = append(done, c)
			continue
		}
		if links++; links > 40 {
			return "", unix.ELOOP
		}
		target, err := os.Readlink(cur)
		if err != nil {
			return "", err
		}
		if path.IsAbs(target) {
			done = nil
		}
		todo = append(splitPath(target), todo...)
	}
	return filepath.Join(root, filepath.Join(done...)), nil
}

func splitPath(p string) []string {
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// binder creates missing mount points without touching the host's file systems: the
// nearest existing directory is shadowed by a tmpfs that mirrors its entries (each bound
// from the original), and the missing path is created on that tmpfs.
type binder struct {
	created map[string]bool // real paths of directories we made on a tmpfs
}

func (b *binder) mountpoint(p string, dir bool) error {
	if fi, err := os.Stat(p); err == nil {
		if fi.IsDir() != dir {
			return fmt.Errorf("the local path is a %s, the remote one is not", kind(fi.IsDir()))
		}
		return nil
	}
	// The nearest existing ancestor, with symlinks resolved as the kernel will.
	anc := filepath.Dir(p)
	for {
		if _, err := os.Stat(anc); err == nil {
			break
		}
		anc = filepath.Dir(anc)
	}
	real, err := filepath.EvalSymlinks(anc)
	if err != nil {
		return err
	}
	rest, err := filepath.Rel(anc, p)
	if err != nil {
		return err
	}
	if !b.created[real] {
		if err := b.shadow(real); err != nil {
			return err
		}
	}
	target := filepath.Join(real, rest)
	parent := target
	if !dir {
		parent = filepath.Dir(target)
	}
	for d := parent; d != real && !b.created[d]; d = filepath.Dir(d) {
		b.created[d] = true
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	if !dir {
		f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		f.Close()
	}
	return nil
}

func kind(dir bool) string {
	if dir {
		return "directory"
	}
	return "file"
}

// shadow mounts a tmpfs over dir that shows the same entries: directories and files are
// bound (recursively, with whatever is mounted below them) from the original, symlinks
// are copied.
func (b *binder) shadow(dir string) error {
	var st unix.Stat_t
	if err := unix.Stat(dir, &st); err != nil {
		return err
	}
	orig, err := unix.Open(dir, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	defer unix.Close(orig)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	opts := "mode=" + strconv.FormatUint(uint64(st.Mode&0o7777), 8)
	if err := unix.Mount("tmpfs", dir, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, opts); err != nil {
		return fmt.Errorf("mount tmpfs over %s: %w", dir, err)
	}
	b.created[dir] = true
	via := "/proc/self/fd/" + strconv.Itoa(orig)
	for _, e := range entries {
		src, dst := filepath.Join(via, e.Name()), filepath.Join(dir, e.Name())
		switch {
		case e.Type()&os.ModeSymlink != 0:
			t, err := os.Readlink(src)
			if err == nil {
				err = os.Symlink(t, dst)
			}
			if err != nil {
				return fmt.Errorf("mirror %s: %w", dst, err)
			}
			continue
		case e.IsDir():
			if err := os.Mkdir(dst, 0o755); err != nil {
				return fmt.Errorf("mirror %s: %w", dst, err)
			}
		default:
			f, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				return fmt.Errorf("mirror %s: %w", dst, err)
			}
			f.Close()
		}
		if err := unix.Mount(src, dst, "", unix.MS_BIND|unix.MS_REC, ""); err != nil {
			if errors.Is(err, unix.EACCES) || errors.Is(err, unix.EPERM) {
				continue // unreadable for us anyway; leave the empty placeholder
			}
			return fmt.Errorf("mirror %s: %w", dst, err)
		}
	}
	return nil
}
