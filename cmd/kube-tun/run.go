package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sys/unix"
	corev1 "k8s.io/api/core/v1"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/dns"
	"github.com/kube-tun/kube-tun/fs"
	"github.com/kube-tun/kube-tun/launch"
)

type runFlags struct {
	target     targetFlags
	envInclude []string
	envExclude []string
	envSet     []string
	envFiles   []string
	files      string
	remote     []string
	local      []string
	intercept  interceptFlags // --steal/--mirror PORT[:LOCAL] and the steal filters
	steal      string
	mirror     string
}

func newRunCmd(g *globalFlags) *cobra.Command {
	f := &runFlags{}
	cmd := &cobra.Command{
		Use:   "run --target TARGET [flags] -- CMD [ARGS...]",
		Short: "Run one local process with the target's environment, files and cluster network (no root)",
		Long: `run starts CMD as if it ran in the target pod, without root and without changing
anything outside CMD:

  • environment: the target container's variables (as its running process sees them)
  • files: the target's volume mounts (ConfigMaps, Secrets, the service-account token,
    emptyDirs) at the same paths, from the pod's file system (--files ro|rw|off)
  • network: cluster addresses and names reach the cluster through the tunnel, everything
    else goes out from this machine as usual

CMD runs in its own user, mount and network namespaces (your user is root inside them).
Its exit code is kube-tun's; SIGINT, SIGTERM and SIGHUP are passed on to it.`,
		Example: `  kube-tun run --target deploy/api -- go run ./cmd/api
  kube-tun run --target pod/api-0 --files rw --env-exclude 'AWS_*' -- ./api
  kube-tun run --target deploy/api --local 127.0.0.1:5432 --local 10.0.5.0/24 -- ./api`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code, err := runRun(cmd.Context(), g, f, args)
			if err != nil {
				return err
			}
			os.Exit(code)
			return nil
		},
	}
	fl := cmd.Flags()
	f.target.register(fl, true)
	f.target.kube.register(fl)
	registerEnvFlags(fl, &f.envInclude, &f.envExclude)
	fl.StringArrayVar(&f.envSet, "env", nil, "set KEY=VALUE for CMD (repeatable; wins over the target's)")
	fl.StringArrayVar(&f.envFiles, "env-file", nil, "add KEY=VALUE lines from FILE (repeatable)")
	fl.StringVar(&f.files, "files", "ro", "the target's volume mounts: ro, rw, or off")
	fl.StringArrayVar(&f.remote, "remote", nil, "also take PATH from the target's file system (repeatable)")
	fl.StringVar(&f.steal, "steal", "", "deliver the target's incoming connections on PORT to CMD's LOCAL port instead: PORT or PORT:LOCAL")
	fl.StringVar(&f.mirror, "mirror", "", "deliver a copy of the target's incoming connections on PORT to CMD's LOCAL port: PORT or PORT:LOCAL")
	fl.StringArrayVarP(&f.intercept.headers, "header", "H", nil, `with --steal: only requests with this header, "Name: regexp" (repeatable)`)
	fl.StringVar(&f.intercept.path, "path", "", "with --steal: only requests whose path matches this regexp")
	fl.StringVar(&f.intercept.method, "method", "", "with --steal: only requests whose method matches this regexp")
	fl.StringArrayVar(&f.local, "local", nil, "keep off the tunnel: a local PATH (not taken from the target), or a CIDR, IP or IP:PORT (repeatable)")
	return cmd
}

