package fs

import (
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/sys/unix"
)

// Server serves one directory tree over SFTP, one session per accepted connection. There
// is no SSH layer: the WireGuard tunnel the listener sits on already authenticates peers.
//
// Every path is resolved inside the root (see rootDir), so symlink farms such as
// ConfigMap volumes (file → ..data/file, ..data → ..2024_xx) work, and no path or link
// leads outside. In read-only mode every modifying request fails with EROFS.
type Server struct {
	rootPath string
	readOnly bool
	logf     func(string, ...any)

	mu     sync.Mutex
	closed bool
	root   *rootDir
	lns    map[net.Listener]struct{}
	conns  map[net.Conn]struct{}
	wg     sync.WaitGroup // one per session goroutine
}

// NewServer returns a server for the tree at root (e.g. /proc/PID/root). The root is
// opened by the first Serve, so a missing root is reported there. logf may be nil.
func NewServer(root string, readOnly bool, logf func(string, ...any)) *Server {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	return &Server{rootPath: root, readOnly: readOnly, logf: logf, lns: map[net.Listener]struct{}{}, conns: map[net.Conn]struct{}{}}
}

// Serve accepts connections on l until l fails or the server is closed, serving one SFTP
// session per connection. It returns nil after Close, otherwise the accept error. Serve
// owns l and closes it; called after Close, it closes l and returns nil.
func (s *Server) Serve(l net.Listener) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		l.Close()
		return nil
	}
	if s.root == nil {
		r, err := openRoot(s.rootPath)
		if err != nil {
			s.mu.Unlock()
			l.Close()
			return err
		}
		s.root = r
	}
	s.lns[l] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.lns, l)
		s.mu.Unlock()
	}()

	var tempDelay time.Duration
	for {
		c, err := l.Accept()
		if err != nil {
			s.mu.Lock()
			closed := s.closed
			s.mu.Unlock()
			if closed {
				return nil
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				tempDelay = min(max(2*tempDelay, 5*time.Millisecond), time.Second)
				time.Sleep(tempDelay)
				continue
			}
			l.Close()
			return err
		}
		tempDelay = 0
		if !s.track(c) {
			c.Close()
			return nil
		}
		go s.session(c)
	}
}

func (s *Server) track(c net.Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.conns[c] = struct{}{}
	s.wg.Add(1)
	return true
}

func (s *Server) session(c net.Conn) {
	defer s.wg.Done()
	defer func() {
		s.mu.Lock()
		delete(s.conns, c)
		s.mu.Unlock()
		c.Close()
	}()
	h := &handlers{root: s.root, readOnly: s.readOnly}
	rs := sftp.NewRequestServer(c, sftp.Handlers{FileGet: h, FilePut: h, FileCmd: h, FileList: h},
		sftp.WithRSMaxTxPacket(maxPacket))
	err := rs.Serve()
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, net.ErrClosed) {
		s.logf("fs: sftp session from %s: %v", c.RemoteAddr(), err)
	}
	rs.Close()
}

// Close stops accepting, ends every session (closing their connections) and waits for
// them. It is idempotent.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	for l := range s.lns {
		l.Close()
	}
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
	if s.root != nil {
		return s.root.close()
	}
	return nil
}

// handlers implements pkg/sftp's request-server handler interfaces over a rootDir.
type handlers struct {
	root     *rootDir
	readOnly bool
}

var (
	_ sftp.FileReader           = (*handlers)(nil)
	_ sftp.OpenFileWriter       = (*handlers)(nil)
	_ sftp.PosixRenameFileCmder = (*handlers)(nil)
	_ sftp.StatVFSFileCmder     = (*handlers)(nil)
	_ sftp.LstatFileLister      = (*handlers)(nil)
	_ sftp.ReadlinkFileLister   = (*handlers)(nil)
)

func (h *handlers) refuse(op, p string) error {
	if h.readOnly {
		return pathErr(op, p, syscall.EROFS)
	}
	return nil
}

// Fileread opens a file for reading.
func (h *handlers) Fileread(r *sftp.Request) (io.ReaderAt, error) {
	f, err := h.root.openData(r.Filepath, unix.O_RDONLY, 0)
	if err != nil {
		return nil, pathErr("open", r.Filepath, err)
	}
	return f, nil
}

// Filewrite opens a file for writing.
func (h *handlers) Filewrite(r *sftp.Request) (io.WriterAt, error) {
	return h.OpenFile(r)
}

// OpenFile opens a file for writing, and reading if asked.
func (h *handlers) OpenFile(r *sftp.Request) (sftp.WriterAtReaderAt, error) {
	if err := h.refuse("open", r.Filepath); err != nil {
		return nil, err
	}
	pf := r.Pflags()
	flags := unix.O_WRONLY
	if pf.Read {
		flags = unix.O_RDWR
	}
	if pf.Creat {
		flags |= unix.O_CREAT
	}
	if pf.Trunc {
		flags |= unix.O_TRUNC
	}
	if pf.Excl {
		flags |= unix.O_EXCL
	}
	// Append is not mapped to O_APPEND: the client writes at explicit offsets.
	mode := uint32(0o644)
	if r.AttrFlags().Permissions {
		mode = uint32(r.Attributes().FileMode().Perm())
	}
	f, err := h.root.openData(r.Filepath, flags, mode)
	if err != nil {
		return nil, pathErr("open", r.Filepath, err)
	}
	return f, nil
}

