package kube

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"regexp"
	"sort"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// CIDRs is what DiscoverCIDRsDetail found, and how.
type CIDRs struct {
	Pods     []netip.Prefix
	Services []netip.Prefix

	PodSource     string   // "nodes" or "pod IPs (guess)"
	ServiceSource string   // "ServiceCIDR", "apiserver" or "service IPs (guess)"
	Warnings      []string // e.g. a guessed range; also sent to Cluster.Logf
}

// probeClusterIP is a ClusterIP no cluster uses for Services. The dry-run create of a
// Service with it fails, and the apiserver's error names the valid range. No traffic is
// sent to it.
const probeClusterIP = "1.1.1.1"

// DiscoverCIDRs returns the cluster's pod and service CIDRs; see DiscoverCIDRsDetail.
// Warnings go to Cluster.Logf.
func (c *Cluster) DiscoverCIDRs(ctx context.Context) (pods, services []netip.Prefix, err error) {
	d, err := c.DiscoverCIDRsDetail(ctx)
	if err != nil {
		return nil, nil, err
	}
	return d.Pods, d.Services, nil
}

// DiscoverCIDRsDetail finds the pod CIDRs from the nodes' spec.podCIDRs, or, without
// permission to list nodes, guesses /16s around the namespace's pod IPs. It finds the
// service CIDRs from networking.k8s.io/v1 ServiceCIDR objects, else from the apiserver's
// answer to a dry-run Service with an impossible ClusterIP, else guesses /16s around
// known ClusterIPs (kube-dns, the namespace's services). Each guess adds a warning.
func (c *Cluster) DiscoverCIDRsDetail(ctx context.Context) (*CIDRs, error) {
	d := &CIDRs{}
	var errs []error
	if err := c.podCIDRs(ctx, d); err != nil {
		errs = append(errs, err)
	}
	if err := c.serviceCIDRs(ctx, d); err != nil {
		errs = append(errs, err)
	}
	if len(d.Pods) == 0 && len(d.Services) == 0 {
		errs = append(errs, errors.New("found no pod or service CIDRs"))
		return nil, fmt.Errorf("discover CIDRs: %w", errors.Join(errs...))
	}
	for _, err := range errs { // one half worked: the other's failure is a warning
		d.Warnings = append(d.Warnings, err.Error())
	}
	for _, w := range d.Warnings {
		c.logf("%s", w)
	}
	return d, nil
}

func (c *Cluster) podCIDRs(ctx context.Context, d *CIDRs) error {
	nodes, err := c.Client.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
	if err == nil {
		var ps []netip.Prefix
		for _, n := range nodes.Items {
			cidrs := n.Spec.PodCIDRs
			if len(cidrs) == 0 && n.Spec.PodCIDR != "" {
				cidrs = []string{n.Spec.PodCIDR}
			}
			for _, s := range cidrs {
				if p, err := netip.ParsePrefix(s); err == nil {
					ps = append(ps, p.Masked())
				}
			}
		}
		if len(ps) > 0 {
			d.Pods, d.PodSource = normalize(ps), "nodes"
			return nil
		}
		d.Warnings = append(d.Warnings, "nodes have no spec.podCIDRs (the network plugin allocates pod IPs itself)")
	} else if !apierrors.IsForbidden(err) {
		return fmt.Errorf("list nodes: %w", err)
	}

	// Guess from the pod IPs we can see.
	ns := c.ns("")
	pods, err := c.Client.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
	if err != nil {
		return fmt.Errorf("list pods: %w", forbidden(err, "list", "pods", ns))
	}
	var ps []netip.Prefix
	for _, p := range pods.Items {
		if p.Spec.HostNetwork {
			continue
		}
		for _, ip := range p.Status.PodIPs {
			if a, err := netip.ParseAddr(ip.IP); err == nil {
				ps = append(ps, guessPrefix(a))
			}
		}
	}
	if len(ps) == 0 {
		d.Warnings = append(d.Warnings, "could not find the pod CIDRs: not allowed to list nodes and no pods in namespace "+ns+"; add them by hand")
		return nil
	}
	d.Pods, d.PodSource = normalize(ps), "pod IPs (guess)"
	d.Warnings = append(d.Warnings, fmt.Sprintf("pod CIDRs guessed from pod IPs as %v (not allowed to list nodes); add or exclude CIDRs by hand if wrong", d.Pods))
	return nil
}

