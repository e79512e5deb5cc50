package launch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	mdns "github.com/miekg/dns"
	"go.uber.org/goleak"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
	"github.com/kube-tun/kube-tun/fs"
)

// The test binary doubles as the init ("launch-init") and as the command ("probe").
func TestMain(m *testing.M) {
	if len(os.Args) > 1 {
		switch os.Args[len(os.Args)-1] {
		case "launch-init":
			RunInit()
			os.Exit(1)
		case "probe":
			os.Exit(probe())
		case "listen":
			os.Exit(listenOnce(os.Args[len(os.Args)-2]))
		}
	}
	goleak.VerifyTestMain(m)
}

type probeResult struct {
	Files   map[string]string
	Write   string
	Lookup  string
	Reply   string
	UDP     string
	Resolv  string
	HostTCP string
}

// probe runs inside the namespaces: it reads the bound files, tries a write, resolves a
// cluster name and talks to it, then exits 7.
func probe() int {
	var r probeResult
	r.Files = map[string]string{}
	for _, p := range strings.Split(os.Getenv("PROBE_FILES"), ",") {
		b, err := os.ReadFile(p)
		if err != nil {
			r.Files[p] = "error: " + err.Error()
		} else {
			r.Files[p] = string(b)
		}
	}
	if w := os.Getenv("PROBE_WRITE"); w != "" {
		err := os.WriteFile(w, []byte("written"), 0o644)
		r.Write = fmt.Sprint(err)
		if errors.Is(err, syscall.EROFS) {
			r.Write = "EROFS"
		}
	}
	b, _ := os.ReadFile("/etc/resolv.conf")
	r.Resolv = string(b)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res := &net.Resolver{PreferGo: true}
	addrs, err := res.LookupHost(ctx, "echo")
	r.Lookup = fmt.Sprint(addrs, err)
	if c, err := (&net.Dialer{}).DialContext(ctx, "tcp", "echo:80"); err != nil {
		r.Reply = err.Error()
	} else {
		fmt.Fprintf(c, "ping\n")
		line, _ := bufio.NewReader(c).ReadString('\n')
		r.Reply = strings.TrimSpace(line)
		c.Close()
	}
	if c, err := (&net.Dialer{}).DialContext(ctx, "udp", "echo:9000"); err != nil {
		r.UDP = err.Error()
	} else {
		c.SetDeadline(time.Now().Add(5 * time.Second))
		c.Write([]byte("dgram"))
		buf := make([]byte, 100)
		n, err := c.Read(buf)
		r.UDP = fmt.Sprint(string(buf[:n]), err)
		c.Close()
	}
	if hp := os.Getenv("PROBE_HOST"); hp != "" {
		if c, err := (&net.Dialer{}).DialContext(ctx, "tcp", hp); err != nil {
			r.HostTCP = err.Error()
		} else {
			fmt.Fprintf(c, "ping\n")
			line, _ := bufio.NewReader(c).ReadString('\n')
			r.HostTCP = strings.TrimSpace(line)
			c.Close()
		}
	}
	json.NewEncoder(os.Stdout).Encode(r)
	return 7
}

// listenOnce accepts one connection on :7777 and answers its first line, then exits.
func listenOnce(addr string) int {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	fmt.Println("LISTENING")
	c, err := ln.Accept()
	if err != nil {
		return 1
	}
	line, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Fprintf(c, "cmd %s", line)
	c.Close()
	return 0
}

// lineServer answers each connection's first line with prefix+line.
func lineServer(t *testing.T, prefix string) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	netnstest.Serve(t, ln, func(c net.Conn) {
		line, _ := bufio.NewReader(c).ReadString('\n')
		fmt.Fprintf(c, "%s %s", prefix, line)
	})
	return ln.Addr().String()
}

func udpEcho(t *testing.T) string {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		buf := make([]byte, 2048)
		for {
			n, a, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo(append([]byte("echo:"), buf[:n]...), a)
		}
	}()
	t.Cleanup(func() { pc.Close(); wg.Wait() })
	return pc.LocalAddr().String()
}

