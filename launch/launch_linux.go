package launch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Config describes one launch.
type Config struct {
	Spec Spec
	// Init is the argv that runs RunInit, e.g. {"/proc/self/exe", "launch-init"}.
	Init []string
	// Standard streams of the command.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Net serves the namespace's network; required with Spec.Network.
	Net NetConfig
	// ServeFUSE serves the FUSE mount the init made at Spec.Files.Root, given its
	// descriptor as a go-fuse magic mount point "/dev/fd/N". Required with Spec.Files.
	ServeFUSE func(devFD string) (io.Closer, error)
	Logf      func(string, ...any)
}

// Process is a launched command.
type Process struct {
	cmd   *exec.Cmd
	slirp *slirp
	addr  netip.Addr // the command's TUN address
	fuse  io.Closer

	waitOnce sync.Once
	code     int
	waitErr  error
}

// Start runs the command in new user, mount and network namespaces and returns once it
// executes. On error nothing is left behind.
func Start(ctx context.Context, cfg Config) (_ *Process, err error) {
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	parent, child, err := socketPair()
	if err != nil {
		return nil, err
	}
	defer parent.close()
	p := &Process{}
	p.cmd = exec.Command(cfg.Init[0], cfg.Init[1:]...)
	p.cmd.Stdin, p.cmd.Stdout, p.cmd.Stderr = cfg.Stdin, cfg.Stdout, cfg.Stderr
	p.cmd.Env = []string{}
	p.cmd.ExtraFiles = []*os.File{child}
	flags := uintptr(syscall.CLONE_NEWUSER | syscall.CLONE_NEWNS)
	if cfg.Spec.Network != nil {
		flags |= syscall.CLONE_NEWNET // without it the command shares this machine's network
	}
	p.cmd.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  flags,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},
		Pdeathsig:   syscall.SIGKILL,
	}
	err = p.cmd.Start()
	child.Close()
	if err != nil {
		return nil, fmt.Errorf("start namespaces: %w%s", err, usernsAdvice(err))
	}
	defer func() {
		if err != nil {
			_ = p.cmd.Process.Kill()
			_, _ = p.Wait()
		}
	}()
	// Kill the init if ctx ends while it is being set up.
	stop := context.AfterFunc(ctx, func() { _ = p.cmd.Process.Kill() })
	defer stop()

	if err := parent.send(message{Kind: "spec", Spec: &cfg.Spec}); err != nil {
		return nil, err
	}
	m, fds, err := parent.recv()
	if err != nil {
		return nil, fmt.Errorf("set up namespaces: %w", err)
	}
	if m.Kind == "error" {
		closeAll(fds)
		return nil, fmt.Errorf("set up namespaces: %s", m.Error)
	}
	want := 0
	if m.TUN {
		want++
	}
	if m.FUSE {
		want++
	}
	if m.Kind != "ready" || len(fds) != want {
		closeAll(fds)
		return nil, fmt.Errorf("set up namespaces: unexpected %q message with %d descriptors", m.Kind, len(fds))
	}
	if m.TUN {
		n := cfg.Spec.Network
		p.addr = n.Addr.Addr()
		p.slirp, err = newSlirp(fds[0], n.Gateway, n.MTU, cfg.Net, cfg.Logf)
		fds = fds[1:]
		if err != nil {
			closeAll(fds)
			return nil, err
		}
	}
	if m.FUSE {
		// go-fuse owns the descriptor once it serves it (it closes it when done).
		if p.fuse, err = cfg.ServeFUSE("/dev/fd/" + strconv.Itoa(fds[0])); err != nil {
			closeAll(fds)
			return nil, fmt.Errorf("serve the target's files: %w", err)
		}
	}
	// From here on the init may execute the command at any moment: a cancelled ctx no
	// longer kills it (the caller passes signals on to the process instead).
	stop()
	if err := parent.send(message{Kind: "go"}); err != nil {
		return nil, err
	}
	// EOF: the init executed the command (its end is close-on-exec).
	m, fds, err = parent.recv()
	closeAll(fds)
	switch {
	case errors.Is(err, io.EOF):
		return p, nil
	case err != nil:
		return nil, fmt.Errorf("start command: %w", err)
	case m.Kind == "error":
		return nil, errors.New(m.Error)
	}
	return nil, fmt.Errorf("start command: unexpected %q message", m.Kind)
}

func usernsAdvice(err error) string {
	if errors.Is(err, unix.EPERM) || errors.Is(err, unix.EACCES) || errors.Is(err, unix.ENOSPC) {
		return " (unprivileged user namespaces must be enabled: sysctl kernel.unprivileged_userns_clone=1 on Debian, user.max_user_namespaces > 0, and no AppArmor restriction)"
	}
	return ""
}

// DialCommand connects to port of the command's network namespace, at its 127.0.0.1: the
// way to hand it incoming connections (e.g. stolen from the target), whether it listens on
// localhost only or on all addresses. The connection comes in over the TUN device, which
// the init lets carry loopback addresses (route_localnet).
func (p *Process) DialCommand(ctx context.Context, network string, port uint16) (net.Conn, error) {
	if p.slirp == nil {
		// The command shares this process's network (Spec.Network unset).
		var d net.Dialer
		return d.DialContext(ctx, network, netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port).String())
	}
	ap := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
	c, err := p.slirp.stack.DialContext(ctx, network, ap.String())
	if err != nil {
		return nil, fmt.Errorf("dial the command at %s: %w", ap, err)
	}
	return c, nil
}

// Pid is the command's process id (the init executed it, keeping its pid).
func (p *Process) Pid() int { return p.cmd.Process.Pid }

// Signal sends sig to the command.
func (p *Process) Signal(sig os.Signal) error { return p.cmd.Process.Signal(sig) }

// Wait waits for the command to exit, then stops the network and the file server. It
// returns the command's exit code (128+N when killed by signal N, as shells report it).
// Safe to call more than once.
func (p *Process) Wait() (int, error) {
	p.waitOnce.Do(func() {
		err := p.cmd.Wait()
		var ee *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &ee):
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				p.code = 128 + int(ws.Signal())
			} else {
				p.code = ee.ExitCode()
			}
		default:
			p.code, p.waitErr = 1, err
		}
		p.cleanup()
	})
	return p.code, p.waitErr
}

// cleanup runs once the namespaces are gone (the command was their last process): the
// FUSE mount ended with them, so serving it stops.
func (p *Process) cleanup() {
	if p.slirp != nil {
		_ = p.slirp.Close()
	}
	if p.fuse != nil {
		_ = p.fuse.Close()
	}
}
