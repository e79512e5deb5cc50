package netstack

import (
	"fmt"
	"reflect"
	"strings"

	"gvisor.dev/gvisor/pkg/tcpip"
)

// DumpStats renders the non-zero gVisor IP, TCP and UDP counters (debugging).
func DumpStats(s *Stack) string {
	st := s.st.Stats()
	var b strings.Builder
	for _, g := range []struct {
		name string
		v    any
	}{{"IP", st.IP}, {"TCP", st.TCP}, {"UDP", st.UDP}, {"ICMPv4in", st.ICMP.V4.PacketsReceived.ICMPv4PacketStats}, {"ICMPv4out", st.ICMP.V4.PacketsSent.ICMPv4PacketStats}, {"ICMPv4in", st.ICMP.V4.PacketsReceived}, {"ICMPv4out", st.ICMP.V4.PacketsSent}} {
		v := reflect.ValueOf(g.v)
		if v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
		for i := 0; i < v.NumField(); i++ {
			if c, ok := v.Field(i).Interface().(*tcpip.StatCounter); ok && c.Value() != 0 {
				fmt.Fprintf(&b, "%s.%s=%d ", g.name, v.Type().Field(i).Name, c.Value())
			}
		}
	}
	return b.String()
}

// SetOutQueueLen sets the outbound queue length of stacks made later.
func SetOutQueueLen(n int) { outQueueLen = n }

// ResetsSent is gVisor's count of TCP resets the stack sent.
func ResetsSent(s *Stack) uint64 { return s.st.Stats().TCP.ResetsSent.Value() }

// Handoffs counts how often a forwarded TCP flow's upstream reader handed
// over to a fresh goroutine.
func Handoffs(s *Stack) uint64 { return s.stats.handoffs.Load() }
