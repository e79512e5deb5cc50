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
	b := &binder{scratch: f.Scratch, created: map[string]bool{}}
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
	scratch string          // where mirrors are prepared
	n       int             // mirrors made
	rooted  bool            // the init's root is now the mirror of "/"
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

// shadow puts a tmpfs over dir that shows the same entries: directories and files are
// bound (recursively, with whatever is mounted below them) from the original, symlinks
// are copied. The tmpfs is prepared in a scratch directory and then moved over dir; for
// "/" the init changes its root to it instead (a mount over "/" is invisible to a process
// whose root is below it).
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
	// Clone every entry's mount tree first, before the stage exists (cloning an ancestor
	// of the scratch directory must not include the stage).
	trees := make([]int, len(entries))
	defer func() {
		for _, fd := range trees {
			if fd > 0 {
				unix.Close(fd)
			}
		}
	}()
	for i, e := range entries {
		if e.Type()&os.ModeSymlink != 0 {
			continue
		}
		fd, err := unix.OpenTree(orig, e.Name(), unix.OPEN_TREE_CLONE|unix.OPEN_TREE_CLOEXEC|unix.AT_RECURSIVE|unix.AT_SYMLINK_NOFOLLOW)
		if err != nil {
			if errors.Is(err, unix.EACCES) || errors.Is(err, unix.EPERM) {
				continue // unreadable for us anyway; an empty placeholder stands in
			}
			return fmt.Errorf("clone %s: %w", filepath.Join(dir, e.Name()), err)
		}
		trees[i] = fd
	}
	b.n++
	stage := filepath.Join(b.scratch, "shadow"+strconv.Itoa(b.n))
	if err := os.Mkdir(stage, 0o700); err != nil {
		return err
	}
	opts := "mode=" + strconv.FormatUint(uint64(st.Mode&0o7777), 8)
	if err := unix.Mount("tmpfs", stage, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, opts); err != nil {
		return fmt.Errorf("mount tmpfs for %s: %w", dir, err)
	}
	for i, e := range entries {
		dst := filepath.Join(stage, e.Name())
		if e.Type()&os.ModeSymlink != 0 {
			buf := make([]byte, unix.PathMax)
			n, err := unix.Readlinkat(orig, e.Name(), buf)
			if err == nil {
				err = os.Symlink(string(buf[:n]), dst)
			}
			if err != nil {
				return fmt.Errorf("mirror %s: %w", filepath.Join(dir, e.Name()), err)
			}
			continue
		}
		if e.IsDir() {
			err = os.Mkdir(dst, 0o755)
		} else {
			var f *os.File
			if f, err = os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
				f.Close()
			}
		}
		if err != nil {
			return fmt.Errorf("mirror %s: %w", filepath.Join(dir, e.Name()), err)
		}
		if trees[i] > 0 {
			if err := unix.MoveMount(trees[i], "", unix.AT_FDCWD, dst, unix.MOVE_MOUNT_F_EMPTY_PATH); err != nil {
				return fmt.Errorf("mirror %s: %w", filepath.Join(dir, e.Name()), err)
			}
		}
	}
	if dir == "/" {
		if err := unix.Chdir(stage); err != nil {
			return err
		}
		if err := unix.Chroot("."); err != nil {
			return fmt.Errorf("enter the mirror of /: %w", err)
		}
		b.rooted = true
	} else if err := unix.Mount(stage, dir, "", unix.MS_MOVE, ""); err != nil {
		return fmt.Errorf("move the mirror over %s: %w", dir, err)
	}
	b.created[dir] = true
	return nil
}
