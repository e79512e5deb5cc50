package tun

import (
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// The Go runtime's monitor thread (sysmon) sleeps deeply whenever every P is idle, and
// the next goroutine to enter a system call wakes it (a futex wake, and a context switch
// on a 2-vCPU machine) before the call, after which sysmon starts again from polling
// every 20 µs (backing off only after 1 ms with nothing to take back). A process with one
// P (see Procs) that forwards packets goes idle and busy again for every burst it relays,
// so it pays that cycle thousands of times a second: in a port-forward download, sysmon's sleeps and wake-ups were 8.6% of
// the client's CPU (perf). The runtime skips the deep sleep while GODEBUG schedtrace is
// set, and reads that setting only at startup, so keepSysmonAwake re-executes the process
// with the longest schedtrace period (2^31−1 ms, 24.8 days) added to GODEBUG. Measured
// against the default (docs/performance.md): the client's CPU per GB in a port-forward
// download 20–25% lower; over UDP, CPU per GB 10–20% lower in two runs of three and level
// in the third, throughput up or level.
//
// The cost: sysmon then wakes every 10 ms while the process is idle (an idle agent: 0.33%
// of a core, 100 wake-ups a second, against 0.07% and 13 with the default), and the
// runtime prints one scheduler line ("SCHED ...") to stderr when the machine's monotonic
// clock passes each multiple of 24.8 days, and once at startup on a machine up longer than
// that. A process whose stderr is a terminal is therefore left alone on such a machine.
// GODEBUG=schedtrace=0 (or any schedtrace) keeps the runtime's default.
const (
	// schedtraceMillis is the longest schedtrace period GODEBUG takes (an int32).
	schedtraceMillis = math.MaxInt32
	// sysmonMarker is set in the re-executed process to the GODEBUG it was started
	// with, so that it can put that back: children (a user's command under
	// `kube-tun run`) must not inherit the setting.
	sysmonMarker = "KUBETUN_STARTED_GODEBUG"
	// schedtracePeriod is the same period as a duration.
	schedtracePeriod = schedtraceMillis * time.Millisecond
)

// sysmonSetting is what keepSysmonAwake adds to GODEBUG.
var sysmonSetting = "schedtrace=" + strconv.Itoa(schedtraceMillis)

// keepSysmonAwake re-executes the process with sysmonSetting in GODEBUG unless it is
// already there, the user chose a schedtrace, or the re-execution cannot be done; it
// returns only in those cases. In the re-executed process it restores GODEBUG.
func keepSysmonAwake() {
	if orig, ok := os.LookupEnv(sysmonMarker); ok {
		os.Unsetenv(sysmonMarker)
		if orig == "" {
			os.Unsetenv("GODEBUG")
		} else {
			os.Setenv("GODEBUG", orig)
		}
		return
	}
	godebug := os.Getenv("GODEBUG")
	if !wantSysmonAwake(godebug, monotonicNow(), stderrIsTerminal()) {
		return
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GODEBUG=") { // the runtime reads the first
			env = append(env, kv)
		}
	}
	env = append(env, sysmonMarker+"="+godebug, "GODEBUG="+withSysmonSetting(godebug))
	// The binary's path rather than /proc/self/exe, which would rename the process
	// "exe" in ps and pgrep.
	exe, err := os.Executable()
	if err != nil || strings.HasSuffix(exe, " (deleted)") {
		return // replaced on disk since it started: run as we are
	}
	_ = unix.Exec(exe, os.Args, env) // returns only on failure: run as we are
}

// wantSysmonAwake reports whether to re-execute with sysmonSetting, given GODEBUG, the
// monotonic clock and whether stderr is a terminal.
func wantSysmonAwake(godebug string, now time.Duration, tty bool) bool {
	for _, kv := range strings.Split(godebug, ",") {
		if strings.HasPrefix(strings.TrimSpace(kv), "schedtrace=") {
			return false // the user's choice
		}
	}
	// The runtime prints its first line once the clock passes schedtracePeriod; keep it
	// off a terminal (a day's margin for the session's lifetime).
	return !tty || now < schedtracePeriod-24*time.Hour
}

// withSysmonSetting appends sysmonSetting to a GODEBUG value.
func withSysmonSetting(godebug string) string {
	if godebug == "" {
		return sysmonSetting
	}
	return godebug + "," + sysmonSetting
}

// monotonicNow is the clock the runtime's schedtrace period counts on (since boot).
func monotonicNow() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

func stderrIsTerminal() bool {
	_, err := unix.IoctlGetTermios(2, unix.TCGETS)
	return err == nil
}
