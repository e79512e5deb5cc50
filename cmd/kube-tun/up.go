package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"github.com/kube-tun/kube-tun/agent"
	"github.com/kube-tun/kube-tun/tun"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
)

type upFlags struct {
	kube         kubeFlags
	agentImage   string
	agentURL     string
	transport    string
	addCIDRs     []string
	excludeCIDRs []string
	foreground   bool
	daemonized   bool
	idleTimeout  time.Duration
	name         string
	dnsMode      string
	tunName      string
	mtu          int
	timeout      time.Duration
}

func newUpCmd(g *globalFlags) *cobra.Command {
	f := &upFlags{}
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Connect this machine to the cluster (pod IPs, ClusterIPs and DNS names)",
		Long: `up connects this machine to the cluster through a WireGuard tunnel to a small agent pod.

Afterwards pod IPs, ClusterIPs and names like svc, svc.ns and svc.ns.svc.cluster.local work
from every program on this machine, over TCP and UDP. Nothing else changes: other names
resolve as before and other traffic keeps its routes.

up needs root (it creates a TUN device and routes). For a single process without root, use
"kube-tun run -- CMD". By default up returns once connected and the session keeps running
in the background; "kube-tun status" shows it and "kube-tun down" ends it.`,
		Example: `  sudo kube-tun up                          # current context and namespace
  sudo kube-tun up --context staging -n shop  # names resolve in namespace shop first
  sudo kube-tun up --transport apiproxy       # through the API server alone (fastest without pod routes)
  sudo kube-tun up --transport portforward    # through the port-forward (works wherever kubectl port-forward does)
  sudo kube-tun up --foreground               # stay attached; Ctrl-C disconnects`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if os.Geteuid() != 0 {
				return userErr(errors.New("kube-tun up needs root: it creates a TUN device and changes routes and DNS"),
					"run it with sudo, or use `kube-tun run -- CMD` to connect a single process without root")
			}
			if err := checkTransport(f.transport); err != nil {
				return err
			}
			if f.mtu != 0 && (f.mtu < 1280 || f.mtu > tun.StreamMTU) {
				return userErr(fmt.Errorf("--mtu %d: out of range", f.mtu), fmt.Sprintf("use 1280 to %d, or leave it out", tun.StreamMTU))
			}
			switch f.dnsMode {
			case "auto", "resolved", "resolvconf", "off":
			default:
				return userErr(fmt.Errorf("unknown --dns %q", f.dnsMode), "use auto, resolved, resolvconf or off")
			}
			if err := checkNotUp(cmd.OutOrStdout()); err != nil {
				return err
			}
			if f.foreground || f.daemonized {
				stopPprof, err := agent.StartPprof()
				if err != nil {
					return err
				}
				defer stopPprof()
				return runUp(cmd.Context(), g, f, cmd.OutOrStdout())
			}
			return startDaemon(cmd.Context(), cmd.OutOrStdout(), f.timeout)
		},
	}
	fl := cmd.Flags()
	f.kube.register(fl)
	fl.StringVar(&f.agentImage, "agent-image", defaultAgentImage(), "agent container image")
	fl.StringVar(&f.transport, "transport", "auto", transportHelp)
	fl.StringSliceVar(&f.addCIDRs, "cidr", nil, "extra CIDR to route to the cluster (repeatable)")
	fl.StringSliceVar(&f.excludeCIDRs, "exclude-cidr", nil, "discovered CIDR not to route (repeatable)")
	fl.BoolVar(&f.foreground, "foreground", false, "stay in the foreground; Ctrl-C disconnects")
	fl.BoolVar(&f.daemonized, "daemonized", false, "internal: this is the background session process")
	_ = fl.MarkHidden("daemonized")
	fl.DurationVar(&f.idleTimeout, "agent-idle-timeout", 5*time.Minute, "the agent exits after this long without any client")
	fl.StringVar(&f.name, "name", defaultName(), "your name, shown to other developers sharing the agent")
	fl.StringVar(&f.dnsMode, "dns", "auto", "how cluster names are resolved: auto (systemd-resolved split DNS when it runs, else a managed resolv.conf), resolved, resolvconf, off")
	fl.StringVar(&f.tunName, "tun", "kt0", "name of the TUN device")
	fl.IntVar(&f.mtu, "mtu", 0, "MTU of the TUN device (default 1420 over UDP, which fits a 1500-byte path; 65488 over the port-forward, which has no path MTU)")
	fl.DurationVar(&f.timeout, "timeout", 90*time.Second, "give up connecting after this long")
	fl.StringVar(&f.agentURL, "agent-address", "", "connect to an agent at HOST directly (ports 7070/7071/51820), without Kubernetes")
	_ = fl.MarkHidden("agent-address")
	return cmd
}

