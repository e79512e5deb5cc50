//go:build e2e

package e2e

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// dockerEngine makes sure a Docker engine runs (hack/docker.sh), stopping it at cleanup
// if this test started it.
func dockerEngine(t *testing.T) {
	t.Helper()
	script, _ := filepath.Abs("../hack/docker.sh")
	if exec.Command(script, "status").Run() == nil {
		return
	}
	if out, err := exec.Command(script, "up").CombinedOutput(); err != nil {
		t.Fatalf("hack/docker.sh up: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command(script, "down").CombinedOutput(); err != nil {
			t.Errorf("hack/docker.sh down: %v\n%s", err, out)
		}
	})
}

// probeImage builds a FROM-scratch image with ktprobe and a static busybox.
func probeImage(t *testing.T, probe string) string {
	t.Helper()
	dir := t.TempDir()
	for src, dst := range map[string]string{probe: "ktprobe", "/bin/busybox": "busybox"} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Skipf("test image needs %s: %v", src, err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	df := "FROM scratch\nCOPY busybox /bin/busybox\nCOPY ktprobe /bin/ktprobe\nENV PATH=/bin\n"
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(df), 0o644); err != nil {
		t.Fatal(err)
	}
	name := "local/" + e2eutil.UniqueName("kt-e2e-probe") + ":test"
	netnstest.Sh(t, "docker", "build", "-q", "-t", name, dir)
	t.Cleanup(func() { _ = exec.Command("docker", "rmi", "-f", name).Run() })
	return name
}

func sidecarsLeft(t *testing.T) string {
	out, err := exec.Command("docker", "ps", "-a", "--filter", "label=kube-tun=sidecar", "--format", "{{.Names}}").CombinedOutput()
	if err != nil {
		t.Fatalf("docker ps: %v %s", err, out)
	}
	return strings.TrimSpace(string(out))
}

