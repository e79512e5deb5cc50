package tun

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sysmonChildEnv makes the test binary run sysmonChild instead of the tests.
const sysmonChildEnv = "KUBETUN_TEST_SYSMON_CHILD"

// sysmonChild calls keepSysmonAwake as a command's main does, then prints its pid, the
// environment it was executed with (/proc/self/environ) and the one it now has.
func sysmonChild() {
	keepSysmonAwake()
	environ, _ := os.ReadFile("/proc/self/environ")
	var started []string
	for _, kv := range bytes.Split(environ, []byte{0}) {
		if bytes.HasPrefix(kv, []byte("GODEBUG=")) {
			started = append(started, string(kv))
		}
	}
	_, marked := os.LookupEnv(sysmonMarker)
	comm, _ := os.ReadFile("/proc/self/comm")
	fmt.Printf("pid=%d\nstarted=%s\nnow=%s\nmarker=%t\ncomm=%s", os.Getpid(),
		strings.Join(started, ";"), os.Getenv("GODEBUG"), marked, comm)
	os.Exit(0)
}

// runSysmonChild runs the test binary as sysmonChild with GODEBUG set to godebug (unset
// if empty) and returns what it printed, checking that it kept its pid.
func runSysmonChild(t *testing.T, godebug string) map[string]string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GODEBUG=") && !strings.HasPrefix(kv, sysmonMarker+"=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, sysmonChildEnv+"=1")
	if godebug != "" {
		cmd.Env = append(cmd.Env, "GODEBUG="+godebug)
	}
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pid := cmd.Process.Pid
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v\n%s", err, out.String())
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		k, v, _ := strings.Cut(line, "=")
		got[k] = v
	}
	if got["pid"] != strconv.Itoa(pid) {
		t.Fatalf("child pid %s, started as %d: re-executed as a new process", got["pid"], pid)
	}
	want := filepath.Base(os.Args[0])
	if len(want) > 15 {
		want = want[:15] // the kernel's limit
	}
	if got["comm"] != want {
		t.Fatalf("child's name (ps, pgrep) is %q, want %q", got["comm"], want)
	}
	return got
}

func TestKeepSysmonAwakeReexecutes(t *testing.T) {
	got := runSysmonChild(t, "")
	if got["started"] != "GODEBUG="+sysmonSetting {
		t.Errorf("started with %q, want GODEBUG=%s", got["started"], sysmonSetting)
	}
	if got["now"] != "" || got["marker"] != "false" {
		t.Errorf("after start GODEBUG=%q, marker %s: want both gone (children must not inherit them)", got["now"], got["marker"])
	}

	got = runSysmonChild(t, "x509negativeserial=1")
	if want := "GODEBUG=x509negativeserial=1," + sysmonSetting; got["started"] != want {
		t.Errorf("started with %q, want exactly one %q (the runtime reads the first)", got["started"], want)
	}
	if got["now"] != "x509negativeserial=1" {
		t.Errorf("after start GODEBUG=%q, want the user's x509negativeserial=1 back", got["now"])
	}
}

func TestKeepSysmonAwakeLeavesUsersChoice(t *testing.T) {
	got := runSysmonChild(t, "schedtrace=0")
	if got["started"] != "GODEBUG=schedtrace=0" || got["now"] != "schedtrace=0" || got["marker"] != "false" {
		t.Errorf("with GODEBUG=schedtrace=0: started %q, now %q, marker %s: want it untouched", got["started"], got["now"], got["marker"])
	}
}

func TestWantSysmonAwake(t *testing.T) {
	day := 24 * time.Hour
	for _, tc := range []struct {
		godebug string
		now     time.Duration
		tty     bool
		want    bool
	}{
		{"", time.Hour, false, true},
		{"", time.Hour, true, true},
		{"", 30 * day, false, true}, // a log, not a terminal, gets the SCHED line
		{"", 30 * day, true, false},
		{"", schedtracePeriod - 2*day, true, true},
		{"", schedtracePeriod - day/2, true, false},
		{"x=1, schedtrace=5", time.Hour, false, false},
		{"schedtracex=1", time.Hour, false, true},
	} {
		if got := wantSysmonAwake(tc.godebug, tc.now, tc.tty); got != tc.want {
			t.Errorf("wantSysmonAwake(%q, %v, tty %t) = %t, want %t", tc.godebug, tc.now, tc.tty, got, tc.want)
		}
	}
}
