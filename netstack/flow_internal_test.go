package netstack

import (
	"io"
	"testing"

	"gvisor.dev/gvisor/pkg/tcpip"
)

// readCounter is a TCP endpoint that has n bytes to read once and records what
// it is told about reads.
type readCounter struct {
	tcpip.Endpoint
	n        int
	moderate []int
}

func (e *readCounter) Read(w io.Writer, _ tcpip.ReadOptions) (tcpip.ReadResult, tcpip.Error) {
	if e.n == 0 {
		return tcpip.ReadResult{}, &tcpip.ErrWouldBlock{}
	}
	n, _ := w.Write(make([]byte, e.n))
	e.n = 0
	return tcpip.ReadResult{Count: n, Total: n}, nil
}

func (e *readCounter) ModerateRecvBuf(copied int) { e.moderate = append(e.moderate, copied) }

// TestReadEPReportsReads: every read of a forwarded flow reaches gVisor's
// receive-buffer auto-tuning, as gonet's Read does. Without it the buffer stays
// at its 1 MiB default and the window at half of that (uploads were held to it).
func TestReadEPReportsReads(t *testing.T) {
	ep := &readCounter{n: 5000}
	bp, n, err := readEP(ep)
	if err != nil || n != 5000 {
		t.Fatalf("readEP = %d, %v; want 5000 bytes", n, err)
	}
	putBuf(bp)
	if _, _, err := readEP(ep); err != errWouldBlock {
		t.Fatalf("second readEP: %v, want errWouldBlock", err)
	}
	if len(ep.moderate) != 1 || ep.moderate[0] != 5000 {
		t.Fatalf("ModerateRecvBuf calls %v, want [5000]", ep.moderate)
	}
}