func TestDocker(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	kt, probe := binaries(t)
	dockerEngine(t)
	img := probeImage(t, probe)
	kc := e2eutil.Kubeconfig()

	// dockerd changes iptables; the local cluster must keep forwarding.
	t.Run("ClusterStillForwards", func(t *testing.T) {
		if out, err := exec.Command(probe, "get", "http://"+e2eutil.ServiceIP(t, "kt-e2e", "echo")+"/").CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "200 ") {
			t.Errorf("host to ClusterIP with dockerd running: %v %s", err, out)
		}
		prod := newProdClient(t, probe)
		if got := who(prod.ask(echoURL)[0]); got != "app" {
			t.Errorf("pod to Service with dockerd running: answered by %s", got)
		}
		pod := e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo")[0]
		addr := e2eutil.PortForward(t, e2eutil.Namespace, pod.Name, 8080)
		if out, err := exec.Command(probe, "get", "http://"+addr+"/").CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "200 ") {
			t.Errorf("port-forward with dockerd running: %v %s", err, out)
		}
	})

	t.Run("DNSEnvAndFiles", func(t *testing.T) {
		ctx := e2eutil.Context(t, 3*time.Minute)
		script := `ktprobe get http://echo/; ktprobe udp udp-echo:9000 hello-docker; echo; echo "PLAIN=$PLAIN_VAR"; cat /etc/kt-config/CONFIG_GREETING`
		out, err := exec.CommandContext(ctx, kt, "docker", "run", "--kubeconfig", kc, "-n", "kt-e2e", "--target", "pod/envfiles",
			"--", img, "busybox", "sh", "-c", script).CombinedOutput()
		t.Logf("kube-tun docker run:\n%s", out)
		if err != nil {
			t.Fatalf("kube-tun docker run: %v", err)
		}
		for _, want := range []string{"\n200 ", "hello-docker", "PLAIN=plain-value", "hello-from-configmap", "Removed the sidecar"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("output lacks %q", want)
			}
		}
		if left := sidecarsLeft(t); left != "" {
			t.Errorf("containers left behind: %s", left)
		}
	})

	// The container's exit code is kube-tun's, and kube-tun adds no error of its own.
	t.Run("ExitCode", func(t *testing.T) {
		ctx := e2eutil.Context(t, 3*time.Minute)
		out, err := exec.CommandContext(ctx, kt, "docker", "run", "--kubeconfig", kc, "-n", "kt-e2e",
			"--", img, "busybox", "sh", "-c", "echo failing; exit 3").CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 3 {
			t.Fatalf("kube-tun docker run of a container that exits with 3: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "failing") || strings.Contains(string(out), "Error") {
			t.Errorf("output should be the container's own, with no error from kube-tun:\n%s", out)
		}
		if left := sidecarsLeft(t); left != "" {
			t.Errorf("containers left behind: %s", left)
		}
	})

	t.Run("StealFilteredAndPublish", func(t *testing.T) {
		prod := newProdClient(t, probe)
		name := e2eutil.UniqueName("dock")
		run := start(t, "", nil, kt, "docker", "run", "--kubeconfig", kc, "-n", "kt-e2e", "--target", "deploy/echo",
			"--steal", "8080:18097", "-H", "X-Docker: "+name, "--name", name,
			"--", "-p", "127.0.0.1:18098:18097", img, "ktprobe", "serve", "-http", "0.0.0.0:18097", "-name", name)
		run.waitOutput(t, "ready", 3*time.Minute)
		for i, a := range prod.ask(echoURL+"#X-Docker: "+name, echoURL, echoURL+"#X-Docker: "+name, echoURL) {
			want := map[bool]string{true: name, false: "app"}[i%2 == 0]
			if got := who(a); got != want {
				t.Errorf("request %d answered by %s, want %s", i, got, want)
			}
		}
		// The user's -p is published on the sidecar and reaches the container.
		if out, err := exec.Command(probe, "get", "http://127.0.0.1:18098/published").CombinedOutput(); err != nil || !strings.HasPrefix(string(out), "200 ") {
			t.Errorf("published port: %v %s", err, out)
		}
		run.stop(60 * time.Second)
		if !run.exited() {
			t.Fatalf("kube-tun docker run did not exit on Ctrl-C")
		}
		if left := sidecarsLeft(t); left != "" {
			t.Errorf("containers left behind after Ctrl-C: %s", left)
		}
		if got := who(prod.ask(echoURL + "#X-Docker: " + name)[0]); got != "app" {
			t.Errorf("after Ctrl-C a matching request was answered by %s", got)
		}
		for _, pod := range e2eutil.ReadyPods(t, e2eutil.Namespace, "app=echo") {
			if logs := agentLogs(t, pod.Name); !strings.Contains(logs, `msg="claim removed" owner=`+name) {
				t.Errorf("agent in %s did not log removing %s's claim", pod.Name, name)
			}
		}
		if m, _ := os.ReadFile("/proc/self/mounts"); strings.Contains(string(m), "kube-tun-docker-") {
			t.Errorf("a FUSE mount of the target is left behind")
		}
	})

	// A new kube-tun binary builds its own image and removes the previous one (untagged
	// by then) instead of leaving it behind.
	t.Run("ImageUpgrade", func(t *testing.T) {
		b, err := os.ReadFile(kt)
		if err != nil {
			t.Fatal(err)
		}
		name := "local/kube-tun:upgrade-" + e2eutil.UniqueName("t")
		t.Cleanup(func() { _ = exec.Command("docker", "image", "rm", "-f", name).Run() })
		var ids []string
		for i := 1; i <= 2; i++ {
			bin := filepath.Join(t.TempDir(), "kube-tun")
			if err := os.WriteFile(bin, append(b, make([]byte, i)...), 0o755); err != nil { // another binary, same code
				t.Fatal(err)
			}
			if out, err := exec.Command(bin, "docker", "image", "--name", name).CombinedOutput(); err != nil || !strings.Contains(string(out), "built from") {
				t.Fatalf("docker image from binary %d: %v %s", i, err, out)
			}
			id, err := exec.Command("docker", "image", "inspect", "-f", "{{.Id}}", name).Output()
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, strings.TrimSpace(string(id)))
		}
		if ids[0] == ids[1] {
			t.Fatalf("both binaries gave image %s", ids[0])
		}
		if err := exec.Command("docker", "image", "inspect", ids[0]).Run(); err == nil {
			t.Errorf("the first binary's image %s is left behind", ids[0])
			_ = exec.Command("docker", "image", "rm", ids[0]).Run()
		}
	})
}
