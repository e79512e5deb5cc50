package main

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"
)

// sidecarImage is the local image of this binary that runs the Docker sidecar.
const sidecarImage = "local/kube-tun:dev"

// imageLabel carries the binary's digest, so a rebuilt binary rebuilds the image.
const imageLabel = "io.kube-tun.binary-sha256"

func newDockerImageCmd() *cobra.Command {
	var name string
	cmd := &cobra.Command{
		Use:   "image",
		Short: "Build the kube-tun image from this binary into the local Docker engine",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			detail, err := ensureSidecarImage(cmd.Context(), name)
			if err != nil {
				return dockerAdvice(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", name, detail)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", sidecarImage, "image name")
	return cmd
}

// ensureSidecarImage builds name from this (static) binary, FROM scratch, unless the engine
// already has it for the same binary.
func ensureSidecarImage(ctx context.Context, name string) (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("find kube-tun binary: %w", err)
	}
	bin, err := os.ReadFile(exe)
	if err != nil {
		return "", fmt.Errorf("read kube-tun binary: %w", err)
	}
	if err := dockerEngine(ctx); err != nil {
		return "", err
	}
	sum := sha256.Sum256(bin)
	digest := hex.EncodeToString(sum[:])
	have, _ := exec.CommandContext(ctx, "docker", "image", "inspect", "-f", "{{.Id}} {{index .Config.Labels \""+imageLabel+"\"}}", name).Output()
	oldID, oldDigest, _ := strings.Cut(strings.TrimSpace(string(have)), " ")
	if oldDigest == digest {
		return "present", nil
	}
	var ctxTar bytes.Buffer
	tw := tar.NewWriter(&ctxTar)
	dockerfile := fmt.Sprintf("FROM scratch\nCOPY kube-tun /kube-tun\nCOPY tmp /tmp\nLABEL %s=%s\nENTRYPOINT [\"/kube-tun\"]\n", imageLabel, digest)
	for _, e := range []struct {
		name string
		mode int64
		data []byte
		dir  bool
	}{{"Dockerfile", 0o644, []byte(dockerfile), false}, {"tmp/", 0o1777, nil, true}, {"kube-tun", 0o755, bin, false}} {
		h := &tar.Header{Name: e.name, Mode: e.mode, Size: int64(len(e.data)), Typeflag: tar.TypeReg}
		if e.dir {
			h.Typeflag, h.Size = tar.TypeDir, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			return "", err
		}
		if _, err := tw.Write(e.data); err != nil {
			return "", err
		}
	}
	if err := tw.Close(); err != nil {
		return "", err
	}
	c := exec.CommandContext(ctx, "docker", "build", "-q", "-t", name, "-")
	c.Stdin = &ctxTar
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, io.MultiWriter(&out)
	if err := c.Run(); err != nil {
		return "", fmt.Errorf("docker build %s: %v: %s", name, err, strings.TrimSpace(out.String()))
	}
	if oldDigest != "" {
		// The image of an earlier kube-tun binary, untagged now: remove it rather than
		// leave 80 MB behind per upgrade. Docker refuses while a container uses it.
		_ = exec.CommandContext(ctx, "docker", "image", "rm", oldID).Run()
	}
	return "built from " + exe, nil
}

// errNoDocker: the docker command is not installed.
var errNoDocker = errors.New("no docker command")

// dockerAdvice says what to do after a Docker step failed: install Docker, or start its
// engine.
func dockerAdvice(err error) error {
	if errors.Is(err, errNoDocker) {
		return userErr(err, "install Docker (Debian: apt install docker.io)")
	}
	return userErr(err, "start the Docker engine (sudo systemctl start docker) or point DOCKER_HOST at one; in this repository, hack/docker.sh up starts one")
}

// dockerEngine checks that the docker CLI is installed and its engine answers.
func dockerEngine(ctx context.Context) error {
	out, err := exec.CommandContext(ctx, "docker", "version", "--format", "{{.Server.Version}}").CombinedOutput()
	switch {
	case errors.Is(err, exec.ErrNotFound):
		return errNoDocker
	case err != nil:
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		return fmt.Errorf("the Docker engine does not answer: %s", lines[len(lines)-1])
	}
	return nil
}
