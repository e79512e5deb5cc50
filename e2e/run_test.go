//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// runUserName is the unprivileged user the launcher tests run `kube-tun run` as.
const runUserName = "ktrun"

// runUser runs kube-tun as a normal user (no capabilities, no sudo) inside the laptop
// namespace, which reaches only the API server: whatever reaches the cluster went
// through the tunnel.
type runUser struct {
	t              testing.TB
	uid, gid       int
	dir            string // binaries and kubeconfig, readable by the user
	kt, probe, cfg string
}

func newRunUser(t testing.TB) *runUser {
	t.Helper()
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	if _, err := os.Stat("/etc/netns/" + laptopNS + "/resolv.conf"); err != nil {
		t.Skipf("namespace %s is not set up (make cluster-up creates it): %v", laptopNS, err)
	}
	kt, probe := binaries(t)
	if _, err := user.Lookup(runUserName); err != nil {
		netnstest.Sh(t, "useradd", "-m", runUserName)
	}
	u, err := user.Lookup(runUserName)
	if err != nil {
		t.Fatal(err)
	}
	// The modes desktop distributions ship (and fuse3/docker installs leave).
	netnstest.Sh(t, "chmod", "0666", "/dev/net/tun", "/dev/fuse")
	r := &runUser{t: t}
	r.uid, _ = strconv.Atoi(u.Uid)
	r.gid, _ = strconv.Atoi(u.Gid)
	r.dir, err = os.MkdirTemp("", "kt-run-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(r.dir) })
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Chmod(r.dir, 0o755))
	r.kt, r.probe, r.cfg = filepath.Join(r.dir, "kube-tun"), filepath.Join(r.dir, "ktprobe"), filepath.Join(r.dir, "kubeconfig")
	for src, dst := range map[string]string{kt: r.kt, probe: r.probe, e2eutil.Kubeconfig(): r.cfg} {
		b, err := os.ReadFile(src)
		must(err)
		must(os.WriteFile(dst, b, 0o755))
	}
	must(os.Chown(r.cfg, r.uid, r.gid))
	must(os.Chmod(r.cfg, 0o600))
	return r
}

// argv is the command line that runs kube-tun with args as the user in the laptop namespace.
func (r *runUser) argv(args ...string) []string {
	argv := []string{"ip", "netns", "exec", laptopNS,
		"setpriv", "--reuid", strconv.Itoa(r.uid), "--regid", strconv.Itoa(r.gid), "--clear-groups", "--inh-caps=-all",
		"env", "-i", "HOME=/home/" + runUserName, "USER=" + runUserName, "PATH=/usr/bin:/bin:" + r.dir, "OUTSIDE_ONLY=1"}
	if img := os.Getenv("KUBETUN_AGENT_IMAGE"); img != "" {
		argv = append(argv, "KUBETUN_AGENT_IMAGE="+img)
	}
	return append(append(argv, r.kt), args...)
}

// run runs `kube-tun run --target target extra... -- cmd...` and returns stdout, stderr and
// the exit code.
func (r *runUser) run(target string, extra []string, cmd ...string) (string, string, int) {
	r.t.Helper()
	args := append([]string{"run", "--kubeconfig", r.cfg, "-n", e2eutil.Namespace, "--target", target}, extra...)
	args = append(append(args, "--"), cmd...)
	argv := r.argv(args...)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, argv[0], argv[1:]...)
	c.Dir = r.dir
	var o, e bytes.Buffer
	c.Stdout, c.Stderr = &o, &e
	err := c.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		r.t.Fatalf("kube-tun run: %v\n%s", err, e.String())
	}
	return o.String(), e.String(), code
}

func envMap(s string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(s, "\n") {
		if k, v, ok := strings.Cut(l, "="); ok && k != "" {
			m[k] = v
		}
	}
	return m
}