func runRun(ctx context.Context, g *globalFlags, f *runFlags, argv []string) (int, error) {
	log := g.logger(nil)
	started := time.Now()
	if f.files != "ro" && f.files != "rw" && f.files != "off" {
		return 0, userErr(fmt.Errorf("--files %q", f.files), "use --files ro, rw or off")
	}
	localPaths, localNets, localPorts, err := parseLocal(f.local)
	if err != nil {
		return 0, userErr(err, "--local takes /a/path, a CIDR like 10.0.0.0/24, an IP or IP:PORT")
	}
	var claim *api.Claim
	if f.steal != "" || f.mirror != "" {
		if f.steal != "" && f.mirror != "" {
			return 0, userErr(fmt.Errorf("--steal and --mirror together"), "choose one")
		}
		mode, port := "steal", f.steal
		if f.mirror != "" {
			mode, port = "mirror", f.mirror
		}
		f.intercept.port = port
		c, err := f.intercept.claim(mode)
		if err != nil {
			return 0, claimAdvice(err, "--steal 8080 or --steal 8080:3000 (target port, CMD's port)")
		}
		claim = &c
	}
	overrides, err := envOverrides(f.envFiles, f.envSet)
	if err != nil {
		return 0, userErr(err, "use --env KEY=VALUE and KEY=VALUE lines in --env-file")
	}
	prog, err := exec.LookPath(argv[0])
	if err != nil {
		return 0, userErr(err, "CMD must be a program in PATH or a path")
	}
	if prog, err = filepath.Abs(prog); err != nil {
		return 0, err
	}
	self, err := os.Executable()
	if err != nil {
		return 0, fmt.Errorf("find the kube-tun binary: %w", err)
	}

	p := newProgress(os.Stderr)
	t, err := connectTarget(ctx, &f.target, p, log)
	if err != nil {
		return 0, err
	}
	defer t.Close()

	var remoteEnv []string
	if err := p.step("Read environment", func() (string, error) {
		remoteEnv, err = t.env(ctx)
		return fmt.Sprintf("%d variables", len(remoteEnv)), err
	}); err != nil {
		return 0, clusterErr(err, "the agent reads the target's /proc/PID/environ; run with -v for details, or try `kube-tun env`")
	}
	env := mergeEnv(os.Environ(), fs.FilterEnv(remoteEnv, f.envInclude, f.envExclude, nil), overrides)

	tmp, err := os.MkdirTemp("", "kube-tun-run-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	spec := launch.Spec{
		Argv:    append([]string{prog}, argv[1:]...),
		Env:     env,
		Network: &launch.NetSpec{Name: "kt0", Addr: launch.DefaultTunAddr, Gateway: launch.DefaultGateway, MTU: launch.DefaultMTU},
	}
	if wd, err := os.Getwd(); err == nil {
		spec.Dir = wd
	}
	// With `kube-tun up` connected in this network namespace, the machine already reaches
	// the cluster: the command shares the machine's network and DNS.
	useUp := false
	if st, err := readState(); err == nil && st != nil && st.Phase == "connected" && alive(st.PID) {
		useUp = true
		spec.Network = nil
		p.printf("✓ Network: this machine's `kube-tun up` session (%s via %s)\n", orDefault(st.Context, "cluster"), st.Transport)
	}
	// DNS: cluster names via the agent (the target pod's resolver and search path).
	hostRC, err := (&dns.ResolvConf{Path: "/etc/resolv.conf", Backup: stateDir() + "/resolv.conf.orig"}).Original()
	if err != nil {
		log.Debug("read the host's resolv.conf", "err", err)
	}
	search, domains := t.sess.Info.DNS.Search, []string(nil)
	if _, d := clusterSearch(search, t.pod.Namespace); len(d) > 0 {
		domains = d
	}
	if len(search) == 0 {
		search, _ = clusterSearch(nil, t.pod.Namespace)
	}
	if !useUp {
		spec.ResolvConf = filepath.Join(tmp, "resolv.conf")
	}
	rc := fmt.Sprintf("# kube-tun run: cluster names via the target's agent, others via this machine's resolvers\nnameserver %s\nsearch %s\noptions ndots:%d\n",
		launch.DefaultGateway, strings.Join(dedupStrings(append(append([]string{}, search...), hostRC.Search...)), " "), max(t.sess.Info.DNS.Ndots, 5))
	if spec.ResolvConf != "" {
		if err := os.WriteFile(spec.ResolvConf, []byte(rc), 0o644); err != nil {
			return 0, err
		}
	}
	var paths []string
	if f.files != "off" {
		paths = volumePaths(t.podSpec, t.pod.Container, f.remote, localPaths)
		root, scratch := filepath.Join(tmp, "root"), filepath.Join(tmp, "scratch")
		for _, d := range []string{root, scratch} {
			if err := os.Mkdir(d, 0o700); err != nil {
				return 0, err
			}
		}
		spec.Files = &launch.FilesSpec{Root: root, Scratch: scratch, ReadOnly: f.files == "ro", Paths: paths}
	}
	router := &launch.Router{
		Tunnel:     t.sess.Dial,
		Cluster:    append(append([]netip.Prefix{}, t.cidrs...), api.TunnelPrefix),
		Local:      localNets,
		LocalPorts: localPorts,
		HostAddr:   launch.HostLoopback,
	}
	resolver := &launch.DNS{
		Domains: domains,
		Cluster: func(ctx context.Context, network string) (net.Conn, error) {
			return t.sess.Dial(ctx, network, t.sess.Info.DNS.Server)
		},
		Upstreams: hostRC.Servers,
		Logf:      debugf(log),
	}
	cfg := launch.Config{
		Spec:   spec,
		Init:   []string{self, "launch-init"},
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Net:    launch.NetConfig{Dial: router.Dial, DNS: resolver},
		ServeFUSE: func(devFD string) (io.Closer, error) {
			return fs.Mount(ctx, t.dialFiles, devFD, fs.MountOptions{ReadOnly: f.files == "ro"}, debugf(log))
		},
		Logf: debugf(log),
	}
	var in *incoming
	if claim != nil {
		if err := p.step(claim.Mode+" port "+strconv.Itoa(int(claim.Port)), func() (string, error) {
			in, err = startIncoming(ctx, t, *claim, log)
			return fmt.Sprintf("to CMD's port %d%s", claim.LocalPort, describeFilter(*claim)), err
		}); err != nil {
			return 0, err
		}
		defer in.close()
	}
	// Signals arriving while CMD runs are for CMD.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	defer signal.Stop(sigs)

	var proc *launch.Process
	if err := p.step("Start "+filepath.Base(prog), func() (string, error) {
		proc, err = launch.Start(ctx, cfg)
		if err != nil {
			return "", err
		}
		detail := fmt.Sprintf("pid %d, %d variables", proc.Pid(), len(env))
		if spec.Files != nil {
			detail += fmt.Sprintf(", %d volume paths (%s)", len(paths), f.files)
		}
		return detail + fmt.Sprintf(", %s after start", fmtDuration(time.Since(started))), nil
	}); err != nil {
		return 0, userErr(err, "run with -v for details")
	}
	if in != nil {
		in.serve(proc)
	}
	var rules []string
	if claim != nil {
		rules = append(rules, fmt.Sprintf("%s port %d → the command's port %d", claim.Mode, claim.Port, claim.LocalPort))
	}
	hctx, stopHold := context.WithCancel(ctx)
	holdDone := make(chan struct{})
	go func() {
		defer close(holdDone)
		holdSession(hctx, "run", f.target.target, "", append(rules, "command: "+strings.Join(argv, " ")), sessionStats(t.sess))
	}()
	defer func() { stopHold(); <-holdDone }()
	done := make(chan struct{})
	var code int
	var werr error
	go func() {
		defer close(done)
		code, werr = proc.Wait()
	}()
	for {
		select {
		case <-done:
			if werr != nil {
				return 0, werr
			}
			return code, nil
		case sig := <-sigs:
			if fromTerminal(sig) {
				continue // the terminal sent it to CMD's process group as well
			}
			_ = proc.Signal(sig)
		}
	}
}

