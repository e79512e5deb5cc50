package bind_test

import (
	"bufio"
	"encoding/binary"
	"net"
	"net/netip"
	"testing"
	"time"

	"golang.zx2c4.com/wireguard/conn"

	"github.com/kube-tun/kube-tun/tun/bind"
)

// BenchmarkFraming measures the stream framing over TCP loopback: one Write per datagram
// ("single") against one Write per batch of 64 ("batch64"). One op is one 1420-byte
// datagram.
func BenchmarkFraming(b *testing.B) {
	for _, batch := range []int{1, 64} {
		name := "single"
		if batch > 1 {
			name = "batch64"
		}
		b.Run(name, func(b *testing.B) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				b.Fatal(err)
			}
			defer l.Close()
			w, err := net.Dial("tcp", l.Addr().String())
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			r, err := l.Accept()
			if err != nil {
				b.Fatal(err)
			}
			defer r.Close()

			payload := make([]byte, 1420)
			bufs := make([][]byte, batch)
			for i := range bufs {
				bufs[i] = payload
			}
			done := make(chan error, 1)
			n := b.N
			go func() {
				br := bufio.NewReaderSize(r, bind.DefaultReadBufferSize)
				dst := make([]byte, bind.MaxFrameSize)
				for range n {
					if _, err := bind.ReadFrame(br, dst); err != nil {
						done <- err
						return
					}
				}
				done <- nil
			}()
			b.SetBytes(int64(len(payload)))
			b.ResetTimer()
			var scratch []byte
			for sent := 0; sent < n; sent += batch {
				k := min(batch, n-sent)
				if err := bind.WriteFrames(w, &scratch, bufs[:k]); err != nil {
					b.Fatal(err)
				}
			}
			if err := <-done; err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "dgrams/s")
		})
	}
}

// ipv4UDP builds a minimal IPv4/UDP packet of size bytes (wireguard-go checks the length
// and the source address, not the checksums).
func ipv4UDP(src, dst netip.Addr, size int) []byte {
	p := make([]byte, size)
	p[0] = 0x45
	binary.BigEndian.PutUint16(p[2:], uint16(size))
	p[8] = 64
	p[9] = 17
	s, d := src.As4(), dst.As4()
	copy(p[12:], s[:])
	copy(p[16:], d[:])
	binary.BigEndian.PutUint16(p[20:], 9999)
	binary.BigEndian.PutUint16(p[22:], 9999)
	binary.BigEndian.PutUint16(p[24:], uint16(size-20))
	return p
}

// BenchmarkWireGuard pushes 1400-byte packets through two wireguard-go devices on
// channel TUNs, over UDP loopback ("udp", wireguard-go's StdNetBind) and over the stream
// bind on TCP loopback ("stream"). One op is one packet sent; dgrams/s counts delivered
// packets (UDP may drop some; loss% reports it). Compare the two in the same run.
func BenchmarkWireGuard(b *testing.B) {
	for _, transport := range []string{"udp", "stream"} {
		b.Run(transport, func(b *testing.B) {
			var cli, srv *node
			switch transport {
			case "udp":
				srv = newNode(b, conn.NewStdNetBind(), "198.19.0.1")
				port, err := srv.wg.ListenPort()
				if err != nil {
					b.Fatal(err)
				}
				cli = newNode(b, conn.NewStdNetBind(), "198.19.0.2")
				connect(b, cli, srv, netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port).String())
			case "stream":
				ss := bind.NewStreamServer(bind.StreamOptions{})
				srv = newNode(b, ss, "198.19.0.1")
				cli = newNode(b, bind.NewStreamClient(bind.DialFunc(tcpDial(tcpServe(b, ss))), bind.StreamOptions{}), "198.19.0.2")
				connect(b, cli, srv, "stream")
			}
			ping(b, cli, srv, 10*time.Second)

			pkt := ipv4UDP(cli.addr, srv.addr, 1400)
			n := b.N
			got := make(chan int, 1)
			go func() {
				count := 0
				idle := time.NewTimer(time.Second)
				defer idle.Stop()
				for count < n {
					select {
					case <-srv.tun.Inbound:
						count++
						if count%64 == 0 {
							idle.Reset(time.Second)
						}
					case <-idle.C:
						got <- count
						return
					}
				}
				got <- count
			}()
			b.SetBytes(int64(len(pkt)))
			b.ResetTimer()
			start := time.Now()
			for range n {
				cli.tun.Outbound <- pkt
			}
			count := <-got
			el := time.Since(start)
			if count < n {
				el -= time.Second // the idle wait that ended the count
			}
			b.StopTimer()
			b.ReportMetric(float64(count)/el.Seconds(), "dgrams/s")
			b.ReportMetric(float64(count)*float64(len(pkt))*8/el.Seconds()/1e6, "Mbit/s")
			b.ReportMetric(100*float64(n-count)/float64(n), "loss%")
		})
	}
}