// clusterDNS answers A queries for *.svc.cluster.local with ip, NXDOMAIN otherwise.
func clusterDNS(t *testing.T, name, ip string) string {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := mdns.HandlerFunc(func(w mdns.ResponseWriter, req *mdns.Msg) {
		m := new(mdns.Msg)
		m.SetReply(req)
		q := req.Question[0]
		if strings.EqualFold(q.Name, name) && q.Qtype == mdns.TypeA {
			rr, _ := mdns.NewRR(q.Name + " 5 IN A " + ip)
			m.Answer = append(m.Answer, rr)
		} else if !strings.EqualFold(q.Name, name) {
			m.Rcode = mdns.RcodeNameError
		}
		w.WriteMsg(m)
	})
	started := make(chan struct{})
	srv := &mdns.Server{PacketConn: pc, Handler: h, NotifyStartedFunc: func() { close(started) }}
	done := make(chan struct{})
	go func() { defer close(done); srv.ActivateAndServe() }()
	<-started
	t.Cleanup(func() { srv.Shutdown(); <-done })
	return pc.LocalAddr().String()
}

func needRoot(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root (the e2e tests run the launcher as a normal user)")
	}
	for _, d := range []string{"/dev/net/tun", "/dev/fuse"} {
		if _, err := os.Stat(d); err != nil {
			t.Skipf("no %s", d)
		}
	}
}

func TestLaunch(t *testing.T) {
	for _, mode := range []string{"ro", "rw"} {
		t.Run(mode, func(t *testing.T) { testLaunch(t, mode == "ro") })
	}
}

