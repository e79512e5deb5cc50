package tun

import (
	"os"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	if os.Getenv(sysmonChildEnv) != "" {
		sysmonChild() // the test binary as a command's main (sysmon_linux_test.go)
		return
	}
	goleak.VerifyTestMain(m)
}
