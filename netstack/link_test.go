package netstack

import (
	"errors"
	"os"
	"runtime"
	"testing"
	"time"

	"gvisor.dev/gvisor/pkg/buffer"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
)

func testPacket(i int) *stack.PacketBuffer {
	b := make([]byte, 64)
	b[0] = 0x45
	b[1], b[2] = byte(i>>8), byte(i)
	return stack.NewPacketBuffer(stack.PacketBufferOptions{Payload: buffer.MakeWithData(b)})
}

func writeN(t *testing.T, l *link, from, n int) {
	var list stack.PacketBufferList
	for i := from; i < from+n; i++ {
		list.PushBack(testPacket(i))
	}
	if got, err := l.WritePackets(list); err != nil || got != n {
		t.Errorf("WritePackets = %d, %v; want %d", got, err, n)
	}
	list.DecRef()
}

// TestLinkBackpressure: a full outbound queue blocks the writer instead of
// dropping (performance.md, pitfall 4), and every packet comes out in order.
func TestLinkBackpressure(t *testing.T) {
	l := newLink(1420, true)
	defer l.Close()
	writeN(t, l, 0, outQueueLen)
	done := make(chan struct{})
	go func() {
		defer close(done)
		writeN(t, l, outQueueLen, 10)
	}()
	select {
	case <-done:
		t.Fatal("write to a full queue did not block")
	case <-time.After(50 * time.Millisecond):
	}
	bufs := make([][]byte, batchSize)
	for i := range bufs {
		bufs[i] = make([]byte, 1500)
	}
	sizes := make([]int, batchSize)
	next := 0
	for next < outQueueLen+10 {
		n, err := device{l}.Read(bufs, sizes, 0)
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			if got := int(bufs[i][1])<<8 | int(bufs[i][2]); got != next || sizes[i] != 64 {
				t.Fatalf("packet %d: got seq %d size %d", next, got, sizes[i])
			}
			next++
		}
	}
	<-done
}

// TestLinkTUNClose: closing the tun.Device face (as wireguard-go's
// device.Close does) fails reads, closes Events and unblocks writers.
func TestLinkTUNClose(t *testing.T) {
	l := newLink(1420, true)
	defer l.Close()
	d := device{l}
	if ev := <-d.Events(); ev != 1 { // tun.EventUp
		t.Fatalf("first event %v", ev)
	}
	writeN(t, l, 0, outQueueLen)
	blocked := make(chan struct{})
	go func() { defer close(blocked); writeN(t, l, 0, 1) }()
	readErr := make(chan error)
	go func() {
		// Drain until the face closes.
		bufs, sizes := [][]byte{make([]byte, 1500)}, []int{0}
		for {
			if _, err := d.Read(bufs, sizes, 0); err != nil {
				readErr <- err
				return
			}
		}
	}()
	d.Close()
	d.Close()
	<-blocked
	if err := <-readErr; !errors.Is(err, os.ErrClosed) {
		t.Fatalf("read after close: %v", err)
	}
	if _, ok := <-d.Events(); ok {
		t.Fatal("events still open")
	}
	if BatchSize := d.BatchSize(); BatchSize < 2 {
		t.Fatalf("BatchSize %d: wireguard-go would not batch", BatchSize)
	}
}

// With one P, a read behind a packet of several segments lets a runnable sender queue
// more before it takes its batch; behind a packet of one segment (an ACK, a request's
// answer) it takes what is there at once.
func TestLinkReadFillsBatch(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	const mss = 1380
	// readOnce queues a packet of first payload bytes, makes a sender of a second packet
	// runnable and reads one batch.
	readOnce := func(first int) int {
		l := newLink(1420, false)
		send := func(seq uint32, size int) {
			var list stack.PacketBufferList
			list.PushBack(gsoPacketAt(false, 1234, seq, size, header.TCPFlagAck, mss))
			if n, err := l.WritePackets(list); n != 1 || err != nil {
				t.Errorf("WritePackets: %d %v", n, err)
			}
			list.DecRef()
		}
		send(1000, first)
		done := make(chan struct{})
		go func() { // runnable, not running: the test holds the only P until it yields
			defer close(done)
			send(1000+uint32(first), 10*mss)
		}()
		bufs, sizes := make([][]byte, batchSize), make([]int, batchSize)
		for i := range bufs {
			bufs[i] = make([]byte, 1500)
		}
		n, err := l.read(bufs, sizes, 0)
		<-done
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := readOnce(10 * mss); n != 20 {
		t.Errorf("behind a 10-segment packet: read %d segments, want 20 (both packets)", n)
	}
	// The sender may run before the read if the runtime preempts the test in between,
	// which a second try rules out.
	n := readOnce(100)
	for try := 0; n != 1 && try < 2; try++ {
		n = readOnce(100)
	}
	if n != 1 {
		t.Errorf("behind a 1-segment packet: read %d segments, want 1", n)
	}
}
