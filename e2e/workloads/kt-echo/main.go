// Command kt-echo is the test workload of kube-tun's end-to-end tests. One process serves:
//
//   - HTTP/1.1 echo on -http (default :8080), with a websocket echo at /ws;
//   - the same echo over HTTP/2 cleartext (prior knowledge h2c) on -h2c (default :8081);
//   - a unary gRPC echo (hand-written, over h2c) on -grpc (default :8082);
//   - a UDP echo on -udp (default :9000);
//   - a raw TCP echo on -tcp (default :9001).
//
// Every answer names the pod (POD_NAME, from the downward API) so tests can tell replicas
// apart. See e2e/workloads/README.md for the wire formats.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func main() {
	httpAddr := flag.String("http", ":8080", "HTTP/1.1 echo (and websocket at /ws) listen address")
	h2cAddr := flag.String("h2c", ":8081", "h2c echo listen address")
	grpcAddr := flag.String("grpc", ":8082", "gRPC echo (h2c) listen address")
	udpAddr := flag.String("udp", ":9000", "UDP echo listen address")
	tcpAddr := flag.String("tcp", ":9001", "raw TCP echo listen address")
	flag.Parse()

	pod := os.Getenv("POD_NAME")
	if pod == "" {
		pod, _ = os.Hostname()
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if err := run(ctx, pod, *httpAddr, *h2cAddr, *grpcAddr, *udpAddr, *tcpAddr); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, pod, httpAddr, h2cAddr, grpcAddr, udpAddr, tcpAddr string) error {
	e := &echo{pod: pod}
	servers := []*http.Server{
		{Addr: httpAddr, Handler: e.httpMux()},
		{Addr: h2cAddr, Handler: e.httpMux(), Protocols: h2cProtocols()},
		{Addr: grpcAddr, Handler: http.HandlerFunc(e.grpc), Protocols: h2cProtocols()},
	}
	errc := make(chan error, len(servers)+2)
	var wg sync.WaitGroup
	for _, s := range servers {
		s.ReadHeaderTimeout = 10 * time.Second
		wg.Go(func() {
			if err := s.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("serve %s: %w", s.Addr, err)
			}
		})
	}
	uc, err := net.ListenPacket("udp", udpAddr)
	if err != nil {
		return fmt.Errorf("listen udp %s: %w", udpAddr, err)
	}
	wg.Go(func() { udpEcho(uc, pod) })
	tl, err := net.Listen("tcp", tcpAddr)
	if err != nil {
		return fmt.Errorf("listen tcp %s: %w", tcpAddr, err)
	}
	wg.Go(func() { tcpEcho(tl) })
	log.Printf("kt-echo %s: http %s, h2c %s, grpc %s, udp %s, tcp %s", pod, httpAddr, h2cAddr, grpcAddr, udpAddr, tcpAddr)

	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, s := range servers {
		_ = s.Shutdown(sctx)
	}
	_ = uc.Close()
	_ = tl.Close()
	wg.Wait()
	return err
}

func h2cProtocols() *http.Protocols {
	p := new(http.Protocols)
	p.SetHTTP1(true)
	p.SetUnencryptedHTTP2(true)
	return p
}

// udpEcho answers each datagram with the same bytes, or with the pod name when the datagram
// is exactly "hostname".
func udpEcho(c net.PacketConn, pod string) {
	buf := make([]byte, 65536)
	for {
		n, from, err := c.ReadFrom(buf)
		if err != nil {
			return
		}
		out := buf[:n]
		if string(out) == "hostname" {
			out = []byte(pod)
		}
		_, _ = c.WriteTo(out, from)
	}
}

// tcpEcho copies every connection's bytes back to it until the peer closes.
func tcpEcho(l net.Listener) {
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		wg.Go(func() {
			defer c.Close()
			buf := make([]byte, 64<<10)
			for {
				n, err := c.Read(buf)
				if n > 0 {
					if _, werr := c.Write(buf[:n]); werr != nil {
						return
					}
				}
				if err != nil {
					if tc, ok := c.(*net.TCPConn); ok {
						_ = tc.CloseWrite()
					}
					return
				}
			}
		})
	}
}
