package fs

import (
	"context"
	"io"
	"os"
	"path"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	gofs "github.com/hanwen/go-fuse/v2/fs"
	"github.com/hanwen/go-fuse/v2/fuse"
	"github.com/pkg/sftp"
)

// node is one remote file or directory, named by its path in the go-fuse tree.
type node struct {
	gofs.Inode
	m *MountPoint
}

var (
	_ gofs.NodeLookuper   = (*node)(nil)
	_ gofs.NodeGetattrer  = (*node)(nil)
	_ gofs.NodeSetattrer  = (*node)(nil)
	_ gofs.NodeReaddirer  = (*node)(nil)
	_ gofs.NodeOpener     = (*node)(nil)
	_ gofs.NodeCreater    = (*node)(nil)
	_ gofs.NodeMkdirer    = (*node)(nil)
	_ gofs.NodeUnlinker   = (*node)(nil)
	_ gofs.NodeRmdirer    = (*node)(nil)
	_ gofs.NodeRenamer    = (*node)(nil)
	_ gofs.NodeSymlinker  = (*node)(nil)
	_ gofs.NodeReadlinker = (*node)(nil)
	_ gofs.NodeLinker     = (*node)(nil)
	_ gofs.NodeStatfser   = (*node)(nil)
)

func (n *node) path() string { return "/" + n.Path(nil) }

func (n *node) child(name string) string { return path.Join(n.path(), name) }

// fillAttr converts SFTP attributes. SFTP v3 carries no inode numbers, ctime or
// sub-second times; go-fuse numbers inodes itself.
func fillAttr(fi os.FileInfo, out *fuse.Attr) {
	st, _ := fi.Sys().(*sftp.FileStat)
	if st == nil {
		return
	}
	out.Mode = st.Mode
	out.Size = st.Size
	out.Uid, out.Gid = st.UID, st.GID
	out.Atime, out.Mtime, out.Ctime = uint64(st.Atime), uint64(st.Mtime), uint64(st.Mtime)
	out.Blocks = (st.Size + 511) / 512
	out.Blksize = 1 << 16
	// SFTP v3 has no link count. 1 is the "unknown" convention (btrfs uses it for
	// directories): tools such as find must not take 2 to mean "no subdirectories".
	out.Nlink = 1
}

func (n *node) lstat(ctx context.Context, p string) (os.FileInfo, syscall.Errno) {
	if fi, ok := n.m.cache.get(p); ok {
		return fi, 0
	}
	var fi os.FileInfo
	err := n.m.remote.do(ctx, func(c *sftp.Client) (err error) {
		fi, err = c.Lstat(p)
		return err
	})
	if err != nil {
		return nil, toErrno(err)
	}
	n.m.cache.put(p, fi)
	return fi, 0
}

func (n *node) newChild(ctx context.Context, fi os.FileInfo, out *fuse.EntryOut) *gofs.Inode {
	fillAttr(fi, &out.Attr)
	return n.NewInode(ctx, &node{m: n.m}, gofs.StableAttr{Mode: out.Attr.Mode & syscall.S_IFMT})
}

// Lookup answers from the attributes the last Readdir of this directory fetched, so a
// readdirplus listing (ls -l) costs one round trip per directory.
func (n *node) Lookup(ctx context.Context, name string, out *fuse.EntryOut) (*gofs.Inode, syscall.Errno) {
	fi, errno := n.lstat(ctx, n.child(name))
	if errno != 0 {
		return nil, errno
	}
	return n.newChild(ctx, fi, out), 0
}

func (n *node) Getattr(ctx context.Context, fh gofs.FileHandle, out *fuse.AttrOut) syscall.Errno {
	if h, ok := fh.(*fileHandle); ok {
		// The size must include the writes still in flight.
		if errno := h.flush(); errno != 0 {
			return errno
		}
		n.m.cache.drop(n.path())
	}
	fi, errno := n.lstat(ctx, n.path())
	if errno != 0 {
		return errno
	}
	fillAttr(fi, &out.Attr)
	return 0
}

