package dns

import (
	"context"
	"testing"

	mdns "github.com/miekg/dns"
)

func TestProxySplitsClusterNames(t *testing.T) {
	cluster := startUpstream(t, map[string]string{"echo.kt-e2e.svc.cluster.local.": "10.96.1.2"})
	local := startUpstream(t, map[string]string{"intranet.example.": "192.0.2.10"})
	p := NewProxy(cluster, []string{"cluster.local"}, []string{"127.0.0.1:1", local}, t.Logf)
	for name, want := range map[string]string{
		"echo.kt-e2e.svc.cluster.local.": "10.96.1.2",
		"intranet.example.":              "192.0.2.10", // first upstream is dead: falls over
	} {
		req := new(mdns.Msg)
		req.SetQuestion(name, mdns.TypeA)
		resp := p.Resolve(context.Background(), req, false)
		if len(resp.Answer) != 1 || resp.Answer[0].(*mdns.A).A.String() != want {
			t.Errorf("%s: answer %v, want %s", name, resp.Answer, want)
		}
	}
	req := new(mdns.Msg)
	req.SetQuestion("intranet.example.", mdns.TypeA)
	if p.IsCluster("intranet.example.") || !p.IsCluster("CLUSTER.LOCAL") {
		t.Error("IsCluster wrong")
	}
}
