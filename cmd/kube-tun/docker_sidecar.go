package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
)

// sidecarReady is printed by the sidecar once the tunnel (and the intercept) are usable.
const sidecarReady = "kube-tun sidecar ready"

// sidecarSep separates the `up` arguments from the optional steal/mirror arguments.
const sidecarSep = "+++"

// newDockerSidecarCmd is the sidecar container's entrypoint: it runs `kube-tun up
// --foreground` and, once connected, `kube-tun steal|mirror`, and on SIGTERM stops them in
// reverse order so that claims are released at once.
func newDockerSidecarCmd() *cobra.Command {
	return &cobra.Command{
		Use:                "sidecar UPARGS... [+++ INTERCEPTARGS...]",
		Hidden:             true,
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			var up, icpt []string
			for i, a := range args {
				if a == sidecarSep {
					up, icpt = args[:i], args[i+1:]
					break
				}
			}
			if up == nil {
				up = args
			}
			return runSidecar(cmd.Context(), cmd.OutOrStdout(), up, icpt)
		},
	}
}

// sidecarChild is one kube-tun process of the sidecar.
type sidecarChild struct {
	cmd   *exec.Cmd
	lines chan string
	done  chan struct{}
}

func startSidecarChild(out io.Writer, args []string) (*sidecarChild, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	c := &sidecarChild{cmd: exec.Command(exe, args...), lines: make(chan string, 64), done: make(chan struct{})}
	pr, pw := io.Pipe()
	c.cmd.Stdout, c.cmd.Stderr = pw, pw
	if err := c.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start kube-tun %s: %w", args[0], err)
	}
	go func() {
		defer close(c.lines)
		s := bufio.NewScanner(pr)
		for s.Scan() {
			fmt.Fprintln(out, s.Text())
			select {
			case c.lines <- s.Text():
			default:
			}
		}
	}()
	go func() {
		_ = c.cmd.Wait()
		pw.Close()
		close(c.done)
	}()
	return c, nil
}

// waitFor waits until the child printed want; false if it exited or ctx ended first.
func (c *sidecarChild) waitFor(ctx context.Context, want string) bool {
	for {
		select {
		case l, ok := <-c.lines:
			if !ok {
				return false
			}
			if strings.Contains(l, want) {
				return true
			}
		case <-ctx.Done():
			return false
		}
	}
}

func (c *sidecarChild) stop() {
	select {
	case <-c.done:
		return
	default:
	}
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(10 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.done
	}
	// Drain so the reader goroutine ends.
	for range c.lines {
	}
}

func runSidecar(ctx context.Context, out io.Writer, upArgs, icptArgs []string) error {
	up, err := startSidecarChild(out, upArgs)
	if err != nil {
		return err
	}
	defer up.stop()
	if !up.waitFor(ctx, "Connected to") {
		return errors.New("the tunnel did not come up")
	}
	var icpt *sidecarChild
	if len(icptArgs) > 0 {
		if icpt, err = startSidecarChild(out, icptArgs); err != nil {
			return err
		}
		defer icpt.stop()
		if !icpt.waitFor(ctx, "Ctrl-C to stop") {
			return fmt.Errorf("kube-tun %s did not start", icptArgs[0])
		}
	}
	fmt.Fprintln(out, sidecarReady)
	go func() {
		for range up.lines {
		}
	}()
	var icptDone <-chan struct{}
	if icpt != nil {
		go func() {
			for range icpt.lines {
			}
		}()
		icptDone = icpt.done
	}
	select {
	case <-ctx.Done():
		return nil
	case <-up.done:
		return errors.New("the tunnel session exited")
	case <-icptDone:
		return errors.New("the intercept session exited")
	}
}
