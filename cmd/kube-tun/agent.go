package main

import (
	"net/netip"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/agent"
)

func newAgentCmd(g *globalFlags) *cobra.Command {
	var cfg agent.Config
	cmd := &cobra.Command{
		Use:    "agent",
		Short:  "Run the in-cluster agent (started by kube-tun inside the cluster)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Version = version
			if cfg.Pod == "" {
				cfg.Pod = os.Getenv("POD_NAME")
			}
			if ip, err := netip.ParseAddr(os.Getenv("POD_IP")); err == nil {
				cfg.AppAddr = ip
			}
			if ip, err := netip.ParseAddr(os.Getenv("HOST_IP")); err == nil {
				cfg.NodeAddr = ip
			}
			stopPprof, err := startPprof()
			if err != nil {
				return err
			}
			defer stopPprof()
			a, err := agent.New(cfg, g.logger(nil))
			if err != nil {
				return err
			}
			return a.Run(cmd.Context())
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.RegisterListen, "register-listen", ":7070", "registration endpoint address (reach it through a port-forward)")
	f.StringVar(&cfg.StreamListen, "stream-listen", ":7071", `stream transport address, or "off"`)
	f.IntVar(&cfg.UDPPort, "udp-port", 51820, "WireGuard UDP port, -1 to disable")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", 5*time.Minute, "exit after this long without sessions (0 = never)")
	f.DurationVar(&cfg.PeerTimeout, "peer-timeout", 8*time.Second, "drop a session whose client is silent for this long")
	f.StringVar(&cfg.ResolvConf, "resolv-conf", "/etc/resolv.conf", "resolver configuration used for DNS answers")
	f.BoolVar(&cfg.Incoming, "incoming", false, "handle mirror and steal claims (target mode; needs NET_ADMIN and iptables)")
	f.BoolVar(&cfg.Files, "files", false, "serve the target container's environment and files (target mode)")
	f.DurationVar(&cfg.Lease, "lease", 6*time.Second, "lifetime of a redirect rule the agent stops renewing (enforced by the kernel)")
	f.StringVar(&cfg.Pod, "pod", "", "name of the pod the agent runs in (default $POD_NAME)")
	return cmd
}
