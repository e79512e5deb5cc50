package netstack

import (
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"

	"golang.zx2c4.com/wireguard/tun"
	"gvisor.dev/gvisor/pkg/buffer"
	"gvisor.dev/gvisor/pkg/tcpip"
	"gvisor.dev/gvisor/pkg/tcpip/header"
	"gvisor.dev/gvisor/pkg/tcpip/stack"
	"gvisor.dev/gvisor/pkg/tcpip/stack/gro"
)

const (
	// batchSize is what the tun.Device face reports to wireguard-go: it matches
	// wireguard-go's conn.IdealBatchSize so one read fills one sendmmsg.
	batchSize = 128
)

// readYields bounds how often a read lets other goroutines run before it takes less than
// a full batch (link.read). Against none, 10 rounds each, 1-stream download: one yield
// +2%, three +4%, eight +6%; eight behind bulk packets only, 0.96 → 1.09 × plain
// wireguard-go (4 streams 0.95 → 1.07), uploads and round trips level
// (docs/performance.md).
const readYields = 8

// outQueueLen bounds the outbound queue in packets. A full queue blocks the
// writer (backpressure), it never drops (performance.md, pitfall 4). With
// backpressure the length only absorbs bursts: 512 packets (about 0.7 MB)
// showed the same throughput as 4096 in interleaved runs, with an eighth of
// the queueing delay a bulk flow can impose on the others. A var for tests.
var outQueueLen = 512

// outQueueBytes bounds the outbound queue in bytes, since a host GSO packet can be 64 KiB:
// about what 512 MTU-sized packets were. A var for tests.
var outQueueBytes = 1 << 20

// link is the gVisor link endpoint under the stack and, through device, the
// tun.Device wireguard-go reads and writes. Outbound packets (stack → wire)
// wait in a bounded FIFO that applies backpressure; inbound packets (wire →
// stack) go through GRO, one flush per batch.
type link struct {
	mtu uint32
	gro bool
	// fullBatch is what read waits a little for (readYields): a batch of MTU-sized
	// segments, or half the queue's bytes where the MTU is a stream's.
	fullBatch int

	mu       sync.Mutex
	notEmpty sync.Cond // signalled when q gets a packet or the link closes
	notFull  sync.Cond // signalled when q has room or the link closes
	// The fields below are guarded by mu.
	q          []*stack.PacketBuffer // ring buffer, len(q) == outQueueLen until Close grows it
	head, n    int
	bytes      int  // total size of the queued packets
	gsoOff     int  // payload bytes of the head packet already cut into segments (host GSO)
	closed     bool // Close: the stack is gone
	tunClosed  bool // the tun.Device face was closed: drop outbound, fail reads
	noBlock    bool // the stack is closing: grow the queue when full, never block
	dispatcher stack.NetworkDispatcher

	peerMSS peerMSS   // the smallest MSS the wire's SYNs announced (mss.go)
	groPool sync.Pool // *gro.GRO, one per concurrent Write
	events  chan tun.Event
	evOnce  sync.Once
}

var (
	_ stack.LinkEndpoint = (*link)(nil)
	_ stack.GSOEndpoint  = (*link)(nil)
	_ tun.Device         = (*device)(nil)
)

func newLink(mtu int, enableGRO bool) *link {
	l := &link{
		mtu:       uint32(mtu),
		gro:       enableGRO,
		fullBatch: min(batchSize*mtu, outQueueBytes/2),
		q:         make([]*stack.PacketBuffer, outQueueLen),
		events:    make(chan tun.Event, 1),
	}
	l.notEmpty.L = &l.mu
	l.notFull.L = &l.mu
	l.events <- tun.EventUp
	return l
}

// MTU implements stack.LinkEndpoint.
func (l *link) MTU() uint32 { return l.mtu }

// SetMTU implements stack.LinkEndpoint. The MTU is fixed by Config.
func (l *link) SetMTU(uint32) {}

// MaxHeaderLength implements stack.LinkEndpoint: IP packets have no link header.
func (l *link) MaxHeaderLength() uint16 { return 0 }

// LinkAddress implements stack.LinkEndpoint.
func (l *link) LinkAddress() tcpip.LinkAddress { return "" }

// SetLinkAddress implements stack.LinkEndpoint.
func (l *link) SetLinkAddress(tcpip.LinkAddress) {}

// Capabilities implements stack.LinkEndpoint. RX checksum offload is declared
// because GRO rewrites the IP total length without fixing the header checksum
// (performance.md, pitfall 3); every packet arrives authenticated by WireGuard.
func (l *link) Capabilities() stack.LinkEndpointCapabilities {
	return stack.CapabilityRXChecksumOffload
}

// GSOMaxSize implements stack.GSOEndpoint.
func (l *link) GSOMaxSize() uint32 { return stack.GVisorGSOMaxSize }

// SupportedGSO implements stack.GSOEndpoint: host GSO, gVisor's TCP hands over packets of
// up to 64 KiB that read cuts into MSS-sized segments (gso.go).
func (l *link) SupportedGSO() stack.SupportedGSO { return stack.HostGSOSupported }

