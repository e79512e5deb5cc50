//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

// binaries builds kube-tun and ktprobe once per test run and returns their paths.
func binaries(t testing.TB) (kubeTun, probe string) {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "kt-e2e-bin-")
		if buildErr != nil {
			return
		}
		root, _ := filepath.Abs("..")
		for pkg, out := range map[string]string{"./cmd/kube-tun": "kube-tun", "./e2e/ktprobe": "ktprobe"} {
			cmd := exec.Command("go", "build", "-o", filepath.Join(binDir, out), pkg)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
			if b, err := cmd.CombinedOutput(); err != nil {
				buildErr = fmt.Errorf("build %s: %v\n%s", pkg, err, b)
				return
			}
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(binDir, "kube-tun"), filepath.Join(binDir, "ktprobe")
}

// proc is a background process whose output is captured.
type proc struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
	err  error
}

func (p *proc) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.Write(b)
}

func (p *proc) Output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// start runs args in namespace ns (host if ""), stopped with SIGTERM at cleanup.
func start(t testing.TB, ns string, env []string, args ...string) *proc {
	t.Helper()
	if ns != "" {
		args = append([]string{"ip", "netns", "exec", ns}, args...)
	}
	p := &proc{done: make(chan struct{})}
	p.cmd = exec.Command(args[0], args[1:]...)
	p.cmd.Stdout, p.cmd.Stderr = p, p
	p.cmd.Env = append(os.Environ(), env...)
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %v: %v", args, err)
	}
	go func() { p.err = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.stop(10 * time.Second)
		if t.Failed() {
			t.Logf("output of %s:\n%s", strings.Join(args, " "), p.Output())
		}
	})
	return p
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop sends SIGTERM, then SIGKILL after grace.
func (p *proc) stop(grace time.Duration) {
	if p.exited() {
		return
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case <-p.done:
	case <-time.After(grace):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// waitOutput waits until the process printed want, failing if it exits first.
func (p *proc) waitOutput(t testing.TB, want string, timeout time.Duration) {
	t.Helper()
	e2eutil.WaitFor(t, timeout, fmt.Sprintf("output %q", want), func(context.Context) (bool, error) {
		if strings.Contains(p.Output(), want) {
			return true, nil
		}
		if p.exited() {
			return false, fmt.Errorf("process exited (%v) before printing %q:\n%s", p.err, want, p.Output())
		}
		return false, nil
	})
}

// in runs a command inside ns and returns its combined output and error.
func in(ns string, timeout time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", ns}, args...)...).CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

type contextT = context.Context

func itoa(i int) string { return fmt.Sprint(i) }

func isZombie(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	i := bytes.LastIndexByte(b, ')')
	return i < 0 || i+2 >= len(b) || b[i+2] == 'Z'
}

func metav1Object(name string) metav1.ObjectMeta {
	return metav1.ObjectMeta{Name: name, Namespace: e2eutil.Namespace, Labels: map[string]string{"app": "kt-e2e-client"}}
}
