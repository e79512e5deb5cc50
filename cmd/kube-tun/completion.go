package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/kube"
)

func newCompletionCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print the shell completion script (commands, flags, targets, namespaces)",
		Long: `completion prints a script that makes your shell complete kube-tun's commands and flags,
and, from the cluster, targets (deploy/NAME, svc/NAME, ...), namespaces and contexts.

Load it once for the current shell:

  bash:  source <(kube-tun completion bash)
  zsh:   source <(kube-tun completion zsh)
  fish:  kube-tun completion fish | source

or install it for every new shell:

  bash:  kube-tun completion bash | sudo tee /etc/bash_completion.d/kube-tun >/dev/null
         (needs the bash-completion package)
  zsh:   kube-tun completion zsh > "${fpath[1]}/_kube-tun"
         (needs "autoload -U compinit; compinit" in ~/.zshrc)
  fish:  kube-tun completion fish > ~/.config/fish/completions/kube-tun.fish
  powershell:  kube-tun completion powershell | Out-String | Invoke-Expression`,
		Example:               "  source <(kube-tun completion bash)",
		Args:                  cobra.MatchAll(cobra.ExactArgs(1), cobra.OnlyValidArgs),
		ValidArgs:             []string{"bash", "zsh", "fish", "powershell"},
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			out, root := cmd.OutOrStdout(), cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(out, true)
			case "zsh":
				return root.GenZshCompletion(out)
			case "fish":
				return root.GenFishCompletion(out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(out)
			}
			return userErr(fmt.Errorf("unknown shell %q", args[0]), "use bash, zsh, fish or powershell")
		},
	}
	return cmd
}

// installCompletions adds the completion command and completes, from the cluster,
// TARGET arguments, --target, --namespace and --context of every command that has them.
func installCompletions(root *cobra.Command) {
	root.AddCommand(newCompletionCmd())
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if strings.Contains(c.Use, " TARGET") && c.ValidArgsFunction == nil {
			c.ValidArgsFunction = func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveDefault
				}
				return completeTargets(cmd, toComplete)
			}
		}
		if c.Flags().Lookup("target") != nil {
			_ = c.RegisterFlagCompletionFunc("target", func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
				return completeTargets(cmd, toComplete)
			})
		}
		if c.Flags().Lookup("namespace") != nil {
			_ = c.RegisterFlagCompletionFunc("namespace", completeNamespaces)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// completionCluster opens the cluster named by the command's --kubeconfig/--context.
func completionCluster(cmd *cobra.Command) (*kube.Cluster, context.Context, context.CancelFunc, bool) {
	get := func(name string) string {
		if f := cmd.Flags().Lookup(name); f != nil {
			return f.Value.String()
		}
		return ""
	}
	c, err := kube.Load(kube.Options{Kubeconfig: get("kubeconfig"), Context: get("context"), Namespace: get("namespace")})
	if err != nil {
		return nil, nil, nil, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	return c, ctx, cancel, true
}

// completeTargets lists kind/NAME of the namespace's deployments, statefulsets, services
// and pods; before a "/" it offers the kinds.
func completeTargets(cmd *cobra.Command, toComplete string) ([]string, cobra.ShellCompDirective) {
	kind, _, hasSlash := strings.Cut(toComplete, "/")
	if !hasSlash {
		return []string{"deploy/", "sts/", "svc/", "pod/"}, cobra.ShellCompDirectiveNoSpace
	}
	c, ctx, cancel, ok := completionCluster(cmd)
	if !ok {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer cancel()
	canon, ok := kube.CanonicalKind(kind)
	if !ok {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	names, err := c.Names(ctx, canon)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, kind+"/"+n)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func completeNamespaces(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
	c, ctx, cancel, ok := completionCluster(cmd)
	if !ok {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer cancel()
	l, err := c.Client.CoreV1().Namespaces().List(ctx, metav1.ListOptions{})
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	out := make([]string, 0, len(l.Items))
	for _, n := range l.Items {
		out = append(out, n.Name)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