// Filecmd handles the modifying path requests.
func (h *handlers) Filecmd(r *sftp.Request) error {
	if err := h.refuse(lower(r.Method), r.Filepath); err != nil {
		return err
	}
	p := r.Filepath
	switch r.Method {
	case "Setstat":
		return h.setstat(r)
	case "Rename":
		// SFTP rename must not replace an existing target.
		return pathErr("rename", p, h.root.rename(p, r.Target, unix.RENAME_NOREPLACE))
	case "Rmdir":
		return pathErr("rmdir", p, h.root.unlink(p, unix.AT_REMOVEDIR))
	case "Remove":
		return pathErr("remove", p, h.root.unlink(p, 0))
	case "Mkdir":
		mode := uint32(0o755)
		if r.AttrFlags().Permissions {
			mode = uint32(r.Attributes().FileMode().Perm())
		}
		return pathErr("mkdir", p, h.root.mkdir(p, mode))
	case "Link":
		return pathErr("link", r.Target, h.root.link(p, r.Target))
	case "Symlink":
		// pkg/sftp: Filepath is the link's target text, Target the link's path.
		return pathErr("symlink", r.Target, h.root.symlink(p, r.Target))
	}
	return sftp.ErrSSHFxOpUnsupported
}

// PosixRename renames, replacing an existing target.
func (h *handlers) PosixRename(r *sftp.Request) error {
	if err := h.refuse("rename", r.Filepath); err != nil {
		return err
	}
	return pathErr("rename", r.Filepath, h.root.rename(r.Filepath, r.Target, 0))
}

// StatVFS reports the root's file system.
func (h *handlers) StatVFS(r *sftp.Request) (*sftp.StatVFS, error) {
	st, err := h.root.statfs()
	if err != nil {
		return nil, pathErr("statfs", r.Filepath, err)
	}
	v := &sftp.StatVFS{
		Bsize: uint64(st.Bsize), Frsize: uint64(st.Frsize), Blocks: st.Blocks,
		Bfree: st.Bfree, Bavail: st.Bavail, Files: st.Files, Ffree: st.Ffree,
		Favail: st.Ffree, Namemax: uint64(st.Namelen),
	}
	if h.readOnly {
		v.Flag |= 1 // ST_RDONLY
	}
	return v, nil
}

func (h *handlers) setstat(r *sftp.Request) error {
	p := r.Filepath
	af := r.AttrFlags()
	a := r.Attributes()
	if af.Size {
		if err := h.root.truncate(p, int64(a.Size)); err != nil {
			return pathErr("truncate", p, err)
		}
	}
	if af.Permissions {
		if err := h.root.chmod(p, a.Mode); err != nil {
			return pathErr("chmod", p, err)
		}
	}
	if af.UidGid {
		if err := h.root.chown(p, int(a.UID), int(a.GID)); err != nil {
			return pathErr("chown", p, err)
		}
	}
	if af.Acmodtime {
		if err := h.root.utimes(p, int64(a.Atime), int64(a.Mtime)); err != nil {
			return pathErr("utimes", p, err)
		}
	}
	return nil
}

// Filelist answers List and Stat (following symlinks).
func (h *handlers) Filelist(r *sftp.Request) (sftp.ListerAt, error) {
	p := r.Filepath
	switch r.Method {
	case "List":
		ents, err := h.root.readDir(p)
		if err != nil {
			return nil, pathErr("readdir", p, err)
		}
		l := make(listerAt, len(ents))
		for i, e := range ents {
			l[i] = newFileInfo(e.name, &e.st)
		}
		return l, nil
	case "Stat":
		st, err := h.root.stat(p)
		if err != nil {
			return nil, pathErr("stat", p, err)
		}
		return listerAt{newFileInfo(baseName(p), &st)}, nil
	}
	return nil, sftp.ErrSSHFxOpUnsupported
}

// Lstat answers Lstat without following a final symlink.
func (h *handlers) Lstat(r *sftp.Request) (sftp.ListerAt, error) {
	st, err := h.root.lstat(r.Filepath)
	if err != nil {
		return nil, pathErr("lstat", r.Filepath, err)
	}
	return listerAt{newFileInfo(baseName(r.Filepath), &st)}, nil
}

// Readlink returns a symlink's text unchanged (absolute links stay absolute: the client
// resolves them against its mount, the server resolves them inside the root).
func (h *handlers) Readlink(p string) (string, error) {
	t, err := h.root.readlink(p)
	return t, pathErr("readlink", p, err)
}

type listerAt []os.FileInfo

func (l listerAt) ListAt(dst []os.FileInfo, off int64) (int, error) {
	if off >= int64(len(l)) {
		return 0, io.EOF
	}
	n := copy(dst, l[off:])
	if n < len(dst) {
		return n, io.EOF
	}
	return n, nil
}
