package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/fs"
)

type dockerFlags struct {
	kube       kubeFlags
	target     string
	container  string
	agentImage string
	transport  string
	name       string
	timeout    time.Duration
	steal      string
	mirror     string
	headers    []string
	path       string
	method     string
	include    []string
	exclude    []string
	files      string
	image      string
}

func newDockerCmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "docker",
		Short: "Run a Docker container in the context of the cluster",
	}
	cmd.AddCommand(newDockerRunCmd(g), newDockerImageCmd(), newDockerSidecarCmd())
	return cmd
}

func newDockerRunCmd(g *globalFlags) *cobra.Command {
	f := &dockerFlags{}
	cmd := &cobra.Command{
		Use:   "run [--target T [--steal|--mirror PORT[:LOCAL] -H ...]] -- [docker run options] IMAGE [CMD...]",
		Short: "Run a container connected to the cluster, with a target's env, files and traffic",
		Long: `docker run starts a kube-tun sidecar container that holds the tunnel in its own network
namespace (NET_ADMIN and /dev/net/tun only, no host networking), waits until it is
connected, then runs your container in that namespace: cluster names, pod IPs and
ClusterIPs work from it, with --target it gets the target's environment and volume paths
(ConfigMaps, Secrets, read-only), and with --steal/--mirror the target's traffic reaches
LOCAL inside it. -p options are published on the sidecar, so they keep working. Ctrl-C
(or your container's exit) removes both containers.

The kube-tun image is built from this binary into the local engine on first use
(or with "kube-tun docker image"); no registry is needed.`,
		Example: `  kube-tun docker run -- --rm -it alpine sh
  kube-tun docker run --target deploy/api --steal 8080 -H 'X-User: me' -- -p 8080:8080 my-api:dev`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.ArgsLenAtDash() != 0 {
				return userErr(errors.New("put the docker run arguments after --"), "kube-tun docker run [flags] -- [docker options] IMAGE [CMD]")
			}
			return runDocker(cmd.Context(), g, f, args, cmd.OutOrStdout())
		},
	}
	fl := cmd.Flags()
	f.kube.register(fl)
	fl.StringVar(&f.target, "target", "", "workload whose env, files and traffic the container gets")
	fl.StringVarP(&f.container, "container", "c", "", "container of the target pods (default: the first)")
	fl.StringVar(&f.agentImage, "agent-image", defaultAgentImage(), "agent container image (in the cluster)")
	fl.StringVar(&f.transport, "transport", "auto", "how the sidecar's WireGuard reaches the agent: auto (as for up: the pod IP if the container reaches it, else the API server's pod proxy, else a port-forward), udp, tcp, apiproxy or portforward")
	fl.StringVar(&f.name, "name", defaultName(), "your name, shown to other developers")
	fl.DurationVar(&f.timeout, "timeout", 2*time.Minute, "give up connecting after this long")
	fl.StringVar(&f.steal, "steal", "", "steal the target's PORT[:LOCAL] to the container")
	fl.StringVar(&f.mirror, "mirror", "", "mirror the target's PORT[:LOCAL] to the container")
	fl.StringArrayVarP(&f.headers, "header", "H", nil, `with --steal: only requests with this header, "Name: regexp"`)
	fl.StringVar(&f.path, "path", "", "with --steal: only requests whose path matches")
	fl.StringVar(&f.method, "method", "", "with --steal: only requests whose method matches")
	fl.StringVar(&f.files, "files", "ro", "the target's volume paths in the container: ro or off")
	fl.StringVar(&f.image, "sidecar-image", sidecarImage, "the kube-tun image for the sidecar (built on first use)")
	registerEnvFlags(fl, &f.include, &f.exclude)
	return cmd
}

func (f *dockerFlags) kubeconfigPath() (string, error) {
	p := f.kube.kubeconfig
	if p == "" {
		p, _, _ = strings.Cut(os.Getenv("KUBECONFIG"), ":")
	}
	if p == "" {
		home, _ := os.UserHomeDir()
		p = filepath.Join(home, ".kube", "config")
	}
	p, err := filepath.Abs(p)
	if err == nil {
		_, err = os.Stat(p)
	}
	if err != nil {
		return "", configErr(fmt.Errorf("kubeconfig: %w", err), "pass --kubeconfig FILE")
	}
	return p, nil
}

