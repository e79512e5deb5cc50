package launch

import (
	"context"
	"net"
	"strings"
	"time"

	mdns "github.com/miekg/dns"
)

// DNS answers the command's queries: names under the cluster's domains through the
// tunnel (the agent resolves them with the target pod's resolver), everything else with
// the host's nameservers, dialed from the host.
type DNS struct {
	// Domains routed to the cluster, e.g. "cluster.local".
	Domains []string
	// Cluster dials the agent's DNS server through the tunnel ("udp" or "tcp").
	Cluster func(ctx context.Context, network string) (net.Conn, error)
	// Upstreams are the host's nameservers, ip:port.
	Upstreams []string
	Logf      func(string, ...any)
}

var _ mdns.Handler = (*DNS)(nil)

const dnsTimeout = 4 * time.Second

// IsCluster reports whether name belongs to the cluster.
func (d *DNS) IsCluster(name string) bool {
	name = strings.ToLower(mdns.Fqdn(name))
	for _, dom := range d.Domains {
		dom = strings.ToLower(mdns.Fqdn(dom))
		if name == dom || strings.HasSuffix(name, "."+dom) {
			return true
		}
	}
	return false
}

// ServeDNS implements mdns.Handler.
func (d *DNS) ServeDNS(w mdns.ResponseWriter, req *mdns.Msg) {
	ctx, cancel := context.WithTimeout(context.Background(), dnsTimeout)
	defer cancel()
	network := "udp"
	if w.LocalAddr().Network() == "tcp" {
		network = "tcp"
	}
	resp := d.resolve(ctx, req, network)
	if resp == nil {
		resp = new(mdns.Msg)
		resp.SetRcode(req, mdns.RcodeServerFailure)
	}
	resp.Id = req.Id
	_ = w.WriteMsg(resp)
}

func (d *DNS) resolve(ctx context.Context, req *mdns.Msg, network string) *mdns.Msg {
	if len(req.Question) == 1 && d.IsCluster(req.Question[0].Name) {
		resp, err := d.viaTunnel(ctx, req, network)
		if err == nil && resp.Truncated && network == "udp" {
			resp, err = d.viaTunnel(ctx, req, "tcp")
		}
		if err != nil {
			d.logf("dns: %s via the tunnel: %v", req.Question[0].Name, err)
			return nil
		}
		return resp
	}
	c := &mdns.Client{Net: network, Timeout: dnsTimeout, UDPSize: 4096}
	for _, srv := range d.Upstreams {
		resp, _, err := c.ExchangeContext(ctx, req, srv)
		if err == nil && resp.Truncated && network == "udp" {
			resp, _, err = (&mdns.Client{Net: "tcp", Timeout: dnsTimeout}).ExchangeContext(ctx, req, srv)
		}
		if err != nil {
			d.logf("dns: %s: %v", srv, err)
			continue
		}
		return resp
	}
	return nil
}

func (d *DNS) viaTunnel(ctx context.Context, req *mdns.Msg, network string) (*mdns.Msg, error) {
	conn, err := d.Cluster(ctx, network)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	c := &mdns.Client{Net: network, Timeout: dnsTimeout, UDPSize: 4096}
	resp, _, err := c.ExchangeWithConnContext(ctx, req, &mdns.Conn{Conn: conn, UDPSize: 4096})
	return resp, err
}

func (d *DNS) logf(format string, args ...any) {
	if d.Logf != nil {
		d.Logf(format, args...)
	}
}