// fromTerminal reports whether sig most likely came from the terminal (Ctrl-C, Ctrl-\),
// which delivers it to the whole foreground process group, CMD included.
func fromTerminal(sig os.Signal) bool {
	if sig != syscall.SIGINT && sig != syscall.SIGQUIT {
		return false
	}
	fg, err := unix.IoctlGetInt(0, unix.TIOCGPGRP)
	return err == nil && fg == unix.Getpgrp()
}

func debugf(log *slog.Logger) func(string, ...any) {
	return func(format string, args ...any) { log.Debug(fmt.Sprintf(format, args...)) }
}

// volumePaths are the target container's volume mount paths plus --remote, minus --local.
func volumePaths(pod *corev1.Pod, container string, remote, local []string) []string {
	var out []string
	for _, c := range pod.Spec.Containers {
		if c.Name != container {
			continue
		}
		for _, m := range c.VolumeMounts {
			out = append(out, filepath.Clean(m.MountPath))
		}
	}
	for _, r := range remote {
		out = append(out, filepath.Clean(r))
	}
	var kept []string
next:
	for _, p := range dedupStrings(out) {
		for _, l := range local {
			if p == filepath.Clean(l) || strings.HasPrefix(p, filepath.Clean(l)+"/") {
				continue next
			}
		}
		kept = append(kept, p)
	}
	return kept
}

// parseLocal splits --local values into paths, prefixes and address:ports.
func parseLocal(vals []string) (paths []string, nets []netip.Prefix, ports []netip.AddrPort, err error) {
	for _, v := range vals {
		switch {
		case strings.HasPrefix(v, "/"):
			paths = append(paths, v)
		case strings.Contains(v, "/"):
			p, err := netip.ParsePrefix(v)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("--local %q: %w", v, err)
			}
			nets = append(nets, p.Masked())
		default:
			if a, err := netip.ParseAddr(v); err == nil {
				nets = append(nets, netip.PrefixFrom(a, a.BitLen()))
				continue
			}
			ap, err := netip.ParseAddrPort(v)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("--local %q: not a path, CIDR, IP or IP:PORT", v)
			}
			ports = append(ports, ap)
		}
	}
	return paths, nets, ports, nil
}