// dockerSession is everything one `docker run` created, removed by close.
type dockerSession struct {
	out     io.Writer
	sidecar string
	app     string
	tc      *targetConn
	mnt     *fs.MountPoint
	tmp     string
}

func (s *dockerSession) close() {
	if s.app != "" {
		_ = exec.Command("docker", "rm", "-f", s.app).Run()
	}
	if s.sidecar != "" {
		// SIGTERM first: the sidecar releases its claims and the agent session at once.
		_ = exec.Command("docker", "stop", "-t", "15", s.sidecar).Run()
		if err := exec.Command("docker", "rm", "-f", s.sidecar).Run(); err == nil {
			fmt.Fprintf(s.out, "✓ Removed the sidecar %s\n", s.sidecar)
		}
		s.sidecar = ""
	}
	if s.mnt != nil {
		_ = s.mnt.Close()
		s.mnt = nil
	}
	if s.tc != nil {
		s.tc.Close()
		s.tc = nil
	}
	if s.tmp != "" {
		_ = os.Remove(filepath.Join(s.tmp, "root"))
		_ = os.RemoveAll(s.tmp)
		s.tmp = ""
	}
}

func randomSuffix() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func runDocker(ctx context.Context, g *globalFlags, f *dockerFlags, args []string, out io.Writer) error {
	ua, err := splitDockerArgs(args)
	if err != nil {
		return userErr(err, "kube-tun docker run [flags] -- [docker options] IMAGE [CMD]")
	}
	if f.steal != "" && f.mirror != "" || (f.steal != "" || f.mirror != "") && f.target == "" {
		return userErr(errors.New("use one of --steal/--mirror, with --target"), "")
	}
	if f.files != "ro" && f.files != "off" {
		return userErr(fmt.Errorf("--files %q", f.files), "use ro or off")
	}
	kc, err := f.kubeconfigPath()
	if err != nil {
		return err
	}
	if _, err := f.kube.load(); err != nil {
		return err
	}
	p := newProgress(out)
	if err := p.step("Docker image "+f.image, func() (string, error) {
		return ensureSidecarImage(ctx, f.image)
	}); err != nil {
		return dockerAdvice(err)
	}
	s := &dockerSession{out: out}
	defer s.close()
	id := randomSuffix()

	var env []string
	var mounts []string
	if f.target != "" {
		tf := &targetFlags{kube: f.kube, target: f.target, container: f.container, agentImage: f.agentImage, name: f.name, timeout: f.timeout, transport: f.transport}
		if s.tc, err = connectTarget(ctx, tf, p, g.logger(nil)); err != nil {
			return err
		}
		if err := p.step("Read the target's environment", func() (string, error) {
			e, err := s.tc.env(ctx)
			env = fs.FilterEnv(e, f.include, f.exclude, nil)
			return fmt.Sprintf("%d variables", len(env)), err
		}); err != nil {
			return clusterErr(err, "run with -v for details")
		}
		if f.files == "ro" {
			if err := p.step("Mount the target's volume paths", func() (string, error) {
				mounts, err = s.mountTarget(ctx, g)
				return strings.Join(mounts, ", "), err
			}); err != nil {
				fmt.Fprintf(out, "  (continuing without the target's files: %v)\n", err)
				mounts = nil
			}
		}
	}

	s.sidecar = "kube-tun-" + id
	scArgs := []string{"run", "-d", "--name", s.sidecar, "--label", "kube-tun=sidecar",
		"--cap-add", "NET_ADMIN", "--device", "/dev/net/tun",
		"-v", kc + ":/kubeconfig:ro", "-e", "USER=" + f.name}
	for _, pub := range ua.publish {
		scArgs = append(scArgs, "-p", pub)
	}
	kargs := []string{"--kubeconfig", "/kubeconfig"}
	if f.kube.context != "" {
		kargs = append(kargs, "--context", f.kube.context)
	}
	if f.kube.namespace != "" {
		kargs = append(kargs, "-n", f.kube.namespace)
	}
	scArgs = append(scArgs, f.image, "docker", "sidecar", "up", "--foreground",
		"--agent-image", f.agentImage, "--transport", f.transport, "--name", f.name, "--timeout", f.timeout.String())
	scArgs = append(scArgs, kargs...)
	if port, mode := (&ciFlags{steal: f.steal, mirror: f.mirror}).interceptPort(); port != "" {
		scArgs = append(scArgs, sidecarSep)
		scArgs = append(scArgs, interceptArgs(mode, f.target, port, f.name, f.agentImage, f.container, f.headers, f.path, f.method)...)
		scArgs = append(scArgs, kargs...)
	}
	if err := p.step("Start the sidecar "+s.sidecar, func() (string, error) {
		if b, err := exec.CommandContext(ctx, "docker", scArgs...).CombinedOutput(); err != nil {
			return "", fmt.Errorf("docker run: %v: %s", err, strings.TrimSpace(string(b)))
		}
		return "", waitSidecar(ctx, s.sidecar, f.timeout+10*time.Second)
	}); err != nil {
		logs, _ := exec.Command("docker", "logs", s.sidecar).CombinedOutput()
		fmt.Fprintf(out, "Sidecar log:\n%s", logs)
		return clusterErr(err, "see the sidecar's log above")
	}
	fmt.Fprintf(out, "Connected: the container shares %s's network; Ctrl-C removes both.\n", s.sidecar)

	s.app = s.sidecar + "-app"
	appArgs := []string{"run", "--rm", "--name", s.app, "--network", "container:" + s.sidecar}
	childEnv := os.Environ()
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "DOCKER_") {
			continue // would reconfigure the docker client itself
		}
		appArgs = append(appArgs, "-e", k)
		childEnv = append(childEnv, kv)
	}
	for _, m := range mounts {
		appArgs = append(appArgs, "-v", filepath.Join(s.tmp, "root", m)+":"+m+":ro")
	}
	appArgs = append(appArgs, ua.options...)
	appArgs = append(appArgs, ua.image)
	appArgs = append(appArgs, ua.command...)
	c := exec.Command("docker", appArgs...)
	c.Env = childEnv
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, out, os.Stderr
	if err := c.Start(); err != nil {
		return fmt.Errorf("docker run: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err = <-done:
	case <-ctx.Done():
		_ = exec.Command("docker", "rm", "-f", s.app).Run()
		err = <-done
		s.app = ""
		return nil
	}
	s.app = ""
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() > 0 {
		return &exitError{code: ee.ExitCode(), err: fmt.Errorf("the container exited with %d", ee.ExitCode()), quiet: true}
	}
	return err
}

