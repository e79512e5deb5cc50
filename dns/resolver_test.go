package dns

import (
	"context"
	"net"
	"sync"
	"testing"

	mdns "github.com/miekg/dns"
	"go.uber.org/goleak"
)

// startUpstream serves a tiny cluster zone on loopback UDP and returns its address.
func startUpstream(t *testing.T, records map[string]string) string {
	return serveDNS(t, func(w mdns.ResponseWriter, r *mdns.Msg) {
		m := new(mdns.Msg)
		m.SetReply(r)
		q := r.Question[0]
		ip, ok := records[q.Name]
		switch {
		case !ok:
			m.Rcode = mdns.RcodeNameError
		case q.Qtype == mdns.TypeA:
			rr, _ := mdns.NewRR(q.Name + " 30 IN A " + ip)
			m.Answer = append(m.Answer, rr)
		}
		_ = w.WriteMsg(m)
	})
}

// serveDNS serves h on loopback UDP until the test ends and returns its address.
func serveDNS(t *testing.T, h mdns.HandlerFunc) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &mdns.Server{PacketConn: pc, Handler: h}
	started := make(chan struct{})
	srv.NotifyStartedFunc = func() { close(started) }
	go func() { _ = srv.ActivateAndServe() }()
	<-started
	t.Cleanup(func() { _ = srv.Shutdown() })
	return pc.LocalAddr().String()
}

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestResolverSearchPath(t *testing.T) {
	up := startUpstream(t, map[string]string{
		"echo.kt-e2e.svc.cluster.local.": "10.96.1.2",
		"other.kt-x.svc.cluster.local.":  "10.96.1.3",
	})
	r := NewResolver(ResolverConfig{
		Servers: []string{up},
		Search:  []string{"kt-e2e.svc.cluster.local", "svc.cluster.local", "cluster.local"},
		Ndots:   5,
	}, t.Logf)
	tests := []struct {
		name  string
		rcode int
		ip    string
	}{
		{"echo.", mdns.RcodeSuccess, "10.96.1.2"},
		{"echo.kt-e2e.", mdns.RcodeSuccess, "10.96.1.2"},
		{"echo.kt-e2e.svc.cluster.local.", mdns.RcodeSuccess, "10.96.1.2"},
		{"other.kt-x.", mdns.RcodeSuccess, "10.96.1.3"},
		{"missing.", mdns.RcodeNameError, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for range 2 { // second round is served from the cache
				req := new(mdns.Msg)
				req.SetQuestion(tc.name, mdns.TypeA)
				resp := r.Resolve(context.Background(), req)
				if resp.Rcode != tc.rcode {
					t.Fatalf("rcode = %s, want %s", mdns.RcodeToString[resp.Rcode], mdns.RcodeToString[tc.rcode])
				}
				if resp.Id != req.Id {
					t.Fatalf("id = %d, want %d", resp.Id, req.Id)
				}
				if tc.ip == "" {
					continue
				}
				if len(resp.Answer) != 1 {
					t.Fatalf("answers = %v", resp.Answer)
				}
				a := resp.Answer[0].(*mdns.A)
				if a.Hdr.Name != tc.name || a.A.String() != tc.ip {
					t.Fatalf("answer = %v, want %s %s", a, tc.name, tc.ip)
				}
			}
		})
	}
}

// TestResolverQualifiedNames checks that a name under a search domain costs one upstream
// question, cold, whether it exists or not.
func TestResolverQualifiedNames(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	up := startUpstreamRecording(t, &mu, &asked)
	names := func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), asked...) }
	reset := func() { mu.Lock(); asked = nil; mu.Unlock() }
	r := NewResolver(ResolverConfig{
		Servers: []string{up},
		Search:  []string{"kt-e2e.svc.cluster.local", "svc.cluster.local", "cluster.local"},
		Ndots:   5,
	}, t.Logf)
	for _, name := range []string{"10-1-2-3.kt-e2e.pod.cluster.local.", "missing.kt-e2e.svc.cluster.local."} {
		reset()
		req := new(mdns.Msg)
		req.SetQuestion(name, mdns.TypeA)
		r.Resolve(context.Background(), req)
		if asked := names(); len(asked) != 1 || asked[0] != name {
			t.Errorf("%s: upstream asked %v, want only the name itself", name, asked)
		}
	}
	reset()
	req := new(mdns.Msg)
	req.SetQuestion("echo.kt-e2e.", mdns.TypeA) // svc.ns form: still expanded
	r.Resolve(context.Background(), req)
	if asked := names(); len(asked) == 0 || asked[0] != "echo.kt-e2e.kt-e2e.svc.cluster.local." {
		t.Errorf("echo.kt-e2e.: upstream asked %v, want the search path first", asked)
	}
}

// startUpstreamRecording answers NXDOMAIN to everything and records the names asked.
func startUpstreamRecording(t *testing.T, mu *sync.Mutex, asked *[]string) string {
	return serveDNS(t, func(w mdns.ResponseWriter, r *mdns.Msg) {
		mu.Lock()
		*asked = append(*asked, r.Question[0].Name)
		mu.Unlock()
		m := new(mdns.Msg)
		m.SetRcode(r, mdns.RcodeNameError)
		_ = w.WriteMsg(m)
	})
}

func TestResolverNoUpstream(t *testing.T) {
	r := NewResolver(ResolverConfig{Servers: []string{"127.0.0.1:1"}, Ndots: 1}, nil)
	req := new(mdns.Msg)
	req.SetQuestion("x.", mdns.TypeA)
	if resp := r.Resolve(context.Background(), req); resp.Rcode != mdns.RcodeServerFailure {
		t.Fatalf("rcode = %d, want SERVFAIL", resp.Rcode)
	}
}

func FuzzResolve(f *testing.F) {
	for _, n := range []string{"echo.", "a.b.c.d.e.f.", ".", "x"} {
		m := new(mdns.Msg)
		m.SetQuestion(mdns.Fqdn(n), mdns.TypeA)
		b, _ := m.Pack()
		f.Add(b)
	}
	r := NewResolver(ResolverConfig{Servers: []string{"127.0.0.1:1"}, Search: []string{"svc.cluster.local"}, Ndots: 5}, nil)
	f.Fuzz(func(t *testing.T, b []byte) {
		req := new(mdns.Msg)
		if err := req.Unpack(b); err != nil {
			return
		}
		if len(req.Question) == 1 && len(req.Question[0].Name) > 0 {
			// The upstream is unreachable: only the handling around it is fuzzed.
			resp := r.Resolve(context.Background(), req)
			if _, err := resp.Pack(); err != nil {
				t.Fatalf("answer does not pack: %v", err)
			}
		}
	})
}
