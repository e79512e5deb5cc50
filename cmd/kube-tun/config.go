package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kube-tun/kube-tun/config"
)

// configPath is --config (or $KUBETUN_CONFIG): replaces the project file search.
type configFlags struct {
	path string
}

func (c *configFlags) explicit() string {
	if c.path != "" {
		return c.path
	}
	return os.Getenv("KUBETUN_CONFIG")
}

// installConfig adds --config and applies the configuration files to every command's
// flags that the command line did not set.
func installConfig(root *cobra.Command) {
	cf := &configFlags{}
	root.PersistentFlags().StringVar(&cf.path, "config", "",
		"configuration file (default: "+config.ProjectFile+" in this or a parent directory, over ~/.config/kube-tun/config.yaml)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if skipConfig(cmd) {
			return nil
		}
		return applyConfig(cmd, cf)
	}
	root.AddCommand(newConfigCmd(cf))
}

// skipConfig: internal commands, help, completion and the config commands themselves
// (which must work on a broken file) take no configuration.
func skipConfig(cmd *cobra.Command) bool {
	for c := cmd; c != nil && c.HasParent(); c = c.Parent() {
		if c.Hidden {
			return true
		}
		switch c.Name() {
		case "config", "completion", "help", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
			return true
		}
	}
	return false
}

// topName is the first-level command of cmd ("ci" for `kube-tun ci start`).
func topName(cmd *cobra.Command) string {
	c := cmd
	for c.HasParent() && c.Parent().HasParent() {
		c = c.Parent()
	}
	return c.Name()
}

func loadConfig(cf *configFlags) (*config.Loaded, error) {
	wd, _ := os.Getwd()
	l, err := config.Load(wd, cf.explicit())
	if err != nil {
		return nil, configErr(err, "fix the file (`kube-tun config validate` lists every problem with its line), or skip it with --config /dev/null")
	}
	return l, nil
}

func applyConfig(cmd *cobra.Command, cf *configFlags) error {
	l, err := loadConfig(cf)
	if err != nil {
		return err
	}
	return applyValues(cmd.Flags(), l.FlagValues(topName(cmd)))
}

// applyValues sets each flag the command line did not set. Keys for flags this command
// lacks are ignored (a top-level key applies only where it makes sense).
func applyValues(fs *pflag.FlagSet, vals map[string]config.Value) error {
	names := make([]string, 0, len(vals))
	for n := range vals {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v := vals[n]
		fl := fs.Lookup(v.Flag)
		if fl == nil || fl.Changed {
			continue
		}
		var err error
		if sv, ok := fl.Value.(pflag.SliceValue); ok {
			if err = sv.Replace(v.Values); err == nil {
				fl.Changed = true
			}
		} else if len(v.Values) == 1 {
			err = fs.Set(v.Flag, v.Values[0])
		}
		if err != nil {
			return configErr(fmt.Errorf("%s: %w", v.Source, err), "fix the value in the file, or override it with --"+v.Flag)
		}
	}
	return nil
}

func newConfigCmd(cf *configFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Validate, show and describe kube-tun's configuration files",
		Long: `kube-tun reads two YAML files, both optional, and applies them to every flag not given
on the command line:

  ~/.config/kube-tun/config.yaml   your defaults ($XDG_CONFIG_HOME is honoured)
  .kube-tun.yaml                   the project's, found in this or a parent directory;
                                   it wins over yours (--config FILE or $KUBETUN_CONFIG
                                   replace it)

Top-level keys apply to every command that has such a flag, a command's section only to
that command. Keys are flag names in camelCase:

  namespace: shop
  agentImage: registry.example.com/kube-tun:v1
  up:
    transport: portforward
    excludeCidr: [10.0.0.0/8]
  steal:
    port: 8080:3000
    header: ["X-User: alice"]

The JSON schema (` + "`kube-tun config schema`" + `, docs/schema.json) gives editors completion.`,
	}
	cmd.AddCommand(newConfigValidateCmd(cf), newConfigSchemaCmd(), newConfigViewCmd(cf))
	return cmd
}

func newConfigValidateCmd(cf *configFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check configuration files; every problem is reported with its line and key",
		Example: `  kube-tun config validate                 # the files in effect here
  kube-tun config validate .kube-tun.yaml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if len(args) == 0 {
				wd, _ := os.Getwd()
				for _, p := range []string{config.UserPath(), cf.explicit(), config.FindProject(wd)} {
					if p == "" {
						continue
					}
					if _, err := os.Stat(p); err == nil || p == cf.explicit() {
						args = append(args, p)
					}
				}
				if len(args) == 0 {
					fmt.Fprintf(out, "No configuration file: none at %s, and no %s here or above.\n", config.UserPath(), config.ProjectFile)
					return nil
				}
			}
			return validateFiles(out, args)
		},
	}
}

func validateFiles(out io.Writer, paths []string) error {
	var bad int
	for _, p := range paths {
		if _, err := config.ReadFile(p); err != nil {
			bad++
			var es config.Errors
			if errors.As(err, &es) {
				fmt.Fprintf(out, "✗ %s: %d problem(s)\n", p, len(es))
				for _, e := range es {
					fmt.Fprintf(out, "  %s\n", e)
				}
				continue
			}
			fmt.Fprintf(out, "✗ %s: %v\n", p, err)
			continue
		}
		fmt.Fprintf(out, "✓ %s is valid\n", p)
	}
	if bad > 0 {
		return configErr(fmt.Errorf("%d of %d configuration file(s) invalid", bad, len(paths)),
			"fix the keys above; `kube-tun config schema` describes every key")
	}
	return nil
}

func newConfigSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON schema of the configuration file",
		Long: `schema prints the JSON schema of .kube-tun.yaml, generated from kube-tun's Go types. Point
your editor at it, e.g. with a first line "# yaml-language-server: $schema=` + config.SchemaID + `".`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := cmd.OutOrStdout().Write(config.Schema())
			return err
		},
	}
}

func newConfigViewCmd(cf *configFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "view [COMMAND]",
		Short: "Show the files in effect and the flag values they set (for COMMAND)",
		Example: `  kube-tun config view
  kube-tun config view steal`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, err := loadConfig(cf)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if len(l.Sources) == 0 {
				fmt.Fprintln(out, "No configuration file in effect.")
				return nil
			}
			for _, s := range l.Sources {
				fmt.Fprintf(out, "File: %s\n", s.Path)
			}
			command := ""
			if len(args) == 1 {
				command = args[0]
			}
			vals := l.FlagValues(command)
			names := make([]string, 0, len(vals))
			for n := range vals {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				v := vals[n]
				val := strings.Join(v.Values, ",")
				if v.List {
					val = "[" + val + "]"
				}
				fmt.Fprintf(out, "  --%s=%s  (%s)\n", n, val, v.Source)
			}
			return nil
		},
	}
}
