package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/fs"
)

func newMountCmd(g *globalFlags) *cobra.Command {
	f := &targetFlags{}
	var rw bool
	cmd := &cobra.Command{
		Use:   "mount TARGET DIR",
		Short: "Mount the target container's file system at DIR until Ctrl-C",
		Long: `mount shows the target container's whole file system at DIR (read-only unless --rw)
and keeps it mounted until Ctrl-C or ` + "`kube-tun umount DIR`" + `. It needs FUSE: fusermount3
for a normal user, or root.

Absolute symbolic links in the mount point at this machine's paths; ` + "`kube-tun run`" + ` shows
the target's volumes at their own paths instead.`,
		Example: `  kube-tun mount deploy/api /tmp/api
  ls /tmp/api/etc/config`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			f.target = args[0]
			dir, err := filepath.Abs(args[1])
			if err != nil {
				return userErr(err, "")
			}
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				return userErr(fmt.Errorf("mount point %s is not a directory", dir), "create it first")
			}
			p := newProgress(os.Stderr)
			t, err := connectTarget(cmd.Context(), f, p, g.logger(nil))
			if err != nil {
				return err
			}
			defer t.Close()
			var m *fs.MountPoint
			if err := p.step("Mount", func() (string, error) {
				m, err = fs.Mount(cmd.Context(), t.dialFiles, dir, fs.MountOptions{ReadOnly: !rw}, debugf(g.logger(nil)))
				return dir, err
			}); err != nil {
				return userErr(err, "FUSE needs /dev/fuse and fusermount3 (package fuse3), or root")
			}
			p.printf("Mounted %s at %s; Ctrl-C unmounts.\n", f.target, dir)
			gone := make(chan struct{})
			// Ends with the mount; the process exits right after (a busy mount that Close
			// detached lazily lives on until its last user lets go).
			go func() { m.Wait(); close(gone) }()
			select {
			case <-cmd.Context().Done():
			case <-gone:
				p.printf("%s was unmounted.\n", dir)
			}
			if err := m.Close(); err != nil {
				return userErr(err, "close what uses the mount, then run `kube-tun umount "+dir+"`")
			}
			return nil
		},
	}
	fl := cmd.Flags()
	f.register(fl, false)
	f.kube.register(fl)
	fl.BoolVar(&rw, "rw", false, "mount read-write (writes go to the pod)")
	return cmd
}

func newUmountCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "umount DIR",
		Short: "Unmount a directory mounted by `kube-tun mount`",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := fs.Unmount(args[0]); err != nil {
				if errors.Is(err, fs.ErrNotKubeTun) {
					return userErr(err, "kube-tun umount only unmounts what `kube-tun mount` mounted; use umount(8) for anything else")
				}
				return userErr(err, "close what uses the mount and try again")
			}
			return nil
		},
	}
}
