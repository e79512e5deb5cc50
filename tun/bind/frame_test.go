package bind

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"testing"
)

func TestFramesRoundTripOverPipe(t *testing.T) {
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	payloads := [][]byte{[]byte("one"), {}, bytes.Repeat([]byte{7}, 1420), bytes.Repeat([]byte{9}, MaxFrameSize)}
	errc := make(chan error, 1)
	go func() {
		var scratch []byte
		errc <- WriteFrames(a, &scratch, payloads)
	}()
	r := bufio.NewReaderSize(b, 1024)
	dst := make([]byte, MaxFrameSize)
	for i, want := range payloads {
		n, err := ReadFrame(r, dst)
		if err != nil {
			t.Fatalf("frame %d: %v", i, err)
		}
		if !bytes.Equal(dst[:n], want) {
			t.Fatalf("frame %d: got %d bytes, want %d", i, n, len(want))
		}
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
}

func TestWriteFramesOneWrite(t *testing.T) {
	var w countingWriter
	var scratch []byte
	batch := [][]byte{[]byte("a"), []byte("bb"), []byte("ccc")}
	if err := WriteFrames(&w, &scratch, batch); err != nil {
		t.Fatal(err)
	}
	if w.writes != 1 || w.Len() != 3*2+6 {
		t.Fatalf("writes=%d len=%d, want 1 write of 12 bytes", w.writes, w.Len())
	}
	if err := WriteFrames(&w, &scratch, [][]byte{make([]byte, MaxFrameSize+1)}); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("oversized payload: err=%v", err)
	}
}

type countingWriter struct {
	bytes.Buffer
	writes int
}

func (w *countingWriter) Write(p []byte) (int, error) { w.writes++; return w.Buffer.Write(p) }

func TestReadFrameErrors(t *testing.T) {
	dst := make([]byte, 4)
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, io.EOF},
		{"half header", []byte{0}, io.ErrUnexpectedEOF},
		{"short payload", []byte{0, 3, 1}, io.ErrUnexpectedEOF},
		{"too large", []byte{0, 5, 1, 2, 3, 4, 5}, ErrFrameTooLarge},
	}
	for _, c := range cases {
		_, err := ReadFrame(bufio.NewReader(bytes.NewReader(c.in)), dst)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err=%v, want %v", c.name, err, c.want)
		}
	}
	// A too-large frame is skipped and the next frame is read.
	r := bufio.NewReader(bytes.NewReader([]byte{0, 5, 1, 2, 3, 4, 5, 0, 1, 42}))
	if _, err := ReadFrame(r, dst); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatal(err)
	}
	if n, err := ReadFrame(r, dst); err != nil || n != 1 || dst[0] != 42 {
		t.Fatalf("after skip: n=%d err=%v", n, err)
	}
}

// FuzzFrameReader feeds arbitrary streams to the reader: it must never panic, must only
// return payloads that fit dst, must stay in sync (each payload read equals the input
// bytes it consumed, re-encoded), and must end with EOF only at a frame boundary.
func FuzzFrameReader(f *testing.F) {
	f.Add([]byte{0, 0})
	f.Add([]byte{0, 3, 'a', 'b', 'c', 0, 0, 0, 1, 'z'})
	f.Add([]byte{0xff, 0xff, 1})
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, in []byte) {
		cr := &countingReader{r: bytes.NewReader(in)}
		r := bufio.NewReaderSize(cr, 16)
		dst := make([]byte, 512)
		for {
			n, err := ReadFrame(r, dst)
			consumed := cr.n - r.Buffered()
			if errors.Is(err, ErrFrameTooLarge) {
				continue
			}
			if err == io.EOF {
				if consumed != len(in) {
					t.Fatalf("EOF after %d of %d bytes", consumed, len(in))
				}
				return
			}
			if err != nil {
				if !errors.Is(err, io.ErrUnexpectedEOF) {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if n > len(dst) {
				t.Fatalf("payload %d > dst %d", n, len(dst))
			}
			frame, _ := AppendFrames(nil, [][]byte{dst[:n]})
			if !bytes.Equal(frame, in[consumed-len(frame):consumed]) {
				t.Fatalf("frame read differs from input ending at %d", consumed)
			}
		}
	})
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}