// envOverrides reads --env-file files, then --env values (later wins).
func envOverrides(files, set []string) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("read --env-file: %w", err)
		}
		sc := bufio.NewScanner(fh)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			line = strings.TrimPrefix(line, "export ")
			k, v, ok := strings.Cut(line, "=")
			if !ok || strings.TrimSpace(k) == "" {
				fh.Close()
				return nil, fmt.Errorf("%s:%d: want KEY=VALUE", name, n)
			}
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			out[strings.TrimSpace(k)] = v
		}
		err = sc.Err()
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	for _, kv := range set {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--env %q: want KEY=VALUE", kv)
		}
		out[k] = v
	}
	return out, nil
}

// mergeEnv is the local environment, overlaid by the target's, overlaid by overrides.
func mergeEnv(local, remote []string, overrides map[string]string) []string {
	merged := fs.FilterEnv(append(append([]string{}, local...), remote...), nil, nil, overrides)
	return merged
}

func dedupStrings(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func newLaunchInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "launch-init",
		Short:  "internal: set up a `run` command's namespaces",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			err := launch.RunInit()
			fmt.Fprintln(os.Stderr, "kube-tun launch-init:", err)
			os.Exit(exitInternal)
			return nil
		},
	}
}

// incoming delivers the target's stolen or mirrored connections to CMD.
type incoming struct {
	sess  *client.Session
	ln    net.Listener
	id    string
	local uint16
	log   *slog.Logger

	ready chan struct{} // closed by serve or close
	once  sync.Once
	warn  sync.Once       // the hint for a CMD that does not accept, given once
	proc  *launch.Process // set before ready is closed; nil if CMD never started
	wg    sync.WaitGroup
}

// startIncoming listens on the tunnel and claims the port at the agent. Connections wait
// until serve names the process.
func startIncoming(ctx context.Context, t *targetConn, c api.Claim, log *slog.Logger) (_ *incoming, err error) {
	in := &incoming{sess: t.sess, local: c.LocalPort, log: log, ready: make(chan struct{})}
	if in.ln, err = t.sess.Listen(c.LocalPort); err != nil {
		return nil, fmt.Errorf("listen on the tunnel: %w", err)
	}
	in.wg.Add(1)
	go in.accept()
	var st api.ClaimState
	if err := t.sess.ControlJSON(ctx, http.MethodPost, "/v1/claims", c, &st); err != nil {
		in.close()
		return nil, interceptAdvice(err, c)
	}
	in.id = st.ID
	return in, nil
}

func (in *incoming) serve(p *launch.Process) {
	in.once.Do(func() { in.proc = p; close(in.ready) })
}

func (in *incoming) accept() {
	defer in.wg.Done()
	var conns sync.WaitGroup
	defer conns.Wait()
	for {
		c, err := in.ln.Accept()
		if err != nil {
			return
		}
		conns.Add(1)
		go func() {
			defer conns.Done()
			defer c.Close()
			<-in.ready
			if in.proc == nil {
				return
			}
			out, err := in.dial()
			if err != nil {
				in.log.Warn("deliver a connection to CMD", "port", in.local, "err", err)
				in.warn.Do(func() {
					in.log.Warn(fmt.Sprintf("CMD does not accept connections on port %d: the connections delivered to it are closed until it listens there", in.local))
				})
				return
			}
			defer out.Close()
			pipe(c, out)
		}()
	}
}

// dial reaches CMD's port, retrying while CMD may still be starting its listener.
func (in *incoming) dial() (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for wait := 50 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		c, err := in.proc.DialCommand(ctx, "tcp", in.local)
		if err == nil {
			return c, nil
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(wait):
		}
	}
}

// close releases the claim and waits for the connections being delivered. Idempotent.
func (in *incoming) close() {
	in.once.Do(func() { close(in.ready) })
	if in.id != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		if err := in.sess.ControlJSON(ctx, http.MethodDelete, "/v1/claims/"+in.id, nil, nil); err != nil {
			in.log.Debug("release claim", "err", err)
		}
		cancel()
		in.id = ""
	}
	_ = in.ln.Close()
	in.wg.Wait()
}
