package bind

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"
)

// tcpPair returns both ends of a loopback TCP connection.
func tcpPair(t *testing.T) (a, b *net.TCPConn) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	got := make(chan net.Conn, 1)
	go func() {
		c, _ := l.Accept()
		got <- c
	}()
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s := <-got
	if s == nil {
		t.Fatal("accept failed")
	}
	return c.(*net.TCPConn), s.(*net.TCPConn)
}

// A stream over TCP writes large batches with one vectored write from the caller's buffers:
// batches from several writers and the keepalives in between arrive as whole frames, each
// batch's frames in order.
func TestDirectStreamFramesStayWhole(t *testing.T) {
	a, b := tcpPair(t)
	w := newStream(a, 0)
	r := newStream(b, 0)
	var wg sync.WaitGroup
	defer func() { w.close(nil); r.close(nil); wg.Wait() }()
	if !w.direct {
		t.Fatal("a stream over *net.TCPConn is not direct")
	}

	// Each frame carries its writer and that writer's running count; its size follows
	// from the count. Batches of 1 to 7 frames of up to 64 KiB: some go direct, some are
	// queued.
	const writers, batches = 3, 300
	size := func(seq int) int { return 8 + (seq*7919)%(MaxFrameSize-8) }
	total := 0
	for n := range batches {
		total += 1 + n%7
	}
	for id := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seq := 0
			for n := range batches {
				batch := make([][]byte, 1+n%7)
				for i := range batch {
					p := bytes.Repeat([]byte{byte(seq)}, size(seq))
					binary.BigEndian.PutUint16(p, uint16(id))
					binary.BigEndian.PutUint32(p[2:], uint32(seq))
					batch[i] = p
					seq++
				}
				if err := w.write(batch); err != nil {
					if !t.Failed() { // else the test closed the stream
						t.Errorf("write: %v", err)
					}
					return
				}
				if n%10 == 0 {
					w.keepalive()
				}
			}
		}()
	}

	next := make([]int, writers) // each writer's next expected count
	bufs := make([][]byte, 16)
	for i := range bufs {
		bufs[i] = make([]byte, MaxFrameSize)
	}
	sizes := make([]int, len(bufs))
	_ = b.SetReadDeadline(time.Now().Add(30 * time.Second))
	for got := 0; got < writers*total; {
		n, err := r.readBatch(bufs, sizes, false)
		if err != nil {
			t.Fatalf("read after %d frames: %v", got, err)
		}
		for k := range n {
			p := bufs[k][:sizes[k]]
			id, seq := int(binary.BigEndian.Uint16(p)), int(binary.BigEndian.Uint32(p[2:]))
			if id >= writers || seq != next[id] {
				t.Fatalf("frame %d of writer %d, want %d", seq, id, next[id])
			}
			if len(p) != size(seq) || p[len(p)-1] != byte(seq) {
				t.Fatalf("frame %d of writer %d: %d bytes ending in %d, want %d ending in %d", seq, id, len(p), p[len(p)-1], size(seq), byte(seq))
			}
			next[id]++
			got++
		}
	}
	wg.Wait()
}

// A direct write blocked on a peer that reads nothing returns once the stream closes.
func TestDirectStreamCloseUnblocksWrite(t *testing.T) {
	a, b := tcpPair(t)
	defer b.Close()
	w := newStream(a, 0)
	done := make(chan error, 1)
	go func() {
		batch := [][]byte{make([]byte, MaxFrameSize)}
		for {
			if err := w.write(batch); err != nil {
				done <- err
				return
			}
		}
	}()
	// Wait until the writer is stuck (the socket buffers are full): no write has
	// completed for a while.
	for deadline := time.Now().Add(10 * time.Second); w.sinceTx(time.Now()) < 200*time.Millisecond; {
		if time.Now().After(deadline) {
			t.Fatal("the writer never blocked")
		}
		time.Sleep(20 * time.Millisecond)
	}
	w.close(fmt.Errorf("test closes"))
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("write after close returned nil")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("write still blocked after close")
	}
	if err := w.write([][]byte{{1}}); err == nil {
		t.Fatal("write on a closed stream returned nil")
	}
}
