package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/vishvananda/netlink"

	"github.com/kube-tun/kube-tun/fs"
)

// exitIncomplete is `kube-tun ci stop`'s exit code when something could not be cleaned up.
const exitIncomplete = 5

type ciFlags struct {
	kube       kubeFlags
	agentImage string
	transport  string
	name       string
	dnsMode    string
	cidrs      []string
	timeout    time.Duration
	target     string
	container  string
	steal      string
	mirror     string
	headers    []string
	path       string
	method     string
	envFile    string
	envFormat  string
	include    []string
	exclude    []string
}

// ciState records what `ci start` started, so `ci stop` can end exactly that.
type ciState struct {
	UpPID        int    `json:"upPid,omitempty"`
	InterceptPID int    `json:"interceptPid,omitempty"`
	InterceptLog string `json:"interceptLog,omitempty"`
	Tun          string `json:"tun,omitempty"`
	EnvFile      string `json:"envFile,omitempty"`
}

func ciStatePath() string    { return filepath.Join(stateDir(), "ci.json") }
func ciInterceptLog() string { return filepath.Join(stateDir(), "ci-intercept.log") }

func newCICmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ci",
		Short: "Connect a CI job to the cluster: ci start before the tests, ci stop after",
		Long: `ci runs kube-tun in a pipeline. "ci start" connects this machine (as "kube-tun up"),
optionally steals or mirrors a target's port to the job, writes the environment for the
test step to a file, and returns once everything is usable, or fails with a non-zero exit
code and the session's log within --timeout. "ci stop" ends everything "ci start" started
and fails (exit 5) if anything could not be cleaned up. Output is plain text.

Exit codes: 0 ok, 1 internal error, 2 bad input, 3 kubeconfig, 4 cluster (unreachable,
RBAC, agent image, timeout), 5 ci stop could not clean up completely. See docs/ci.md.`,
		Example: `  sudo kube-tun ci start --kubeconfig kc.yaml -n staging --env-file kt.env
  set -a; . ./kt.env; set +a; go test ./integration/...
  sudo kube-tun ci stop`,
	}
	cmd.AddCommand(newCIStartCmd(g), newCIStopCmd(g))
	return cmd
}

func newCIStartCmd(g *globalFlags) *cobra.Command {
	f := &ciFlags{}
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Connect in the background, wait until usable, write the environment file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCIStart(cmd.Context(), g, f, cmd.OutOrStdout())
		},
	}
	fl := cmd.Flags()
	f.kube.register(fl)
	fl.StringVar(&f.agentImage, "agent-image", defaultAgentImage(), "agent container image")
	fl.StringVar(&f.transport, "transport", "auto", transportHelp)
	fl.StringVar(&f.name, "name", ciDefaultName(), "name shown to other developers sharing the agent")
	fl.StringVar(&f.dnsMode, "dns", "auto", "how cluster names are resolved: auto, resolvconf, off")
	fl.StringSliceVar(&f.cidrs, "cidr", nil, "extra CIDR to route to the cluster (repeatable)")
	fl.DurationVar(&f.timeout, "timeout", 3*time.Minute, "fail if not usable after this long")
	fl.StringVar(&f.target, "target", "", "workload whose env (and with --steal/--mirror, traffic) the job gets")
	fl.StringVarP(&f.container, "container", "c", "", "container of the target pods (default: the first)")
	fl.StringVar(&f.steal, "steal", "", "steal the target's PORT[:LOCAL] to this machine")
	fl.StringVar(&f.mirror, "mirror", "", "mirror the target's PORT[:LOCAL] to this machine")
	fl.StringArrayVarP(&f.headers, "header", "H", nil, `with --steal: only requests with this header, "Name: regexp"`)
	fl.StringVar(&f.path, "path", "", "with --steal: only requests whose path matches")
	fl.StringVar(&f.method, "method", "", "with --steal: only requests whose method matches")
	fl.StringVar(&f.envFile, "env-file", "", "write KUBETUN_* and the target's environment (dotenv) to this file")
	fl.StringVar(&f.envFormat, "env-format", "dotenv", `--env-file format: dotenv (KEY="VALUE"), sh (export KEY='VALUE') or github (for $GITHUB_ENV, multi-line values kept)`)
	registerEnvFlags(fl, &f.include, &f.exclude)
	return cmd
}

