package launch

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"

	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"
)

// initFD is where the init finds its end of the socket (the first of exec.Cmd.ExtraFiles).
const initFD = 3

// RunInit is the init in the new namespaces (the hidden `kube-tun launch-init` command):
// it reads the spec, sets up network and files, hands the TUN and FUSE descriptors to the
// parent, waits for its go, binds the volume paths and executes the command. It returns
// only on error, after reporting it to the parent.
func RunInit() error {
	inherited := openFDs()
	unix.CloseOnExec(initFD)
	s := &sock{fd: initFD}
	execHook = func() {
		// Whatever the init opened (netlink sockets, the Go runtime's descriptors) must not
		// reach the command; what it inherited from the user passes through.
		for fd := range openFDs() {
			if fd > 2 && (!inherited[fd] || fd == initFD) {
				unix.CloseOnExec(fd)
			}
		}
	}
	err := runInit(s)
	_ = s.send(message{Kind: "error", Error: err.Error()})
	return err
}

func runInit(s *sock) error {
	m, fds, err := s.recv()
	closeAll(fds)
	if err != nil {
		return fmt.Errorf("read launch spec: %w", err)
	}
	if m.Kind != "spec" || m.Spec == nil || len(m.Spec.Argv) == 0 {
		return fmt.Errorf("read launch spec: unexpected %q message", m.Kind)
	}
	spec := m.Spec
	// Nothing mounted here may propagate back to the host.
	if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
		return fmt.Errorf("make mounts private: %w", err)
	}
	ready := message{Kind: "ready"}
	var pass []int
	defer func() { closeAll(pass) }()
	if spec.Network != nil {
		fd, err := setupNetwork(spec.Network)
		if err != nil {
			return err
		}
		pass, ready.TUN = append(pass, fd), true
	}
	if spec.Files != nil {
		fd, err := mountFUSE(spec.Files)
		if err != nil {
			return err
		}
		pass, ready.FUSE = append(pass, fd), true
	}
	if err := s.send(ready, pass...); err != nil {
		return err
	}
	closeAll(pass) // the parent holds its own copies now
	pass = nil
	if m, fds, err = s.recv(); err != nil || m.Kind != "go" {
		closeAll(fds)
		return fmt.Errorf("wait for the launcher: %v (%s)", err, m.Kind)
	}
	if spec.Files != nil {
		if err := bindVolumes(spec.Files); err != nil {
			return err
		}
	}
	if spec.ResolvConf != "" {
		if err := unix.Mount(spec.ResolvConf, "/etc/resolv.conf", "", unix.MS_BIND, ""); err != nil {
			return fmt.Errorf("bind %s over /etc/resolv.conf: %w", spec.ResolvConf, err)
		}
	}
	if spec.Dir != "" {
		if err := os.Chdir(spec.Dir); err != nil {
			// The directory may be hidden by a bind; the command still runs.
			fmt.Fprintf(os.Stderr, "kube-tun: chdir %s: %v\n", spec.Dir, err)
		}
	}
	// The socket is close-on-exec: the parent reads EOF once the command runs.
	execHook()
	err = unix.Exec(spec.Argv[0], spec.Argv, spec.Env)
	return fmt.Errorf("execute %s: %w", spec.Argv[0], err)
}

// execHook runs right before the command is executed.
var execHook = func() {}

// openFDs lists the process's open descriptors.
func openFDs() map[int]bool {
	out := map[int]bool{}
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return out
	}
	for _, e := range ents {
		if fd, err := strconv.Atoi(e.Name()); err == nil {
			out[fd] = true
		}
	}
	return out
}

