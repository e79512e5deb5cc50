package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/agent/intercept"
	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/kube"
)

// interceptFlags are shared by steal and mirror.
type interceptFlags struct {
	kube        kubeFlags
	port        string
	headers     []string
	path        string
	method      string
	container   string
	agentImage  string
	transport   string
	name        string
	idleTimeout time.Duration
}

func (f *interceptFlags) register(cmd *cobra.Command, filters bool) {
	fl := cmd.Flags()
	f.kube.register(fl)
	fl.StringVarP(&f.port, "port", "p", "", "target port, and optionally the local port: 8080 or 8080:3000")
	fl.StringVarP(&f.container, "container", "c", "", "container of the target pods (default: the first)")
	fl.StringVar(&f.agentImage, "agent-image", defaultAgentImage(), "agent container image")
	fl.StringVar(&f.transport, "transport", "auto", transportHelp)
	fl.StringVar(&f.name, "name", defaultName(), "your name, shown to other developers")
	fl.DurationVar(&f.idleTimeout, "agent-idle-timeout", 5*time.Minute, "the agent exits after this long without any client")
	if filters {
		fl.StringArrayVarP(&f.headers, "header", "H", nil, `steal only requests with this header, "Name: regexp" (repeatable, all must match)`)
		fl.StringVar(&f.path, "path", "", "steal only requests whose path matches this regexp")
		fl.StringVar(&f.method, "method", "", "steal only requests whose method matches this regexp")
	}
	_ = cmd.MarkFlagRequired("port")
}

func newStealCmd(g *globalFlags) *cobra.Command {
	f := &interceptFlags{}
	cmd := &cobra.Command{
		Use:   "steal TARGET --port PORT[:LOCAL]",
		Short: "Send a target's incoming traffic to a local process instead of the pods",
		Long: `steal redirects incoming connections of TARGET's PORT to LOCAL on this machine.

Without filters every connection goes to you, and nobody else can steal the port. With
--header, --path or --method only matching HTTP requests (HTTP/1.1, HTTP/2 and gRPC, per
request) come to you; everything else still reaches the pods, so many developers can share
one target, each with their own filter. Every ready pod of the target is covered.

TARGET is pod/NAME, deploy/NAME, sts/NAME or svc/NAME. No root is needed. Ctrl-C gives the
traffic back at once; if kube-tun dies, the agent gives it back within 10 seconds.`,
		Example: `  kube-tun steal deploy/api --port 8080                      # everything to localhost:8080
  kube-tun steal deploy/api --port 8080:3000 -H 'X-User: alice' # only alice's requests, to :3000
  kube-tun steal svc/api -p 80 --path '^/v2/' --method 'GET|HEAD'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIntercept(cmd.Context(), g, f, args[0], "steal", cmd.OutOrStdout())
		},
	}
	f.register(cmd, true)
	return cmd
}

func newMirrorCmd(g *globalFlags) *cobra.Command {
	f := &interceptFlags{}
	cmd := &cobra.Command{
		Use:   "mirror TARGET --port PORT[:LOCAL]",
		Short: "Send a copy of a target's incoming traffic to a local process",
		Long: `mirror gives LOCAL on this machine a copy of every connection to TARGET's PORT. The
pods still get every connection and answer it; your process's answers are discarded, and a
slow or stopped local process never slows the pods.`,
		Example: `  kube-tun mirror deploy/api --port 8080`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIntercept(cmd.Context(), g, f, args[0], "mirror", cmd.OutOrStdout())
		},
	}
	f.register(cmd, false)
	return cmd
}

func parsePortPair(s string) (remote, local uint16, err error) {
	r, l, found := strings.Cut(s, ":")
	rp, err := strconv.ParseUint(r, 10, 16)
	if err != nil || rp == 0 {
		return 0, 0, fmt.Errorf("bad port %q", s)
	}
	lp := rp
	if found {
		if lp, err = strconv.ParseUint(l, 10, 16); err != nil || lp == 0 {
			return 0, 0, fmt.Errorf("bad local port %q", s)
		}
	}
	return uint16(rp), uint16(lp), nil
}

func (f *interceptFlags) claim(mode string) (api.Claim, error) {
	remote, local, err := parsePortPair(f.port)
	if err != nil {
		return api.Claim{}, err
	}
	c := api.Claim{Port: remote, LocalPort: local, Mode: mode, Path: f.path, Method: f.method}
	for _, h := range f.headers {
		k, v, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return c, fmt.Errorf(`%w: --header %q, want "Name: regexp"`, errBadFilter, h)
		}
		if c.Headers == nil {
			c.Headers = map[string]string{}
		}
		c.Headers[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	// The agent's own parser, here, so that a typo fails before anything is set up.
	if c.Filtered() {
		if _, err := intercept.ParseFilter(f.headers, c.Path, c.Method); err != nil {
			return c, fmt.Errorf("%w: %v", errBadFilter, err)
		}
	}
	return c, nil
}

// errBadFilter: a steal's header, path or method filter does not parse.
var errBadFilter = errors.New("bad filter")

// claimAdvice is the advice for an error of interceptFlags.claim: about the filter, or
// else about the port (portHint).
func claimAdvice(err error, portHint string) error {
	if errors.Is(err, errBadFilter) {
		return userErr(err, `filters are --header 'Name: regexp', --path regexp and --method regexp, in Go's regexp syntax`)
	}
	return userErr(err, portHint)
}

