package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/agent/api"
)

func newStatusCmd(g *globalFlags) *cobra.Command {
	var output string
	tf := &targetFlags{}
	cmd := &cobra.Command{
		Use:   "status [--agent TARGET]",
		Short: "Show this machine's kube-tun sessions, or who holds which rules on an agent",
		Long: `status shows the "kube-tun up" connection of this machine (network namespace) and every
other running kube-tun session (steal, mirror, run, port-forward, docker, ci) with its
target, rules and traffic.

With --agent TARGET it asks the agent in the target's pod who is connected and who holds
which rules (names only, never keys or secrets).`,
		Example: `  kube-tun status
  kube-tun status -o json
  kube-tun status --agent deploy/api`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch output {
			case "text", "", "json", "yaml":
			default:
				return userErr(fmt.Errorf("unknown output format %q", output), "use -o text, json or yaml")
			}
			if tf.target != "" {
				return agentStatus(cmd.Context(), g, tf, output, cmd.OutOrStdout())
			}
			st, err := readState()
			if err != nil {
				return err
			}
			if st != nil && !alive(st.PID) {
				st.Phase = "dead (run `kube-tun down` to clean up, or `kube-tun up` again)"
			}
			return printStatus(cmd.OutOrStdout(), st, listSessions(), output)
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "text", "output format: text, json or yaml")
	cmd.Flags().StringVar(&tf.target, "agent", "", "show the agent of this target instead: deploy/NAME, sts/NAME, svc/NAME or pod/NAME")
	tf.register(cmd.Flags(), false)
	tf.kube.register(cmd.Flags())
	return cmd
}

func printStatus(w io.Writer, st *upState, others []sessionRecord, output string) error {
	if output == "json" || output == "yaml" {
		// The up session's fields stay at the top level (scripts read .connected, .pid,
		// .transport); the other sessions are listed under "sessions".
		v := struct {
			Connected bool `json:"connected"`
			*upState
			Sessions []sessionRecord `json:"sessions"`
		}{st != nil && st.Phase == "connected", st, others}
		if v.Sessions == nil {
			v.Sessions = []sessionRecord{}
		}
		_, err := writeStructured(w, v, output)
		return err
	}
	if st == nil {
		fmt.Fprintln(w, "Not connected. Run `sudo kube-tun up` to connect.")
	} else {
		printUp(w, st)
	}
	if len(others) > 0 {
		fmt.Fprintf(w, "\nOther sessions:\n")
		for _, s := range others {
			fmt.Fprintf(w, "  %-12s %-24s pid %-7d since %s, %s received, %s sent\n", s.Kind, orDefault(s.Target, "-"),
				s.PID, s.Started.Format(time.RFC3339), humanBytes(s.RxBytes), humanBytes(s.TxBytes))
			for _, r := range s.Rules {
				fmt.Fprintf(w, "  %-12s   %s\n", "", r)
			}
		}
	}
	return nil
}

func printUp(w io.Writer, st *upState) {
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-12s %s\n", k+":", v)
		}
	}
	fmt.Fprintf(w, "Status: %s\n", st.Phase)
	if !st.NoAnswerSince.IsZero() {
		row("Link", fmt.Sprintf("no answer from the agent for %s: reconnecting (traffic to the cluster waits)", time.Since(st.NoAnswerSince).Round(time.Second)))
	}
	row("Context", st.Context)
	row("Namespace", st.Namespace)
	row("Server", st.Server)
	row("Agent", strings.TrimSpace(st.AgentPod+" "+versionNote(st.Agent)))
	row("Transport", st.Transport)
	row("TUN", fmt.Sprintf("%s, address %s", st.Tun, st.ClientAddr))
	row("CIDRs", strings.Join(st.CIDRs, ", "))
	row("DNS", strings.TrimSpace(st.DNS.Mode+" "+strings.Join(st.DNS.Search, " ")))
	row("Traffic", fmt.Sprintf("%s received, %s sent", humanBytes(st.Stats.RxBytes), humanBytes(st.Stats.TxBytes)))
	if !st.Stats.LastHandshake.IsZero() {
		row("Handshake", time.Since(st.Stats.LastHandshake).Round(time.Second).String()+" ago")
	}
	row("Since", st.Started.Format(time.RFC3339))
	row("PID", fmt.Sprint(st.PID))
	row("Log", st.Log)
}

// agentStatus connects to the agent in the target's pod and prints its sessions and claims.
func agentStatus(ctx context.Context, g *globalFlags, tf *targetFlags, output string, w io.Writer) error {
	quiet := newProgress(io.Discard)
	if output == "text" || output == "" {
		quiet = newProgress(w)
	}
	tf.existingAgent = true // a status query must not add an agent to the pod
	t, err := connectTarget(ctx, tf, quiet, g.logger(nil))
	if errors.Is(err, errNoTargetAgent) {
		none := api.Status{Sessions: []api.Session{}, Claims: []api.ClaimState{}}
		if done, err := writeStructured(w, none, output); done {
			return err
		}
		fmt.Fprintf(w, "\nNo kube-tun agent runs in the pod of %s: nobody mirrors or steals its traffic.\n", tf.target)
		return nil
	}
	if err != nil {
		return err
	}
	defer t.Close()
	st, err := t.sess.AgentStatus(ctx)
	if err != nil {
		return clusterErr(fmt.Errorf("ask the agent in %s: %w", t.pod.Name, err), "run with -v for details")
	}
	if done, err := writeStructured(w, st, output); done {
		return err
	}
	printAgentStatus(w, t.pod.Name, st)
	return nil
}

func printAgentStatus(w io.Writer, pod string, st api.Status) {
	fmt.Fprintf(w, "\nAgent in pod %s: version %s, up %s\n", pod, st.Version, st.Uptime)
	fmt.Fprintf(w, "Sessions:\n")
	for _, s := range st.Sessions {
		you := ""
		if s.You {
			you = " (this status query)"
		}
		fmt.Fprintf(w, "  %-28s %-14s last seen %s%s\n", s.Name, s.Addr, s.LastSeen, you)
	}
	fmt.Fprintf(w, "Rules:\n")
	if len(st.Claims) == 0 {
		fmt.Fprintf(w, "  none: the pod serves all its own traffic\n")
	}
	for _, c := range st.Claims {
		fmt.Fprintf(w, "  %-28s %s port %d%s\n", c.Owner, c.Mode, c.Port, describeFilter(c.Claim))
	}
}

func versionNote(v string) string {
	if v == "" {
		return ""
	}
	return "(version " + v + ")"
}

func humanBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
