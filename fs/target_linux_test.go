package fs

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

const helperEnv = "KUBETUN_FS_TEST_HELPER"

func TestReadEnviron(t *testing.T) {
	env := []string{"A=1", "QUOTED=it's \"here\"", "MULTI=line1\nline2", "EMPTY="}
	cmd := exec.Command("sleep", "60")
	cmd.Env = env
	must(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	// Start returns once exec has begun; the kernel sets the new image's environment
	// bounds a moment later, so an early read can be empty: wait for it, with a deadline.
	var got []string
	deadline := time.Now().Add(5 * time.Second)
	for {
		var err error
		if got, err = ReadEnviron(cmd.Process.Pid); err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if !slices.Equal(got, env) {
		t.Errorf("ReadEnviron = %q, want %q", got, env)
	}
	if _, err := ReadEnviron(1 << 30); err == nil {
		t.Error("ReadEnviron of a missing pid: no error")
	}
}

func TestIsSandbox(t *testing.T) {
	for cmd, want := range map[string]bool{
		"/pause\x00": true, "pause\x00": true, "/usr/bin/pause": true,
		"/app/server\x00--pause\x00": false, "sleep\x0030\x00": false, "": false,
	} {
		if got := isSandbox([]byte(strings.ReplaceAll(cmd, `\x00`, "\x00"))); got != want {
			t.Errorf("isSandbox(%q) = %v", cmd, got)
		}
	}
}

// TestFindTargetPID runs the lookup in a new PID and mount namespace, as the agent sees a
// pod: PID 1 is the helper (our root), a plain child shares that root, and a chrooted
// child plays the target container.
func TestFindTargetPID(t *testing.T) {
	needRoot(t)
	busybox, err := exec.LookPath("busybox")
	if err != nil {
		t.Skip("busybox not installed")
	}
	chroot := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(chroot, "bin"), 0o755))
	b, err := os.ReadFile(busybox)
	must(t, err)
	must(t, os.WriteFile(filepath.Join(chroot, "bin/busybox"), b, 0o755))

	cmd := exec.Command("/proc/self/exe", "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=findtarget", "KUBETUN_FS_CHROOT="+chroot)
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: unix.CLONE_NEWPID | unix.CLONE_NEWNS, Pdeathsig: syscall.SIGKILL}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, out)
	}
	t.Logf("helper: %s", strings.TrimSpace(string(out)))
}

// runHelper is the body of helper processes started by tests (see TestMain).
func runHelper() int {
	switch os.Getenv(helperEnv) {
	case "findtarget":
		if err := findTargetHelper(); err != nil {
			fmt.Println("FAIL:", err)
			return 1
		}
		return 0
	case "uidserver":
		if err := uidServerHelper(); err != nil {
			fmt.Println("FAIL:", err)
			return 1
		}
		return 0
	}
	fmt.Println("unknown helper")
	return 2
}

func findTargetHelper() error {
	if os.Getpid() != 1 {
		return fmt.Errorf("helper is pid %d, want 1", os.Getpid())
	}
	if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
		return fmt.Errorf("make mounts private: %w", err)
	}
	if err := unix.Mount("proc", "/proc", "proc", 0, ""); err != nil {
		return fmt.Errorf("mount proc: %w", err)
	}
	// Only our own (same-root) processes: no target.
	same := exec.Command("sleep", "30")
	if err := same.Start(); err != nil {
		return err
	}
	defer func() { same.Process.Kill(); same.Wait() }()
	if pid, err := FindTargetPID(""); !errors.Is(err, ErrNoTarget) {
		return fmt.Errorf("before target: FindTargetPID = %d, %v; want ErrNoTarget", pid, err)
	}
	target := exec.Command("/bin/busybox", "sleep", "30")
	target.Env = []string{"TARGET_VAR=yes"}
	target.SysProcAttr = &syscall.SysProcAttr{Chroot: os.Getenv("KUBETUN_FS_CHROOT")}
	if err := target.Start(); err != nil {
		return fmt.Errorf("start target: %w", err)
	}
	defer func() { target.Process.Kill(); target.Wait() }()
	pid, err := FindTargetPID("")
	if err != nil || pid != target.Process.Pid {
		return fmt.Errorf("FindTargetPID = %d, %v; want %d", pid, err, target.Process.Pid)
	}
	if _, err := FindTargetPID("containerd://0123456789abcdef"); !errors.Is(err, ErrNoTarget) {
		return fmt.Errorf("with a foreign container id: %v; want ErrNoTarget", err)
	}
	cg, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cgroup", pid))
	if parts := strings.Split(strings.TrimSpace(string(cg)), "/"); len(parts) > 1 {
		if p2, err := FindTargetPID(parts[len(parts)-1]); err != nil || p2 != pid {
			return fmt.Errorf("with the target's cgroup leaf %q: %d, %v", parts[len(parts)-1], p2, err)
		}
	}
	env, err := ReadEnviron(pid)
	if err != nil || !slices.Equal(env, target.Env) {
		return fmt.Errorf("ReadEnviron(target) = %q, %v", env, err)
	}
	// The target's root is the chroot: the file server sees its files.
	if _, err := os.Stat(fmt.Sprintf("/proc/%d/root/bin/busybox", pid)); err != nil {
		return fmt.Errorf("target root: %w", err)
	}
	fmt.Printf("ok: target pid %d (helper 1, same-root child %d)\n", pid, same.Process.Pid)
	return nil
}
