package intercept

import (
	"fmt"
	"net"
	"net/netip"
	"os/exec"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// TestOriginalDst redirects a connection with a real nat REDIRECT rule in a fresh
// network namespace and recovers the address it was sent to.
func TestOriginalDst(t *testing.T) {
	netnstest.NeedRoot(t)
	ns := netnstest.New(t, "kt-od")
	sh := func(args ...string) error {
		out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%v: %v: %s", args, err, out)
		}
		return nil
	}
	for _, tc := range []struct{ ipt, lo string }{{"iptables", "127.0.0.1"}, {"ip6tables", "::1"}} {
		t.Run(tc.ipt, func(t *testing.T) {
			if err := sh("ip", "netns", "exec", ns, tc.ipt, "-t", "nat", "-A", "OUTPUT", "-p", "tcp", "-d", tc.lo, "--dport", "8080", "-j", "REDIRECT", "--to-ports", "15001"); err != nil {
				t.Skip(err)
			}
			var got netip.AddrPort
			err := netnstest.Run(ns, func() error {
				ln, err := net.Listen("tcp", net.JoinHostPort(tc.lo, "15001"))
				if err != nil {
					return err
				}
				defer ln.Close()
				c, err := net.DialTimeout("tcp", net.JoinHostPort(tc.lo, "8080"), 2*time.Second)
				if err != nil {
					return err
				}
				defer c.Close()
				a, err := ln.Accept()
				if err != nil {
					return err
				}
				defer a.Close()
				got, err = OriginalDst(a.(*net.TCPConn))
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if want := netip.AddrPortFrom(netip.MustParseAddr(tc.lo), 8080); got != want {
				t.Fatalf("OriginalDst = %v, want %v", got, want)
			}
		})
	}
}