func (c *Cluster) serviceCIDRs(ctx context.Context, d *CIDRs) error {
	if list, err := c.Client.NetworkingV1().ServiceCIDRs().List(ctx, metav1.ListOptions{}); err == nil {
		var ps []netip.Prefix
		for _, sc := range list.Items {
			if sc.DeletionTimestamp != nil {
				continue
			}
			for _, s := range sc.Spec.CIDRs {
				if p, err := netip.ParsePrefix(s); err == nil {
					ps = append(ps, p.Masked())
				}
			}
		}
		if len(ps) > 0 {
			d.Services, d.ServiceSource = normalize(ps), "ServiceCIDR"
			return nil
		}
	}

	if ps := c.probeServiceCIDR(ctx); len(ps) > 0 {
		d.Services, d.ServiceSource = ps, "apiserver"
		return nil
	}

	// Guess /16s around ClusterIPs we can see.
	var ips []string
	if svc, err := c.Client.CoreV1().Services("kube-system").Get(ctx, "kube-dns", metav1.GetOptions{}); err == nil {
		ips = append(ips, svc.Spec.ClusterIPs...)
	}
	if list, err := c.Client.CoreV1().Services(c.ns("")).List(ctx, metav1.ListOptions{}); err == nil {
		for _, s := range list.Items {
			ips = append(ips, s.Spec.ClusterIPs...)
		}
	}
	var ps []netip.Prefix
	for _, ip := range ips {
		if a, err := netip.ParseAddr(ip); err == nil {
			ps = append(ps, guessPrefix(a))
		}
	}
	if len(ps) == 0 {
		d.Warnings = append(d.Warnings, "could not find the service CIDR; add it by hand")
		return nil
	}
	d.Services, d.ServiceSource = normalize(ps), "service IPs (guess)"
	d.Warnings = append(d.Warnings, fmt.Sprintf("service CIDR guessed from ClusterIPs as %v; add or exclude CIDRs by hand if wrong", d.Services))
	return nil
}

var cidrPattern = regexp.MustCompile(`[0-9a-fA-F.:]+/[0-9]{1,3}`)

// probeServiceCIDR makes the apiserver name its service range: a dry-run create (nothing
// is stored, no traffic is sent) of a Service with an impossible ClusterIP is refused
// with "... The range of valid IPs is 10.96.0.0/16".
func (c *Cluster) probeServiceCIDR(ctx context.Context) []netip.Prefix {
	svc := &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{GenerateName: "kube-tun-cidr-probe-"},
		Spec: corev1.ServiceSpec{
			ClusterIP: probeClusterIP,
			Ports:     []corev1.ServicePort{{Port: 80}},
		},
	}
	_, err := c.Client.CoreV1().Services(c.ns("")).Create(ctx, svc, metav1.CreateOptions{DryRun: []string{metav1.DryRunAll}})
	if err == nil || !apierrors.IsInvalid(err) {
		return nil
	}
	return parseCIDRs(err.Error())
}

// parseCIDRs returns the prefixes named in an apiserver message.
func parseCIDRs(msg string) []netip.Prefix {
	var ps []netip.Prefix
	for _, m := range cidrPattern.FindAllString(msg, -1) {
		if p, err := netip.ParsePrefix(m); err == nil {
			ps = append(ps, p.Masked())
		}
	}
	return normalize(ps)
}

// guessPrefix is the /16 (IPv4) or /64 (IPv6) around a.
func guessPrefix(a netip.Addr) netip.Prefix {
	bits := 16
	if a.Is6() && !a.Is4In6() {
		bits = 64
	}
	p, _ := a.Unmap().Prefix(bits)
	return p
}

// normalize sorts prefixes and drops duplicates and prefixes inside others.
func normalize(ps []netip.Prefix) []netip.Prefix {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Bits() != ps[j].Bits() {
			return ps[i].Bits() < ps[j].Bits()
		}
		return ps[i].Addr().Less(ps[j].Addr())
	})
	var out []netip.Prefix
	for _, p := range ps {
		covered := false
		for _, q := range out {
			if q.Bits() <= p.Bits() && q.Contains(p.Addr()) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Addr().Less(out[j].Addr()) })
	return out
}