func ciDefaultName() string {
	if v := os.Getenv("GITHUB_RUN_ID"); v != "" {
		return "ci-" + v
	}
	return "ci@" + defaultName()
}

// ciChild runs this binary with args and streams its output to out.
func ciChild(ctx context.Context, out io.Writer, args ...string) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find kube-tun binary: %w", err)
	}
	c := exec.CommandContext(ctx, exe, args...)
	c.Stdout, c.Stderr = out, out
	c.Cancel = func() error { return c.Process.Signal(syscall.SIGTERM) }
	c.WaitDelay = 20 * time.Second
	return c.Run()
}

// childErr turns a child kube-tun's exit into ours, keeping its exit code.
func childErr(what string, err error) error {
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() > 0 {
		return &exitError{code: ee.ExitCode(), err: clusterErr(fmt.Errorf("%s failed (exit %d)", what, ee.ExitCode()), "see its output above")}
	}
	return fmt.Errorf("%s: %w", what, err)
}

func (f *ciFlags) kubeArgs() []string {
	var a []string
	if f.kube.kubeconfig != "" {
		a = append(a, "--kubeconfig", f.kube.kubeconfig)
	}
	if f.kube.context != "" {
		a = append(a, "--context", f.kube.context)
	}
	if f.kube.namespace != "" {
		a = append(a, "-n", f.kube.namespace)
	}
	return a
}

func runCIStart(ctx context.Context, g *globalFlags, f *ciFlags, out io.Writer) (err error) {
	if f.steal != "" && f.mirror != "" {
		return userErr(errors.New("--steal and --mirror together"), "pick one")
	}
	if f.envFormat != "dotenv" && f.envFormat != "sh" && f.envFormat != "github" {
		return userErr(fmt.Errorf("--env-format %q", f.envFormat), "use dotenv, sh or github")
	}
	if (f.steal != "" || f.mirror != "") && f.target == "" {
		return userErr(errors.New("--steal/--mirror need --target"), "add --target deploy/NAME")
	}
	if os.Geteuid() != 0 {
		return userErr(errors.New("kube-tun ci start needs root (it connects the whole machine like `kube-tun up`)"), "run it with sudo")
	}
	if old, _ := readCIState(); old != nil {
		if alive(old.UpPID) || alive(old.InterceptPID) {
			return userErr(errors.New("a CI session is already running"), "run `kube-tun ci stop` first")
		}
		fmt.Fprintln(out, "A previous CI session died without `ci stop`; cleaning up after it.")
		if err := ciTeardown(out, old); err != nil {
			return err
		}
	}
	if _, err := f.kube.load(); err != nil {
		return err // exit 3 before anything is started
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	p := newProgress(out)
	st := &ciState{EnvFile: f.envFile}
	defer func() {
		if err != nil {
			fmt.Fprintln(out, "ci start failed; stopping what it started.")
			_ = ciTeardown(out, st)
		}
	}()

	upArgs := append([]string{"up", "--agent-image", f.agentImage, "--transport", f.transport,
		"--name", f.name, "--dns", f.dnsMode, "--timeout", f.timeout.String()}, f.kubeArgs()...)
	for _, c := range f.cidrs {
		upArgs = append(upArgs, "--cidr", c)
	}
	if g.verbose {
		upArgs = append(upArgs, "-v")
	}
	fmt.Fprintln(out, "Connecting this machine (kube-tun up):")
	if err := ciChild(ctx, out, upArgs...); err != nil {
		if ctx.Err() != nil {
			return clusterErr(fmt.Errorf("not connected within --timeout %s", f.timeout), "see the log above; raise --timeout if the cluster is slow")
		}
		return childErr("kube-tun up", err)
	}
	ust, err := readState()
	if err != nil || ust == nil || ust.Phase != "connected" {
		return fmt.Errorf("kube-tun up returned but no connected session is recorded (%v)", err)
	}
	st.UpPID, st.Tun = ust.PID, ust.Tun
	if err := writeCIState(st); err != nil {
		return err
	}

	if port, mode := f.interceptPort(); port != "" {
		if err := startCIIntercept(ctx, g, f, st, mode, port, out); err != nil {
			return err
		}
	}
	if f.envFile != "" {
		if err := p.step("Write "+f.envFile, func() (string, error) {
			return "", writeCIEnv(ctx, g, f, ust)
		}); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "Ready: cluster names resolve in namespace %q. Run `kube-tun ci stop` when the job ends.\n", ust.Namespace)
	return nil
}

func (f *ciFlags) interceptPort() (port, mode string) {
	if f.steal != "" {
		return f.steal, "steal"
	}
	if f.mirror != "" {
		return f.mirror, "mirror"
	}
	return "", ""
}

// startCIIntercept runs `kube-tun steal|mirror` as a background process and waits until it
// holds its claims on every pod.
func startCIIntercept(ctx context.Context, g *globalFlags, f *ciFlags, st *ciState, mode, port string, out io.Writer) error {
	args := append(interceptArgs(mode, f.target, port, f.name, f.agentImage, f.container, f.headers, f.path, f.method), f.kubeArgs()...)
	if g.verbose {
		args = append(args, "-v")
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find kube-tun binary: %w", err)
	}
	logf, err := os.OpenFile(ciInterceptLog(), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("open %s log: %w", mode, err)
	}
	defer logf.Close()
	c := exec.Command(exe, args...)
	c.Stdout, c.Stderr = logf, logf
	c.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	fmt.Fprintf(out, "Starting kube-tun %s %s --port %s in the background:\n", mode, f.target, port)
	if err := c.Start(); err != nil {
		return fmt.Errorf("start kube-tun %s: %w", mode, err)
	}
	st.InterceptPID, st.InterceptLog = c.Process.Pid, ciInterceptLog()
	if err := writeCIState(st); err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { exited <- c.Wait() }()

	follow, err := os.Open(ciInterceptLog())
	if err != nil {
		return fmt.Errorf("read %s log: %w", mode, err)
	}
	defer follow.Close()
	r := bufio.NewReader(follow)
	var pending string
	ready := false
	echo := func() {
		for {
			line, err := r.ReadString('\n')
			pending += line
			if err != nil {
				return
			}
			fmt.Fprint(out, "  "+pending)
			if strings.Contains(pending, "Ctrl-C to stop") {
				ready = true
			}
			pending = ""
		}
	}
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			echo()
			return clusterErr(fmt.Errorf("kube-tun %s was not ready within --timeout %s", mode, f.timeout), "see its output above")
		case err := <-exited:
			echo()
			st.InterceptPID = 0
			return childErr("kube-tun "+mode, err)
		case <-t.C:
			echo()
			if ready {
				// The process lives on; its Wait goroutine ends with this command.
				return nil
			}
		}
	}
}

