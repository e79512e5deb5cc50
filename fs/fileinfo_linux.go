package fs

import (
	"os"
	"path"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// fileInfo is an os.FileInfo from a stat result. Sys returns a *syscall.Stat_t so that
// pkg/sftp sends uid and gid.
type fileInfo struct {
	name string
	st   syscall.Stat_t
}

func newFileInfo(name string, st *unix.Stat_t) *fileInfo {
	fi := &fileInfo{name: name}
	fi.st = syscall.Stat_t{
		Dev: st.Dev, Ino: st.Ino, Nlink: st.Nlink, Mode: st.Mode, Uid: st.Uid, Gid: st.Gid,
		Rdev: st.Rdev, Size: st.Size, Blksize: st.Blksize, Blocks: st.Blocks,
		Atim: syscall.Timespec(st.Atim), Mtim: syscall.Timespec(st.Mtim), Ctim: syscall.Timespec(st.Ctim),
	}
	return fi
}

func (f *fileInfo) Name() string       { return f.name }
func (f *fileInfo) Size() int64        { return f.st.Size }
func (f *fileInfo) ModTime() time.Time { return time.Unix(f.st.Mtim.Sec, f.st.Mtim.Nsec) }
func (f *fileInfo) IsDir() bool        { return f.st.Mode&unix.S_IFMT == unix.S_IFDIR }
func (f *fileInfo) Sys() any           { return &f.st }

func (f *fileInfo) Mode() os.FileMode {
	m := os.FileMode(f.st.Mode & 0o777)
	switch f.st.Mode & unix.S_IFMT {
	case unix.S_IFDIR:
		m |= os.ModeDir
	case unix.S_IFLNK:
		m |= os.ModeSymlink
	case unix.S_IFIFO:
		m |= os.ModeNamedPipe
	case unix.S_IFSOCK:
		m |= os.ModeSocket
	case unix.S_IFCHR:
		m |= os.ModeDevice | os.ModeCharDevice
	case unix.S_IFBLK:
		m |= os.ModeDevice
	}
	if f.st.Mode&unix.S_ISUID != 0 {
		m |= os.ModeSetuid
	}
	if f.st.Mode&unix.S_ISGID != 0 {
		m |= os.ModeSetgid
	}
	if f.st.Mode&unix.S_ISVTX != 0 {
		m |= os.ModeSticky
	}
	return m
}

func baseName(p string) string {
	b := path.Base(path.Clean("/" + p))
	if b == "/" {
		return "/"
	}
	return b
}

func lower(s string) string { return strings.ToLower(s) }