// waitSidecar waits until the sidecar printed sidecarReady, failing if it stops first.
func waitSidecar(ctx context.Context, name string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		b, _ := exec.CommandContext(ctx, "docker", "logs", name).CombinedOutput()
		if strings.Contains(string(b), sidecarReady) {
			return nil
		}
		st, _ := exec.CommandContext(ctx, "docker", "inspect", "-f", "{{.State.Running}}", name).Output()
		if strings.TrimSpace(string(st)) != "true" {
			return errors.New("the sidecar stopped")
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("the sidecar was not connected within %s", timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// mountTarget mounts the target's file system on the host (FUSE) and returns the volume
// paths to bind into the container.
func (s *dockerSession) mountTarget(ctx context.Context, g *globalFlags) ([]string, error) {
	tmp, err := os.MkdirTemp("", "kube-tun-docker-")
	if err != nil {
		return nil, err
	}
	s.tmp = tmp
	dir := filepath.Join(tmp, "root")
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil, err
	}
	s.mnt, err = fs.Mount(ctx, s.tc.dialFiles, dir, fs.MountOptions{ReadOnly: true}, debugf(g.logger(nil)))
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, p := range volumePaths(s.tc.podSpec, s.tc.pod.Container, nil, nil) {
		if fi, err := os.Stat(filepath.Join(dir, p)); err == nil && fi.IsDir() {
			paths = append(paths, p)
		}
	}
	return paths, nil
}
