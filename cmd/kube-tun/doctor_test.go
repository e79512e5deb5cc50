package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func withPath(t *testing.T, p *string, v string) {
	t.Helper()
	old := *p
	*p = v
	t.Cleanup(func() { *p = old })
}

// A missing or wrong /dev/net/tun is a FAIL that says how to fix it.
func TestDoctorTUN(t *testing.T) {
	withPath(t, &tunDevice, "/nonexistent/tun")
	if c := checkTUN(); c.Status != statusFail || !strings.Contains(c.Fix, "modprobe tun") {
		t.Errorf("missing device: %+v", c)
	}
	withPath(t, &tunDevice, "/dev/null")
	if c := checkTUN(); c.Status != statusFail || !strings.Contains(c.Detail, "character device 1:3") || !strings.Contains(c.Fix, "mknod") {
		t.Errorf("/dev/null as TUN: %+v", c)
	}
	withPath(t, &tunDevice, "/dev/net/tun")
	if _, err := os.Stat(tunDevice); err != nil {
		t.Skip("no /dev/net/tun on this machine")
	}
	if c := checkTUN(); c.Status != statusOK {
		t.Errorf("real TUN device: %+v", c)
	}
}

func TestDoctorDNS(t *testing.T) {
	dir := t.TempDir()
	rc := filepath.Join(dir, "resolv.conf")
	withPath(t, &resolvConf, rc)
	if c := checkDNS(); c.Status != statusFail {
		t.Errorf("missing resolv.conf: %+v", c)
	}
	writeFile(t, rc, "nameserver 127.0.0.53\nsearch lan\n")
	if c := checkDNS(); c.Status != statusWarn || !strings.Contains(c.Detail, "systemd-resolved") {
		t.Errorf("systemd-resolved stub: %+v", c)
	}
	writeFile(t, rc, "nameserver 10.0.0.2\n")
	if c := checkDNS(); c.Status != statusOK || !strings.Contains(c.Detail, "10.0.0.2") {
		t.Errorf("plain resolv.conf: %+v", c)
	}
}

func TestDoctorUserns(t *testing.T) {
	dir := t.TempDir()
	withPath(t, &procSys, dir)
	writeFile(t, filepath.Join(dir, "kernel", "unprivileged_userns_clone"), "0\n")
	if c := checkUserns(); c.Status != statusFail || !strings.Contains(c.Fix, "unprivileged_userns_clone=1") {
		t.Errorf("disabled user namespaces: %+v", c)
	}
}

// The exit code follows the first failed check's category.
func TestDoctorExitCode(t *testing.T) {
	rep := doctorReport{Checks: []check{
		check{Name: "A"}.ok("fine"),
		check{Name: "Kubeconfig", cat: catConfig}.fail("none", "set KUBECONFIG"),
		check{Name: "TUN"}.fail("gone", "mknod"),
	}}
	err := doctorError(rep)
	if exitCode(err) != exitConfig || !strings.Contains(err.Error(), "2 check(s) failed: Kubeconfig, TUN") {
		t.Errorf("doctorError = %v (exit %d)", err, exitCode(err))
	}
	if err := doctorError(doctorReport{Checks: []check{check{}.warn("meh", "")}}); err != nil {
		t.Errorf("warnings only: %v", err)
	}
}