func defaultName() string {
	u := os.Getenv("SUDO_USER")
	if u == "" {
		u = os.Getenv("USER")
	}
	if u == "" {
		u = "user"
	}
	h, _ := os.Hostname()
	return u + "@" + h
}

func defaultAgentImage() string {
	if v := os.Getenv("KUBETUN_AGENT_IMAGE"); v != "" {
		return v
	}
	return "docker.io/local/kube-tun:dev"
}

// checkNotUp refuses a second session and repairs what a crashed one left behind.
func checkNotUp(out io.Writer) error {
	st, err := readState()
	if err != nil || st == nil {
		return err
	}
	if alive(st.PID) && st.PID != os.Getpid() {
		return userErr(fmt.Errorf("already up (pid %d, context %q)", st.PID, st.Context),
			"see `kube-tun status`, or run `kube-tun down` first")
	}
	fmt.Fprintf(out, "A previous session (pid %d) did not exit cleanly; cleaning up after it.\n", st.PID)
	return repairCrashed(st)
}

// startDaemon re-executes kube-tun as a background session, shows its progress, and
// returns once it is connected or has failed.
func startDaemon(ctx context.Context, out io.Writer, timeout time.Duration) error {
	if err := os.MkdirAll(stateDir(), 0o755); err != nil {
		return fmt.Errorf("create state directory: %w", err)
	}
	logf, err := os.OpenFile(logPath(), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("open session log: %w", err)
	}
	defer logf.Close()
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find kube-tun binary: %w", err)
	}
	args := append([]string{exe}, os.Args[1:]...)
	args = append(args, "--daemonized")
	c := exec.Command(args[0], args[1:]...)
	c.Stdout, c.Stderr = logf, logf
	c.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := c.Start(); err != nil {
		return fmt.Errorf("start background session: %w", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- c.Wait() }()

	follow, err := os.Open(logPath())
	if err != nil {
		return fmt.Errorf("read session log: %w", err)
	}
	defer follow.Close()
	r := bufio.NewReader(follow)
	var failure sessionFailure
	echo := func() {
		for {
			line, err := r.ReadString('\n')
			if !failure.take(line) && (strings.HasPrefix(line, "✓") || strings.HasPrefix(line, "✗") || strings.HasPrefix(line, "Connected") || strings.HasPrefix(line, "  ")) {
				fmt.Fprint(out, line)
			}
			if err != nil {
				return
			}
		}
	}
	deadline := time.After(timeout + 5*time.Second)
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			_ = c.Process.Signal(syscall.SIGTERM)
			<-exited
			return userErr(errors.New("interrupted; the session was stopped"), "")
		case err := <-exited:
			echo()
			if e := failure.err(err); e != nil {
				return e
			}
			return clusterErr(fmt.Errorf("the background session exited: %v", err),
				"see the log: "+logPath())
		case <-deadline:
			_ = c.Process.Signal(syscall.SIGTERM)
			return clusterErr(errors.New("timed out waiting for the session to connect"), "see the log: "+logPath())
		case <-t.C:
			echo()
			st, _ := readState()
			if st != nil && st.PID == c.Process.Pid && st.Phase == "connected" {
				echo()
				fmt.Fprintf(out, "Running in the background (pid %d). `kube-tun status` shows it, `kube-tun down` disconnects. Log: %s\n", st.PID, logPath())
				return nil
			}
		}
	}
}