func (n *node) Setattr(ctx context.Context, fh gofs.FileHandle, in *fuse.SetAttrIn, out *fuse.AttrOut) syscall.Errno {
	if h, ok := fh.(*fileHandle); ok {
		if errno := h.flush(); errno != 0 {
			return errno
		}
	}
	p := n.path()
	n.m.cache.drop(p)
	err := n.m.remote.do(ctx, func(c *sftp.Client) error {
		if sz, ok := in.GetSize(); ok {
			if err := c.Truncate(p, int64(sz)); err != nil {
				return err
			}
		}
		if mode, ok := in.GetMode(); ok {
			if err := c.Chmod(p, os.FileMode(mode&0o777)|modeBits(mode)); err != nil {
				return err
			}
		}
		uid, uok := in.GetUID()
		gid, gok := in.GetGID()
		if uok || gok {
			fi, err := c.Lstat(p)
			if err != nil {
				return err
			}
			st := fi.Sys().(*sftp.FileStat)
			if !uok {
				uid = st.UID
			}
			if !gok {
				gid = st.GID
			}
			if err := c.Chown(p, int(uid), int(gid)); err != nil {
				return err
			}
		}
		mt, mok := in.GetMTime()
		at, aok := in.GetATime()
		if mok || aok {
			now := time.Now()
			if !mok {
				mt = now
			}
			if !aok {
				at = now
			}
			if err := c.Chtimes(p, at, mt); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return toErrno(err)
	}
	return n.Getattr(ctx, fh, out)
}

func modeBits(mode uint32) os.FileMode {
	var m os.FileMode
	if mode&syscall.S_ISUID != 0 {
		m |= os.ModeSetuid
	}
	if mode&syscall.S_ISGID != 0 {
		m |= os.ModeSetgid
	}
	if mode&syscall.S_ISVTX != 0 {
		m |= os.ModeSticky
	}
	return m
}

func (n *node) Readdir(ctx context.Context) (gofs.DirStream, syscall.Errno) {
	p := n.path()
	var list []os.FileInfo
	err := n.m.remote.do(ctx, func(c *sftp.Client) (err error) {
		list, err = c.ReadDir(p)
		return err
	})
	if err != nil {
		return nil, toErrno(err)
	}
	ents := make([]fuse.DirEntry, 0, len(list))
	for _, fi := range list {
		st, _ := fi.Sys().(*sftp.FileStat)
		if st == nil || fi.Name() == "." || fi.Name() == ".." {
			continue
		}
		n.m.cache.put(path.Join(p, fi.Name()), fi)
		ents = append(ents, fuse.DirEntry{Name: fi.Name(), Mode: st.Mode & syscall.S_IFMT})
	}
	return gofs.NewListDirStream(ents), 0
}

func (n *node) Readlink(ctx context.Context) ([]byte, syscall.Errno) {
	p := n.path()
	var t string
	err := n.m.remote.do(ctx, func(c *sftp.Client) (err error) {
		t, err = c.ReadLink(p)
		return err
	})
	if err != nil {
		return nil, toErrno(err)
	}
	return []byte(t), 0
}

func (n *node) Statfs(ctx context.Context, out *fuse.StatfsOut) syscall.Errno {
	var v *sftp.StatVFS
	err := n.m.remote.do(ctx, func(c *sftp.Client) (err error) {
		v, err = c.StatVFS("/")
		return err
	})
	if err != nil {
		return toErrno(err)
	}
	out.Blocks, out.Bfree, out.Bavail = v.Blocks, v.Bfree, v.Bavail
	out.Files, out.Ffree = v.Files, v.Ffree
	out.Bsize, out.Frsize, out.NameLen = uint32(v.Bsize), uint32(v.Frsize), uint32(v.Namemax)
	return 0
}

// Open opens a remote file handle. Writes go to the server as they happen, so they are
// visible there as soon as write(2) returns, and in any case after close(2).
func (n *node) Open(ctx context.Context, flags uint32) (gofs.FileHandle, uint32, syscall.Errno) {
	p := n.path()
	oflags := int(flags) & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR | os.O_TRUNC)
	if oflags&os.O_TRUNC != 0 {
		n.m.cache.drop(p)
	}
	return n.open(ctx, p, oflags)
}

func (n *node) open(ctx context.Context, p string, oflags int) (gofs.FileHandle, uint32, syscall.Errno) {
	s, err := n.m.remote.get(ctx)
	if err != nil {
		return nil, 0, toErrno(err)
	}
	var f *sftp.File
	err = s.run(func() (err error) {
		f, err = s.c.OpenFile(p, oflags)
		return err
	})
	if err != nil {
		return nil, 0, toErrno(err)
	}
	h := &fileHandle{s: s, f: f, m: n.m, path: p, write: oflags&(os.O_WRONLY|os.O_RDWR) != 0}
	if h.write && writeBehindOn.Load() {
		h.wb = newWriteBehind(&n.m.bg, func(b []byte, off int64) error {
			return s.run(func() error {
				_, err := f.WriteAt(b, off)
				return err
			})
		})
	} else if !h.write && readaheadOn.Load() {
		h.ra = &readahead{bg: &n.m.bg, fetch: func(b []byte, off int64) (n int, err error) {
			err = s.run(func() error {
				n, err = f.ReadAt(b, off)
				return err
			})
			return n, err
		}}
	}
	return h, 0, 0
}

func (n *node) Create(ctx context.Context, name string, flags uint32, mode uint32, out *fuse.EntryOut) (*gofs.Inode, gofs.FileHandle, uint32, syscall.Errno) {
	p := n.child(name)
	n.m.cache.drop(p)
	oflags := int(flags)&(os.O_WRONLY|os.O_RDWR|os.O_TRUNC|os.O_EXCL) | os.O_CREATE
	fh, fflags, errno := n.open(ctx, p, oflags)
	if errno != 0 {
		return nil, nil, 0, errno
	}
	var fi os.FileInfo
	err := n.m.remote.do(ctx, func(c *sftp.Client) (err error) {
		if perm := mode & 0o7777; perm != 0o644 {
			if err := c.Chmod(p, os.FileMode(perm&0o777)|modeBits(perm)); err != nil {
				return err
			}
		}
		fi, err = c.Lstat(p)
		return err
	})
	if err != nil {
		fh.(*fileHandle).Release(ctx)
		return nil, nil, 0, toErrno(err)
	}
	return n.newChild(ctx, fi, out), fh, fflags, 0
}

// mutate runs a modifying call, drops cached attributes of the paths it touches and
// answers with the new entry of path p (if out is non-nil).
func (n *node) mutate(ctx context.Context, p string, out *fuse.EntryOut, fn func(c *sftp.Client) error) (*gofs.Inode, syscall.Errno) {
	n.m.cache.drop(p)
	var fi os.FileInfo
	err := n.m.remote.do(ctx, func(c *sftp.Client) (err error) {
		if err := fn(c); err != nil {
			return err
		}
		if out == nil {
			return nil
		}
		fi, err = c.Lstat(p)
		return err
	})
	if err != nil {
		return nil, toErrno(err)
	}
	if out == nil {
		return nil, 0
	}
	return n.newChild(ctx, fi, out), 0
}

func (n *node) Mkdir(ctx context.Context, name string, mode uint32, out *fuse.EntryOut) (*gofs.Inode, syscall.Errno) {
	p := n.child(name)
	return n.mutate(ctx, p, out, func(c *sftp.Client) error {
		if err := c.Mkdir(p); err != nil {
			return err
		}
		if perm := mode & 0o7777; perm != 0o755 {
			return c.Chmod(p, os.FileMode(perm&0o777)|modeBits(perm))
		}
		return nil
	})
}

func (n *node) Unlink(ctx context.Context, name string) syscall.Errno {
	p := n.child(name)
	_, errno := n.mutate(ctx, p, nil, func(c *sftp.Client) error { return c.Remove(p) })
	return errno
}

func (n *node) Rmdir(ctx context.Context, name string) syscall.Errno {
	p := n.child(name)
	n.m.cache.dropTree(p)
	_, errno := n.mutate(ctx, p, nil, func(c *sftp.Client) error { return c.RemoveDirectory(p) })
	return errno
}

func (n *node) Rename(ctx context.Context, name string, newParent gofs.InodeEmbedder, newName string, flags uint32) syscall.Errno {
	if flags&renameExchange != 0 {
		return syscall.ENOTSUP
	}
	from := n.child(name)
	to := path.Join("/"+newParent.EmbeddedInode().Path(nil), newName)
	n.m.cache.dropTree(from)
	n.m.cache.dropTree(to)
	_, errno := n.mutate(ctx, to, nil, func(c *sftp.Client) error {
		if flags&renameNoReplace != 0 {
			return c.Rename(from, to)
		}
		return c.PosixRename(from, to)
	})
	return errno
}

const (
	renameNoReplace = 1 // RENAME_NOREPLACE
	renameExchange  = 2 // RENAME_EXCHANGE
)

func (n *node) Symlink(ctx context.Context, target, name string, out *fuse.EntryOut) (*gofs.Inode, syscall.Errno) {
	p := n.child(name)
	return n.mutate(ctx, p, out, func(c *sftp.Client) error { return c.Symlink(target, p) })
}

func (n *node) Link(ctx context.Context, target gofs.InodeEmbedder, name string, out *fuse.EntryOut) (*gofs.Inode, syscall.Errno) {
	p := n.child(name)
	old := "/" + target.EmbeddedInode().Path(nil)
	n.m.cache.drop(old)
	return n.mutate(ctx, p, out, func(c *sftp.Client) error { return c.Link(old, p) })
}

// readaheadOn and writeBehindOn switch the two off for benchmarks that measure them.
var readaheadOn, writeBehindOn = newBool(true), newBool(true)

func newBool(v bool) *atomic.Bool {
	var b atomic.Bool
	b.Store(v)
	return &b
}

// fileHandle is an open remote file. Reads use the SFTP client's concurrent reads (a
// FUSE read of up to 1 MiB becomes parallel 64 KiB requests) and readahead; writes are
// sent behind the writer (writeBehind) and complete by the time close(2) returns.
type fileHandle struct {
	s     *session
	f     *sftp.File
	m     *MountPoint
	path  string
	write bool

	ra *readahead   // nil for handles open for writing
	wb *writeBehind // nil for read-only handles

	mu     sync.Mutex
	closed bool
}

var (
	_ gofs.FileReader   = (*fileHandle)(nil)
	_ gofs.FileWriter   = (*fileHandle)(nil)
	_ gofs.FileFlusher  = (*fileHandle)(nil)
	_ gofs.FileReleaser = (*fileHandle)(nil)
	_ gofs.FileFsyncer  = (*fileHandle)(nil)
)

func (h *fileHandle) Read(ctx context.Context, dest []byte, off int64) (fuse.ReadResult, syscall.Errno) {
	if h.wb != nil {
		if err := h.wb.flush(); err != nil {
			return nil, toErrno(err)
		}
	}
	if h.ra != nil {
		n, ok, err := h.ra.read(dest, off)
		if ok {
			if err != nil {
				return nil, toErrno(err)
			}
			return fuse.ReadResultData(dest[:n]), 0
		}
	}
	var n int
	err := h.s.run(func() (err error) {
		n, err = h.f.ReadAt(dest, off)
		return err
	})
	if err != nil && err != io.EOF {
		return nil, toErrno(err)
	}
	return fuse.ReadResultData(dest[:n]), 0
}

func (h *fileHandle) Write(ctx context.Context, data []byte, off int64) (uint32, syscall.Errno) {
	if h.write {
		h.m.cache.drop(h.path)
	}
	if h.wb == nil {
		var n int
		err := h.s.run(func() (err error) {
			n, err = h.f.WriteAt(data, off)
			return err
		})
		return uint32(n), toErrno(err)
	}
	if err := h.wb.Write(data, off); err != nil {
		return 0, toErrno(err)
	}
	return uint32(len(data)), 0
}

// flush waits for the handle's writes in flight.
func (h *fileHandle) flush() syscall.Errno {
	if h.wb == nil {
		return 0
	}
	return toErrno(h.wb.flush())
}

// Flush runs on every close(2): it waits until the server has acknowledged every write
// (pwrite on the target's file), so the data is there when close returns, and reports a
// failed write as close's error.
func (h *fileHandle) Flush(ctx context.Context) syscall.Errno {
	errno := h.flush()
	if h.write {
		h.m.cache.drop(h.path)
	}
	return errno
}

func (h *fileHandle) Fsync(ctx context.Context, flags uint32) syscall.Errno { return h.flush() }

func (h *fileHandle) Release(ctx context.Context) syscall.Errno {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return 0
	}
	h.closed = true
	if h.write {
		h.m.cache.drop(h.path)
	}
	if h.ra != nil {
		h.ra.wait()
	}
	h.flush() // errors were reported by Flush

	if err := h.s.run(h.f.Close); err != nil && !h.s.dead.Load() {
		return toErrno(err)
	}
	return 0
}
