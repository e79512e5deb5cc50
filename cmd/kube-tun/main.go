// Command kube-tun runs local code in the context of a Kubernetes cluster: cluster
// networking and DNS through a WireGuard tunnel, incoming traffic mirrored or stolen from a
// target workload, and the target's environment and files. The same binary is the agent.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/kube-tun/kube-tun/tun"
)

func main() {
	tun.TuneRuntime() // first: it may re-execute the process (see tun.Procs, tun/sysmon_linux.go)
	ctx, stop := signalContext(os.Interrupt, syscall.SIGTERM)
	err := runCommandLine(ctx, newRootCmd())
	cause := context.Cause(ctx)
	stop()
	if err == nil {
		return
	}
	ee := (*exitError)(nil)
	quiet := errors.As(err, &ee) && ee.quiet
	// A command that a signal cut short: what it failed at is the signal's doing. (run's
	// CMD has its own exit code, and steal, mirror and the like end normally on Ctrl-C.)
	if sig := (*interrupted)(nil); !quiet && errors.As(cause, &sig) {
		fmt.Fprintf(os.Stderr, "Interrupted (%s).\n", sig.name())
		os.Exit(sig.exitCode())
	}
	if !quiet {
		fmt.Fprintln(os.Stderr, formatError(err))
	}
	os.Exit(exitCode(err))
}

// exitError carries an exit code chosen by a command.
type exitError struct {
	code int
	err  error
	// quiet: the code is the user's command's own, which said what went wrong; kube-tun
	// adds nothing (as run does).
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ue *userError
	if errors.As(err, &ue) {
		return ue.code()
	}
	return 1
}
