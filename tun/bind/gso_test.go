package bind

import (
	"testing"

	"golang.zx2c4.com/wireguard/conn"
)

// sendRecorder is a bind that records the byte count of each Send.
type sendRecorder struct {
	conn.Bind
	sends [][]int
}

func (r *sendRecorder) Send(bufs [][]byte, _ conn.Endpoint) error {
	var lens []int
	for _, b := range bufs {
		lens = append(lens, len(b))
	}
	r.sends = append(r.sends, lens)
	return nil
}

func TestLimitGSO(t *testing.T) {
	msg := make([]byte, 1424) // a full-MTU WireGuard data message
	tests := []struct {
		name  string
		bufs  [][]byte
		sends []int // datagrams per inner Send
	}{
		{"one", [][]byte{msg}, []int{1}},
		{"under the limit", repeat(msg, 45), []int{45}},
		// 46 × 1,424 = 65,504 bytes: a bundle the kernel would segment in software.
		{"over the limit", repeat(msg, 46), []int{45, 1}},
		{"a full batch", repeat(msg, 128), []int{45, 45, 38}},
		{"oversized single", [][]byte{make([]byte, 70000), msg}, []int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &sendRecorder{}
			if err := LimitGSO(r).Send(tt.bufs, nil); err != nil {
				t.Fatal(err)
			}
			var got []int
			total := 0
			for _, s := range r.sends {
				got = append(got, len(s))
				sum := 0
				for _, n := range s {
					sum += n
				}
				if len(s) > 1 && sum > maxGSOPayload {
					t.Errorf("a Send of %d bytes exceeds %d", sum, maxGSOPayload)
				}
				total += len(s)
			}
			if total != len(tt.bufs) || len(got) != len(tt.sends) {
				t.Fatalf("sends %v, want %v", got, tt.sends)
			}
			for i := range got {
				if got[i] != tt.sends[i] {
					t.Fatalf("sends %v, want %v", got, tt.sends)
				}
			}
		})
	}
}

func repeat(b []byte, n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}
