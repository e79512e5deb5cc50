package dns

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	mdns "github.com/miekg/dns"
)

// ResolverConfig is a resolver configuration in resolv.conf terms.
type ResolverConfig struct {
	Servers []string // "ip:port"
	Search  []string // search domains, without trailing dots
	Ndots   int
}

// ReadResolvConf reads a resolv.conf(5) file.
func ReadResolvConf(path string) (ResolverConfig, error) {
	cc, err := mdns.ClientConfigFromFile(path)
	if err != nil {
		return ResolverConfig{}, fmt.Errorf("read resolver config %s: %w", path, err)
	}
	cfg := ResolverConfig{Ndots: cc.Ndots}
	for _, s := range cc.Servers {
		cfg.Servers = append(cfg.Servers, net.JoinHostPort(s, cc.Port))
	}
	for _, s := range cc.Search {
		cfg.Search = append(cfg.Search, strings.TrimSuffix(s, "."))
	}
	if len(cfg.Servers) == 0 {
		return cfg, fmt.Errorf("read resolver config %s: no nameserver", path)
	}
	return cfg, nil
}

// Exchanger sends one DNS query to one server. *mdns.Client satisfies it.
type Exchanger interface {
	ExchangeContext(ctx context.Context, m *mdns.Msg, addr string) (*mdns.Msg, time.Duration, error)
}

// Resolver answers queries the way a process in the pod would see them: the name is
// expanded with the pod's search path and sent to the pod's nameservers. Answers are
// rewritten back to the name that was asked, and cached for their TTL.
type Resolver struct {
	cfg   ResolverConfig
	udp   Exchanger
	tcp   Exchanger
	logf  func(string, ...any)
	cache *cache
}

// NewResolver returns a Resolver for cfg. logf may be nil.
func NewResolver(cfg ResolverConfig, logf func(string, ...any)) *Resolver {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if cfg.Ndots <= 0 {
		cfg.Ndots = 1
	}
	return &Resolver{
		cfg:   cfg,
		udp:   &mdns.Client{Net: "udp", Timeout: 2 * time.Second, UDPSize: 4096},
		tcp:   &mdns.Client{Net: "tcp", Timeout: 2 * time.Second},
		logf:  logf,
		cache: newCache(4096),
	}
}

// Candidates returns the names tried for qname, in order, following resolv.conf rules,
// with one exception: a name that already ends in one of the search domains (say
// "x.kt-e2e.pod.cluster.local", four dots under the pod's ndots:5) is asked as it is and
// only as it is. The client's own resolver has applied its search list before the
// question crossed the tunnel, so expanding it again would only add questions that
// cannot succeed ("x.kt-e2e.pod.cluster.local.kt-e2e.svc.cluster.local"), three
// round trips before every cold answer.
func (r *Resolver) Candidates(qname string) []string {
	name := mdns.Fqdn(qname)
	for _, s := range r.cfg.Search {
		if mdns.IsSubDomain(mdns.Fqdn(s), name) {
			return []string{name}
		}
	}
	if strings.Count(strings.TrimSuffix(qname, "."), ".") >= r.cfg.Ndots || len(r.cfg.Search) == 0 {
		out := []string{name}
		return append(out, r.expand(name)...)
	}
	return append(r.expand(name), name)
}

func (r *Resolver) expand(name string) []string {
	var out []string
	for _, s := range r.cfg.Search {
		out = append(out, mdns.Fqdn(strings.TrimSuffix(name, ".")+"."+s))
	}
	return out
}

// ServeDNS implements mdns.Handler.
func (r *Resolver) ServeDNS(w mdns.ResponseWriter, req *mdns.Msg) {
	resp := r.Resolve(context.Background(), req)
	if err := w.WriteMsg(resp); err != nil {
		r.logf("dns: write answer: %v", err)
	}
}

