package main

import (
	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/agent"
)

// newAgentCmd is the hidden `kube-tun agent`: the same agent as the image's
// kube-tun-agent binary (cmd/kube-tun-agent), for tests and setups that run it from
// this binary.
func newAgentCmd(g *globalFlags) *cobra.Command {
	var cfg agent.Config
	cmd := &cobra.Command{
		Use:    "agent",
		Short:  "Run the in-cluster agent (started by kube-tun inside the cluster)",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Version = version
			cfg.FromEnv()
			stopPprof, err := agent.StartPprof()
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
	cfg.BindFlags(cmd.Flags())
	return cmd
}
