package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/client"
	"github.com/kube-tun/kube-tun/kube"
)

// versionInfo is what `kube-tun version -o json|yaml` prints.
type versionInfo struct {
	Client clientVersion  `json:"client"`
	Agents []agentVersion `json:"agents,omitempty"`
	// AgentError says why no agent could be asked (no cluster, no agent running).
	AgentError string `json:"agentError,omitempty"`
}

type clientVersion struct {
	Version  string `json:"version"`
	Protocol int    `json:"protocol"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

type agentVersion struct {
	Pod      string `json:"pod"`
	Image    string `json:"image,omitempty"`
	Version  string `json:"version,omitempty"`
	Protocol int    `json:"protocol,omitempty"`
	Skew     string `json:"skew,omitempty"` // "", "version" or "protocol"
	Advice   string `json:"advice,omitempty"`
	Error    string `json:"error,omitempty"`
}

// withAgentVersion extends the version command: agent versions from the cluster, skew
// detection, -o json|yaml and --client.
func withAgentVersion(cmd *cobra.Command, g *globalFlags) *cobra.Command {
	var (
		kf         kubeFlags
		output     string
		clientOnly bool
		timeout    time.Duration
	)
	cmd.Short = "Print the client version and the versions of the agents in the namespace"
	cmd.Long = `version prints this client's version and asks every kube-tun agent pod in the namespace
for its own (GET /v1/version on the agent's registration port, through a port-forward).

Client and agent must speak the same protocol; a different protocol makes connecting fail,
and a different build version with the same protocol usually works but is the first thing
to rule out when something misbehaves. Use --client to skip the cluster.`
	cmd.Example = `  kube-tun version
  kube-tun version --client
  kube-tun version -o json -n shop`
	fl := cmd.Flags()
	kf.register(fl)
	fl.StringVarP(&output, "output", "o", "text", "output format: text, json or yaml")
	fl.BoolVar(&clientOnly, "client", false, "print only the client version, without contacting the cluster")
	fl.DurationVar(&timeout, "timeout", 15*time.Second, "give up asking the cluster after this long")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		switch output {
		case "text", "json", "yaml":
		default:
			return userErr(fmt.Errorf("unknown output format %q", output), "use -o text, json or yaml")
		}
		info := versionInfo{Client: clientVersion{Version: version, Protocol: api.ProtocolVersion,
			Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}}
		if !clientOnly {
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			info.Agents, info.AgentError = agentVersions(ctx, &kf)
		}
		return printVersion(cmd.OutOrStdout(), info, output, clientOnly)
	}
	return cmd
}

// agentVersions asks every running agent pod of the namespace for its version.
func agentVersions(ctx context.Context, kf *kubeFlags) ([]agentVersion, string) {
	c, err := kf.load()
	if err != nil {
		return nil, err.Error()
	}
	list, err := c.Client.CoreV1().Pods(c.Namespace).List(ctx, metav1.ListOptions{LabelSelector: kube.AgentSelector("").String()})
	if err != nil {
		return nil, fmt.Sprintf("list agent pods in namespace %s: %v", c.Namespace, err)
	}
	var out []agentVersion
	for i := range list.Items {
		p := &list.Items[i]
		if p.Status.Phase != corev1.PodRunning || p.DeletionTimestamp != nil {
			continue
		}
		av := agentVersion{Pod: p.Namespace + "/" + p.Name, Image: p.Annotations[kube.AnnotationImage]}
		v, err := askAgentVersion(ctx, c, kube.PodRef{Name: p.Name, Namespace: p.Namespace, IP: p.Status.PodIP})
		if err != nil {
			av.Error = err.Error()
		} else {
			av.Version, av.Protocol = v.Version, v.Protocol
			av.Skew, av.Advice = versionSkew(version, api.ProtocolVersion, v.Version, v.Protocol)
		}
		out = append(out, av)
	}
	if len(out) == 0 {
		return nil, fmt.Sprintf("no agent is running in namespace %s (`kube-tun up` starts one)", c.Namespace)
	}
	return out, ""
}

type agentVersionReply struct {
	Version  string `json:"version"`
	Protocol int    `json:"protocol"`
}

// askAgentVersion calls GET /v1/version on the agent's registration port.
func askAgentVersion(ctx context.Context, c *kube.Cluster, pod kube.PodRef) (agentVersionReply, error) {
	pf, err := c.PortForward(ctx, pod)
	if err != nil {
		return agentVersionReply{}, fmt.Errorf("port-forward to %s: %w", pod.Name, err)
	}
	defer pf.Close()
	v, err := getAgentVersion(ctx, func(ctx context.Context) (net.Conn, error) { return pf.Dial(ctx, api.RegisterPort) })
	if err != nil {
		return v, fmt.Errorf("ask agent %s: %w", pod.Name, err)
	}
	return v, nil
}

// getAgentVersion calls GET /v1/version on an agent's registration port, reached with
// dial. Its errors keep the dial's (see refused) and say when the agent answered but not
// with its version.
func getAgentVersion(ctx context.Context, dial func(context.Context) (net.Conn, error)) (agentVersionReply, error) {
	var v agentVersionReply
	hc := &http.Client{Transport: &http.Transport{
		DialContext:       func(ctx context.Context, _, _ string) (net.Conn, error) { return dial(ctx) },
		DisableKeepAlives: true,
	}}
	defer hc.CloseIdleConnections()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://agent/v1/version", nil)
	if err != nil {
		return v, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return v, fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(b)))
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&v); err != nil {
		return v, fmt.Errorf("decode: %w", err)
	}
	return v, nil
}

// versionSkew compares client and agent: "protocol" skew breaks connecting, "version"
// skew with the same protocol usually works.
func versionSkew(clientV string, clientP int, agentV string, agentP int) (skew, advice string) {
	switch {
	case clientP != agentP:
		return "protocol", fmt.Sprintf("client speaks protocol %d, agent %d: they cannot connect. Use a kube-tun client built from the same version as the agent image (%s), or pass --agent-image with an image of version %s",
			clientP, agentP, agentV, clientV)
	case clientV != agentV:
		return "version", skewMessage(clientV, agentV)
	}
	return "", ""
}

// skewMessage explains a build version difference with a compatible protocol.
func skewMessage(clientV, agentV string) string {
	return fmt.Sprintf("agent version %s differs from client version %s (same protocol, so it should work); if something misbehaves, use an agent image of version %s (--agent-image) or let the old agent exit when idle",
		agentV, clientV, clientV)
}

// connectAdvice explains a failed connect: a protocol skew (the agent refuses the
// registration with 409) gets the version advice, anything else the generic next step.
func connectAdvice(err error) error {
	var ae *client.APIError
	if errors.As(err, &ae) && ae.Status == http.StatusConflict && strings.Contains(ae.Message, "protocol") {
		return clusterErr(fmt.Errorf("client and agent versions don't match: %s", ae.Message),
			"use a kube-tun client of the agent image's version, or pass --agent-image with an image of this client's version ("+version+"); `kube-tun version` shows both")
	}
	return clusterErr(err, "run with -v for details; `kube-tun doctor` checks the usual causes")
}

func printVersion(w io.Writer, info versionInfo, output string, clientOnly bool) error {
	if done, err := writeStructured(w, info, output); done {
		return err
	}
	c := info.Client
	fmt.Fprintf(w, "Client: kube-tun %s (protocol %d, %s, %s)\n", c.Version, c.Protocol, c.Go, c.Platform)
	if clientOnly {
		return nil
	}
	if info.AgentError != "" {
		fmt.Fprintf(w, "Agent:  unknown: %s\n", info.AgentError)
		return nil
	}
	for _, a := range info.Agents {
		if a.Error != "" {
			fmt.Fprintf(w, "Agent:  %s: %s\n", a.Pod, a.Error)
			continue
		}
		fmt.Fprintf(w, "Agent:  kube-tun %s (protocol %d) in %s\n", a.Version, a.Protocol, a.Pod)
		if a.Skew != "" {
			fmt.Fprintf(w, "        ⚠ %s skew: %s\n", a.Skew, a.Advice)
		}
	}
	return nil
}
