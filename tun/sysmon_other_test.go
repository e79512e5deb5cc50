//go:build !linux

package tun

const sysmonChildEnv = "KUBETUN_TEST_SYSMON_CHILD"

func sysmonChild() {}
