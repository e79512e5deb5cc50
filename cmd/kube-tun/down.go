package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/vishvananda/netlink"

	"github.com/kube-tun/kube-tun/dns"
)

func newDownCmd(g *globalFlags) *cobra.Command {
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "down",
		Short: "Disconnect this machine from the cluster",
		Long: `down ends the session started by "kube-tun up": it releases the session at the agent,
removes the routes, the TUN device and the DNS changes. If a session crashed, down repairs
what it left behind. The agent exits by itself once no client has used it for its idle
timeout.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDown(cmd.OutOrStdout(), timeout)
		},
	}
	cmd.Flags().DurationVar(&timeout, "timeout", 15*time.Second, "how long to wait for the session to stop")
	return cmd
}

func runDown(out io.Writer, timeout time.Duration) error {
	st, err := readState()
	if err != nil {
		return err
	}
	if st == nil {
		// Nothing recorded; still undo a crashed session's resolver change if one is left.
		if err := repairCrashed(&upState{}); err != nil {
			return err
		}
		fmt.Fprintln(out, "Not connected.")
		return nil
	}
	if os.Geteuid() != 0 {
		return userErr(errors.New("kube-tun down needs root"), "run it with sudo")
	}
	if alive(st.PID) {
		if err := syscall.Kill(st.PID, syscall.SIGTERM); err != nil {
			return fmt.Errorf("stop session (pid %d): %w", st.PID, err)
		}
		deadline := time.Now().Add(timeout)
		for alive(st.PID) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if alive(st.PID) {
			_ = syscall.Kill(st.PID, syscall.SIGKILL)
			fmt.Fprintf(out, "The session did not stop within %s and was killed; cleaning up after it.\n", timeout)
		}
	} else {
		fmt.Fprintf(out, "The session (pid %d) had already died; cleaning up after it.\n", st.PID)
	}
	if err := repairCrashed(st); err != nil {
		return err
	}
	fmt.Fprintln(out, "Disconnected.")
	return nil
}

// repairCrashed undoes what a session that could not clean up leaves behind: the resolver
// change, the TUN device (its routes go with it) and the state file. Safe to run always.
func repairCrashed(st *upState) error {
	var errs []error
	rc := &dns.ResolvConf{Path: "/etc/resolv.conf", Backup: stateDir() + "/resolv.conf.orig"}
	if err := rc.Restore(); err != nil {
		errs = append(errs, err)
	}
	if st.Tun != "" {
		if l, err := netlink.LinkByName(st.Tun); err == nil {
			if err := netlink.LinkDel(l); err != nil {
				errs = append(errs, fmt.Errorf("remove TUN device %s: %w", st.Tun, err))
			}
		}
	}
	if err := removeState(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
