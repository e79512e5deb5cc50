package kube

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/version"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
)

// Options selects a cluster the way kubectl does. Empty fields mean kubectl's defaults:
// the KUBECONFIG environment variable (a path list) or ~/.kube/config, the current
// context, and the context's namespace (or "default").
type Options struct {
	Kubeconfig string // explicit kubeconfig file (--kubeconfig); overrides KUBECONFIG
	Context    string // context name (--context)
	Namespace  string // namespace (-n)
}

// Cluster is a connection to one Kubernetes API server in one namespace.
type Cluster struct {
	Client    kubernetes.Interface
	Config    *rest.Config // nil for fake clusters; PortForward needs it
	Namespace string       // default namespace for every call
	Context   string       // kubeconfig context name ("" when in-cluster)
	Server    string       // API server URL, for messages

	// Logf receives warnings (e.g. guessed CIDRs). Nil discards them.
	Logf func(format string, args ...any)
}

// ErrNoKubeconfig is returned by Load when no kubeconfig could be found.
var ErrNoKubeconfig = errors.New("no kubeconfig found")

// UnreachableError says that the API server could not be reached or refused the
// credentials.
type UnreachableError struct {
	Server string
	Err    error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("cannot reach the Kubernetes API server %s: %v", e.Server, e.Err)
}

func (e *UnreachableError) Unwrap() error { return e.Err }

// Load reads the kubeconfig in kubectl's conventions and returns a Cluster. It does not
// contact the server (see Ping).
func Load(opts Options) (*Cluster, error) {
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	if opts.Kubeconfig != "" {
		if _, err := os.Stat(opts.Kubeconfig); err != nil {
			return nil, fmt.Errorf("load kubeconfig: %w (check the --kubeconfig path)", err)
		}
		rules.ExplicitPath = opts.Kubeconfig
	}
	overrides := &clientcmd.ConfigOverrides{CurrentContext: opts.Context}
	overrides.Context.Namespace = opts.Namespace
	cc := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, overrides)

	cfg, err := cc.ClientConfig()
	if err != nil {
		if clientcmd.IsEmptyConfig(err) {
			return nil, fmt.Errorf("load kubeconfig: %w (looked in %s); set KUBECONFIG or pass --kubeconfig",
				ErrNoKubeconfig, describeSearchPath(rules))
		}
		if raw, rerr := cc.RawConfig(); rerr == nil && opts.Context != "" && raw.Contexts[opts.Context] == nil {
			names := slices.Sorted(maps.Keys(raw.Contexts))
			return nil, fmt.Errorf("load kubeconfig: context %q does not exist (its contexts: %s)", opts.Context, strings.Join(names, ", "))
		}
		return nil, fmt.Errorf("load kubeconfig: %w", err)
	}
	ns, _, err := cc.Namespace()
	if err != nil {
		return nil, fmt.Errorf("load kubeconfig: namespace: %w", err)
	}
	ctxName := opts.Context
	if ctxName == "" {
		if raw, err := cc.RawConfig(); err == nil {
			ctxName = raw.CurrentContext
		}
	}
	cfg = rest.CopyConfig(cfg)
	cfg.UserAgent = "kube-tun"
	if cfg.QPS == 0 {
		cfg.QPS, cfg.Burst = 50, 100
	}
	client, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("load kubeconfig: client for %s: %w", cfg.Host, err)
	}
	return &Cluster{Client: client, Config: cfg, Namespace: ns, Context: ctxName, Server: cfg.Host}, nil
}

func describeSearchPath(rules *clientcmd.ClientConfigLoadingRules) string {
	if rules.ExplicitPath != "" {
		return rules.ExplicitPath
	}
	paths := rules.Precedence
	if len(paths) == 0 {
		home, _ := os.UserHomeDir()
		paths = []string{filepath.Join(home, ".kube", "config")}
	}
	return strings.Join(paths, ", ")
}

func (c *Cluster) logf(format string, args ...any) {
	if c.Logf != nil {
		c.Logf(format, args...)
	}
}

func (c *Cluster) ns(namespace string) string {
	if namespace != "" {
		return namespace
	}
	if c.Namespace != "" {
		return c.Namespace
	}
	return "default"
}

// Ping asks the server for its version. It fails with an *UnreachableError naming the
// server when the server can't be reached or rejects the credentials.
func (c *Cluster) Ping(ctx context.Context) error {
	_, err := c.ServerVersion(ctx)
	return err
}

// ServerVersion returns the server's version.
func (c *Cluster) ServerVersion(ctx context.Context) (*version.Info, error) {
	rc := c.Client.Discovery().RESTClient()
	if rc == nil || isNilRESTClient(rc) { // fake clientsets have no REST client
		v, err := c.Client.Discovery().ServerVersion()
		if err != nil {
			return nil, &UnreachableError{Server: c.Server, Err: err}
		}
		return v, nil
	}
	body, err := rc.Get().AbsPath("/version").Do(ctx).Raw()
	if err != nil {
		if apierrors.IsUnauthorized(err) {
			err = fmt.Errorf("credentials rejected (401): %w", err)
		}
		return nil, &UnreachableError{Server: c.Server, Err: err}
	}
	var v version.Info
	if err := json.Unmarshal(body, &v); err != nil {
		return nil, fmt.Errorf("ping %s: decode version: %w", c.Server, err)
	}
	return &v, nil
}

func isNilRESTClient(rc rest.Interface) bool {
	r, ok := rc.(*rest.RESTClient)
	return ok && r == nil
}
