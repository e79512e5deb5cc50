package tun

import (
	"os"
	"runtime"
)

// Procs is how many Ps (GOMAXPROCS) a kube-tun process runs with unless the GOMAXPROCS
// environment variable sets another number.
//
// wireguard-go hands every packet across three goroutines each way (TUN reader →
// encryption worker → sequential sender; socket reader → decryption worker → sequential
// receiver), and the agent adds the netstack's and the proxy's. With a second P idle, each
// handoff wakes another OS thread to run the readied goroutine, and a thread that finds
// nothing spins before it sleeps again. With one P the readied goroutine runs on the same
// thread as soon as the current one blocks. Measured on the 2-vCPU VMs (docs/performance.md,
// "One P"), one P at both ends against the default in the same 5-round run: request
// round trip p50 1.24 → 0.92 × plain wireguard-go, connect + request 1.40 → 1.08 ×, CPU
// per GB about 25% lower, and bulk throughput the same or higher, since spinning threads
// no longer take CPU from the rest of the path. One P still moves about 2.5 Gbit/s of WireGuard
// traffic on these VMs; GOMAXPROCS=N gives a process N (an agent shared by many
// developers moving bulk data at once, say).
const Procs = 1

// TuneRuntime sets up the Go runtime for forwarding packets: sysmon kept out of its deep
// sleep (see sysmon_linux.go; this may re-execute the process, so it must come before
// anything else in main) and one P (LimitProcs). It returns the number of Ps.
func TuneRuntime() int {
	keepSysmonAwake()
	return LimitProcs()
}

// LimitProcs sets GOMAXPROCS to Procs unless the GOMAXPROCS environment variable is set,
// and returns the number in effect. Commands call it through TuneRuntime.
func LimitProcs() int {
	if os.Getenv("GOMAXPROCS") != "" {
		return runtime.GOMAXPROCS(0)
	}
	runtime.GOMAXPROCS(Procs)
	return Procs
}