func testLaunch(t *testing.T, readOnly bool) {
	needRoot(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// The "cluster": a TCP line server, a UDP echo and a DNS server on loopback, reached
	// through the Tunnel hook as if 10.244.7.7 were a pod.
	tcpAddr, udpAddr := lineServer(t, "cluster"), udpEcho(t)
	dnsAddr := clusterDNS(t, "echo.kt.svc.cluster.local.", "10.244.7.7")
	hostAddr := lineServer(t, "host")
	var mu sync.Mutex
	var dialed []string
	router := &Router{
		Tunnel: func(ctx context.Context, network, addr string) (net.Conn, error) {
			mu.Lock()
			dialed = append(dialed, network+" "+addr)
			mu.Unlock()
			switch {
			case network == "tcp" && addr == "10.244.7.7:80":
				return (&net.Dialer{}).DialContext(ctx, "tcp", tcpAddr)
			case network == "udp" && addr == "10.244.7.7:9000":
				return (&net.Dialer{}).DialContext(ctx, "udp", udpAddr)
			}
			return nil, fmt.Errorf("unexpected %s %s", network, addr)
		},
		Cluster:  []netip.Prefix{netip.MustParsePrefix("10.244.0.0/16")},
		HostAddr: HostLoopback,
	}
	resolver := &DNS{
		Domains: []string{"cluster.local"},
		Cluster: func(ctx context.Context, network string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, dnsAddr)
		},
		Logf: t.Logf,
	}

	// The "pod's" file system: a config directory, and /var/run a link to /run.
	remote, tmp := t.TempDir(), t.TempDir()
	cfgDir := fmt.Sprintf("/etc/kt-launch-%d-%d", os.Getpid(), time.Now().UnixNano()%1e6)
	must(t, os.MkdirAll(filepath.Join(remote, cfgDir), 0o755))
	must(t, os.WriteFile(filepath.Join(remote, cfgDir, "key"), []byte("value"), 0o644))
	must(t, os.MkdirAll(filepath.Join(remote, "run/secrets/sa"), 0o755))
	must(t, os.WriteFile(filepath.Join(remote, "run/secrets/sa/token"), []byte("tok"), 0o644))
	must(t, os.MkdirAll(filepath.Join(remote, "var"), 0o755))
	topDir := strings.Replace(cfgDir, "/etc/", "/", 1) // missing under "/": the init mirrors "/"
	must(t, os.MkdirAll(filepath.Join(remote, topDir), 0o755))
	must(t, os.WriteFile(filepath.Join(remote, topDir, "f"), []byte("top"), 0o644))
	must(t, os.Symlink("/run", filepath.Join(remote, "var/run")))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	srv := fs.NewServer(remote, false, t.Logf)
	srvDone := make(chan error, 1)
	go func() { srvDone <- srv.Serve(ln) }()
	defer func() { srv.Close(); <-srvDone }()
	dial := func(ctx context.Context) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", ln.Addr().String())
	}

	root, scratch := filepath.Join(tmp, "root"), filepath.Join(tmp, "scratch")
	must(t, os.Mkdir(root, 0o700))
	must(t, os.Mkdir(scratch, 0o700))
	rc := filepath.Join(tmp, "resolv.conf")
	must(t, os.WriteFile(rc, []byte("nameserver 198.18.0.1\nsearch kt.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n"), 0o644))
	exe, err := os.Executable()
	must(t, err)
	tokenPath := "/var/run/secrets/sa/token"
	_, hostPort, _ := net.SplitHostPort(hostAddr)
	var stdout bytes.Buffer
	resolvBefore, _ := os.ReadFile("/etc/resolv.conf")
	cfg := Config{
		Spec: Spec{
			Argv: []string{exe, "probe"},
			Env: []string{"PROBE_FILES=" + cfgDir + "/key," + tokenPath + "," + topDir + "/f,/proc/self/comm", "PROBE_WRITE=" + cfgDir + "/new",
				"PROBE_HOST=" + HostLoopback.String() + ":" + hostPort},
			Network:    &NetSpec{Name: "kt0", Addr: DefaultTunAddr, Gateway: DefaultGateway, MTU: DefaultMTU},
			ResolvConf: rc,
			Files:      &FilesSpec{Root: root, Scratch: scratch, ReadOnly: readOnly, Paths: []string{cfgDir, "/var/run/secrets/sa", topDir}},
		},
		Init:   []string{exe, "launch-init"},
		Stdout: &stdout,
		Stderr: os.Stderr,
		Net:    NetConfig{Dial: router.Dial, DNS: resolver},
		ServeFUSE: func(devFD string) (io.Closer, error) {
			return fs.Mount(ctx, dial, devFD, fs.MountOptions{ReadOnly: readOnly}, t.Logf)
		},
		Logf: t.Logf,
	}
	start := time.Now()
	p, err := Start(ctx, cfg)
	must(t, err)
	t.Logf("started in %v", time.Since(start))
	code, err := p.Wait()
	must(t, err)
	if code != 7 {
		t.Errorf("exit code %d, want 7", code)
	}
	var r probeResult
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("probe output %q: %v", stdout.String(), err)
	}
	t.Logf("probe: %+v; tunnel dials: %v", r, dialed)
	if r.Files[cfgDir+"/key"] != "value" || r.Files[tokenPath] != "tok" || r.Files[topDir+"/f"] != "top" || r.Files["/proc/self/comm"] == "" {
		t.Errorf("files: %v", r.Files)
	}
	wantWrite := "<nil>"
	if readOnly {
		wantWrite = "EROFS"
	}
	if r.Write != wantWrite {
		t.Errorf("write: %s, want %s", r.Write, wantWrite)
	}
	if readOnly {
		if _, err := os.Stat(filepath.Join(remote, cfgDir, "new")); err == nil {
			t.Errorf("the read-only write reached the remote")
		}
	} else if b, err := os.ReadFile(filepath.Join(remote, cfgDir, "new")); err != nil || string(b) != "written" {
		t.Errorf("remote after write: %q %v", b, err)
	}
	if r.Lookup != "[10.244.7.7] <nil>" {
		t.Errorf("lookup: %s", r.Lookup)
	}
	if r.Reply != "cluster ping" {
		t.Errorf("TCP reply: %q", r.Reply)
	}
	if r.UDP != "echo:dgram<nil>" {
		t.Errorf("UDP reply: %q", r.UDP)
	}
	if r.HostTCP != "host ping" {
		t.Errorf("host loopback reply: %q", r.HostTCP)
	}
	if _, err := os.Stat(cfgDir); err == nil {
		t.Errorf("%s appeared on the host", cfgDir)
	}
	if b, _ := os.ReadFile("/etc/resolv.conf"); !bytes.Equal(b, resolvBefore) {
		t.Errorf("the host's resolv.conf changed")
	}
}

