package tun

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

func needRoot(t testing.TB) {
	t.Helper()
	netnstest.NeedRoot(t)
	if _, err := os.Stat("/dev/net/tun"); err != nil {
		t.Skipf("no /dev/net/tun: %v", err)
	}
}

func randSuffix() string {
	b := make([]byte, 3)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// newNetNS creates a network namespace with loopback up, removed at cleanup; it returns
// its name and path.
func newNetNS(t testing.TB) (string, string) {
	t.Helper()
	name := netnstest.New(t, "kt-tuntest")
	return name, netnstest.Path(name)
}
