package fs

import (
	"errors"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/pkg/sftp"
)

// messageErrnos are the errors the server reports as SSH_FX_FAILURE whose text (an
// os.PathError message) names the errno; SFTP v3 has no code for them.
var messageErrnos = []syscall.Errno{
	syscall.EROFS, syscall.ENOTEMPTY, syscall.EEXIST, syscall.ENOTDIR, syscall.EISDIR,
	syscall.EINVAL, syscall.ELOOP, syscall.ENAMETOOLONG, syscall.EXDEV, syscall.ENOSPC,
	syscall.EDQUOT, syscall.EFBIG, syscall.ETXTBSY, syscall.EMLINK, syscall.EBUSY,
	syscall.EOPNOTSUPP, syscall.ENXIO, syscall.EPERM, syscall.EACCES, syscall.ENOENT,
}

// toErrno maps an SFTP client error to the errno a FUSE caller sees. Anything that is
// not an answer from the server (a dead connection, a timeout) is EIO.
func toErrno(err error) syscall.Errno {
	if err == nil {
		return 0
	}
	var se *sftp.StatusError
	switch {
	case errors.Is(err, errUnavailable):
		return syscall.EIO
	case errors.Is(err, os.ErrNotExist):
		return syscall.ENOENT
	case errors.Is(err, os.ErrPermission):
		return syscall.EACCES
	case errors.As(err, &se):
		switch se.FxCode() {
		case sftp.ErrSSHFxOpUnsupported:
			return syscall.ENOTSUP
		case sftp.ErrSSHFxFailure:
			return errnoFromMessage(se.Error())
		}
		return syscall.EIO
	case errors.Is(err, io.EOF):
		return syscall.EIO
	}
	// Anything else (EPIPE, ECONNRESET, a closed connection) means the session is gone.
	return syscall.EIO
}

// errnoFromMessage finds the errno text at the end of a quoted status message like
// `sftp: "open /x: read-only file system" (SSH_FX_FAILURE)`.
func errnoFromMessage(msg string) syscall.Errno {
	for _, e := range messageErrnos {
		if strings.Contains(msg, ": "+e.Error()+`"`) {
			return e
		}
	}
	return syscall.EIO
}