// Attach implements stack.LinkEndpoint.
func (l *link) Attach(d stack.NetworkDispatcher) {
	l.mu.Lock()
	l.dispatcher = d
	l.mu.Unlock()
}

// IsAttached implements stack.LinkEndpoint.
func (l *link) IsAttached() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.dispatcher != nil
}

// Wait implements stack.LinkEndpoint.
func (l *link) Wait() {}

// ARPHardwareType implements stack.LinkEndpoint.
func (l *link) ARPHardwareType() header.ARPHardwareType { return header.ARPHardwareNone }

// AddHeader implements stack.LinkEndpoint.
func (l *link) AddHeader(*stack.PacketBuffer) {}

// ParseHeader implements stack.LinkEndpoint.
func (l *link) ParseHeader(*stack.PacketBuffer) bool { return true }

// SetOnCloseAction implements stack.LinkEndpoint.
func (l *link) SetOnCloseAction(func()) {}

// Close implements stack.LinkEndpoint: it drops queued packets and wakes every
// blocked reader and writer.
func (l *link) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	l.closed = true
	l.drainLocked()
	l.notEmpty.Broadcast()
	l.notFull.Broadcast()
}

func (l *link) drainLocked() {
	for l.n > 0 {
		l.popLocked()
	}
	l.gsoOff = 0
}

// fullLocked reports whether a writer must wait: the queue holds outQueueLen packets or
// outQueueBytes bytes (host GSO packets are up to 64 KiB each).
func (l *link) fullLocked() bool {
	return l.n == len(l.q) || l.bytes >= outQueueBytes
}

// WritePackets implements stack.LinkWriter. It blocks while the queue is full:
// the sender is slowed down instead of losing packets.
func (l *link) WritePackets(pkts stack.PacketBufferList) (int, tcpip.Error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	written := 0
	for _, pkt := range pkts.AsSlice() {
		for l.fullLocked() && !l.closed && !l.tunClosed && !l.noBlock {
			l.notFull.Wait()
		}
		if l.closed {
			if written == 0 {
				return 0, &tcpip.ErrClosedForSend{}
			}
			break
		}
		if l.tunClosed {
			// Nobody reads any more: behave like a link that lost the packet.
			written++
			continue
		}
		if l.n == len(l.q) {
			// The stack is closing (noBlock): grow instead of dropping. The
			// newest packets are the resets that tell clients their flows
			// ended, and a client takes a reset only in sequence, after all
			// data before it. Aborted flows send nothing more, so this is
			// bounded.
			l.growLocked()
		}
		pkt.IncRef()
		l.q[(l.head+l.n)%len(l.q)] = pkt
		l.n++
		l.bytes += pkt.Size()
		written++
		if l.n == 1 {
			l.notEmpty.Signal()
		}
	}
	return written, nil
}

// read copies up to len(bufs) queued packets into bufs at offset, blocking
// until at least one is queued.
func (l *link) read(bufs [][]byte, sizes []int, offset int) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for l.n == 0 && !l.closed && !l.tunClosed {
		l.notEmpty.Wait()
	}
	// With one P (tun.Procs) the reader runs as soon as the goroutine that queued the first
	// packet blocks, often, in a bulk send, with a few segments queued and more on their
	// way: gVisor still answering the rest of a batch of ACKs, the upstream copy refilling
	// a send buffer. Letting those run first, a few times at most, fills the batch: fewer
	// and fuller encryption batches and sendmmsg calls. Only behind a packet of several
	// segments: ACKs and a request's answer go at once. With nothing else runnable, a
	// yield returns at once.
	for i := 0; i < readYields && l.n > 0 && l.bytes < l.fullBatch && isBulk(l.q[l.head]); i++ {
		l.mu.Unlock()
		runtime.Gosched()
		l.mu.Lock()
	}
	if l.closed || l.tunClosed {
		return 0, os.ErrClosed
	}
	count := 0
	for count < len(bufs) && l.n > 0 {
		pkt := l.q[l.head]
		if isHostGSO(pkt) {
			var nb *stack.PacketBuffer
			if l.n > 1 {
				nb = l.q[(l.head+1)%len(l.q)]
			}
			mss := l.peerMSS.segmentSize(pkt, int(l.mtu))
			n, next, bad := segmentTCPHold(pkt, mss, l.gsoOff, bufs[count:], sizes[count:], offset, nb != nil)
			count += n
			if nb != nil && !bad && next < tcpPayloadSize(pkt) && count < len(bufs) {
				// Only a segment shorter than the MSS is left: join it with the start of
				// the flow's next packet when that is queued right behind, so that every
				// segment but a burst's last is full-sized (wireguard-go's UDP GSO
				// bundles and the client's GRO both end at a shorter one).
				if joinable(pkt, nb) {
					size, took, jbad := joinSegment(pkt, next, nb, l.peerMSS.segmentSize(nb, int(l.mtu)), bufs[count], offset)
					if !jbad {
						sizes[count] = size
						count++
						l.popLocked()
						l.gsoOff = took // nb, the new head, starts after what went out here
						continue
					}
				}
				var m int
				m, next, bad = segmentTCP(pkt, mss, next, bufs[count:], sizes[count:], offset)
				count += m
			}
			if !bad && next < tcpPayloadSize(pkt) {
				l.gsoOff = next // bufs are full; the rest of pkt goes in the next read
				break
			}
			l.gsoOff = 0
			l.popLocked()
			continue
		}
		dst := bufs[count][offset:]
		if pkt.Size() > len(dst) {
			l.popLocked() // cannot happen: packets are at most MTU
			continue
		}
		m := 0
		for _, s := range pkt.AsSlices() {
			m += copy(dst[m:], s)
		}
		l.popLocked()
		sizes[count] = m
		count++
	}
	l.notFull.Broadcast()
	clearInnerPSH(bufs[:count], sizes, offset)
	return count, nil
}

