package main

import (
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

type globalFlags struct {
	verbose bool
}

func newRootCmd() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:   "kube-tun",
		Short: "Run local code in the context of a Kubernetes cluster",
		Long: `kube-tun connects your machine, or one process, to a Kubernetes cluster:

  • outgoing traffic to pod IPs, ClusterIPs and cluster DNS names goes through the cluster
  • incoming traffic of a target workload is mirrored or stolen to your local process
  • the target's environment variables and files are available locally

Everything travels in a WireGuard tunnel to a small agent in the cluster.`,
		Example: `  # give this machine access to the cluster (needs root)
  sudo kube-tun up
  curl http://my-service.my-namespace/

  # see the connection, then disconnect
  kube-tun status
  sudo kube-tun down`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().BoolVarP(&g.verbose, "verbose", "v", false, "log debug details to stderr")
	root.AddCommand(
		newAgentCmd(g),
		withAgentVersion(newVersionCmd(g), g),
		newUpCmd(g),
		newDownCmd(g),
		newStatusCmd(g),
		newRunCmd(g),
		newLaunchInitCmd(),
		newEnvCmd(g),
		newMountCmd(g),
		newUmountCmd(),
		newStealCmd(g),
		newMirrorCmd(g),
		newPortForwardCmd(g),
		newDoctorCmd(g),
		newCICmd(g),
		newDockerCmd(g),
	)
	installConfig(root)
	installCompletions(root)
	markRun(root)
	return root
}

func (g *globalFlags) logger(w io.Writer) *slog.Logger {
	level := slog.LevelInfo
	if g.verbose {
		level = slog.LevelDebug
	}
	if w == nil {
		w = os.Stderr
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
