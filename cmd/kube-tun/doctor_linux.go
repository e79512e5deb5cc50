package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kube-tun/kube-tun/dns"
)

// Paths the machine checks look at; tests point them elsewhere.
var (
	tunDevice  = "/dev/net/tun"
	fuseDevice = "/dev/fuse"
	resolvConf = "/etc/resolv.conf"
	procSys    = "/proc/sys"
)

// checkTUN: `up` creates a kernel TUN device; `run` creates one inside its namespaces.
func checkTUN() check {
	c := check{Name: "TUN device", Needed: "up, run"}
	var st unix.Stat_t
	if err := unix.Stat(tunDevice, &st); err != nil {
		return c.fail(fmt.Sprintf("%s: %v", tunDevice, err),
			"load the tun module (`modprobe tun`) or create the device: `mkdir -p /dev/net && mknod /dev/net/tun c 10 200`; in a container, pass --device /dev/net/tun")
	}
	if st.Mode&unix.S_IFMT != unix.S_IFCHR || unix.Major(uint64(st.Rdev)) != 10 || unix.Minor(uint64(st.Rdev)) != 200 {
		return c.fail(fmt.Sprintf("%s is not the TUN device (want character device 10:200, found %s)", tunDevice, describeNode(st)),
			"replace it with the real device: `rm "+tunDevice+" && mknod "+tunDevice+" c 10 200`; in a container, pass --device /dev/net/tun")
	}
	fd, err := unix.Open(tunDevice, unix.O_RDWR|unix.O_CLOEXEC, 0)
	if err != nil {
		return c.fail(fmt.Sprintf("open %s: %v", tunDevice, err),
			"run `kube-tun up` as root, and check that no security policy (container, SELinux, AppArmor) denies the device")
	}
	defer unix.Close(fd)
	if os.Geteuid() != 0 {
		return c.ok(tunDevice + " opens; creating a device needs root (`sudo kube-tun up`); `kube-tun run` creates its own in a user namespace")
	}
	ifr, err := unix.NewIfreq("ktdoctor%d")
	if err != nil {
		return c.fail(err.Error(), "")
	}
	ifr.SetUint16(unix.IFF_TUN | unix.IFF_NO_PI)
	if err := unix.IoctlIfreq(fd, unix.TUNSETIFF, ifr); err != nil {
		return c.fail(fmt.Sprintf("create a TUN device: %v", err),
			"the tun driver refuses new devices: check `lsmod | grep tun`, or that this (container) namespace has CAP_NET_ADMIN")
	}
	// Not persistent: the device goes away with the descriptor.
	return c.ok(fmt.Sprintf("%s works (created and removed a test device %s)", tunDevice, ifr.Name()))
}

func describeNode(st unix.Stat_t) string {
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFCHR:
		return fmt.Sprintf("character device %d:%d", unix.Major(uint64(st.Rdev)), unix.Minor(uint64(st.Rdev)))
	case unix.S_IFREG:
		return "a regular file"
	case unix.S_IFDIR:
		return "a directory"
	}
	return fmt.Sprintf("mode %o", st.Mode)
}

// checkFUSE: `mount` and `run` (the target's files) use FUSE.
func checkFUSE() check {
	c := check{Name: "FUSE", Needed: "mount, run --files"}
	f, err := os.OpenFile(fuseDevice, os.O_RDWR, 0)
	if err != nil {
		return c.warn(fmt.Sprintf("open %s: %v", fuseDevice, err),
			"install fuse3 and load the module (`modprobe fuse`); without it `kube-tun mount` fails and `kube-tun run` needs --files off")
	}
	f.Close()
	if _, err := exec.LookPath("fusermount3"); err != nil {
		if os.Geteuid() == 0 {
			return c.ok(fuseDevice + " opens (fusermount3 not found: fine as root)")
		}
		return c.warn(fuseDevice+" opens but fusermount3 is not installed", "install fuse3 (apt install fuse3) so that mounting works without root")
	}
	return c.ok(fuseDevice + " opens, fusermount3 installed")
}

