package agent

import (
	"net/netip"
	"testing"

	"github.com/kube-tun/kube-tun/agent/api"
)

func TestEgressPolicy(t *testing.T) {
	p := &egressPolicy{tunnel: api.TunnelPrefix, local: []netip.Addr{netip.MustParseAddr("10.244.0.7")},
		reserved: []uint16{api.RegisterPort, api.StreamPort}}
	tests := []struct {
		dst string
		ok  bool
	}{
		{"10.96.0.10:53", true},
		{"10.244.0.7:8080", true},        // the pod's own app
		{"10.244.0.7:7070", false},       // registration endpoint
		{"198.19.0.3:8080", false},       // another client
		{"198.19.0.1:7070", false},       // the tunnel itself
		{"127.0.0.1:8080", false},        // loopback
		{"[::ffff:198.19.0.3]:1", false}, // mapped
	}
	for _, tc := range tests {
		err := p.check(netip.MustParseAddrPort(tc.dst))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err=%v, want ok=%v", tc.dst, err, tc.ok)
		}
	}
}
