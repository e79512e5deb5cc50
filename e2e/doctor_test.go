//go:build e2e

package e2e

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

type doctorCheck struct {
	Name, Status, Detail, Fix string
}

func runDoctor(t *testing.T, shell string) (map[string]doctorCheck, int, string) {
	t.Helper()
	out, err := in(laptopNS, 60*time.Second, "unshare", "-m", "--propagation", "private", "sh", "-c", shell)
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("doctor: %v\n%s", err, out)
	}
	// The report is the JSON object; the error summary follows on stderr.
	js := out[:strings.LastIndex(out, "}")+1]
	var rep struct {
		OK     bool
		Checks []doctorCheck
	}
	if err := json.Unmarshal([]byte(js), &rep); err != nil {
		t.Fatalf("doctor output is not a JSON report: %v\n%s", err, out)
	}
	checks := map[string]doctorCheck{}
	for _, c := range rep.Checks {
		checks[c.Name] = c
	}
	return checks, code, out
}

// TestDoctor runs doctor from the laptop namespace, once healthy and once where
// /dev/net/tun is unusable (/dev/null bound over it in a private mount namespace).
func TestDoctor(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, _ := binaries(t)
	doctor := kt + " doctor -o json -n " + e2eutil.Namespace + " --kubeconfig " + e2eutil.Kubeconfig()

	checks, code, out := runDoctor(t, "exec "+doctor)
	if code != 0 {
		// Other suites restart agents and rebuild images meanwhile: a cluster-side FAIL is
		// theirs; this machine must be fine.
		t.Logf("doctor exited %d (agent checks can fail while other tests replace agents):\n%s", code, out)
		if code == 2 {
			t.Errorf("this machine should pass doctor:\n%s", out)
		}
	}
	for _, name := range []string{"TUN device", "User namespaces", "Kubeconfig", "API server", "RBAC"} {
		if checks[name].Status != "OK" {
			t.Errorf("check %q = %+v, want OK", name, checks[name])
		}
	}
	// With an agent running, doctor opens a stream through the API server's pod proxy, as
	// auto does before the port-forward; the local API server reaches pod IPs.
	if checks["Agent version"].Status == "OK" && checks["Pod proxy"].Status != "OK" {
		t.Errorf("check %q = %+v, want OK", "Pod proxy", checks["Pod proxy"])
	}
	// The laptop namespace has no route to pod IPs: doctor says that auto goes through the
	// API server, and that this is no problem.
	if c := checks["Pod IPs"]; checks["Agent version"].Status == "OK" && (c.Status != "OK" || !strings.Contains(c.Detail, "auto goes through the API server")) {
		t.Errorf("check %q = %+v, want OK and that auto goes through the API server", "Pod IPs", c)
	}

	checks, code, out = runDoctor(t, "mount --bind /dev/null /dev/net/tun && exec "+doctor)
	tun := checks["TUN device"]
	if tun.Status != "FAIL" || !strings.Contains(tun.Detail, "10:200") || !strings.Contains(tun.Fix, "mknod") {
		t.Errorf("TUN check with /dev/null as /dev/net/tun = %+v, want FAIL with mknod advice", tun)
	}
	if code != 2 {
		t.Errorf("doctor with a broken TUN exited %d, want 2 (this machine):\n%s", code, out)
	}
	if checks["API server"].Status != "OK" {
		t.Errorf("the cluster checks should still run: %+v", checks["API server"])
	}
}
