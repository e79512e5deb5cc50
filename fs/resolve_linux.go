package fs

import (
	"os"
	"path"
	"strconv"

	"golang.org/x/sys/unix"
)

// rootDir resolves every path inside one directory tree. All lookups go through
// openat2(2) with RESOLVE_IN_ROOT from a dirfd of the root, so "..", absolute symlinks
// and symlinks with ".." components are resolved as if the root were "/": nothing a
// client names, and nothing a link in the tree points to, leads outside the tree.
// Operations on the final component of a path use *at syscalls on a parent dirfd
// (never following a symlink there) or /proc/self/fd of an O_PATH fd (following it
// within the root).
type rootDir struct {
	fd int // O_PATH|O_DIRECTORY
}

func openRoot(root string) (*rootDir, error) {
	fd, err := unix.Open(root, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open root", Path: root, Err: err}
	}
	return &rootDir{fd: fd}, nil
}

func (r *rootDir) close() error { return unix.Close(r.fd) }

// rel turns a client path ("/a/b", "a/b", "/") into a path relative to the root ("a/b",
// ".").
func rel(p string) string {
	p = path.Clean("/" + p)
	if p == "/" {
		return "."
	}
	return p[1:]
}

// split returns the parent (relative to the root) and the final name of p. For the root
// itself the name is "".
func split(p string) (dir, name string) {
	p = path.Clean("/" + p)
	if p == "/" {
		return ".", ""
	}
	d, n := path.Split(p)
	return rel(d), n
}

// open opens p inside the root, following symlinks (also in the last component) inside
// the root.
func (r *rootDir) open(p string, flags int, mode uint32) (int, error) {
	how := unix.OpenHow{
		Flags:   uint64(flags | unix.O_CLOEXEC),
		Resolve: unix.RESOLVE_IN_ROOT | unix.RESOLVE_NO_MAGICLINKS,
	}
	if flags&(unix.O_CREAT|unix.O_TMPFILE) != 0 {
		how.Mode = uint64(mode & 07777)
	}
	for {
		fd, err := unix.Openat2(r.fd, rel(p), &how)
		if err == unix.EINTR || err == unix.EAGAIN {
			// EAGAIN: a concurrent rename raced the lookup; retry as the man page says.
			continue
		}
		return fd, err
	}
}

// openFile opens p as an *os.File.
func (r *rootDir) openFile(p string, flags int, mode uint32) (*os.File, error) {
	fd, err := r.open(p, flags, mode)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), p), nil
}

// openData opens p for reading or writing file data. Only regular files qualify: a FIFO
// would block the session on open or read, and a device is not the pod's data. The open
// itself is non-blocking so that a FIFO cannot stall it.
func (r *rootDir) openData(p string, flags int, mode uint32) (*os.File, error) {
	fd, err := r.open(p, flags|unix.O_NONBLOCK, mode)
	if err != nil {
		return nil, err
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		unix.Close(fd)
		return nil, err
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		unix.Close(fd)
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			return nil, unix.EISDIR
		}
		return nil, unix.ENXIO
	}
	return os.NewFile(uintptr(fd), p), nil
}

// parent opens the parent directory of p (O_PATH) and returns it with the last name.
// The caller closes the fd. For the root, name is "" and the fd is a dup of the root.
func (r *rootDir) parent(p string) (int, string, error) {
	dir, name := split(p)
	fd, err := r.open(dir, unix.O_PATH|unix.O_DIRECTORY, 0)
	if err != nil {
		return -1, "", err
	}
	return fd, name, nil
}

// stat follows symlinks inside the root.
func (r *rootDir) stat(p string) (unix.Stat_t, error) {
	var st unix.Stat_t
	fd, err := r.open(p, unix.O_PATH, 0)
	if err != nil {
		return st, err
	}
	defer unix.Close(fd)
	err = unix.Fstat(fd, &st)
	return st, err
}

// lstat does not follow a symlink in the last component.
func (r *rootDir) lstat(p string) (unix.Stat_t, error) {
	var st unix.Stat_t
	fd, name, err := r.parent(p)
	if err != nil {
		return st, err
	}
	defer unix.Close(fd)
	if name == "" {
		err = unix.Fstat(fd, &st)
	} else {
		err = unix.Fstatat(fd, name, &st, unix.AT_SYMLINK_NOFOLLOW)
	}
	return st, err
}

