//go:build e2e

package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	mdns "github.com/miekg/dns"
	vnetns "github.com/vishvananda/netns"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// The systemd-resolved tests run a real systemd-resolved (unpacked from Debian packages by
// hack/resolved/fetch.sh, never installed) with its own D-Bus system bus, in a private
// mount namespace on top of the laptop network namespace. Inside that mount namespace:
//
//   - /run/dbus and /run/systemd are fresh tmpfs (the bus socket and resolved's runtime
//     directory), /etc/systemd holds only our resolved.conf, /etc/passwd and /etc/group
//     are copies with a systemd-resolve user (resolved drops root to it);
//   - /etc/resolv.conf is a file naming resolved's stub (127.0.0.53), as NetworkManager
//     writes it; the tests copy resolved's stub-resolv.conf into it to act as the usual
//     symlink (a bind mount cannot be a symlink);
//   - resolved's global DNS server ("the DNS the machine used before") is a DNS server of
//     the test on 127.0.0.1 of the namespace that knows one outside name.
//
// kube-tun runs there with PATH leading to the unpacked resolvectl, so `up` (--dns auto
// must pick resolved by itself) configures the TUN link of that resolved. Nothing of the
// host is touched: its /etc, /run and bus stay as they were, and everything ends with the
// namespace's processes.

const (
	outsideName = "outside.kt-resolved.test."
	outsideIP   = "192.0.2.10" // TEST-NET-1: only ever an answer, never contacted
)

// resolvedRoot is the unpacked tree of hack/resolved/fetch.sh.
func resolvedRoot() string {
	if r := os.Getenv("KT_RESOLVED_ROOT"); r != "" {
		return r
	}
	return "/var/cache/kube-tun/resolved/root"
}

// resolvedLibs is the LD_LIBRARY_PATH for the unpacked programs: their private
// libsystemd-shared must win over the host's (RUNPATH names the host's directory).
func resolvedLibs() string {
	arch := "x86_64-linux-gnu"
	if runtime.GOARCH == "arm64" {
		arch = "aarch64-linux-gnu"
	}
	r := resolvedRoot()
	return strings.Join([]string{
		filepath.Join(r, "usr/lib", arch, "systemd"), filepath.Join(r, "lib", arch), filepath.Join(r, "usr/lib", arch),
	}, ":")
}

// resolvedEnv is a private systemd-resolved + D-Bus in a mount namespace over netns ns.
type resolvedEnv struct {
	t        *testing.T
	ns       string
	kt       string
	dir      string // our configuration files, bind-mounted into the namespace
	bin      string // resolvectl wrapper, first in PATH
	holder   int    // PID of the process that keeps the mount namespace
	upstream *upstreamDNS
}