func TestRunEnv(t *testing.T) {
	r := newRunUser(t)
	podOut, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "env")
	if err != nil {
		t.Fatal(err)
	}
	pod := envMap(podOut)
	out, stderr, code := r.run("pod/envfiles",
		[]string{"--files", "off", "--env-exclude", "PATH,HOME,HOSTNAME,FROM_SECRET", "--env", "EXTRA=set locally"}, "env")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	t.Logf("kube-tun run:\n%s", stderr)
	got := envMap(out)
	for _, want := range []string{"PLAIN_VAR", "FROM_CONFIGMAP", "FROM_SECRET", "POD_NAME"} {
		if pod[want] == "" {
			t.Fatalf("the pod has no %s: %v", want, pod)
		}
	}
	for k, v := range pod {
		switch k {
		case "PATH", "HOME", "HOSTNAME", "FROM_SECRET":
			continue
		}
		if got[k] != v {
			t.Errorf("%s = %q, the pod has %q", k, got[k], v)
		}
	}
	if _, ok := got["FROM_SECRET"]; ok {
		t.Errorf("excluded FROM_SECRET is set")
	}
	if got["EXTRA"] != "set locally" || got["OUTSIDE_ONLY"] != "1" || got["HOME"] != "/home/"+runUserName {
		t.Errorf("local variables: EXTRA=%q OUTSIDE_ONLY=%q HOME=%q", got["EXTRA"], got["OUTSIDE_ONLY"], got["HOME"])
	}

	// kube-tun env prints the same.
	argv := r.argv("env", "pod/envfiles", "--kubeconfig", r.cfg, "-n", e2eutil.Namespace, "-o", "sh", "--env-include", "PLAIN_VAR,FROM_*")
	b, err := exec.Command(argv[0], argv[1:]...).Output()
	if err != nil {
		t.Fatalf("kube-tun env: %v", err)
	}
	// Sorted by key: kubelet orders a container's variables arbitrarily.
	want := fmt.Sprintf("export FROM_CONFIGMAP='%s'\nexport FROM_SECRET='%s'\nexport PLAIN_VAR='%s'\n", pod["FROM_CONFIGMAP"], pod["FROM_SECRET"], pod["PLAIN_VAR"])
	if string(b) != want {
		t.Errorf("kube-tun env -o sh:\n%s\nwant:\n%s", b, want)
	}
}

func TestRunFiles(t *testing.T) {
	r := newRunUser(t)
	token, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "cat", "/var/run/secrets/kubernetes.io/serviceaccount/token")
	if err != nil {
		t.Fatal(err)
	}
	conf, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "cat", "/etc/kt-config/app.conf")
	if err != nil {
		t.Fatal(err)
	}
	name := e2eutil.UniqueName("kt-run")
	t.Cleanup(func() { _, _, _ = e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "rm", "-f", "/data/"+name) })
	script := `cat /var/run/secrets/kubernetes.io/serviceaccount/token; echo ==; cat /etc/kt-config/app.conf; echo ==;
echo from-run > /data/` + name + `; echo rc=$?`

	t.Run("ro", func(t *testing.T) {
		out, stderr, code := r.run("pod/envfiles", nil, "sh", "-c", script)
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		t.Logf("kube-tun run:\n%s", stderr)
		parts := strings.Split(out, "==\n")
		if len(parts) != 3 {
			t.Fatalf("output %q", out)
		}
		if strings.TrimSpace(parts[0]) != strings.TrimSpace(token) {
			t.Errorf("token %q, the pod has %q", parts[0], token)
		}
		if parts[1] != conf {
			t.Errorf("app.conf %q, the pod has %q", parts[1], conf)
		}
		if strings.TrimSpace(parts[2]) == "rc=0" || !strings.Contains(stderr, "Read-only file system") {
			t.Errorf("write in ro mode: %q, stderr %q", parts[2], stderr)
		}
		if _, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "test", "-e", "/data/"+name); err == nil {
			t.Errorf("the ro write reached the pod")
		}
	})
	t.Run("rw", func(t *testing.T) {
		out, stderr, code := r.run("pod/envfiles", []string{"--files", "rw"}, "sh", "-c", script)
		if code != 0 || !strings.HasSuffix(out, "rc=0\n") {
			t.Fatalf("exit %d, output %q\n%s", code, out, stderr)
		}
		got, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "cat", "/data/"+name)
		if err != nil || got != "from-run\n" {
			t.Errorf("the pod reads %q, %v", got, err)
		}
	})
}

