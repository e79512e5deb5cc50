package fs

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"

	gofs "github.com/hanwen/go-fuse/v2/fs"
	"github.com/hanwen/go-fuse/v2/fuse"
	"golang.org/x/sys/unix"
)

// MountOptions configure a client mount.
type MountOptions struct {
	// ReadOnly mounts read-only: the kernel refuses writes with EROFS locally.
	ReadOnly bool
	// AttrTimeout and EntryTimeout are how long attributes and names are cached, by the
	// kernel and by the mount (default 1s; negative disables caching).
	AttrTimeout, EntryTimeout time.Duration
	// Debug logs every FUSE request.
	Debug bool
	// OpTimeout bounds how long an operation waits for the server: with requests
	// outstanding and nothing received for this long, the connection is dropped and
	// the operations fail with EIO. It also bounds each (re)dial. Default 15s.
	OpTimeout time.Duration
}

func (o *MountOptions) defaults() {
	if o.AttrTimeout == 0 {
		o.AttrTimeout = time.Second
	}
	if o.EntryTimeout == 0 {
		o.EntryTimeout = time.Second
	}
	if o.AttrTimeout < 0 {
		o.AttrTimeout = 0
	}
	if o.EntryTimeout < 0 {
		o.EntryTimeout = 0
	}
	if o.OpTimeout <= 0 {
		o.OpTimeout = 15 * time.Second
	}
}

// MountPoint is a mounted remote file system (named so because Go does not allow a type
// and the function Mount to share a name).
type MountPoint struct {
	dir    string
	server *fuse.Server
	remote *remote
	cache  *attrCache
	connID uint64  // FUSE connection id (minor of the mount's st_dev), for abort
	bg     bgGroup // readahead fetches

	closeOnce sync.Once
	closeErr  error
}

// maxIO is the largest FUSE read or write request (the kernel's limit is 1 MiB).
const maxIO = 1 << 20

// Mount dials the file server with dial, and mounts it at dir. ctx bounds the first
// dial only; later operations redial on their own when the connection dies. logf may be
// nil. Close unmounts.
func Mount(ctx context.Context, dial func(ctx context.Context) (net.Conn, error), dir string, opts MountOptions, logf func(string, ...any)) (*MountPoint, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	opts.defaults()
	m := &MountPoint{
		dir:    dir,
		remote: &remote{dial: dial, opTimeout: opts.OpTimeout, logf: logf},
		cache:  newAttrCache(min(opts.AttrTimeout, opts.EntryTimeout)),
	}
	if _, err := m.remote.get(ctx); err != nil {
		m.remote.close()
		return nil, fmt.Errorf("mount %s: %w", dir, err)
	}
	neg := opts.EntryTimeout
	fo := &gofs.Options{
		MountOptions: fuse.MountOptions{
			FsName:        "kube-tun",
			Name:          "kube-tun",
			MaxWrite:      maxIO,
			MaxReadAhead:  maxIO,
			MaxBackground: 64,
			Debug:         opts.Debug,
			DirectMount:   os.Geteuid() == 0,
			// SFTP v3 has no extended attributes: ENOSYS makes the kernel stop asking
			// (ls -l would otherwise cost two round trips per file).
			DisableXAttrs: true,
		},
		EntryTimeout:    &opts.EntryTimeout,
		AttrTimeout:     &opts.AttrTimeout,
		NegativeTimeout: &neg,
	}
	if opts.ReadOnly {
		fo.MountOptions.Options = append(fo.MountOptions.Options, "ro")
	}
	srv, err := gofs.Mount(dir, &node{m: m}, fo)
	if err != nil {
		m.remote.close()
		return nil, fmt.Errorf("mount %s: %w", dir, err)
	}
	m.server = srv
	var st unix.Stat_t
	if err := unix.Stat(dir, &st); err == nil {
		m.connID = uint64(unix.Minor(st.Dev))
	}
	return m, nil
}

// Dir is the mount point.
func (m *MountPoint) Dir() string { return m.dir }

// Wait blocks until the mount is gone: unmounted by Close, or from outside (`kube-tun
// umount`, umount(8), fusermount3 -u).
func (m *MountPoint) Wait() { m.server.Wait() }

// Close unmounts, lazily if the mount is busy, and ends the SFTP session. A busy lazy
// unmount also aborts the FUSE connection when /sys/fs/fuse/connections is available, so
// processes still using the mount get errors instead of hanging. Idempotent.
func (m *MountPoint) Close() error {
	m.closeOnce.Do(func() {
		err := m.server.Unmount()
		if err != nil {
			if derr := unix.Unmount(m.dir, unix.MNT_DETACH); derr != nil && !errors.Is(derr, unix.EINVAL) {
				if ferr := exec.Command("fusermount3", "-u", "-z", m.dir).Run(); ferr != nil {
					m.closeErr = fmt.Errorf("unmount %s: %w", m.dir, err)
				}
			}
			m.abort()
		}
		// Ending the session fails any request still in flight, so the FUSE loops can
		// finish them.
		m.remote.close()
		m.bg.closeAndWait() // fetches end once the session is closed
		if err == nil || m.abortable() {
			m.server.Wait()
		}
	})
	return m.closeErr
}

func (m *MountPoint) abortPath() string {
	return "/sys/fs/fuse/connections/" + strconv.FormatUint(m.connID, 10) + "/abort"
}

func (m *MountPoint) abortable() bool {
	_, err := os.Stat(m.abortPath())
	return m.connID != 0 && err == nil
}

func (m *MountPoint) abort() {
	if m.abortable() {
		os.WriteFile(m.abortPath(), []byte("1"), 0)
	}
}

// Unmount unmounts the kube-tun mount at dir (lazily if busy). Nothing mounted there is
// not an error; another file system mounted there is left alone (ErrNotKubeTun). It works
// as root (umount2) and for the user who mounted (fusermount3).
func Unmount(dir string) error {
	switch err := checkOurs(dir); {
	case errors.Is(err, errNotMounted):
		if _, serr := os.Lstat(dir); errors.Is(serr, os.ErrNotExist) {
			return fmt.Errorf("unmount %s: %w", dir, serr)
		}
		return nil
	case err != nil:
		return err
	}
	err := unix.Unmount(dir, 0)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.EINVAL):
		return nil // not a mount point
	case errors.Is(err, unix.EBUSY):
		err = unix.Unmount(dir, unix.MNT_DETACH)
		if err == nil {
			return nil
		}
	case errors.Is(err, unix.ENOENT):
		return fmt.Errorf("unmount %s: %w", dir, err)
	}
	out, ferr := exec.Command("fusermount3", "-u", "-z", dir).CombinedOutput()
	if ferr != nil {
		return fmt.Errorf("unmount %s: %w (fusermount3: %s)", dir, err, out)
	}
	return nil
}