// setupNetwork brings lo up and creates the TUN device with its address and default
// route. It returns the TUN descriptor.
func setupNetwork(n *NetSpec) (int, error) {
	lo, err := netlink.LinkByName("lo")
	if err == nil {
		err = netlink.LinkSetUp(lo)
	}
	if err != nil {
		return -1, fmt.Errorf("bring up lo: %w", err)
	}
	fd, err := unix.Open("/dev/net/tun", unix.O_RDWR|unix.O_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, unix.EACCES) || errors.Is(err, unix.EPERM) {
			return -1, fmt.Errorf("open /dev/net/tun: %w: the TUN device must be usable by every user (mode 0666, the default of most distributions; fix with `sudo chmod 0666 /dev/net/tun`)", err)
		}
		return -1, fmt.Errorf("open /dev/net/tun: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			unix.Close(fd)
		}
	}()
	ifr, err := unix.NewIfreq(n.Name)
	if err != nil {
		return -1, err
	}
	// IFF_VNET_HDR lets the parent use segmentation offload (wireguard-go's TUN code).
	ifr.SetUint16(unix.IFF_TUN | unix.IFF_NO_PI | unix.IFF_VNET_HDR)
	if err := unix.IoctlIfreq(fd, unix.TUNSETIFF, ifr); err != nil {
		return -1, fmt.Errorf("create TUN device %s: %w", n.Name, err)
	}
	link, err := netlink.LinkByName(n.Name)
	if err != nil {
		return -1, fmt.Errorf("find TUN device %s: %w", n.Name, err)
	}
	if err := netlink.LinkSetMTU(link, n.MTU); err != nil {
		return -1, fmt.Errorf("set MTU of %s: %w", n.Name, err)
	}
	addr := &netlink.Addr{IPNet: &net.IPNet{IP: n.Addr.Addr().AsSlice(), Mask: net.CIDRMask(n.Addr.Bits(), n.Addr.Addr().BitLen())}}
	if err := netlink.AddrAdd(link, addr); err != nil {
		return -1, fmt.Errorf("address %s on %s: %w", n.Addr, n.Name, err)
	}
	// Connections handed to the command arrive for 127.0.0.1 over the TUN (see
	// Process.DialCommand), so that a command listening on localhost only gets them too.
	if err := os.WriteFile("/proc/sys/net/ipv4/conf/"+n.Name+"/route_localnet", []byte("1"), 0); err != nil {
		return -1, fmt.Errorf("accept 127.0.0.1 on %s (route_localnet): %w", n.Name, err)
	}
	if err := netlink.LinkSetUp(link); err != nil {
		return -1, fmt.Errorf("bring up %s: %w", n.Name, err)
	}
	route := &netlink.Route{
		LinkIndex: link.Attrs().Index,
		Dst:       &net.IPNet{IP: net.IPv4zero, Mask: net.CIDRMask(0, 32)},
		Gw:        n.Gateway.AsSlice(),
	}
	if err := netlink.RouteAdd(route); err != nil {
		return -1, fmt.Errorf("default route via %s: %w", n.Gateway, err)
	}
	ok = true
	return fd, nil
}

// mountFUSE mounts a FUSE file system at f.Root and returns /dev/fuse's descriptor for
// the parent to serve. The mount belongs to the namespace's root (our user outside).
func mountFUSE(f *FilesSpec) (int, error) {
	fd, err := unix.Open("/dev/fuse", unix.O_RDWR|unix.O_CLOEXEC, 0)
	if err != nil {
		if errors.Is(err, unix.EACCES) || errors.Is(err, unix.EPERM) {
			return -1, fmt.Errorf("open /dev/fuse: %w: FUSE must be usable by every user (mode 0666, the default where fuse is installed; fix with `sudo chmod 0666 /dev/fuse`), or run with --files off", err)
		}
		return -1, fmt.Errorf("open /dev/fuse: %w (run with --files off to skip the target's files)", err)
	}
	flags := uintptr(unix.MS_NOSUID | unix.MS_NODEV)
	if f.ReadOnly {
		flags |= unix.MS_RDONLY
	}
	opts := fmt.Sprintf("fd=%d,rootmode=40000,user_id=0,group_id=0", fd)
	if err := unix.Mount("kube-tun", f.Root, "fuse.kube-tun", flags, opts); err != nil {
		unix.Close(fd)
		return -1, fmt.Errorf("mount FUSE at %s: %w", f.Root, err)
	}
	return fd, nil
}