func TestRunNetwork(t *testing.T) {
	r := newRunUser(t)
	state := func() string {
		route, _ := in(laptopNS, 10*time.Second, "ip", "route")
		route6, _ := in(laptopNS, 10*time.Second, "ip", "-6", "route")
		links, _ := in(laptopNS, 10*time.Second, "ip", "-br", "link")
		rc, _ := os.ReadFile("/etc/netns/" + laptopNS + "/resolv.conf")
		host, _ := os.ReadFile("/etc/resolv.conf")
		return strings.Join([]string{route, route6, links, string(rc), string(host)}, "\n--\n")
	}
	before := state()
	args := append([]string{"run", "--kubeconfig", r.cfg, "-n", e2eutil.Namespace, "--target", "pod/envfiles", "--files", "off", "--"},
		"sh", "-c", "ktprobe get http://echo/ && ktprobe udp udp-echo:9000 hello-udp && echo RUNNING && sleep 3")
	p := start(t, "", nil, r.argv(args...)...)
	p.waitOutput(t, "RUNNING", 2*time.Minute)
	if during := state(); during != before {
		t.Errorf("the laptop's network or resolv.conf changed during the run:\nbefore:\n%s\nduring:\n%s", before, during)
	}
	select {
	case <-p.done:
	case <-time.After(time.Minute):
		t.Fatal("kube-tun run did not exit")
	}
	out := p.Output()
	if p.err != nil {
		t.Fatalf("kube-tun run: %v\n%s", p.err, out)
	}
	t.Logf("kube-tun run:\n%s", out)
	if !strings.Contains(out, "\n200 ") && !strings.HasPrefix(out, "200 ") {
		t.Errorf("no HTTP 200 from the echo Service:\n%s", out)
	}
	if !strings.Contains(out, "hello-udp") {
		t.Errorf("no UDP echo:\n%s", out)
	}
	if after := state(); after != before {
		t.Errorf("the laptop's network or resolv.conf changed after the run")
	}
}

func TestRunExitCode(t *testing.T) {
	r := newRunUser(t)
	_, stderr, code := r.run("pod/envfiles", []string{"--files", "off"}, "sh", "-c", "exit 7")
	if code != 7 {
		t.Errorf("exit code %d, want 7\n%s", code, stderr)
	}
	// Bad input is exit 2 with the next step: a misspelt target names what exists, a
	// wrong command line shows the usage.
	_, stderr, code = r.run("deploy/ech", nil, "true")
	if code != 2 || !strings.Contains(stderr, `deployment "ech" not found in namespace `+e2eutil.Namespace+"; its deployments: ") || !strings.Contains(stderr, "→ use one of those names") {
		t.Errorf("misspelt target: exit code %d, want 2 with the namespace's deployments\n%s", code, stderr)
	}
	_, stderr, code = r.run("pod/envfiles", []string{"--bogus"}, "true")
	if code != 2 || !strings.Contains(stderr, "unknown flag: --bogus") || !strings.Contains(stderr, "usage: kube-tun run") {
		t.Errorf("unknown flag: exit code %d, want 2 with the usage\n%s", code, stderr)
	}
	// A signal to kube-tun reaches CMD, whose death by SIGTERM becomes 128+15.
	args := append([]string{"run", "--kubeconfig", r.cfg, "-n", e2eutil.Namespace, "--target", "pod/envfiles", "--files", "off", "--"},
		"sh", "-c", "echo READY; exec sleep 60")
	argv := r.argv(args...)
	c := exec.Command(argv[0], argv[1:]...)
	pr, pw := io.Pipe()
	c.Stdout, c.Stderr = pw, pw
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	ready, exited := make(chan struct{}), make(chan error, 1)
	go func() {
		buf := make([]byte, 4096)
		var all []byte
		for {
			n, err := pr.Read(buf)
			all = append(all, buf[:n]...)
			if bytes.Contains(all, []byte("READY")) {
				close(ready)
				io.Copy(io.Discard, pr)
				return
			}
			if err != nil {
				return
			}
		}
	}()
	go func() { exited <- c.Wait(); pw.Close() }()
	select {
	case <-ready:
	case err := <-exited:
		t.Fatalf("kube-tun exited before CMD started: %v", err)
	case <-time.After(2 * time.Minute):
		c.Process.Kill()
		<-exited
		t.Fatal("CMD did not start")
	}
	// ip netns exec, setpriv and env exec, so the process is kube-tun itself.
	_ = c.Process.Signal(syscall.SIGTERM)
	err := <-exited
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 128+15 {
		t.Errorf("after SIGTERM: %v, want exit code 143", err)
	}
}