// writeCIEnv writes the session's variables and, with a target, the target's environment.
func writeCIEnv(ctx context.Context, g *globalFlags, f *ciFlags, ust *upState) error {
	vars := []string{
		"KUBETUN_CLIENT_ADDR=" + ust.ClientAddr,
		"KUBETUN_NAMESPACE=" + ust.Namespace,
		"KUBETUN_CONTEXT=" + ust.Context,
		"KUBETUN_AGENT_POD=" + ust.AgentPod,
	}
	if f.target != "" {
		tf := &targetFlags{kube: f.kube, target: f.target, container: f.container, agentImage: f.agentImage, name: f.name, timeout: f.timeout, transport: f.transport}
		t, err := connectTarget(ctx, tf, newProgress(io.Discard), g.logger(nil))
		if err != nil {
			return err
		}
		defer t.Close()
		env, err := t.env(ctx)
		if err != nil {
			return clusterErr(err, "run with -v for details")
		}
		for _, kv := range fs.FilterEnv(env, f.include, f.exclude, nil) {
			// A file the job can source: names a shell accepts only (ConfigMap keys
			// like "app.conf" are not).
			if k, _, _ := strings.Cut(kv, "="); shellName(k) {
				vars = append(vars, kv)
			}
		}
	}
	var b []byte
	var err error
	if f.envFormat == "github" {
		b = formatGitHubEnv(vars)
	} else if b, err = fs.FormatEnv(vars, f.envFormat); err != nil {
		return err
	}
	if err := os.WriteFile(f.envFile, b, 0o600); err != nil {
		return userErr(fmt.Errorf("write env file: %w", err), "pass a writable --env-file path")
	}
	return nil
}

