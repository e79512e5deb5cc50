// Package netnstest gives tests real network namespaces: fresh namespaces with loopback
// up, veth pairs between them, code run inside one on a dedicated thread, and servers
// whose connections all end with the test (Serve). The unit
// tests of tun, agent/redirect and agent/intercept and the end-to-end tests share it, so
// that every test host is a namespace the test made and removes, even when it fails.
//
// Every helper takes a testing.TB, fails the test on setup errors and registers the
// cleanup of what it creates. Linux only, and it needs root: call NeedRoot first.
package netnstest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// NeedRoot skips the test unless it runs as root and each of tools (say "iptables") is
// on PATH.
func NeedRoot(t testing.TB, tools ...string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root (network namespaces)")
	}
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s", tool)
		}
	}
}

// Sh runs a command and fails the test if it exits non-zero; it returns the combined
// output.
func Sh(t testing.TB, args ...string) string {
	t.Helper()
	out, err := exec.Command(args[0], args[1:]...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// Name is prefix followed by a random suffix: "-" and 6 hex digits.
func Name(prefix string) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return prefix + "-" + hex.EncodeToString(b[:])
}

// New creates a network namespace named Name(prefix), with loopback up, deleted when the
// test ends (which removes the veth ends inside it too).
func New(t testing.TB, prefix string) string {
	t.Helper()
	name := Name(prefix)
	Sh(t, "ip", "netns", "add", name)
	t.Cleanup(func() { _ = exec.Command("ip", "netns", "del", name).Run() })
	Sh(t, "ip", "-n", name, "link", "set", "lo", "up")
	return name
}

// Path is the file of the named namespace.
func Path(ns string) string { return filepath.Join("/run/netns", ns) }

// Link joins namespaces nsA and nsB with a veth pair, gives its ends addrA and addrB
// (addresses in a /24) and brings them up. It returns the names of the two ends.
func Link(t testing.TB, nsA, addrA, nsB, addrB string) (devA, devB string) {
	t.Helper()
	devA, devB = Name("kva"), Name("kvb")
	Sh(t, "ip", "link", "add", devA, "netns", nsA, "type", "veth", "peer", "name", devB, "netns", nsB)
	Sh(t, "ip", "-n", nsA, "addr", "add", addrA+"/24", "dev", devA)
	Sh(t, "ip", "-n", nsB, "addr", "add", addrB+"/24", "dev", devB)
	Sh(t, "ip", "-n", nsA, "link", "set", devA, "up")
	Sh(t, "ip", "-n", nsB, "link", "set", devB, "up")
	return devA, devB
}

// Run runs f on an OS thread that has entered the named namespace and returns f's error.
// Sockets f opens stay in that namespace after it returns. The thread goes back to the
// original namespace afterwards; if it can't, it is discarded, so no other code ever runs
// in the wrong namespace.
func Run(ns string, f func() error) error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		orig, err := os.Open("/proc/thread-self/ns/net")
		if err != nil {
			errc <- fmt.Errorf("open this thread's netns: %w", err)
			return
		}
		defer orig.Close()
		target, err := os.Open(Path(ns))
		if err != nil {
			errc <- fmt.Errorf("open netns %s: %w", ns, err)
			return
		}
		defer target.Close()
		if err := unix.Setns(int(target.Fd()), unix.CLONE_NEWNET); err != nil {
			errc <- fmt.Errorf("setns %s: %w", ns, err)
			return
		}
		ferr := f()
		if err := unix.Setns(int(orig.Fd()), unix.CLONE_NEWNET); err == nil {
			runtime.UnlockOSThread() // otherwise the thread dies with the goroutine
		}
		errc <- ferr
	}()
	return <-errc
}