// podIntercept is one pod's agent session and the claim held on it.
type podIntercept struct {
	pod   kube.PodRef
	agent string // the agent's ephemeral container
	link  agentLink
	sess  *client.Session
	ln    net.Listener
	wg    sync.WaitGroup

	mu      sync.Mutex
	claimID string // guarded by mu

	closeOnce sync.Once
}

// claimAt posts the claim to the agent and remembers its ID.
func (pi *podIntercept) claimAt(ctx context.Context, claim api.Claim) error {
	var st api.ClaimState
	if err := pi.sess.ControlJSON(ctx, http.MethodPost, "/v1/claims", claim, &st); err != nil {
		return err
	}
	pi.mu.Lock()
	pi.claimID = st.ID
	pi.mu.Unlock()
	return nil
}

func runIntercept(ctx context.Context, g *globalFlags, f *interceptFlags, target, mode string, out io.Writer) error {
	log := g.logger(nil)
	claim, err := f.claim(mode)
	if err != nil {
		return claimAdvice(err, "use --port 8080 or --port 8080:3000 (target:local)")
	}
	p := newProgress(out)
	c, err := f.kube.load()
	if err != nil {
		return err
	}
	var t *kube.Target
	if err := p.step("Resolve "+target, func() (string, error) {
		t, err = c.ResolveTarget(ctx, target, f.container)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%d ready pod(s)", len(t.Pods)), nil
	}); err != nil {
		return resolveAdvice(err, target, c.Namespace)
	}
	var (
		mu   sync.Mutex
		pods []*podIntercept
	)
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, pi := range pods {
			pi.close(log)
		}
	}()
	// Each pod's agent is watched by a recovery loop (see keepAgent), ended before the
	// pods are closed.
	rctx, stopRecovery := context.WithCancel(ctx)
	var recovery sync.WaitGroup
	defer func() {
		stopRecovery()
		recovery.Wait()
	}()
	replace := func(old, nw *podIntercept) {
		mu.Lock()
		defer mu.Unlock()
		for i, pi := range pods {
			if pi == old {
				if nw != nil {
					pods[i] = nw
				} else {
					pods = append(pods[:i], pods[i+1:]...)
				}
				return
			}
		}
	}
	add := func(pod kube.PodRef) error {
		pi, err := startPodIntercept(ctx, c, f, pod, claim, log)
		if err != nil {
			return err
		}
		mu.Lock()
		pods = append(pods, pi)
		mu.Unlock()
		recovery.Add(1)
		go func() {
			defer recovery.Done()
			keepAgent(rctx, c, f, claim, pi, replace, p, log)
		}()
		return nil
	}
	for _, pod := range t.Pods {
		if err := p.step("Intercept pod "+pod.Name, func() (string, error) { return "", add(pod) }); err != nil {
			return interceptAdvice(err, claim)
		}
	}
	verb := map[string]string{"steal": "Stealing", "mirror": "Mirroring"}[mode]
	p.printf("%s %s port %d → localhost:%d%s on %d pod(s). Ctrl-C to stop.\n", verb, t, claim.Port, claim.LocalPort, describeFilter(claim), len(t.Pods))
	if ports := t.Pods[0].Ports; len(ports) > 0 && !slices.Contains(ports, claim.Port) {
		p.printf("Note: %s's container declares port(s) %s, not %d; traffic comes only if the app listens on %d anyway.\n", t, joinPorts(ports), claim.Port, claim.Port)
	}
	if listening, ok := listeningLoopback(claim.LocalPort); ok && !listening {
		what := map[string]string{"steal": "the stolen connections are closed", "mirror": "the copies are dropped"}[mode]
		p.printf("Note: nothing listens on localhost:%d yet; %s until something does.\n", claim.LocalPort, what)
	}

	watchErr := make(chan error, 1)
	go func() {
		// A watch ends with an error when the API server goes away (e.g. restarts): watch
		// again, skipping the pods already covered.
		covered := map[string]bool{}
		for _, pod := range t.Pods {
			covered[pod.UID] = true
		}
		for {
			err := c.WatchTargetPods(ctx, t, func(pod kube.PodRef) {
				if covered[pod.UID] {
					return
				}
				if err := add(pod); err != nil {
					log.Warn("intercept new pod", "pod", pod.Name, "err", err)
					return
				}
				covered[pod.UID] = true
				p.printf("✓ Covered new pod %s\n", pod.Name)
			})
			if err == nil || ctx.Err() != nil {
				watchErr <- err
				return
			}
			log.Warn("watch the target's pods; retrying", "err", err)
			select {
			case <-ctx.Done():
				watchErr <- nil
				return
			case <-time.After(2 * time.Second):
			}
		}
	}()
	rule := fmt.Sprintf("port %d → localhost:%d%s", claim.Port, claim.LocalPort, describeFilter(claim))
	holdSession(ctx, mode, t.String(), c.Namespace, []string{rule}, func() (rx, tx uint64) {
		mu.Lock()
		var ss []*client.Session
		for _, pi := range pods {
			ss = append(ss, pi.sess)
		}
		mu.Unlock()
		return sessionStats(ss...)()
	})
	<-watchErr
	p.printf("Giving the traffic back.\n")
	return nil
}

