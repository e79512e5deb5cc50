package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// ranError marks an error that a command's own code returned (its RunE or a run hook), as
// opposed to one cobra returns before running anything because the command line is wrong:
// an unknown command or flag, a missing or extra argument, a required flag not set.
type ranError struct{ err error }

func (e *ranError) Error() string { return e.err.Error() }
func (e *ranError) Unwrap() error { return e.err }

// markRun wraps the run functions of c and of every command below it so that their errors
// carry ranError. Call it once the command tree is complete.
func markRun(c *cobra.Command) {
	for _, f := range []*func(*cobra.Command, []string) error{&c.PersistentPreRunE, &c.PreRunE, &c.RunE, &c.PostRunE, &c.PersistentPostRunE} {
		if run := *f; run != nil {
			*f = func(cmd *cobra.Command, args []string) error {
				if err := run(cmd, args); err != nil {
					return &ranError{err}
				}
				return nil
			}
		}
	}
	for _, sub := range c.Commands() {
		markRun(sub)
	}
}

// runCommandLine runs the command line and classifies what went wrong: an error cobra returned
// on its own is bad usage (exit code 2), with the command's help as the next step.
func runCommandLine(ctx context.Context, root *cobra.Command) error {
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil || errors.As(err, new(*ranError)) {
		return err
	}
	// cobra's messages may end in suggestions ("Did you mean this?\n\tstatus\n").
	msg := strings.TrimSpace(err.Error())
	next := fmt.Sprintf("usage: %s (%s --help explains)", cmd.UseLine(), cmd.CommandPath())
	if !cmd.Runnable() {
		next = fmt.Sprintf("%s --help lists the commands", cmd.CommandPath())
	}
	return userErr(errors.New(msg), next)
}
