package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/agent/api"
)

func newVersionCmd(g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the client version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(cmd.OutOrStdout(), "kube-tun %s (protocol %d, %s, %s/%s)\n",
				version, api.ProtocolVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
