package agent

import "testing"

func TestDefaultGatewaysParses(t *testing.T) {
	for _, gw := range defaultGateways() {
		if !gw.Is4() || gw.IsUnspecified() {
			t.Errorf("bad gateway %s", gw)
		}
	}
}