// write delivers packets from the wire into the stack, coalescing TCP
// segments of one batch with GRO.
func (l *link) write(bufs [][]byte, offset int) (int, error) {
	l.mu.Lock()
	d, closed := l.dispatcher, l.closed || l.tunClosed
	l.mu.Unlock()
	if closed {
		return 0, os.ErrClosed
	}
	if d == nil {
		return len(bufs), nil
	}
	g, _ := l.groPool.Get().(*gro.GRO)
	if g == nil {
		g = new(gro.GRO)
		g.Init(l.gro)
	}
	g.Dispatcher = d
	for _, b := range bufs {
		p := b[offset:]
		if len(p) == 0 {
			continue
		}
		var proto tcpip.NetworkProtocolNumber
		switch p[0] >> 4 {
		case 4:
			proto = header.IPv4ProtocolNumber
		case 6:
			proto = header.IPv6ProtocolNumber
		default:
			g.Flush()
			l.groPool.Put(g)
			return 0, syscall.EAFNOSUPPORT
		}
		l.peerMSS.noteSYN(p)
		pkt := stack.NewPacketBuffer(stack.PacketBufferOptions{Payload: buffer.MakeWithData(p)})
		pkt.NetworkProtocolNumber = proto
		pkt.RXChecksumValidated = true // WireGuard authenticated it
		g.Enqueue(pkt)
		pkt.DecRef()
	}
	g.Flush()
	g.Dispatcher = nil
	l.groPool.Put(g)
	return len(bufs), nil
}

// popLocked removes the head packet from the queue and releases it.
func (l *link) popLocked() {
	pkt := l.q[l.head]
	l.q[l.head] = nil
	l.head = (l.head + 1) % len(l.q)
	l.n--
	l.bytes -= pkt.Size()
	pkt.DecRef()
}

func (l *link) growLocked() {
	q := make([]*stack.PacketBuffer, 2*len(l.q))
	for i := range l.n {
		q[i] = l.q[(l.head+i)%len(l.q)]
	}
	l.q, l.head = q, 0
}

// stopBlocking makes writers queue without waiting for room, so that a
// closing stack can never hang on a reader that is gone.
func (l *link) stopBlocking() {
	l.mu.Lock()
	l.noBlock = true
	l.notFull.Broadcast()
	l.mu.Unlock()
}

// flush waits until the reader has taken every queued packet, the face is
// closed, or timeout passes.
func (l *link) flush(timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for {
		l.mu.Lock()
		empty := l.n == 0 || l.tunClosed || l.closed
		l.mu.Unlock()
		if empty || time.Now().After(deadline) {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// closeTUN closes the tun.Device face only; the stack keeps running.
func (l *link) closeTUN() {
	l.mu.Lock()
	if !l.tunClosed {
		l.tunClosed = true
		l.drainLocked()
		l.notEmpty.Broadcast()
		l.notFull.Broadcast()
	}
	l.mu.Unlock()
	l.evOnce.Do(func() { close(l.events) })
}

// device is the tun.Device face of the link for wireguard-go.
type device struct{ l *link }

// File implements tun.Device.
func (d device) File() *os.File { return nil }

// Read implements tun.Device.
func (d device) Read(bufs [][]byte, sizes []int, offset int) (int, error) {
	return d.l.read(bufs, sizes, offset)
}

// Write implements tun.Device.
func (d device) Write(bufs [][]byte, offset int) (int, error) { return d.l.write(bufs, offset) }

// MTU implements tun.Device.
func (d device) MTU() (int, error) { return int(d.l.mtu), nil }

// Name implements tun.Device.
func (d device) Name() (string, error) { return "kube-tun-netstack", nil }

// Events implements tun.Device.
func (d device) Events() <-chan tun.Event { return d.l.events }

// BatchSize implements tun.Device.
func (d device) BatchSize() int { return batchSize }

// Close implements tun.Device. wireguard-go calls it from device.Close; it
// stops the packet face (reads fail, outbound packets are dropped) but leaves
// the stack, its listeners and flows to Stack.Close.
func (d device) Close() error {
	d.l.closeTUN()
	return nil
}
