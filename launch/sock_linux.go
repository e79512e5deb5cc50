package launch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

// maxMessage bounds one datagram of the init protocol (the spec carries the environment).
const maxMessage = 4 << 20

// sock is one end of the SOCK_SEQPACKET pair between parent and init.
type sock struct{ fd int }

// socketPair returns the parent's and the init's ends; the init's end is inheritable.
func socketPair() (parent *sock, child *os.File, err error) {
	// Both ends close-on-exec: exec.Cmd's ExtraFiles clears the flag on the init's copy.
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_SEQPACKET|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("socketpair: %w", err)
	}
	for _, fd := range fds {
		_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_SNDBUF, maxMessage)
	}
	return &sock{fd: fds[0]}, os.NewFile(uintptr(fds[1]), "launch-init"), nil
}

func (s *sock) send(m message, fds ...int) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	var oob []byte
	if len(fds) > 0 {
		oob = unix.UnixRights(fds...)
	}
	if err := unix.Sendmsg(s.fd, b, oob, nil, 0); err != nil {
		return fmt.Errorf("send %s: %w", m.Kind, err)
	}
	return nil
}

// recv reads one message and the descriptors attached to it. io.EOF means the other end
// closed (for the parent: the init executed the command, or died).
func (s *sock) recv() (message, []int, error) {
	buf := make([]byte, maxMessage)
	oob := make([]byte, unix.CmsgSpace(4*4))
	for {
		n, oobn, _, _, err := unix.Recvmsg(s.fd, buf, oob, unix.MSG_CMSG_CLOEXEC)
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return message{}, nil, fmt.Errorf("receive: %w", err)
		}
		var fds []int
		if oobn > 0 {
			cmsgs, err := unix.ParseSocketControlMessage(oob[:oobn])
			if err != nil {
				return message{}, nil, fmt.Errorf("parse control message: %w", err)
			}
			for _, c := range cmsgs {
				got, err := unix.ParseUnixRights(&c)
				if err == nil {
					fds = append(fds, got...)
				}
			}
		}
		if n == 0 && oobn == 0 {
			return message{}, nil, io.EOF
		}
		var m message
		if err := json.Unmarshal(buf[:n], &m); err != nil {
			closeAll(fds)
			return message{}, nil, fmt.Errorf("decode message: %w", err)
		}
		return m, fds, nil
	}
}

func (s *sock) close() error {
	if s.fd < 0 {
		return nil
	}
	err := unix.Close(s.fd)
	s.fd = -1
	return err
}

func closeAll(fds []int) {
	for _, fd := range fds {
		_ = unix.Close(fd)
	}
}