func describeFilter(c api.Claim) string {
	var parts []string
	for k, v := range c.Headers {
		parts = append(parts, fmt.Sprintf("%s: %s", k, v))
	}
	if c.Path != "" {
		parts = append(parts, "path "+c.Path)
	}
	if c.Method != "" {
		parts = append(parts, "method "+c.Method)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (only " + strings.Join(parts, ", ") + ")"
}

func interceptAdvice(err error, c api.Claim) error {
	var ae *client.APIError
	if errors.As(err, &ae) && ae.Status == http.StatusConflict {
		next := fmt.Sprintf("%s holds it; ask them to stop, or steal only matching requests with --header/--path", ae.Holder)
		if c.Filtered() {
			// The holder steals the same filter or the whole port.
			next = fmt.Sprintf("%s holds it; ask them to stop, or steal with a filter of your own (e.g. --header 'X-User: <your name>')", ae.Holder)
		}
		return userErr(fmt.Errorf("port %d is taken: %s", c.Port, ae.Message), next)
	}
	return kubeAdvice(err)
}

func startPodIntercept(ctx context.Context, c *kube.Cluster, f *interceptFlags, pod kube.PodRef, claim api.Claim, log *slog.Logger) (_ *podIntercept, err error) {
	pi := &podIntercept{pod: pod}
	defer func() {
		if err != nil {
			pi.close(log)
		}
	}()
	spec := targetAgentSpec(f.agentImage, f.idleTimeout)
	if pi.agent, err = c.EnsureTargetAgent(ctx, pod, spec); err != nil {
		return nil, err
	}
	if pi.link, err = kubeLink(ctx, c, pod); err != nil {
		return nil, err
	}
	awaitAgent(ctx, pi.link, log)
	uf := &upFlags{transport: f.transport, name: f.name}
	// After an outage long enough for the agent to drop the session, the claim is gone
	// with it: claim again once the session is back.
	reclaim := func(o *client.Options) {
		o.OnReregister = func(ctx context.Context) {
			// The tunnel may still be finishing its handshake: retry for a while.
			deadline := time.Now().Add(time.Minute)
			for {
				err := pi.claimAt(ctx, claim)
				if err == nil {
					log.Info("claim restored after an outage", "pod", pod.Name)
					return
				}
				if ctx.Err() != nil || time.Now().After(deadline) {
					log.Warn("claim again after an outage", "pod", pod.Name, "err", err)
					return
				}
				select {
				case <-ctx.Done():
				case <-time.After(time.Second):
				}
			}
		}
	}
	if pi.sess, _, err = connectSession(ctx, uf, pi.link, nil, true, log, reclaim); err != nil {
		return nil, err
	}
	if pi.ln, err = pi.sess.Listen(claim.LocalPort); err != nil {
		return nil, fmt.Errorf("listen on the tunnel: %w", err)
	}
	pi.wg.Add(1)
	go pi.forward(claim.LocalPort, log)
	if err := pi.claimAt(ctx, claim); err != nil {
		return nil, err
	}
	return pi, nil
}

// forward hands connections the agent delivers to the local process.
func (pi *podIntercept) forward(local uint16, log *slog.Logger) {
	defer pi.wg.Done()
	var conns sync.WaitGroup
	defer conns.Wait()
	for {
		in, err := pi.ln.Accept()
		if err != nil {
			return
		}
		conns.Add(1)
		go func() {
			defer conns.Done()
			defer in.Close()
			out, err := dialLocal(local)
			if err != nil {
				log.Warn("deliver to the local process", "port", local, "err", err)
				return
			}
			defer out.Close()
			pipe(in, out)
		}()
	}
}

// close releases the claim and the session at the agent, then everything local. It is
// idempotent.
func (pi *podIntercept) close(log *slog.Logger) { pi.closeWith(true, log) }

// abandon is close for an agent known to be gone: nothing is released at the agent.
func (pi *podIntercept) abandon(log *slog.Logger) { pi.closeWith(false, log) }

func (pi *podIntercept) closeWith(release bool, log *slog.Logger) {
	pi.closeOnce.Do(func() {
		pi.mu.Lock()
		id := pi.claimID
		pi.mu.Unlock()
		if release && pi.sess != nil && id != "" {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			if err := pi.sess.ControlJSON(ctx, http.MethodDelete, "/v1/claims/"+id, nil, nil); err != nil {
				log.Debug("release claim", "err", err)
			}
			cancel()
		}
		if pi.ln != nil {
			_ = pi.ln.Close()
		}
		if pi.sess != nil {
			if release {
				_ = pi.sess.Close()
			} else {
				_ = pi.sess.Abandon()
			}
		}
		pi.wg.Wait()
		if pi.link.closer != nil {
			_ = pi.link.closer()
		}
	})
}

// pipe copies both ways until both directions are done.
func pipe(a, b net.Conn) {
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		if cw, ok := dst.(interface{ CloseWrite() error }); ok {
			_ = cw.CloseWrite()
		} else {
			_ = dst.Close()
		}
		done <- struct{}{}
	}
	go cp(a, b)
	go cp(b, a)
	<-done
	<-done
}

func joinPorts(ports []uint16) string {
	s := make([]string, len(ports))
	for i, p := range ports {
		s[i] = strconv.Itoa(int(p))
	}
	return strings.Join(s, ", ")
}
