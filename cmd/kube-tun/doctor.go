package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"strings"
	"time"

	"github.com/spf13/cobra"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/kube"
)

// Check outcomes.
const (
	statusOK   = "OK"
	statusWarn = "WARN"
	statusFail = "FAIL"
)

// check is one diagnosis: what was checked, the outcome, and what to do about it.
type check struct {
	Name   string `json:"name"`
	Status string `json:"status"`
	Detail string `json:"detail"`
	Fix    string `json:"fix,omitempty"`
	Needed string `json:"neededBy,omitempty"`
	cat    category
}

func (c check) ok(detail string) check { c.Status, c.Detail = statusOK, detail; return c }
func (c check) warn(detail, fix string) check {
	c.Status, c.Detail, c.Fix = statusWarn, detail, fix
	return c
}
func (c check) fail(detail, fix string) check {
	c.Status, c.Detail, c.Fix = statusFail, detail, fix
	if c.cat == 0 {
		c.cat = catUser
	}
	return c
}

type doctorReport struct {
	OK     bool    `json:"ok"`
	Checks []check `json:"checks"`
}

func newDoctorCmd(g *globalFlags) *cobra.Command {
	var (
		kf         kubeFlags
		output     string
		agentImage string
		local      bool
		timeout    time.Duration
	)
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check this machine and the cluster for what kube-tun needs, and say what to fix",
		Long: `doctor checks everything kube-tun depends on and prints OK, WARN or FAIL for each, with
what to do about it:

  this machine   TUN device (up, run), FUSE (mount, run), user namespaces (run), DNS setup
                 (up), iptables
  the cluster    kubeconfig and API server reachability, RBAC for every operation
                 (SelfSubjectAccessReview), agent image, client/agent version skew

It exits 0 when nothing FAILs; otherwise 2 (this machine), 3 (kubeconfig) or 4 (cluster).`,
		Example: `  kube-tun doctor
  kube-tun doctor --local          # only this machine
  kube-tun doctor -n shop -o json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch output {
			case "text", "json", "yaml":
			default:
				return userErr(fmt.Errorf("unknown output format %q", output), "use -o text, json or yaml")
			}
			checks := []check{checkTUN(), checkFUSE(), checkUserns(), checkDNS(), checkIptables()}
			if !local {
				ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
				checks = append(checks, clusterChecks(ctx, &kf, agentImage)...)
				cancel()
			}
			rep := doctorReport{OK: true, Checks: checks}
			for _, c := range checks {
				if c.Status == statusFail {
					rep.OK = false
				}
			}
			if err := printDoctor(cmd.OutOrStdout(), rep, output); err != nil {
				return err
			}
			return doctorError(rep)
		},
	}
	fl := cmd.Flags()
	kf.register(fl)
	fl.StringVarP(&output, "output", "o", "text", "output format: text, json or yaml")
	fl.StringVar(&agentImage, "agent-image", defaultAgentImage(), "agent container image to check")
	fl.BoolVar(&local, "local", false, "check only this machine, not the cluster")
	fl.DurationVar(&timeout, "timeout", 20*time.Second, "give up on the cluster checks after this long")
	return cmd
}

// doctorError sorts failures into the documented exit codes: the first failed check's
// category.
func doctorError(rep doctorReport) error {
	var failed []string
	var cat category
	for _, c := range rep.Checks {
		if c.Status == statusFail {
			failed = append(failed, c.Name)
			if cat == 0 {
				cat = c.cat
			}
		}
	}
	if len(failed) == 0 {
		return nil
	}
	err := fmt.Errorf("%d check(s) failed: %s", len(failed), strings.Join(failed, ", "))
	return &userError{cat: cat, err: err, next: "fix the FAIL items above (each says how), then run `kube-tun doctor` again"}
}

func clusterChecks(ctx context.Context, kf *kubeFlags, image string) []check {
	kc := check{Name: "Kubeconfig", Needed: "every cluster command", cat: catConfig}
	c, err := kf.load()
	if err != nil {
		var ue *userError
		fix := ""
		if errors.As(err, &ue) {
			fix = ue.next
		}
		return []check{kc.fail(err.Error(), fix)}
	}
	out := []check{kc.ok(fmt.Sprintf("context %q, namespace %q", c.Context, c.Namespace))}
	reach := check{Name: "API server", Needed: "every cluster command", cat: catCluster}
	v, err := c.ServerVersion(ctx)
	if err != nil {
		return append(out, reach.fail(err.Error(), "check that the cluster runs and that --context is right; `kubectl get --raw /readyz` should answer"))
	}
	out = append(out, reach.ok(fmt.Sprintf("%s answers, Kubernetes %s", c.Server, v.GitVersion)))
	out = append(out, rbacCheck(ctx, c))
	return append(out, agentChecks(ctx, c, image)...)
}

func rbacCheck(ctx context.Context, c *kube.Cluster) check {
	rc := check{Name: "RBAC", Needed: "every cluster command", cat: catCluster}
	probs, err := c.CheckAccess(ctx, "")
	var required, optional []string
	for _, p := range probs {
		if p.Optional {
			optional = append(optional, p.String())
		} else {
			required = append(required, p.String())
		}
	}
	switch {
	case len(required) > 0:
		return rc.fail(strings.Join(append(required, optional...), "; "),
			"ask a cluster admin to bind the kube-tun developer Role (kube/rbac/developer-role.yaml) in namespace "+c.Namespace)
	case err != nil:
		return rc.warn("could not ask about every permission: "+err.Error(), "check that SelfSubjectAccessReviews are allowed")
	case len(optional) > 0:
		return rc.warn(strings.Join(optional, "; "), "optional: each says what it adds; kube/rbac/developer-role.yaml shows how to grant them")
	}
	return rc.ok(fmt.Sprintf("all %d permissions granted in namespace %s", len(kube.Permissions), c.Namespace))
}

// agentChecks says what is known about the agent image (a registry can't be asked from
// here): running agents and their versions, pull failures, and whether the cluster
// admits an agent pod (server-side dry run).
func agentChecks(ctx context.Context, c *kube.Cluster, image string) []check {
	ic := check{Name: "Agent image", Needed: "every cluster command", cat: catCluster}
	list, err := c.Client.CoreV1().Pods(c.Namespace).List(ctx, metav1.ListOptions{LabelSelector: kube.AgentSelector("").String()})
	if err != nil {
		return []check{ic.warn("cannot list agent pods: "+err.Error(), "")}
	}
	var running []kube.PodRef
	for i := range list.Items {
		p := &list.Items[i]
		for _, cs := range append(p.Status.ContainerStatuses, p.Status.EphemeralContainerStatuses...) {
			if w := cs.State.Waiting; w != nil && (w.Reason == "ErrImagePull" || w.Reason == "ImagePullBackOff" || w.Reason == "InvalidImageName") && cs.Image == image {
				return []check{ic.fail(fmt.Sprintf("pod %s cannot pull %s: %s %s", p.Name, image, w.Reason, w.Message),
					"push the agent image to a registry the cluster can pull from (see README: go run ./hack/images) and pass --agent-image")}
			}
		}
		if p.Status.Phase == corev1.PodRunning && p.Annotations[kube.AnnotationImage] == image && p.DeletionTimestamp == nil {
			running = append(running, kube.PodRef{Name: p.Name, Namespace: p.Namespace, IP: p.Status.PodIP})
		}
	}
	if len(running) > 0 {
		out := []check{ic.ok(fmt.Sprintf("%s runs in agent pod %s", image, running[0].Name))}
		return append(out, skewCheck(ctx, c, running[0]), podIPCheck(running[0]), podProxyCheck(ctx, c, running[0]))
	}
	// Nothing runs it now: ask the API server to admit an agent-like pod, without creating it.
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{GenerateName: "kube-tun-doctor-", Namespace: c.Namespace},
		Spec: corev1.PodSpec{
			RestartPolicy: corev1.RestartPolicyNever,
			Containers:    []corev1.Container{{Name: "agent", Image: image, ImagePullPolicy: corev1.PullIfNotPresent}},
		},
	}
	if _, err := c.Client.CoreV1().Pods(c.Namespace).Create(ctx, pod, metav1.CreateOptions{DryRun: []string{metav1.DryRunAll}}); err != nil {
		return []check{ic.fail("the cluster refuses an agent pod with "+image+": "+err.Error(),
			"check admission policies for this image (allowed registries, pod security), or pass --agent-image")}
	}
	return []check{ic.warn(fmt.Sprintf("no agent runs %s yet; the cluster admits the pod (dry run), but whether nodes can pull the image is known only when one starts", image),
		"if `kube-tun up` then reports an image pull error, push the image to a registry the nodes reach and pass --agent-image")}
}

func skewCheck(ctx context.Context, c *kube.Cluster, pod kube.PodRef) check {
	vc := check{Name: "Agent version", Needed: "every cluster command", cat: catCluster}
	v, err := askAgentVersion(ctx, c, pod)
	if err != nil {
		return vc.warn("cannot ask agent "+pod.Name+": "+err.Error(), "check the port-forward permission (RBAC above)")
	}
	skew, advice := versionSkew(version, api.ProtocolVersion, v.Version, v.Protocol)
	switch skew {
	case "protocol":
		return vc.fail(fmt.Sprintf("agent %s speaks protocol %d, this client %d", v.Version, v.Protocol, api.ProtocolVersion), advice)
	case "version":
		return vc.warn(fmt.Sprintf("agent %s, client %s", v.Version, version), advice)
	}
	return vc.ok(fmt.Sprintf("agent and client are both %s (protocol %d)", version, v.Protocol))
}

// podIPCheck tells whether this machine reaches the agent's pod IP, as auto finds out
// before it tries the direct transports.
func podIPCheck(pod kube.PodRef) check {
	pc := check{Name: "Pod IPs", Needed: "the direct transports (udp, tcp)", cat: catCluster}
	ip, err := netip.ParseAddr(pod.IP)
	if err != nil {
		return pc.ok("agent pod " + pod.Name + " has no IP yet")
	}
	if err := reachPodIP(ip); err != nil {
		return pc.ok(err.Error() + ": auto goes through the API server (normal on a laptop outside the cluster network)")
	}
	return pc.ok("this machine reaches agent pod " + pod.Name + " at " + ip.String() + ": auto connects straight to it")
}

// podProxyCheck opens one stream through the API server's pods/proxy, as `auto` does
// before it settles for the port-forward.
func podProxyCheck(ctx context.Context, c *kube.Cluster, pod kube.PodRef) check {
	pc := check{Name: "Pod proxy", Needed: "the apiproxy transport (auto's pick without pod routes)", cat: catCluster}
	conn, err := c.DialPodProxy(ctx, pod, api.RegisterPort, api.StreamUpgradePath, api.StreamUpgradeProtocol)
	if err != nil {
		fix := "auto uses the port-forward instead (about half the throughput); see `kube-tun version` if the agent is older than this client"
		var fe *kube.ForbiddenError
		switch {
		case errors.As(err, &fe):
			fix = "grant get pods/proxy (kube/rbac/developer-role.yaml) for the faster apiproxy transport; until then auto uses the port-forward"
		case errors.Is(err, kube.ErrProxyUnreachable):
			fix = "this API server does not reach pod IPs; auto uses the port-forward"
		}
		return pc.warn(err.Error(), fix)
	}
	conn.Close()
	return pc.ok("the API server relays a stream to agent pod " + pod.Name + ": auto can use apiproxy")
}

func printDoctor(w io.Writer, rep doctorReport, output string) error {
	if done, err := writeStructured(w, rep, output); done {
		return err
	}
	for _, c := range rep.Checks {
		fmt.Fprintf(w, "%-4s  %-16s %s\n", c.Status, c.Name, c.Detail)
		if c.Fix != "" && c.Status != statusOK {
			fmt.Fprintf(w, "      %-16s → %s\n", "", c.Fix)
		}
	}
	if rep.OK {
		fmt.Fprintln(w, "\nNo problems that stop kube-tun.")
	}
	return nil
}
