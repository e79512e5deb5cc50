// Command kube-tun-agent is the in-cluster agent on its own: the entrypoint of the agent
// image, started by kube-tun in a targetless pod or as an ephemeral container in a
// target pod. It is the agent package behind the same flags as the hidden
// `kube-tun agent` command, without the client (client-go, the CLI), so that an idle
// agent in a shared staging pod costs a third of the memory.
//
//	kube-tun-agent [--idle-timeout 5m] [--incoming] [--files] [-v]
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/pflag"

	"github.com/kube-tun/kube-tun/agent"
	"github.com/kube-tun/kube-tun/tun"
)

// version is the build's version; it must match the client's (see `kube-tun version`).
var version = "dev"

func main() {
	tun.TuneRuntime() // first: it may re-execute the process (see tun.Procs, tun/sysmon_linux.go)
	if err := run(os.Args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "kube-tun-agent:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	var cfg agent.Config
	fs := pflag.NewFlagSet("kube-tun-agent", pflag.ContinueOnError)
	cfg.BindFlags(fs)
	verbose := fs.BoolP("verbose", "v", false, "log debug details")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	cfg.Version = version
	cfg.FromEnv()
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	stopPprof, err := agent.StartPprof()
	if err != nil {
		return err
	}
	defer stopPprof()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a, err := agent.New(cfg, log)
	if err != nil {
		return err
	}
	return a.Run(ctx)
}