// BenchmarkRunStart measures the time from starting `kube-tun run` to CMD running (the
// agent is already in the pod after the first round).
func BenchmarkRunStart(b *testing.B) {
	r := newRunUser(b)
	var total time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		out, stderr, code := r.run("pod/envfiles", nil, "date", "+%s%N")
		if code != 0 {
			b.Fatalf("exit %d\n%s", code, stderr)
		}
		ns, err := strconv.ParseInt(strings.TrimSpace(out), 10, 64)
		if err != nil {
			b.Fatalf("output %q", out)
		}
		total += time.Unix(0, ns).Sub(t0)
		if i == 0 {
			b.Logf("kube-tun run:\n%s", stderr)
		}
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/to-CMD")
}

func TestMountUmount(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, _ := binaries(t)
	dir := t.TempDir()
	var env []string
	if img := os.Getenv("KUBETUN_AGENT_IMAGE"); img != "" {
		env = append(env, "KUBETUN_AGENT_IMAGE="+img)
	}
	p := start(t, "", env, kt, "mount", "--kubeconfig", e2eutil.Kubeconfig(), "-n", e2eutil.Namespace, "pod/envfiles", dir)
	t.Cleanup(func() { _ = exec.Command(kt, "umount", dir).Run() })
	p.waitOutput(t, "Mounted", 2*time.Minute)
	want, _, err := e2eutil.Exec(t, e2eutil.Namespace, "envfiles", "", "cat", "/etc/kt-config/app.conf")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "etc/kt-config/app.conf"))
	if err != nil || string(got) != want {
		t.Errorf("app.conf through the mount: %q, %v; the pod has %q", got, err, want)
	}
	if err := os.WriteFile(filepath.Join(dir, "data/x"), []byte("x"), 0o644); !errors.Is(err, syscall.EROFS) {
		t.Errorf("write to a read-only mount: %v, want EROFS", err)
	}
	if out, err := exec.Command(kt, "umount", dir).CombinedOutput(); err != nil {
		t.Fatalf("kube-tun umount: %v\n%s", err, out)
	}
	if b, _ := os.ReadFile("/proc/self/mounts"); strings.Contains(string(b), dir) {
		t.Errorf("%s is still mounted after umount", dir)
	}
	// kube-tun mount ends with its mount.
	e2eutil.WaitFor(t, 10*time.Second, "kube-tun mount to exit after umount", func(context.Context) (bool, error) { return p.exited(), nil })
	if out := p.Output(); !strings.Contains(out, "was unmounted") {
		t.Errorf("kube-tun mount should say that the mount was removed:\n%s", out)
	}
	p.stop(10 * time.Second)
}

// BenchmarkRunThroughput compares, inside one `kube-tun run`, a 100 MB HTTP download from
// a Service (the tunnel through the namespace's netstack, raw) with a sequential read of a
// 100 MB file of the target through the FUSE mount.
func BenchmarkRunThroughput(b *testing.B) {
	r := newRunUser(b)
	const size = 100 << 20
	name := e2eutil.UniqueName("kt-bench")
	if _, _, err := e2eutil.Exec(b, e2eutil.Namespace, "envfiles", "", "dd", "if=/dev/zero", "of=/data/"+name, "bs=1048576", "count=100"); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _, _, _ = e2eutil.Exec(b, e2eutil.Namespace, "envfiles", "", "rm", "-f", "/data/"+name) })
	script := fmt.Sprintf(`t() { date +%%s%%N; }
s=$(t); ktprobe get "http://echo/bytes?n=%d" >/dev/null || exit 1; e=$(t); echo net $((e-s))
s=$(t); cat /data/%s >/dev/null || exit 1; e=$(t); echo fuse $((e-s))`, size, name)
	var net, fuse time.Duration
	for i := 0; i < b.N; i++ {
		out, stderr, code := r.run("pod/envfiles", nil, "sh", "-c", script)
		if code != 0 {
			b.Fatalf("exit %d: %s\n%s", code, out, stderr)
		}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			k, v, _ := strings.Cut(l, " ")
			ns, _ := strconv.ParseInt(v, 10, 64)
			switch k {
			case "net":
				net += time.Duration(ns)
			case "fuse":
				fuse += time.Duration(ns)
			}
		}
	}
	mbps := func(d time.Duration) float64 { return float64(size) * float64(b.N) / d.Seconds() / 1e6 }
	b.ReportMetric(mbps(net), "MB/s-tunnel-http")
	b.ReportMetric(mbps(fuse), "MB/s-fuse-read")
	b.ReportMetric(mbps(fuse)/mbps(net), "fuse/tunnel")
}

