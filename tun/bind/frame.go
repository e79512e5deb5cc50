package bind

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
)

// Wire format of a stream: a sequence of frames, each a 2-byte big-endian length followed
// by that many bytes of payload. A frame carries one WireGuard datagram; a zero-length frame
// is a keepalive. The first frame a StreamClient sends on a new stream is a hello (see
// hello.go) naming its session, so the server can move the session to its newest stream.

// MaxFrameSize is the largest payload a frame can carry.
const MaxFrameSize = 1<<16 - 1

// frameHeaderLen is the size of a frame's length prefix.
const frameHeaderLen = 2

// DefaultReadBufferSize is the size of the bufio.Reader a stream reads through, so that
// one read syscall returns many frames.
const DefaultReadBufferSize = 256 << 10

// ErrFrameTooLarge is returned by WriteFrames for a payload over MaxFrameSize and by
// ReadFrame for a frame that does not fit dst (the frame is consumed; the stream stays in
// sync).
var ErrFrameTooLarge = errors.New("frame too large")

// AppendFrames appends the frames for payloads to buf and returns the extended buffer.
func AppendFrames(buf []byte, payloads [][]byte) ([]byte, error) {
	for _, p := range payloads {
		if err := checkFrame(p); err != nil {
			return buf, err
		}
		buf = binary.BigEndian.AppendUint16(buf, uint16(len(p)))
		buf = append(buf, p...)
	}
	return buf, nil
}

// frameVecs is AppendFrames without copying: it returns the frames for payloads as
// vectors, each header a slice of hdrs (grown as needed and returned for reuse) followed
// by its payload, appended to vecs[:0]. Nothing is returned for a payload over
// MaxFrameSize but the error.
func frameVecs(hdrs []byte, vecs net.Buffers, payloads [][]byte) ([]byte, net.Buffers, error) {
	for _, p := range payloads {
		if err := checkFrame(p); err != nil {
			return hdrs, vecs[:0], err
		}
	}
	hdrs = slices.Grow(hdrs[:0], frameHeaderLen*len(payloads))[:frameHeaderLen*len(payloads)]
	vecs = vecs[:0]
	for i, p := range payloads {
		h := hdrs[frameHeaderLen*i : frameHeaderLen*(i+1) : frameHeaderLen*(i+1)]
		binary.BigEndian.PutUint16(h, uint16(len(p)))
		vecs = append(vecs, h, p)
	}
	return hdrs, vecs, nil
}

// framesLen is the number of bytes payloads take as frames.
func framesLen(payloads [][]byte) int {
	n := 0
	for _, p := range payloads {
		n += frameHeaderLen + len(p)
	}
	return n
}

func checkFrame(p []byte) error {
	if len(p) > MaxFrameSize {
		return fmt.Errorf("append frame of %d bytes: %w", len(p), ErrFrameTooLarge)
	}
	return nil
}

// WriteFrames writes payloads as frames to w with a single Write call. *scratch is a
// reusable buffer (it may be nil at first); WriteFrames keeps its grown capacity there.
func WriteFrames(w io.Writer, scratch *[]byte, payloads [][]byte) error {
	b, err := AppendFrames((*scratch)[:0], payloads)
	*scratch = b[:0]
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write frames: %w", err)
	}
	return nil
}

// ReadFrame reads the next frame from r into dst and returns its payload length; 0 means a
// keepalive. It returns io.EOF only at a frame boundary; a stream ending inside a frame
// gives io.ErrUnexpectedEOF. A frame larger than dst is skipped and reported as
// ErrFrameTooLarge.
func ReadFrame(r *bufio.Reader, dst []byte) (int, error) {
	hdr, err := r.Peek(frameHeaderLen)
	if err != nil {
		if err == io.EOF && len(hdr) > 0 {
			err = io.ErrUnexpectedEOF
		}
		return 0, err
	}
	n := int(binary.BigEndian.Uint16(hdr))
	if _, err := r.Discard(frameHeaderLen); err != nil {
		return 0, err
	}
	if n > len(dst) {
		if _, err := r.Discard(n); err != nil {
			return 0, unexpected(err)
		}
		return 0, fmt.Errorf("read frame of %d bytes into %d: %w", n, len(dst), ErrFrameTooLarge)
	}
	if _, err := io.ReadFull(r, dst[:n]); err != nil {
		return 0, unexpected(err)
	}
	return n, nil
}

// frameBuffered reports whether a whole frame is already buffered in r, so reading it
// needs no syscall.
func frameBuffered(r *bufio.Reader) bool {
	b := r.Buffered()
	if b < frameHeaderLen {
		return false
	}
	hdr, _ := r.Peek(frameHeaderLen)
	return frameHeaderLen+int(binary.BigEndian.Uint16(hdr)) <= b
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