// formatGitHubEnv renders vars for $GITHUB_ENV: NAME=VALUE, or a heredoc with a
// delimiter that occurs in no value when the value spans lines.
func formatGitHubEnv(vars []string) []byte {
	var b strings.Builder
	for _, kv := range vars {
		k, v, _ := strings.Cut(kv, "=")
		if !strings.ContainsAny(v, "\r\n") {
			fmt.Fprintf(&b, "%s=%s\n", k, v)
			continue
		}
		delim := "KUBETUN_EOF"
		for strings.Contains(v, delim) {
			delim += "_"
		}
		fmt.Fprintf(&b, "%s<<%s\n%s\n%s\n", k, delim, v, delim)
	}
	return []byte(b.String())
}

// shellName reports whether k is a valid shell variable name.
func shellName(k string) bool {
	for i, r := range k {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return k != ""
}

func newCIStopCmd(_ *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "stop",
		Short: "End everything ci start started; exit 5 if cleanup was incomplete",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if os.Geteuid() != 0 {
				return userErr(errors.New("kube-tun ci stop needs root"), "run it with sudo")
			}
			st, err := readCIState()
			if err != nil {
				return err
			}
			if st == nil {
				st = &ciState{}
				fmt.Fprintln(cmd.OutOrStdout(), "No CI session recorded; checking for leftovers.")
			}
			return ciTeardown(cmd.OutOrStdout(), st)
		},
	}
	return cmd
}

// ciTeardown stops the intercept and the up session, then checks that nothing is left.
func ciTeardown(out io.Writer, st *ciState) error {
	var problems []string
	if st.InterceptPID > 0 && alive(st.InterceptPID) {
		_ = syscall.Kill(st.InterceptPID, syscall.SIGTERM)
		if !waitDead(st.InterceptPID, 15*time.Second) {
			_ = syscall.Kill(st.InterceptPID, syscall.SIGKILL)
			problems = append(problems, fmt.Sprintf("the steal/mirror process (pid %d) had to be killed; the agents drop its claims within 10 s", st.InterceptPID))
			waitDead(st.InterceptPID, 5*time.Second)
		} else {
			fmt.Fprintf(out, "✓ Released the target's traffic (pid %d)\n", st.InterceptPID)
		}
	}
	if err := runDown(out, 15*time.Second); err != nil {
		problems = append(problems, "down: "+formatError(err))
	}
	// Verify.
	if ust, _ := readState(); ust != nil {
		problems = append(problems, "the session state file is still there: "+statePath())
	}
	if st.Tun != "" {
		if _, err := netlink.LinkByName(st.Tun); err == nil {
			problems = append(problems, "the TUN device "+st.Tun+" still exists")
		}
	}
	if _, err := os.Stat(filepath.Join(stateDir(), "resolv.conf.orig")); err == nil {
		problems = append(problems, "/etc/resolv.conf was not restored (backup still in "+stateDir()+")")
	}
	if st.UpPID > 0 && alive(st.UpPID) {
		problems = append(problems, fmt.Sprintf("the session process (pid %d) is still running", st.UpPID))
	}
	if len(problems) > 0 {
		fmt.Fprintln(out, "Cleanup incomplete:")
		for _, p := range problems {
			fmt.Fprintln(out, "  ✗ "+p)
		}
		fmt.Fprintln(out, "Logs are in "+stateDir())
		return &exitError{code: exitIncomplete, err: clusterErr(errors.New("cleanup incomplete"), "see the list above")}
	}
	for _, f := range []string{ciStatePath(), ciInterceptLog(), logPath()} {
		_ = os.Remove(f)
	}
	_ = os.Remove(stateDir()) // only if empty
	fmt.Fprintln(out, "Cleanup complete: no tunnel device, routes, DNS changes or claims left.")
	return nil
}

func waitDead(pid int, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for alive(pid) {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

func readCIState() (*ciState, error) {
	b, err := os.ReadFile(ciStatePath())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read CI state: %w", err)
	}
	var st ciState
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("read CI state %s: %w", ciStatePath(), err)
	}
	return &st, nil
}

func writeCIState(st *ciState) error {
	if err := os.MkdirAll(stateDir(), 0o755); err != nil {
		return fmt.Errorf("write CI state: %w", err)
	}
	b, _ := json.MarshalIndent(st, "", "  ")
	if err := os.WriteFile(ciStatePath(), b, 0o644); err != nil {
		return fmt.Errorf("write CI state: %w", err)
	}
	return nil
}