func startResolved(t *testing.T, ns, kt string) *resolvedEnv {
	t.Helper()
	root := resolvedRoot()
	for _, f := range []string{"lib/systemd/systemd-resolved", "usr/bin/resolvectl", "usr/bin/dbus-daemon"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			t.Skipf("systemd-resolved is not unpacked (%v); run hack/resolved/fetch.sh", err)
		}
	}
	e := &resolvedEnv{t: t, ns: ns, kt: kt, dir: t.TempDir()}
	e.bin = filepath.Join(e.dir, "bin")
	libs := resolvedLibs()
	e.upstream = startUpstreamDNS(t, ns)
	uid := freeID(t)
	e.write("passwd", readFile(t, "/etc/passwd")+fmt.Sprintf("systemd-resolve:x:%d:%d:systemd Resolver:/:/usr/sbin/nologin\n", uid, uid))
	e.write("group", readFile(t, "/etc/group")+fmt.Sprintf("systemd-resolve:x:%d:\n", uid))
	e.write("resolv.conf", "nameserver 127.0.0.53\noptions edns0 trust-ad\n")
	e.write("etc-systemd/resolved.conf", "[Resolve]\nDNS="+e.upstream.addr+"\nFallbackDNS=\nDomains=\n"+
		"LLMNR=no\nMulticastDNS=no\nDNSSEC=no\nDNSOverTLS=no\nCache=no\nDNSStubListener=yes\n")
	e.write("bus.conf", busConfig)
	e.write("bin/resolvectl", "#!/bin/sh\nLD_LIBRARY_PATH="+libs+" exec "+filepath.Join(root, "usr/bin/resolvectl")+` "$@"`+"\n")
	if err := os.Chmod(filepath.Join(e.bin, "resolvectl"), 0o755); err != nil {
		t.Fatal(err)
	}

	// The holder makes the mount namespace (private propagation: nothing leaks to the
	// host), mounts, says ready and sleeps; the daemons join it with nsenter.
	mounts := strings.Join([]string{
		"set -e",
		"mount -t tmpfs tmpfs /run/dbus",
		"mount -t tmpfs tmpfs /run/systemd",
		"mount --bind " + e.path("passwd") + " /etc/passwd",
		"mount --bind " + e.path("group") + " /etc/group",
		"mount --bind " + e.path("resolv.conf") + " /etc/resolv.conf",
		"mount --bind " + e.path("etc-systemd") + " /etc/systemd",
		"echo ready",
		"exec sleep infinity",
	}, "\n")
	// Mount points must exist; make missing ones for the test's lifetime only.
	for _, d := range []string{"/run/dbus", "/run/systemd", "/etc/systemd"} {
		if _, err := os.Stat(d); errors.Is(err, os.ErrNotExist) {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = os.Remove(d) })
		}
	}
	holder := exec.Command("ip", "netns", "exec", ns, "unshare", "--mount", "--propagation", "private", "sh", "-c", mounts)
	holder.Stderr = os.Stderr
	stdout, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stopProcess(holder) })
	ready := make(chan error, 1)
	go func() {
		line, err := bufio.NewReader(stdout).ReadString('\n')
		if err == nil && line != "ready\n" {
			err = fmt.Errorf("holder said %q", line)
		}
		ready <- err
	}()
	select {
	case err := <-ready:
		if err != nil {
			t.Fatalf("set up the mount namespace: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("set up the mount namespace: timed out")
	}
	e.holder = holder.Process.Pid

	e.daemon("dbus", nil, filepath.Join(root, "usr/bin/dbus-daemon"), "--config-file="+e.path("bus.conf"), "--nofork", "--nopidfile")
	e2eutil.WaitFor(t, 10*time.Second, "the bus socket", func(context.Context) (bool, error) {
		// A connection, not the file: the file exists from bind, before listen.
		c, err := net.Dial("unix", fmt.Sprintf("/proc/%d/root/run/dbus/system_bus_socket", e.holder))
		if err == nil {
			c.Close()
		}
		return err == nil, nil
	})
	e.daemon("systemd-resolved", []string{"SYSTEMD_LOG_LEVEL=debug"}, filepath.Join(root, "lib/systemd/systemd-resolved"))
	e2eutil.WaitFor(t, 20*time.Second, "systemd-resolved to answer on D-Bus", func(ctx context.Context) (bool, error) {
		out, err := e.run(ctx, "resolvectl", "status")
		return err == nil && strings.Contains(out, e.upstream.addr), nil
	})
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("systemd-resolved log (tail):\n%s", tail(e.path("systemd-resolved.log"), 60))
			t.Logf("kube-tun log (tail):\n%s", tail(filepath.Join(netnsStateDir(t, e.ns), "up.log"), 30))
		}
	})
	return e
}

