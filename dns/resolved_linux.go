package dns

import (
	"errors"
	"fmt"
	"net"
	"strconv"

	"golang.org/x/sys/unix"
)

// resolvedServesThisNetns checks that a systemd-resolved listens on the socket at path
// (a stale socket file refuses the connection) and runs in this process's network
// namespace: the listener's PID comes from the socket's peer credentials.
func resolvedServesThisNetns(path string) error {
	c, err := net.Dial("unix", path)
	if err != nil {
		return fmt.Errorf("systemd-resolved is not running: %w", err)
	}
	defer c.Close()
	raw, err := c.(*net.UnixConn).SyscallConn()
	if err != nil {
		return fmt.Errorf("systemd-resolved socket: %w", err)
	}
	var cred *unix.Ucred
	var credErr error
	if err := raw.Control(func(fd uintptr) {
		cred, credErr = unix.GetsockoptUcred(int(fd), unix.SOL_SOCKET, unix.SO_PEERCRED)
	}); err != nil {
		return fmt.Errorf("systemd-resolved socket: %w", err)
	}
	if credErr != nil {
		return fmt.Errorf("systemd-resolved socket credentials: %w", credErr)
	}
	if cred.Pid <= 0 {
		return errors.New("systemd-resolved runs in another PID namespace; cannot tell its network namespace")
	}
	same, err := sameNetns("/proc/self/ns/net", "/proc/"+strconv.Itoa(int(cred.Pid))+"/ns/net")
	if err != nil {
		return fmt.Errorf("network namespace of systemd-resolved: %w", err)
	}
	if !same {
		return errors.New("systemd-resolved runs in another network namespace")
	}
	return nil
}

func sameNetns(a, b string) (bool, error) {
	var sa, sb unix.Stat_t
	if err := unix.Stat(a, &sa); err != nil {
		return false, err
	}
	if err := unix.Stat(b, &sb); err != nil {
		return false, err
	}
	return sa.Dev == sb.Dev && sa.Ino == sb.Ino, nil
}
