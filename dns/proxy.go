package dns

import (
	"context"
	"strings"
	"time"

	mdns "github.com/miekg/dns"
)

// Proxy is the client's local DNS server when kube-tun manages resolv.conf: names under
// the cluster's domains go to the agent through the tunnel, everything else to the
// machine's original nameservers, so nothing outside the cluster resolves differently.
type Proxy struct {
	cluster   string   // agent DNS address, ip:port
	domains   []string // lower-case FQDN suffixes routed to the cluster, e.g. "cluster.local."
	upstreams []string // original nameservers, ip:port
	udp, tcp  Exchanger
	logf      func(string, ...any)
}

// NewProxy returns a proxy that sends names under domains to cluster and the rest to
// upstreams. logf may be nil.
func NewProxy(cluster string, domains, upstreams []string, logf func(string, ...any)) *Proxy {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	p := &Proxy{
		cluster:   cluster,
		upstreams: upstreams,
		udp:       &mdns.Client{Net: "udp", Timeout: 3 * time.Second, UDPSize: 4096},
		tcp:       &mdns.Client{Net: "tcp", Timeout: 3 * time.Second},
		logf:      logf,
	}
	for _, d := range domains {
		p.domains = append(p.domains, strings.ToLower(mdns.Fqdn(d)))
	}
	return p
}

// IsCluster reports whether name is routed to the cluster.
func (p *Proxy) IsCluster(name string) bool {
	name = strings.ToLower(mdns.Fqdn(name))
	for _, d := range p.domains {
		if name == d || strings.HasSuffix(name, "."+d) {
			return true
		}
	}
	return false
}

// ServeDNS implements mdns.Handler.
func (p *Proxy) ServeDNS(w mdns.ResponseWriter, req *mdns.Msg) {
	resp := p.Resolve(context.Background(), req, w.LocalAddr().Network() == "tcp")
	if err := w.WriteMsg(resp); err != nil {
		p.logf("dns proxy: write answer: %v", err)
	}
}

// Resolve forwards req to the right servers and returns the answer (SERVFAIL if none).
func (p *Proxy) Resolve(ctx context.Context, req *mdns.Msg, overTCP bool) *mdns.Msg {
	servers := p.upstreams
	if len(req.Question) == 1 && p.IsCluster(req.Question[0].Name) {
		servers = []string{p.cluster}
	}
	c := p.udp
	if overTCP {
		c = p.tcp
	}
	for _, srv := range servers {
		resp, _, err := c.ExchangeContext(ctx, req, srv)
		if err == nil && resp.Truncated && !overTCP {
			resp, _, err = p.tcp.ExchangeContext(ctx, req, srv)
		}
		if err != nil {
			p.logf("dns proxy: %s: %v", srv, err)
			continue
		}
		resp.Id = req.Id
		return resp
	}
	m := new(mdns.Msg)
	m.SetRcode(req, mdns.RcodeServerFailure)
	return m
}
