package fs

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/pkg/sftp"
)

// TestAgentAsTargetUID runs the file server and ReadEnviron in a helper process with the
// target's uid and no capabilities (the "run the agent as the target's uid" option of
// README.md): it reads the target's root and environment, and gets the same permission
// errors the target would. A helper with another uid is refused.
func TestAgentAsTargetUID(t *testing.T) {
	needRoot(t)
	busybox, err := exec.LookPath("busybox")
	if err != nil {
		t.Skip("busybox not installed")
	}
	const targetUID, otherUID = 65534, 65533
	base := t.TempDir()
	must(t, os.Chmod(base, 0o755))
	must(t, os.Chmod(filepath.Dir(base), 0o755))
	chroot := filepath.Join(base, "root")
	must(t, os.MkdirAll(filepath.Join(chroot, "bin"), 0o755))
	must(t, os.MkdirAll(filepath.Join(chroot, "data"), 0o755))
	b, err := os.ReadFile(busybox)
	must(t, err)
	must(t, os.WriteFile(filepath.Join(chroot, "bin/busybox"), b, 0o755))
	must(t, os.WriteFile(filepath.Join(chroot, "data/public"), []byte("public"), 0o644))
	must(t, os.WriteFile(filepath.Join(chroot, "data/private"), []byte("private"), 0o600))
	// The helper binary must be reachable for an unprivileged uid.
	self, err := os.ReadFile("/proc/self/exe")
	must(t, err)
	exe := filepath.Join(base, "fs.test")
	must(t, os.WriteFile(exe, self, 0o755))

	target := exec.Command("/bin/busybox", "sleep", "60")
	target.Env = []string{"TARGET_VAR=from-target"}
	target.SysProcAttr = &syscall.SysProcAttr{Chroot: chroot, Credential: &syscall.Credential{Uid: targetUID, Gid: targetUID}}
	must(t, target.Start())
	t.Cleanup(func() { target.Process.Kill(); target.Wait() })

	run := func(uid uint32) (string, error) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = []string{helperEnv + "=uidserver", "KUBETUN_FS_TARGET=" + strconv.Itoa(target.Process.Pid)}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uid, Gid: uid}, Pdeathsig: syscall.SIGKILL}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := run(targetUID); err != nil {
		t.Errorf("helper as the target's uid: %v\n%s", err, out)
	} else {
		t.Logf("as target uid: %s", out)
	}
	if out, err := run(otherUID); err == nil {
		t.Errorf("helper as another uid succeeded:\n%s", out)
	} else {
		t.Logf("as another uid (refused, as expected): %s", out)
	}
}

func uidServerHelper() error {
	pid, _ := strconv.Atoi(os.Getenv("KUBETUN_FS_TARGET"))
	var env []string
	var err error
	// The target may still be finishing its exec (see TestReadEnviron): wait for it.
	for deadline := time.Now().Add(5 * time.Second); ; {
		if env, err = ReadEnviron(pid); err != nil {
			return err
		}
		if len(env) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if !slices.Equal(env, []string{"TARGET_VAR=from-target"}) {
		return fmt.Errorf("environ %q", env)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	s := NewServer(fmt.Sprintf("/proc/%d/root", pid), false, nil)
	done := make(chan error, 1)
	go func() { done <- s.Serve(l) }()
	defer func() { s.Close(); <-done }()
	conn, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		return err
	}
	defer conn.Close()
	c, err := sftp.NewClientPipe(conn, conn)
	if err != nil {
		return err
	}
	defer c.Close()
	f, err := c.Open("/data/public")
	if err != nil {
		return fmt.Errorf("open public: %w", err)
	}
	b, _ := io.ReadAll(f)
	f.Close()
	if string(b) != "public" {
		return fmt.Errorf("public = %q", b)
	}
	if _, err := c.Open("/data/private"); !errors.Is(err, os.ErrPermission) {
		return fmt.Errorf("open private (root 0600): %v, want permission denied", err)
	}
	fmt.Printf("uid %d read environ and /data/public, denied /data/private", os.Getuid())
	return nil
}
