package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/fs"
	"github.com/kube-tun/kube-tun/kube"
)

// defaultEnvExclude are variables of the target that describe its container rather than
// the app; a local process keeps its own.
var defaultEnvExclude = []string{"PATH", "HOME", "HOSTNAME"}

func registerEnvFlags(fl *pflag.FlagSet, include, exclude *[]string) {
	fl.StringSliceVar(include, "env-include", nil, "take only the target's variables matching these globs (e.g. 'DB_*')")
	fl.StringSliceVar(exclude, "env-exclude", defaultEnvExclude, "skip the target's variables matching these globs")
}

func newEnvCmd(g *globalFlags) *cobra.Command {
	f := &targetFlags{}
	var include, exclude []string
	var format string
	cmd := &cobra.Command{
		Use:   "env TARGET",
		Short: "Print the target container's environment (dotenv, json or sh)",
		Example: `  kube-tun env deploy/api > api.env
  eval "$(kube-tun env deploy/api -o sh)"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "dotenv" && format != "json" && format != "sh" {
				return userErr(fmt.Errorf("-o %q", format), "use -o dotenv, json or sh")
			}
			f.target = args[0]
			t, err := connectTarget(cmd.Context(), f, newProgress(os.Stderr), g.logger(nil))
			if err != nil {
				return err
			}
			defer t.Close()
			env, err := t.env(cmd.Context())
			if err != nil {
				return clusterErr(err, "run with -v for details")
			}
			out, err := fs.FormatEnv(fs.FilterEnv(env, include, exclude, nil), format)
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(out)
			return err
		},
	}
	fl := cmd.Flags()
	f.register(fl, false)
	f.kube.register(fl)
	registerEnvFlags(fl, &include, &exclude)
	fl.StringVarP(&format, "output", "o", "dotenv", "output format: dotenv, json or sh")
	return cmd
}

// targetFlags select a target and its agent.
type targetFlags struct {
	kube       kubeFlags
	target     string
	container  string
	pod        string
	agentImage string
	name       string
	timeout    time.Duration
	transport  string // "" is auto
	// existingAgent: use the agent that runs in the pod, never add one (status --agent);
	// connectTarget fails with errNoTargetAgent if there is none.
	existingAgent bool
}

// errNoTargetAgent: the target's pod has no kube-tun agent, and none was to be added.
var errNoTargetAgent = errors.New("no kube-tun agent runs in the pod")

func (f *targetFlags) register(fl *pflag.FlagSet, withTarget bool) {
	if withTarget {
		fl.StringVar(&f.target, "target", "", "the workload: deploy/NAME, sts/NAME, svc/NAME or pod/NAME")
	}
	fl.StringVar(&f.container, "container", "", "target container (default: the pod's default container)")
	fl.StringVar(&f.pod, "pod", "", "which pod of the target (default: the first ready one)")
	fl.StringVar(&f.agentImage, "agent-image", defaultAgentImage(), "agent container image")
	fl.StringVar(&f.name, "name", defaultName(), "your name, shown to other developers sharing the agent")
	fl.DurationVar(&f.timeout, "timeout", 90*time.Second, "give up connecting after this long")
	fl.StringVar(&f.transport, "transport", "auto", transportHelp)
}

// targetConn is a userspace session with the agent in one target pod.
type targetConn struct {
	pod     kube.PodRef
	podSpec *corev1.Pod
	cidrs   []netip.Prefix
	link    agentLink
	sess    *client.Session
}

// connectTarget resolves the target, adds the agent to its pod and connects a userspace
// session (no root needed).
func connectTarget(ctx context.Context, f *targetFlags, p *progress, log *slog.Logger) (_ *targetConn, err error) {
	if f.target == "" {
		return nil, userErr(fmt.Errorf("no target"), "pass --target deploy/NAME (or sts/, svc/, pod/)")
	}
	cctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	t := &targetConn{}
	defer func() {
		if err != nil {
			t.Close()
		}
	}()
	var c *kube.Cluster
	if err := p.step("Load kubeconfig", func() (string, error) {
		c, err = f.kube.load()
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("context %q, namespace %q", c.Context, c.Namespace), nil
	}); err != nil {
		return nil, err
	}
	if err := p.step("Resolve target", func() (string, error) {
		tg, err := c.ResolveTarget(cctx, f.target, f.container)
		if err != nil {
			return "", err
		}
		if len(tg.Pods) == 0 {
			return "", fmt.Errorf("%s has no ready pod", tg)
		}
		t.pod = tg.Pods[0]
		if f.pod != "" {
			found := false
			for _, pr := range tg.Pods {
				if pr.Name == f.pod {
					t.pod, found = pr, true
				}
			}
			if !found {
				names := make([]string, len(tg.Pods))
				for i, pr := range tg.Pods {
					names[i] = pr.Name
				}
				return "", &kube.TargetError{Problem: fmt.Sprintf("pod %s is not a ready pod of %s (its ready pods: %s)", f.pod, tg, strings.Join(names, ", "))}
			}
		}
		t.podSpec, err = c.Client.CoreV1().Pods(t.pod.Namespace).Get(cctx, t.pod.Name, metav1.GetOptions{})
		if err != nil {
			return "", fmt.Errorf("read pod %s: %w", t.pod.Name, err)
		}
		if t.pod.Container == "" && len(t.podSpec.Spec.Containers) > 0 {
			t.pod.Container = t.podSpec.Spec.Containers[0].Name
		}
		return fmt.Sprintf("%s, pod %s, container %s", tg, t.pod.Name, t.pod.Container), nil
	}); err != nil {
		return nil, kubeAdvice(err)
	}
	if err := p.step("Discover cluster CIDRs", func() (string, error) {
		pods, svcs, err := c.DiscoverCIDRs(cctx)
		t.cidrs = append(pods, svcs...)
		return joinPrefixes(t.cidrs), err
	}); err != nil {
		return nil, kubeAdvice(err)
	}
	if f.existingAgent {
		var name string
		if err := p.step("Find agent", func() (string, error) {
			name, err = c.RunningTargetAgent(cctx, t.pod, targetAgentSpec(f.agentImage, 5*time.Minute))
			if name == "" {
				return "none", err
			}
			return "container " + name, err
		}); err != nil {
			return nil, kubeAdvice(err)
		}
		if name == "" {
			return nil, errNoTargetAgent
		}
	} else if err := p.step("Start agent", func() (string, error) {
		name, err := c.EnsureTargetAgent(cctx, t.pod, targetAgentSpec(f.agentImage, 5*time.Minute))
		return "container " + name, err
	}); err != nil {
		return nil, kubeAdvice(err)
	}
	if err := p.step("Open port-forward", func() (string, error) {
		if t.link, err = kubeLink(cctx, c, t.pod); err != nil {
			return "", err
		}
		awaitAgent(cctx, t.link, log)
		return "", nil
	}); err != nil {
		return nil, kubeAdvice(err)
	}
	if err := p.step("Connect tunnel", func() (string, error) {
		transport := f.transport
		if transport == "" {
			transport = "auto"
		}
		var skipped []string
		t.sess, skipped, err = connectSession(cctx, &upFlags{transport: transport, name: f.name}, t.link, nil, true, log)
		if err != nil {
			return "", err
		}
		return connectedMsg("userspace", t.sess, skipped), nil
	}); err != nil {
		return nil, clusterErr(err, "run with -v for details")
	}
	return t, nil
}

// Close ends the session (the agent releases it) and the port-forward. Idempotent.
func (t *targetConn) Close() {
	if t.sess != nil {
		_ = t.sess.Close()
		t.sess = nil
	}
	if t.link.closer != nil {
		_ = t.link.closer()
		t.link.closer = nil
	}
}

// env reads the target container's environment from the agent.
func (t *targetConn) env(ctx context.Context) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.sess.ControlURL()+"/v1/env", nil)
	if err != nil {
		return nil, err
	}
	resp, err := t.sess.Control().Do(req)
	if err != nil {
		return nil, fmt.Errorf("ask the agent for the environment: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e api.Error
		_ = json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&e)
		return nil, fmt.Errorf("ask the agent for the environment: %s: %s", resp.Status, e.Error)
	}
	var out api.Env
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("decode the environment: %w", err)
	}
	return out.Env, nil
}

// dialFiles reaches the agent's file server through the tunnel.
func (t *targetConn) dialFiles(ctx context.Context) (net.Conn, error) {
	return t.sess.Dial(ctx, "tcp", netip.AddrPortFrom(api.AgentAddr, api.FilesPort).String())
}