// TestRunSteal: requests to the target with a matching header reach CMD, inside its
// namespace; the others still reach the app.
func TestRunSteal(t *testing.T) {
	r := newRunUser(t)
	prod := newProdClient(t, r.probe)
	ctx := e2eutil.Context(t, time.Minute)
	pod, err := e2eutil.Client(t).CoreV1().Pods(e2eutil.Namespace).Get(ctx, "echo-pod", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"run", "--kubeconfig", r.cfg, "-n", e2eutil.Namespace, "--target", "pod/echo-pod", "--files", "off",
		"--steal", "8080", "-H", "X-Kt-Run: yes", "--"}, "ktprobe", "serve", "-http", ":8080", "-name", "runner")
	p := start(t, "", nil, r.argv(args...)...)
	p.waitOutput(t, "✓ steal port 8080", 2*time.Minute)
	url := "http://" + pod.Status.PodIP + ":8080/"
	var last []string
	e2eutil.WaitFor(t, 30*time.Second, "the matching request reaching CMD", func(context.Context) (bool, error) {
		out, err := prod.tryAsk(url+"#X-Kt-Run: yes", url)
		if err != nil || len(out) != 2 {
			return false, nil
		}
		last = out
		return who(out[0]) == "runner" && who(out[1]) == "app", nil
	})
	t.Logf("answers: %q", last)
	p.stop(10 * time.Second)
	if out := prod.ask(url + "#X-Kt-Run: yes"); who(out[0]) != "app" {
		t.Errorf("after the run ended, the app should answer: %q", out)
	}

	// A CMD that listens on 127.0.0.1 only (a dev server on localhost) gets them too.
	args = append([]string{"run", "--kubeconfig", r.cfg, "-n", e2eutil.Namespace, "--target", "pod/echo-pod", "--files", "off",
		"--steal", "8080", "-H", "X-Kt-Run: yes", "--"}, "ktprobe", "serve", "-http", "127.0.0.1:8080", "-name", "local-runner")
	p = start(t, "", nil, r.argv(args...)...)
	p.waitOutput(t, "✓ steal port 8080", 2*time.Minute)
	e2eutil.WaitFor(t, 30*time.Second, "the matching request reaching a CMD on 127.0.0.1", func(context.Context) (bool, error) {
		out, err := prod.tryAsk(url + "#X-Kt-Run: yes")
		return err == nil && len(out) == 1 && who(out[0]) == "local-runner", nil
	})
}

// TestRunUsesUp: with `kube-tun up` connected, `kube-tun run` gives the command the
// machine's own network (which already reaches the cluster) instead of a namespace of its
// own.
func TestRunUsesUp(t *testing.T) {
	r := newRunUser(t)
	c := newUpClient(t, laptopNS)
	c.up()
	laptopNet, err := in(laptopNS, 10*time.Second, "readlink", "/proc/self/ns/net")
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, code := r.run("pod/envfiles", []string{"--files", "off"}, "sh", "-c", "ktprobe get http://echo/ && readlink /proc/self/ns/net")
	if code != 0 {
		t.Fatalf("kube-tun run exited %d:\n%s\n%s", code, out, stderr)
	}
	if !strings.Contains(out, "200 ") {
		t.Errorf("no HTTP 200 from the echo Service through up:\n%s", out)
	}
	if !strings.Contains(out, laptopNet) {
		t.Errorf("the command got its own network namespace, want the machine's (%s):\n%s", laptopNet, out)
	}
	if !strings.Contains(stderr, "kube-tun up") {
		t.Errorf("run should say it uses the up session:\n%s", stderr)
	}
}
