package tun

import (
	"io"
	"net"
	"net/netip"
	"testing"

	"github.com/kube-tun/kube-tun/e2e/netnstest"
)

// sinkServer accepts one TCP connection on addr inside e's namespace, reads it to EOF and
// reports the byte count.
func sinkServer(b *testing.B, e *end, addr string) <-chan int64 {
	b.Helper()
	var l net.Listener
	if err := netnstest.Run(e.ns, func() (err error) {
		l, err = net.Listen("tcp", addr)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	got := make(chan int64, 1)
	go func() {
		defer l.Close()
		c, err := l.Accept()
		if err != nil {
			got <- -1
			return
		}
		defer c.Close()
		n, _ := io.Copy(io.Discard, c)
		got <- n
	}()
	return got
}

// BenchmarkRealPath measures single-stream TCP upload between two namespaces: directly over
// the veth ("veth", the limit), through kernel TUNs and wireguard-go over UDP ("udp"), and
// over the stream bind on TCP ("stream"). One op is 128 KiB. Needs root. Compare ratios
// within one run (go test -bench RealPath -count 3).
func BenchmarkRealPath(b *testing.B) {
	needRoot(b)
	for _, path := range []string{"veth", "udp", "stream"} {
		b.Run(path, func(b *testing.B) {
			transport := path
			if path == "veth" {
				transport = "udp"
			}
			a, z := realTunnel(b, transport)
			waitPing(b, a, z)
			dst := netip.AddrPortFrom(z.addr, 5201).String()
			if path == "veth" {
				dst = vethB + ":5201"
			}
			got := sinkServer(b, z, dst)
			c := dialFrom(b, a, dst)
			defer c.Close()
			chunk := make([]byte, 128<<10)
			b.SetBytes(int64(len(chunk)))
			b.ResetTimer()
			for range b.N {
				if _, err := c.Write(chunk); err != nil {
					b.Fatal(err)
				}
			}
			c.(*net.TCPConn).CloseWrite()
			n := <-got
			b.StopTimer()
			if n != int64(b.N*len(chunk)) {
				b.Fatalf("sink read %d bytes, want %d", n, b.N*len(chunk))
			}
			b.ReportMetric(float64(n)*8/b.Elapsed().Seconds()/1e9, "Gbit/s")
		})
	}
}