const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=/run/dbus/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
`

func (e *resolvedEnv) path(name string) string { return filepath.Join(e.dir, name) }

func (e *resolvedEnv) write(name, content string) {
	e.t.Helper()
	p := e.path(name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		e.t.Fatal(err)
	}
}

// daemon starts a long-running process in the namespaces, stopped at cleanup.
func (e *resolvedEnv) daemon(name string, env []string, args ...string) {
	e.t.Helper()
	log, err := os.Create(e.path(name + ".log"))
	if err != nil {
		e.t.Fatal(err)
	}
	defer log.Close()
	libs := resolvedLibs()
	cmd := exec.Command("nsenter", append([]string{"-t", strconv.Itoa(e.holder), "-m", "-n", "--"}, args...)...)
	cmd.Env = append(append(os.Environ(), "LD_LIBRARY_PATH="+libs), env...)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		e.t.Fatalf("start %s: %v", name, err)
	}
	e.t.Cleanup(func() { stopProcess(cmd) })
}

// stopProcess ends a process the test started: SIGTERM, then SIGKILL after 5 s.
func stopProcess(cmd *exec.Cmd) {
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// run runs args in the namespaces with the unpacked resolvectl first in PATH.
func (e *resolvedEnv) run(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "nsenter", append([]string{"-t", strconv.Itoa(e.holder), "-m", "-n", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "PATH="+e.bin+":"+os.Getenv("PATH"), "KUBECONFIG="+e2eutil.Kubeconfig())
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func (e *resolvedEnv) must(timeout time.Duration, args ...string) string {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := e.run(ctx, args...)
	if err != nil {
		e.t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func (e *resolvedEnv) try(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return e.run(ctx, args...)
}

// up runs `kube-tun up` in the namespaces and returns its output.
func (e *resolvedEnv) up(extra ...string) string {
	e.t.Helper()
	out := e.must(2*time.Minute, append([]string{e.kt, "up", "--kubeconfig", e2eutil.Kubeconfig(), "-n", "kt-e2e"}, extra...)...)
	e.t.Logf("kube-tun up:\n%s", out)
	return out
}

// followStub copies resolved's stub-resolv.conf over the namespace's /etc/resolv.conf, as
// the usual /etc/resolv.conf → /run/systemd/resolve/stub-resolv.conf symlink would show
// it, and returns it.
func (e *resolvedEnv) followStub() string {
	e.t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/root/run/systemd/resolve/stub-resolv.conf", e.holder))
	if err != nil {
		e.t.Fatal(err)
	}
	e.write("resolv.conf", string(b)) // in place: the bind mount keeps the inode
	return string(b)
}

// resolvedSnapshot is what resolved has configured: per-link servers and domains and
// the generated stub-resolv.conf.
func (e *resolvedEnv) snapshot() string {
	e.t.Helper()
	dnsOut := e.must(10*time.Second, "resolvectl", "dns")
	domOut := e.must(10*time.Second, "resolvectl", "domain")
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/root/run/systemd/resolve/stub-resolv.conf", e.holder))
	if err != nil {
		e.t.Fatal(err)
	}
	return dnsOut + "\n--\n" + domOut + "\n--\n" + string(b)
}

func TestUpResolved(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	e := startResolved(t, laptopNS, kt)
	c := newUpClient(t, laptopNS)
	// Disconnect inside the namespaces first (registered last, runs first), while the bus
	// and resolved still run.
	t.Cleanup(func() { _, _ = e.try(kt, "down") })

	svcIP := e2eutil.ServiceIP(t, "kt-e2e", "echo")
	pods := e2eutil.ReadyPods(t, "kt-e2e", "app=echo")
	before := e.snapshot()
	routes0, _ := in(c.ns, 5*time.Second, "ip", "route", "show", "table", "all")
	if out := e.must(10*time.Second, "resolvectl", "query", outsideName); !strings.Contains(out, outsideIP) {
		t.Fatalf("the previous DNS does not answer before up: %s", out)
	}

	out := e.up() // --dns auto must find this resolved
	if !strings.Contains(out, "systemd-resolved") {
		t.Errorf("up --dns auto did not choose systemd-resolved:\n%s", out)
	}
	st := statusIn(t, e)
	if d, _ := st["dns"].(map[string]any); d == nil || d["mode"] != "systemd-resolved" {
		t.Errorf("status dns: %v", st["dns"])
	}
	link := st["tun"].(string)
	if during := e.snapshot(); during == before || !strings.Contains(during, link) {
		t.Errorf("resolved's configuration while up does not name %s:\n%s", link, during)
	}
	if out := e.must(10*time.Second, "resolvectl", "status", link); !strings.Contains(out, "198.19.0.1") ||
		!strings.Contains(out, "kt-e2e.svc.cluster.local svc.cluster.local cluster.local") || !strings.Contains(out, "-DefaultRoute") {
		t.Errorf("resolvectl status %s:\n%s", link, out)
	}

	// Through resolved's D-Bus API (what nss-resolve and resolvectl use).
	for _, name := range []string{"echo.kt-e2e.svc.cluster.local", "echo"} {
		if out, err := e.try("resolvectl", "query", "--legend=no", name); err != nil || !strings.Contains(out, svcIP) || !strings.Contains(out, "link: "+link) {
			t.Errorf("resolvectl query %s: %v\n%s\nwant %s via link %s", name, err, out, svcIP, link)
		}
	}
	if out, err := e.try("resolvectl", "query", "--legend=no", outsideName); err != nil || !strings.Contains(out, outsideIP) || strings.Contains(out, "link: "+link) {
		t.Errorf("an outside name while up: %v\n%s\nwant %s from the previous DNS", err, out, outsideIP)
	}
	// Through the stub listener (what libc uses), with the search path resolved publishes.
	if out, err := e.try("dig", "+short", "+time=5", "@127.0.0.53", "echo.kt-e2e.svc.cluster.local"); err != nil || out != svcIP {
		t.Errorf("dig @127.0.0.53 echo.kt-e2e.svc.cluster.local: %v %q, want %s", err, out, svcIP)
	}
	if stub := e.followStub(); !strings.Contains(stub, "search kt-e2e.svc.cluster.local svc.cluster.local cluster.local") {
		t.Errorf("stub-resolv.conf while up lacks the cluster search path:\n%s", stub)
	}
	if out, err := e.try("getent", "hosts", "echo.kt-e2e"); err != nil || !strings.HasPrefix(out, svcIP+" ") {
		t.Errorf("getent hosts echo.kt-e2e: %v %q, want %s", err, out, svcIP)
	}
	if out, err := e.try("getent", "ahostsv4", "echo-headless.kt-e2e"); err != nil || !strings.Contains(out, pods[0].Status.PodIP) {
		t.Errorf("headless service: %v %q, want it to list %s", err, out, pods[0].Status.PodIP)
	}
	if out, err := e.try("getent", "hosts", strings.TrimSuffix(outsideName, ".")); err != nil || !strings.HasPrefix(out, outsideIP+" ") {
		t.Errorf("getent hosts for an outside name while up: %v %q", err, out)
	}
	for _, url := range []string{"http://echo/", "http://echo.kt-e2e/", "http://echo.kt-e2e.svc.cluster.local/"} {
		if out, err := e.try(probe, "get", url); err != nil || !strings.HasPrefix(out, "200 ") {
			t.Errorf("GET %s: %v %s", url, err, out)
		}
	}
	if names := e.upstream.seen(); slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, ".svc.cluster.local.") }) {
		t.Errorf("cluster names leaked to the previous DNS: %q", names)
	}

	if out, err := e.try(kt, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
	e.followStub()
	if after := e.snapshot(); after != before {
		t.Errorf("down did not restore resolved's configuration:\n%s\nwant\n%s", after, before)
	}
	// down reverted the link itself (before removing it) and without errors.
	if log := readFile(t, e.path("systemd-resolved.log")); !strings.Contains(log, "member=RevertLink") {
		t.Errorf("resolved never got a RevertLink call")
	}
	if log := readFile(t, filepath.Join(netnsStateDir(t, e.ns), "up.log")); strings.Contains(log, "restore systemd-resolved") {
		t.Errorf("down could not revert the link:\n%s", log)
	}
	if out, err := e.try("resolvectl", "query", "--legend=no", "echo.kt-e2e.svc.cluster.local"); err == nil || strings.Contains(out, svcIP) {
		t.Errorf("a cluster name still resolves after down: %v %s", err, out)
	}
	if out, err := e.try("resolvectl", "query", "--legend=no", outsideName); err != nil || !strings.Contains(out, outsideIP) {
		t.Errorf("an outside name after down: %v %s", err, out)
	}
	if routes, _ := in(c.ns, 5*time.Second, "ip", "route", "show", "table", "all"); routes != routes0 {
		t.Errorf("down did not restore routes:\n%s\nwant\n%s", routes, routes0)
	}
}

func TestUpResolvedRepairsAfterKill(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, _ := binaries(t)
	e := startResolved(t, laptopNS, kt)
	newUpClient(t, laptopNS)
	t.Cleanup(func() { _, _ = e.try(kt, "down") })
	before := e.snapshot()

	e.up("--dns", "resolved")
	st := statusIn(t, e)
	pid, link := int(st["pid"].(float64)), st["tun"].(string)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	e2eutil.WaitFor(t, 10*time.Second, "the killed session to exit", func(_ contextT) (bool, error) {
		return !processAlive(pid), nil
	})
	// The TUN dies with its process, and resolved forgets the link's settings with it.
	e2eutil.WaitFor(t, 10*time.Second, "resolved to drop the dead session's link", func(ctx context.Context) (bool, error) {
		out, err := e.run(ctx, "resolvectl", "domain")
		return err == nil && !strings.Contains(out, link), nil
	})

	out := e.up("--dns", "resolved")
	if !strings.Contains(out, "did not exit cleanly") {
		t.Errorf("up after a crash should say it cleaned up:\n%s", out)
	}
	if out, err := e.try("resolvectl", "query", "--legend=no", "echo.kt-e2e.svc.cluster.local"); err != nil || !strings.Contains(out, "link: "+link) {
		t.Errorf("query after repair: %v\n%s", err, out)
	}
	if out, err := e.try(kt, "down"); err != nil {
		t.Fatalf("down: %v %s", err, out)
	}
	if after := e.snapshot(); after != before {
		t.Errorf("after kill, up, down: resolved's configuration differs:\n%s\nwant\n%s", after, before)
	}
}

// A resolved of another network namespace must not get the settings: its link indexes
// name other links. Here kube-tun runs in the routed laptop namespace but sees the bus
// and sockets of the resolved in the plain one.
func TestUpResolvedOtherNetns(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, _ := binaries(t)
	e := startResolved(t, laptopNS, kt)
	routed := newUpClient(t, laptopRoutedNS)
	before := e.snapshot()
	links0, _ := in(routed.ns, 5*time.Second, "ip", "-o", "link", "show")
	run := func(args ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "nsenter", append([]string{"-t", strconv.Itoa(e.holder), "-m", "--net=/run/netns/" + routed.ns, "--", kt}, args...)...)
		cmd.Env = append(os.Environ(), "PATH="+e.bin+":"+os.Getenv("PATH"), "KUBECONFIG="+e2eutil.Kubeconfig())
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	t.Cleanup(func() { _, _ = run("down") })
	out, err := run("up", "--kubeconfig", e2eutil.Kubeconfig(), "-n", "kt-e2e", "--dns", "resolved")
	// The foreground `up` shows only the step lines; the reason is in the session log.
	log, _ := os.ReadFile(filepath.Join(netnsStateDir(t, routed.ns), "up.log"))
	if err == nil || !strings.Contains(out, "✗ Configure DNS") || !strings.Contains(string(log), "systemd-resolved runs in another network namespace") {
		t.Errorf("up --dns resolved with resolved in another namespace: %v, want a refusal naming it:\n%s\nlog:\n%s", err, out, log)
	}
	if after := e.snapshot(); after != before {
		t.Errorf("the other namespace's resolved was changed:\n%s\nwant\n%s", after, before)
	}
	if links, _ := in(routed.ns, 5*time.Second, "ip", "-o", "link", "show"); links != links0 {
		t.Errorf("the failed up left links:\n%s\nwant\n%s", links, links0)
	}
}

func statusIn(t *testing.T, e *resolvedEnv) map[string]any {
	t.Helper()
	out := e.must(10*time.Second, e.kt, "status", "-o", "json")
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("status json: %v %s", err, out)
	}
	return m
}

// upstreamDNS is "the DNS the machine used before": it knows outsideName and answers
// NXDOMAIN otherwise, and records what it was asked.
type upstreamDNS struct {
	addr  string
	mu    sync.Mutex
	names []string
}

func (u *upstreamDNS) seen() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return slices.Clone(u.names)
}

func (u *upstreamDNS) ServeDNS(w mdns.ResponseWriter, r *mdns.Msg) {
	m := new(mdns.Msg)
	m.SetReply(r)
	if len(r.Question) == 1 {
		q := r.Question[0]
		u.mu.Lock()
		u.names = append(u.names, strings.ToLower(q.Name))
		u.mu.Unlock()
		switch {
		case !strings.EqualFold(q.Name, outsideName):
			m.Rcode = mdns.RcodeNameError
		case q.Qtype == mdns.TypeA:
			m.Answer = append(m.Answer, &mdns.A{Hdr: mdns.RR_Header{Name: q.Name, Rrtype: mdns.TypeA, Class: mdns.ClassINET, Ttl: 5}, A: net.ParseIP(outsideIP)})
		}
	}
	_ = w.WriteMsg(m)
}

// startUpstreamDNS serves on 127.0.0.1 of netns ns (UDP) until cleanup.
func startUpstreamDNS(t *testing.T, ns string) *upstreamDNS {
	t.Helper()
	type result struct {
		pc  net.PacketConn
		err error
	}
	ch := make(chan result, 1)
	go func() {
		runtime.LockOSThread() // no Unlock: the thread dies with this goroutine
		h, err := vnetns.GetFromName(ns)
		if err != nil {
			ch <- result{err: err}
			return
		}
		defer h.Close()
		if err := vnetns.Set(h); err != nil {
			ch <- result{err: err}
			return
		}
		pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
		ch <- result{pc, err}
	}()
	r := <-ch
	if r.err != nil {
		t.Fatalf("listen for DNS in %s: %v", ns, r.err)
	}
	u := &upstreamDNS{addr: r.pc.LocalAddr().String()}
	srv := &mdns.Server{PacketConn: r.pc, Handler: u}
	done := make(chan error, 1)
	go func() { done <- srv.ActivateAndServe() }()
	t.Cleanup(func() {
		_ = srv.Shutdown()
		if err := <-done; err != nil && !errors.Is(err, net.ErrClosed) {
			t.Logf("upstream DNS: %v", err)
		}
	})
	return u
}

// freeID is a uid/gid free in the host's passwd and group files.
func freeID(t *testing.T) int {
	t.Helper()
	used := readFile(t, "/etc/passwd") + readFile(t, "/etc/group")
	for id := 999; id > 100; id-- {
		if !strings.Contains(used, ":"+strconv.Itoa(id)+":") {
			return id
		}
	}
	t.Fatal("no free uid")
	return 0
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
