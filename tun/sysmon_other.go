//go:build !linux

package tun

// keepSysmonAwake is Linux-only (see sysmon_linux.go).
func keepSysmonAwake() {}
