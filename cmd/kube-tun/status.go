package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

func newStatusCmd(g *globalFlags) *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show whether this machine is connected, and how",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := readState()
			if err != nil {
				return err
			}
			if st != nil && !alive(st.PID) {
				st.Phase = "dead (run `kube-tun down` to clean up, or `kube-tun up` again)"
			}
			return printStatus(cmd.OutOrStdout(), st, output)
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "text", "output format: text, json or yaml")
	return cmd
}

func printStatus(w io.Writer, st *upState, output string) error {
	switch output {
	case "json", "yaml":
		v := any(map[string]any{"connected": false})
		if st != nil {
			v = struct {
				Connected bool `json:"connected"`
				*upState
			}{st.Phase == "connected", st}
		}
		_, err := writeStructured(w, v, output)
		return err
	case "text", "":
	default:
		return userErr(fmt.Errorf("unknown output format %q", output), "use -o text, json or yaml")
	}
	if st == nil {
		fmt.Fprintln(w, "Not connected. Run `sudo kube-tun up` to connect.")
		return nil
	}
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "  %-12s %s\n", k+":", v)
		}
	}
	fmt.Fprintf(w, "Status: %s\n", st.Phase)
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
	return nil
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