// Resolve answers req. It never returns nil: failures become SERVFAIL.
func (r *Resolver) Resolve(ctx context.Context, req *mdns.Msg) *mdns.Msg {
	if len(req.Question) != 1 || req.Opcode != mdns.OpcodeQuery {
		m := new(mdns.Msg)
		m.SetRcode(req, mdns.RcodeNotImplemented)
		return m
	}
	q := req.Question[0]
	if ans := r.cache.get(q); ans != nil {
		ans.Id = req.Id
		return ans
	}
	var last *mdns.Msg
	for _, cand := range r.Candidates(q.Name) {
		up := new(mdns.Msg)
		up.SetQuestion(cand, q.Qtype)
		up.Question[0].Qclass = q.Qclass
		up.RecursionDesired = true
		up.SetEdns0(4096, false)
		resp, err := r.exchange(ctx, up)
		if err != nil {
			r.logf("dns: %s %s: %v", cand, mdns.TypeToString[q.Qtype], err)
			continue
		}
		last = resp
		if resp.Rcode == mdns.RcodeSuccess && (len(resp.Answer) > 0 || cand == mdns.Fqdn(q.Name)) {
			break
		}
		if resp.Rcode != mdns.RcodeNameError && resp.Rcode != mdns.RcodeSuccess {
			continue
		}
	}
	m := new(mdns.Msg)
	if last == nil {
		m.SetRcode(req, mdns.RcodeServerFailure)
		return m
	}
	m.SetReply(req)
	m.Rcode = last.Rcode
	m.RecursionAvailable = true
	asked := mdns.Fqdn(q.Name)
	from := last.Question[0].Name
	for _, rr := range last.Answer {
		rr = mdns.Copy(rr)
		if strings.EqualFold(rr.Header().Name, from) {
			rr.Header().Name = asked
		}
		m.Answer = append(m.Answer, rr)
	}
	if m.Rcode != mdns.RcodeSuccess || len(m.Answer) == 0 {
		m.Ns = last.Ns
	}
	r.cache.put(q, m)
	return m
}

func (r *Resolver) exchange(ctx context.Context, m *mdns.Msg) (*mdns.Msg, error) {
	var errs []error
	for _, srv := range r.cfg.Servers {
		resp, _, err := r.udp.ExchangeContext(ctx, m, srv)
		if err == nil && resp.Truncated {
			resp, _, err = r.tcp.ExchangeContext(ctx, m, srv)
		}
		if err == nil {
			return resp, nil
		}
		errs = append(errs, fmt.Errorf("exchange with %s: %w", srv, err))
	}
	return nil, errors.Join(errs...)
}

// cache is a small TTL cache of final answers, keyed by question.
type cache struct {
	max int
	mu  sync.Mutex
	m   map[mdns.Question]cacheEntry // guarded by mu
}

type cacheEntry struct {
	msg     *mdns.Msg
	expires time.Time
}

func newCache(max int) *cache { return &cache{max: max, m: make(map[mdns.Question]cacheEntry)} }

func (c *cache) get(q mdns.Question) *mdns.Msg {
	q.Name = strings.ToLower(q.Name)
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[q]
	if !ok || time.Now().After(e.expires) {
		delete(c.m, q)
		return nil
	}
	return e.msg.Copy()
}

func (c *cache) put(q mdns.Question, m *mdns.Msg) {
	ttl := uint32(5) // negative answers: short
	if m.Rcode == mdns.RcodeSuccess && len(m.Answer) > 0 {
		ttl = m.Answer[0].Header().Ttl
		for _, rr := range m.Answer {
			ttl = min(ttl, rr.Header().Ttl)
		}
	}
	if ttl == 0 || (m.Rcode != mdns.RcodeSuccess && m.Rcode != mdns.RcodeNameError) {
		return
	}
	q.Name = strings.ToLower(q.Name)
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[q] = cacheEntry{msg: m.Copy(), expires: time.Now().Add(time.Duration(ttl) * time.Second)}
}
