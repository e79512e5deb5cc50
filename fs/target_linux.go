package fs

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// ErrNoTarget is returned by FindTargetPID when no process qualifies.
var ErrNoTarget = errors.New("no target process found")

// FindTargetPID finds the target container's main process as seen from the agent, which
// shares the pod's PID namespace. The rule: the lowest PID whose root directory
// (/proc/PID/root, compared by device and inode) differs from the agent's own root — i.e.
// a process of another container — and, if container is non-empty, whose
// /proc/PID/cgroup contains container (a container ID as in the pod status,
// "containerd://ID" or just "ID"; runtimes put it in the cgroup path). The agent's own
// processes share its root and are skipped, and so is the pod sandbox ("pause", PID 1
// when the pod shares its process namespace), recognised by its argv[0].
// Passing the container ID is the precise way; without it, a pod with several
// application containers yields the one that started first.
//
// Reading another process's root needs ptrace-read access (same uid and a superset of
// its capabilities, or CAP_SYS_PTRACE; see README.md). Processes that deny it are
// skipped; if that leaves none, the error says access was denied.
func FindTargetPID(container string) (int, error) {
	return findTargetPID("/proc", container)
}

func findTargetPID(proc, container string) (int, error) {
	if i := strings.Index(container, "://"); i >= 0 {
		container = container[i+3:]
	}
	var self unix.Stat_t
	if err := unix.Stat(proc+"/self/root", &self); err != nil {
		return 0, fmt.Errorf("find target: stat own root: %w", err)
	}
	ents, err := os.ReadDir(proc)
	if err != nil {
		return 0, fmt.Errorf("find target: %w", err)
	}
	var pids []int
	for _, e := range ents {
		if pid, err := strconv.Atoi(e.Name()); err == nil && pid > 0 {
			pids = append(pids, pid)
		}
	}
	sort.Ints(pids)
	me := os.Getpid()
	denied := 0
	for _, pid := range pids {
		if pid == me {
			continue
		}
		dir := proc + "/" + strconv.Itoa(pid)
		var st unix.Stat_t
		if err := unix.Stat(dir+"/root", &st); err != nil {
			if errors.Is(err, unix.EACCES) || errors.Is(err, unix.EPERM) {
				denied++
			}
			continue // gone, a kernel thread, or not ours to read
		}
		if st.Dev == self.Dev && st.Ino == self.Ino {
			continue
		}
		if cmd, err := os.ReadFile(dir + "/cmdline"); err == nil && isSandbox(cmd) {
			continue
		}
		if container != "" {
			cg, err := os.ReadFile(dir + "/cgroup")
			if err != nil || !bytes.Contains(cg, []byte(container)) {
				continue
			}
		}
		return pid, nil
	}
	if denied > 0 {
		return 0, fmt.Errorf("find target: %w (ptrace access to %d processes denied: run the agent as the target's uid or add SYS_PTRACE)", ErrNoTarget, denied)
	}
	return 0, fmt.Errorf("find target: %w", ErrNoTarget)
}

// isSandbox reports whether a /proc/PID/cmdline is the pod sandbox's (/pause).
func isSandbox(cmdline []byte) bool {
	argv0, _, _ := bytes.Cut(cmdline, []byte{0})
	return path.Base(string(argv0)) == "pause"
}

// ReadEnviron returns the environment the process pid was started with
// (/proc/PID/environ), as KEY=VALUE entries. Later setenv calls in the process are not
// seen; for a container's main process this is the environment the runtime gave it. It needs the same ptrace-read access as
// FindTargetPID.
func ReadEnviron(pid int) ([]string, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/environ")
	if err != nil {
		return nil, fmt.Errorf("read environ of pid %d: %w", pid, err)
	}
	var env []string
	for _, kv := range bytes.Split(b, []byte{0}) {
		if len(kv) > 0 {
			env = append(env, string(kv))
		}
	}
	return env, nil
}