func (r *rootDir) readlink(p string) (string, error) {
	fd, name, err := r.parent(p)
	if err != nil {
		return "", err
	}
	defer unix.Close(fd)
	if name == "" {
		return "", unix.EINVAL
	}
	buf := make([]byte, 256)
	for {
		n, err := unix.Readlinkat(fd, name, buf)
		if err != nil {
			return "", err
		}
		if n < len(buf) {
			return string(buf[:n]), nil
		}
		buf = make([]byte, 2*len(buf))
	}
}

// dirEntry is one lstat-ed directory entry.
type dirEntry struct {
	name string
	st   unix.Stat_t
}

// readDir lists p (following symlinks to it inside the root) with lstat attributes of
// each entry. Entries that vanish while listing are skipped.
func (r *rootDir) readDir(p string) ([]dirEntry, error) {
	f, err := r.openFile(p, unix.O_RDONLY|unix.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	dfd := int(f.Fd())
	out := make([]dirEntry, 0, len(names))
	for _, n := range names {
		e := dirEntry{name: n}
		if err := unix.Fstatat(dfd, n, &e.st, unix.AT_SYMLINK_NOFOLLOW); err != nil {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

// procPath names an O_PATH fd through /proc/self/fd, so that path-based syscalls act on
// exactly the inode the fd refers to.
func procPath(fd int) string { return "/proc/self/fd/" + strconv.Itoa(fd) }

// withPath opens p as O_PATH (following symlinks inside the root) and runs fn on it.
func (r *rootDir) withPath(p string, fn func(fd int) error) error {
	fd, err := r.open(p, unix.O_PATH, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	return fn(fd)
}

func (r *rootDir) chmod(p string, mode uint32) error {
	return r.withPath(p, func(fd int) error { return unix.Chmod(procPath(fd), mode&07777) })
}

func (r *rootDir) chown(p string, uid, gid int) error {
	return r.withPath(p, func(fd int) error {
		return unix.Fchownat(fd, "", uid, gid, unix.AT_EMPTY_PATH)
	})
}

func (r *rootDir) utimes(p string, atime, mtime int64) error {
	return r.withPath(p, func(fd int) error {
		ts := []unix.Timespec{{Sec: atime}, {Sec: mtime}}
		return unix.UtimesNano(procPath(fd), ts)
	})
}

func (r *rootDir) truncate(p string, size int64) error {
	fd, err := r.open(p, unix.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	return unix.Ftruncate(fd, size)
}

func (r *rootDir) mkdir(p string, mode uint32) error {
	fd, name, err := r.parent(p)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	if name == "" {
		return unix.EEXIST
	}
	return unix.Mkdirat(fd, name, mode&07777)
}

func (r *rootDir) unlink(p string, flags int) error {
	fd, name, err := r.parent(p)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	if name == "" {
		return unix.EBUSY
	}
	return unix.Unlinkat(fd, name, flags)
}

func (r *rootDir) symlink(target, link string) error {
	fd, name, err := r.parent(link)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	if name == "" {
		return unix.EEXIST
	}
	return unix.Symlinkat(target, fd, name)
}

// twoParents opens the parents of a and b for rename and link.
func (r *rootDir) twoParents(a, b string, fn func(afd int, an string, bfd int, bn string) error) error {
	afd, an, err := r.parent(a)
	if err != nil {
		return err
	}
	defer unix.Close(afd)
	bfd, bn, err := r.parent(b)
	if err != nil {
		return err
	}
	defer unix.Close(bfd)
	if an == "" || bn == "" {
		return unix.EBUSY
	}
	return fn(afd, an, bfd, bn)
}

func (r *rootDir) rename(from, to string, flags uint) error {
	return r.twoParents(from, to, func(afd int, an string, bfd int, bn string) error {
		return unix.Renameat2(afd, an, bfd, bn, flags)
	})
}

func (r *rootDir) link(from, to string) error {
	return r.twoParents(from, to, func(afd int, an string, bfd int, bn string) error {
		return unix.Linkat(afd, an, bfd, bn, 0)
	})
}

func (r *rootDir) statfs() (unix.Statfs_t, error) {
	var st unix.Statfs_t
	err := unix.Fstatfs(r.fd, &st)
	return st, err
}

// pathErr names the operation and path of a failed syscall. The errno text travels to
// the client inside the SFTP status message, where errnoFromMessage recovers it.
func pathErr(op, p string, err error) error {
	if err == nil {
		return nil
	}
	return &os.PathError{Op: op, Path: p, Err: err}
}