// TestDialCommand hands a connection to a listener of the command (incoming traffic),
// whether it listens on all addresses or on 127.0.0.1 only (a dev server on localhost).
func TestDialCommand(t *testing.T) {
	needRoot(t)
	for _, addr := range []string{":7777", "127.0.0.1:7777"} {
		t.Run(addr, func(t *testing.T) { testDialCommand(t, addr) })
	}
}

func testDialCommand(t *testing.T, addr string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	exe, err := os.Executable()
	must(t, err)
	pr, pw, err := os.Pipe()
	must(t, err)
	defer pr.Close()
	p, err := Start(ctx, Config{
		Spec: Spec{
			Argv:    []string{exe, addr, "listen"},
			Network: &NetSpec{Name: "kt0", Addr: DefaultTunAddr, Gateway: DefaultGateway, MTU: DefaultMTU},
		},
		Init:   []string{exe, "launch-init"},
		Stdout: pw,
		Stderr: os.Stderr,
		Net: NetConfig{Dial: func(context.Context, string, netip.AddrPort) (net.Conn, error) {
			return nil, errors.New("no upstream")
		}},
	})
	pw.Close()
	must(t, err)
	waited := false
	defer func() {
		if !waited { // a failed check: the command still waits for its connection
			_ = p.Signal(os.Kill)
			_, _ = p.Wait()
		}
	}()
	line, _ := bufio.NewReader(pr).ReadString('\n')
	if line != "LISTENING\n" {
		t.Fatalf("command said %q", line)
	}
	c, err := p.DialCommand(ctx, "tcp", 7777)
	must(t, err)
	fmt.Fprintf(c, "incoming\n")
	reply, _ := bufio.NewReader(c).ReadString('\n')
	c.Close()
	if reply != "cmd incoming\n" {
		t.Errorf("reply %q", reply)
	}
	waited = true
	if code, err := p.Wait(); code != 0 || err != nil {
		t.Errorf("exit %d, %v", code, err)
	}
}

func TestResolveIn(t *testing.T) {
	root := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(root, "run/a"), 0o755))
	must(t, os.MkdirAll(filepath.Join(root, "var"), 0o755))
	must(t, os.Symlink("/run", filepath.Join(root, "var/run")))
	must(t, os.Symlink("../../..", filepath.Join(root, "run/a/up")))
	for in, want := range map[string]string{
		"/var/run/a":         "/run/a",
		"/run/a/up/var/run":  "/run",
		"/var/../run/./a":    "/run/a",
		"/run/a/up/../../..": "/",
	} {
		got, err := resolveIn(root, in)
		if err != nil || got != filepath.Join(root, want) {
			t.Errorf("resolveIn(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
}

func TestRouter(t *testing.T) {
	r := &Router{
		Cluster:    []netip.Prefix{netip.MustParsePrefix("10.96.0.0/16"), netip.MustParsePrefix("10.244.0.0/16")},
		Local:      []netip.Prefix{netip.MustParsePrefix("10.244.5.0/24")},
		LocalPorts: []netip.AddrPort{netip.MustParseAddrPort("10.96.0.10:5432")},
		HostAddr:   HostLoopback,
	}
	for in, want := range map[string]int{
		"10.96.0.1:443":    RouteTunnel,
		"10.96.0.10:5432":  RouteHost,
		"10.96.0.10:53":    RouteTunnel,
		"10.244.5.9:80":    RouteHost,
		"10.244.6.9:80":    RouteTunnel,
		"192.0.2.1:80":     RouteHost,
		"198.18.0.254:631": RouteHostLoopback,
	} {
		if got := r.Route(netip.MustParseAddrPort(in)); got != want {
			t.Errorf("Route(%s) = %d, want %d", in, got, want)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
