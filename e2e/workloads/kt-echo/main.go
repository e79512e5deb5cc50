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
	var ls listeners
	var err error
	for _, l := range []struct {
		addr string
		dst  *net.Listener
	}{{httpAddr, &ls.http}, {h2cAddr, &ls.h2c}, {grpcAddr, &ls.grpc}, {tcpAddr, &ls.tcp}} {
		if *l.dst, err = net.Listen("tcp", l.addr); err != nil {
			ls.close()
			return fmt.Errorf("listen tcp %s: %w", l.addr, err)
		}
	}
	if ls.udp, err = net.ListenPacket("udp", udpAddr); err != nil {
		ls.close()
		return fmt.Errorf("listen udp %s: %w", udpAddr, err)
	}
	log.Printf("kt-echo %s: http %s, h2c %s, grpc %s, udp %s, tcp %s", pod, httpAddr, h2cAddr, grpcAddr, udpAddr, tcpAddr)
	return serve(ctx, pod, ls)
}

// listeners are kt-echo's sockets; serve closes them.
type listeners struct {
	http, h2c, grpc, tcp net.Listener
	udp                  net.PacketConn
}

func (ls listeners) close() {
	for _, l := range []net.Listener{ls.http, ls.h2c, ls.grpc, ls.tcp} {
		if l != nil {
			_ = l.Close()
		}
	}
	if ls.udp != nil {
		_ = ls.udp.Close()
	}
}

// serve runs every echo until ctx ends or a server fails, then stops them all and waits.
func serve(ctx context.Context, pod string, ls listeners) error {
	e := &echo{pod: pod}
	servers := []struct {
		s *http.Server
		l net.Listener
	}{
		{&http.Server{Handler: e.httpMux()}, ls.http},
		{&http.Server{Handler: e.httpMux(), Protocols: h2cProtocols()}, ls.h2c},
		{&http.Server{Handler: http.HandlerFunc(e.grpc), Protocols: h2cProtocols()}, ls.grpc},
	}
	errc := make(chan error, len(servers))
	var wg sync.WaitGroup
	for _, s := range servers {
		s.s.ReadHeaderTimeout = 10 * time.Second
		wg.Go(func() {
			if err := s.s.Serve(s.l); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("serve %s: %w", s.l.Addr(), err)
			}
		})
	}
	wg.Go(func() { udpEcho(ls.udp, pod) })
	wg.Go(func() { tcpEcho(ls.tcp) })

	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, s := range servers {
		_ = s.s.Shutdown(sctx)
	}
	ls.close()
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

// tcpEcho copies every connection's bytes back to it until the peer closes. When the
// listener closes, it closes the open connections and waits for their goroutines.
func tcpEcho(l net.Listener) {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns = map[net.Conn]bool{}
	)
	defer func() {
		mu.Lock()
		for c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		wg.Wait()
	}()
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		mu.Lock()
		conns[c] = true
		mu.Unlock()
		wg.Go(func() {
			defer func() {
				mu.Lock()
				delete(conns, c)
				mu.Unlock()
				_ = c.Close()
			}()
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
