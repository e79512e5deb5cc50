package kube

import (
	"bytes"
	"net"
	"net/http"
	"testing"

	"github.com/moby/spdystream/spdy"
)

// writeLog is a net.Conn that records each Write.
type writeLog struct {
	net.Conn
	writes [][]byte
}

func (w *writeLog) Write(p []byte) (int, error) {
	w.writes = append(w.writes, append([]byte(nil), p...))
	return len(p), nil
}

// TestFrameConnWritesWholeFrames: whatever pieces spdystream's framer writes a frame in,
// the connection under it sees each frame in exactly one write, byte for byte.
func TestFrameConnWritesWholeFrames(t *testing.T) {
	frames := []spdy.Frame{
		&spdy.DataFrame{StreamId: 1, Data: bytes.Repeat([]byte{0xab}, 120)},
		&spdy.DataFrame{StreamId: 3, Flags: spdy.DataFlagFin}, // no data: the header alone
		&spdy.PingFrame{Id: 7},
		// One header: the framer writes headers in map order, so two would make the
		// reference bytes differ from run to run.
		&spdy.SynStreamFrame{StreamId: 5, Headers: http.Header{"Streamtype": {"data"}}},
		&spdy.DataFrame{StreamId: 1, Data: bytes.Repeat([]byte{0xcd}, 32<<10)},
		&spdy.RstStreamFrame{StreamId: 5, Status: spdy.Cancel},
	}
	// What each frame is on the wire: the same framer into a buffer.
	var want [][]byte
	var ref bytes.Buffer
	rf, err := spdy.NewFramer(&ref, &ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range frames {
		ref.Reset()
		if err := rf.WriteFrame(f); err != nil {
			t.Fatal(err)
		}
		want = append(want, append([]byte(nil), ref.Bytes()...))
	}

	log := &writeLog{}
	fc := &frameConn{Conn: log}
	fr, err := spdy.NewFramer(fc, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range frames {
		if err := fr.WriteFrame(f); err != nil {
			t.Fatal(err)
		}
	}
	// Frames also arrive split anywhere, or several in one write.
	all := bytes.Join(want, nil)
	for _, step := range []int{1, 3, 7, 4096, len(all)} {
		for p := all; len(p) > 0; {
			k := min(step, len(p))
			if _, err := fc.Write(p[:k]); err != nil {
				t.Fatal(err)
			}
			p = p[k:]
		}
	}
	if len(fc.buf) != 0 {
		t.Fatalf("%d bytes left unwritten", len(fc.buf))
	}
	if got, wantN := len(log.writes), 6*len(want); got != wantN {
		t.Fatalf("%d writes under the framer, want %d (one per frame)", got, wantN)
	}
	for i, w := range log.writes {
		if !bytes.Equal(w, want[i%len(want)]) {
			t.Fatalf("write %d: %d bytes, want frame %d (%d bytes)", i, len(w), i%len(want), len(want[i%len(want)]))
		}
	}
}