// checkIptables: only the agent changes iptables (inside the pod, from its own image).
func checkIptables() check {
	c := check{Name: "iptables", Needed: "nothing on this machine (the agent image carries its own)"}
	p, err := exec.LookPath("iptables")
	if err != nil {
		return c.ok("not installed here, which is fine: only the agent uses iptables, inside the target pod")
	}
	return c.ok("installed at " + p + " (not needed on this machine: only the agent uses iptables)")
}

// checkUserns: `run` needs unprivileged user namespaces.
func checkUserns() check {
	c := check{Name: "User namespaces", Needed: "run (no root)"}
	read := func(name string) (string, bool) {
		b, err := os.ReadFile(filepath.Join(procSys, name))
		return strings.TrimSpace(string(b)), err == nil
	}
	if v, ok := read("kernel/unprivileged_userns_clone"); ok && v == "0" {
		return c.fail("kernel.unprivileged_userns_clone = 0",
			"allow them: `sysctl -w kernel.unprivileged_userns_clone=1` (or use `sudo kube-tun up` instead of run)")
	}
	if v, ok := read("user/max_user_namespaces"); ok && v == "0" {
		return c.fail("user.max_user_namespaces = 0", "raise it: `sysctl -w user.max_user_namespaces=15000`")
	}
	if v, ok := read("kernel/apparmor_restrict_unprivileged_userns"); ok && v == "1" {
		return c.warn("AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1)",
			"allow kube-tun with an AppArmor profile granting `userns`, or `sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`")
	}
	// Try it: a child in a new user namespace mapping our uid to 0.
	cmd := exec.Command("/proc/self/exe", "--help")
	if p, err := exec.LookPath("true"); err == nil {
		cmd = exec.Command(p)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER | syscall.CLONE_NEWNS | syscall.CLONE_NEWNET,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},
	}
	if err := cmd.Run(); err != nil {
		return c.fail(fmt.Sprintf("creating user, mount and network namespaces failed: %v", err),
			"enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, user.max_user_namespaces>0), or use `sudo kube-tun up`")
	}
	return c.ok("created user, mount and network namespaces")
}

// checkDNS: `up` points resolv.conf at the tunnel while connected.
func checkDNS() check {
	c := check{Name: "DNS setup", Needed: "up (cluster names)"}
	target, _ := filepath.EvalSymlinks(resolvConf)
	f, err := os.Open(resolvConf)
	if err != nil {
		return c.fail(fmt.Sprintf("open %s: %v", resolvConf, err), "create "+resolvConf+" with your nameservers")
	}
	defer f.Close()
	var servers []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "nameserver" {
			servers = append(servers, fields[1])
		}
	}
	if len(servers) == 0 {
		return c.warn(resolvConf+" has no nameserver", "without one, names outside the cluster don't resolve while connected")
	}
	detail := fmt.Sprintf("%s: nameserver %s", resolvConf, strings.Join(servers, ", "))
	if strings.Contains(target, "systemd/resolve") || servers[0] == "127.0.0.53" {
		err := dns.ResolvedUsable()
		if err == nil {
			return c.ok(detail + " (systemd-resolved: `up` sets split DNS on its TUN link and leaves " + resolvConf + " alone)")
		}
		return c.warn(detail+" (systemd-resolved stub, but "+err.Error()+")",
			"`kube-tun up` rewrites "+resolvConf+" while connected and restores it at `kube-tun down`; systemd-resolved may overwrite it meanwhile (`up --dns off` skips DNS)")
	}
	if os.Geteuid() == 0 {
		if err := unix.Access(resolvConf, unix.W_OK); err != nil {
			return c.fail(detail+"; not writable: "+err.Error(), "make "+resolvConf+" writable for root, or use `kube-tun up --dns off`")
		}
	}
	return c.ok(detail)
}
