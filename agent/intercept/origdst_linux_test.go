package intercept

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// inNetns runs f on a thread that has entered network namespace ns.
func inNetns(ns string, f func() error) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		orig, err := os.Open("/proc/thread-self/ns/net")
		if err != nil {
			errc <- err
			return
		}
		defer orig.Close()
		target, err := os.Open(filepath.Join("/run/netns", ns))
		if err != nil {
			errc <- err
			return
		}
		defer target.Close()
		if err := unix.Setns(int(target.Fd()), unix.CLONE_NEWNET); err != nil {
			errc <- fmt.Errorf("setns %s: %w", ns, err)
			return
		}
		ferr := f()
		if err := unix.Setns(int(orig.Fd()), unix.CLONE_NEWNET); err == nil {
			runtime.UnlockOSThread()
		}
		errc <- ferr
	}()
	return <-errc
}

// TestOriginalDst redirects a connection with a real nat REDIRECT rule in a fresh
// network namespace and recovers the address it was sent to.
func TestOriginalDst(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	ns := "kt-od-" + hex.EncodeToString(b)
	sh := func(args ...string) error {
		out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%v: %v: %s", args, err, out)
		}
		return nil
	}
	if err := sh("ip", "netns", "add", ns); err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { _ = exec.Command("ip", "netns", "del", ns).Run() })
	if err := sh("ip", "-n", ns, "link", "set", "lo", "up"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ ipt, lo string }{{"iptables", "127.0.0.1"}, {"ip6tables", "::1"}} {
		t.Run(tc.ipt, func(t *testing.T) {
			if err := sh("ip", "netns", "exec", ns, tc.ipt, "-t", "nat", "-A", "OUTPUT", "-p", "tcp", "-d", tc.lo, "--dport", "8080", "-j", "REDIRECT", "--to-ports", "15001"); err != nil {
				t.Skip(err)
			}
			var got netip.AddrPort
			err := inNetns(ns, func() error {
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
