package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kube-tun/kube-tun/fs"
)

// defaultEnvExclude are variables of the target that describe its container rather than
// the app; a local process keeps its own.
var defaultEnvExclude = []string{"PATH", "HOME", "HOSTNAME"}

func registerEnvFlags(fl *pflag.FlagSet, include, exclude *[]string) {
	fl.StringSliceVar(include, "env-include", nil, "take only the target's variables matching these globs (e.g. 'DB_*')")
	fl.StringSliceVar(exclude, "env-exclude", defaultEnvExclude, "skip the target's variables matching these globs")
}

func newEnvCmd(g *globalFlags) *cobra.Command {
	f := &targetFlags{}
	var include, exclude []string
	var format string
	cmd := &cobra.Command{
		Use:   "env TARGET",
		Short: "Print the target container's environment (dotenv, json or sh)",
		Example: `  kube-tun env deploy/api > api.env
  eval "$(kube-tun env deploy/api -o sh)"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "dotenv" && format != "json" && format != "sh" {
				return userErr(fmt.Errorf("-o %q", format), "use -o dotenv, json or sh")
			}
			f.target = args[0]
			t, err := connectTarget(cmd.Context(), f, newProgress(os.Stderr), g.logger(nil))
			if err != nil {
				return err
			}
			defer t.Close()
			env, err := t.env(cmd.Context())
			if err != nil {
				return clusterErr(err, "run with -v for details")
			}
			out, err := fs.FormatEnv(fs.FilterEnv(env, include, exclude, nil), format)
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(out)
			return err
		},
	}
	fl := cmd.Flags()
	f.register(fl, false)
	f.kube.register(fl)
	registerEnvFlags(fl, &include, &exclude)
	fl.StringVarP(&format, "output", "o", "dotenv", "output format: dotenv, json or sh")
	return cmd
}
