package netstack_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"testing"
	"time"

	"github.com/miekg/dns"
	"go.uber.org/goleak"

	"github.com/kube-tun/kube-tun/netstack"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// waitFor polls cond until it holds or a generous deadline (a busy 2-core
// machine under -race) has passed.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestHTTPGet(t *testing.T) {
	for _, kind := range []clientKind{clientStack, clientStock} {
		t.Run(kind.String(), func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, "hello "+r.URL.Path)
			}))
			defer srv.Close()
			tn := newTunnel(t, kind, netstack.Config{})
			tr := &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return tn.client.DialContext(ctx, "tcp", svc(srv.Listener.Addr()))
			}}
			defer tr.CloseIdleConnections()
			c := &http.Client{Transport: tr, Timeout: 20 * time.Second}
			for i := range 3 {
				resp, err := c.Get("http://svc/x")
				if err != nil {
					t.Fatalf("get %d: %v", i, err)
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || string(body) != "hello /x" {
					t.Fatalf("get %d: body %q, %v", i, body, err)
				}
			}
			if s := tn.agent.Stats(); s.TotalTCP == 0 || s.BytesUp == 0 || s.BytesDown == 0 {
				t.Fatalf("stats not counted: %+v", s)
			}
		})
	}
}

func udpEchoServer(t testing.TB) *net.UDPConn {
	pc, err := net.ListenUDP("udp", net.UDPAddrFromAddrPort(netip.MustParseAddrPort("127.0.0.1:0")))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	t.Cleanup(func() { pc.Close(); <-done })
	go func() {
		defer close(done)
		buf := make([]byte, 65535)
		for {
			n, a, err := pc.ReadFromUDPAddrPort(buf)
			if err != nil {
				return
			}
			pc.WriteToUDPAddrPort(buf[:n], a)
		}
	}()
	return pc
}

func TestUDPEcho(t *testing.T) {
	for _, kind := range []clientKind{clientStack, clientStock} {
		t.Run(kind.String(), func(t *testing.T) {
			echo := udpEchoServer(t)
			tn := newTunnel(t, kind, netstack.Config{})
			c, err := tn.client.DialContext(ctxT(t), "udp", svc(echo.LocalAddr()))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			buf := make([]byte, 2000)
			for i := range 20 {
				msg := bytes.Repeat([]byte{byte(i)}, 100+i*50)
				// UDP may lose the first packet during the handshake: retry.
				var n int
				for try := 0; ; try++ {
					c.Write(msg)
					c.SetReadDeadline(time.Now().Add(time.Second))
					n, err = c.Read(buf)
					if err == nil || try == 10 {
						break
					}
				}
				if err != nil || !bytes.Equal(buf[:n], msg) {
					t.Fatalf("echo %d: %v", i, err)
				}
			}
			if s := tn.agent.Stats(); s.ActiveUDP != 1 || s.TotalUDP != 1 {
				t.Fatalf("want one UDP flow, stats %+v", s)
			}
		})
	}
}

func TestRefusedIsFast(t *testing.T) {
	for _, kind := range []clientKind{clientStack, clientStock} {
		t.Run(kind.String(), func(t *testing.T) {
			// A port nobody listens on: the agent's dial is refused, so the
			// client must get an error (RST), not wait for its SYN timeout.
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			closed := ln.Addr()
			ln.Close()
			tn := newTunnel(t, kind, netstack.Config{})
			// The budget is far below the client's SYN retry schedule (1+2+4+… s):
			// only an RST answers in time.
			for _, addr := range []string{svc(closed), netip.AddrPortFrom(agentAddr, 9).String(), "198.19.99.9:80"} {
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				c, err := tn.client.DialContext(ctx, "tcp", addr)
				cancel()
				if err == nil {
					c.Close()
					t.Fatalf("dial %s: want refused", addr)
				}
				if errors.Is(err, context.DeadlineExceeded) {
					t.Fatalf("dial %s: hung until the deadline instead of RST: %v", addr, err)
				}
			}
			if s := tn.agent.Stats(); s.RefusedDials < 3 {
				t.Fatalf("want 3 refused dials, stats %+v", s)
			}
		})
	}
}

func TestListenOnStack(t *testing.T) {
	tn := newTunnel(t, clientStock, netstack.Config{})
	// TCP: a listener on the agent address takes precedence over Dial.
	ln, err := tn.agent.ListenTCP(netip.AddrPortFrom(agentAddr, 80))
	if err != nil {
		t.Fatal(err)
	}
	serveConns(t, ln, func(c net.Conn) {
		line, _ := bufio.NewReader(c).ReadString('\n')
		io.WriteString(c, "agent:"+line)
	})
	c, err := tn.client.DialContext(ctxT(t), "tcp", netip.AddrPortFrom(agentAddr, 80).String())
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(c, "hi\n")
	got, err := io.ReadAll(c)
	c.Close()
	if err != nil || string(got) != "agent:hi\n" {
		t.Fatalf("got %q, %v", got, err)
	}

	// UDP: a miekg/dns server on the stack.
	pc, err := tn.agent.ListenUDP(netip.AddrPortFrom(agentAddr, 53))
	if err != nil {
		t.Fatal(err)
	}
	srv := &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(func(w dns.ResponseWriter, r *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(r)
		rr, _ := dns.NewRR(r.Question[0].Name + " 5 IN A 10.96.0.10")
		m.Answer = append(m.Answer, rr)
		w.WriteMsg(m)
	})}
	started := make(chan struct{})
	srv.NotifyStartedFunc = func() { close(started) }
	srvDone := make(chan error, 1)
	go func() { srvDone <- srv.ActivateAndServe() }()
	<-started
	defer func() { srv.Shutdown(); <-srvDone }()

	uc, err := tn.client.DialContext(ctxT(t), "udp", netip.AddrPortFrom(agentAddr, 53).String())
	if err != nil {
		t.Fatal(err)
	}
	defer uc.Close()
	dc := &dns.Conn{Conn: uc}
	q := new(dns.Msg)
	q.SetQuestion("api.shop.svc.cluster.local.", dns.TypeA)
	var resp *dns.Msg
	for try := 0; try < 10; try++ {
		uc.SetDeadline(time.Now().Add(time.Second))
		if err = dc.WriteMsg(q); err != nil {
			continue
		}
		if resp, err = dc.ReadMsg(); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("dns exchange: %v", err)
	}
	if len(resp.Answer) != 1 || resp.Answer[0].(*dns.A).A.String() != "10.96.0.10" {
		t.Fatalf("dns answer: %v", resp)
	}
}

func TestDialFromStack(t *testing.T) {
	for _, kind := range []clientKind{clientStack, clientStock} {
		t.Run(kind.String(), func(t *testing.T) {
			tn := newTunnel(t, kind, netstack.Config{})
			var ln net.Listener
			var pc net.PacketConn
			var err error
			tcpAP, udpAP := netip.AddrPortFrom(clientAddr, 8080), netip.AddrPortFrom(clientAddr, 8081)
			if kind == clientStack {
				ln, err = tn.clientStack.ListenTCP(tcpAP)
				if err == nil {
					pc, err = tn.clientStack.ListenUDP(udpAP)
				}
			} else {
				ln, err = tn.stockNet.ListenTCPAddrPort(tcpAP)
				if err == nil {
					pc, err = tn.stockNet.ListenUDPAddrPort(udpAP)
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			defer pc.Close()
			defer ln.Close()
			accepted := make(chan net.Conn, 1)
			go func() {
				c, err := ln.Accept()
				if err == nil {
					accepted <- c
				}
				close(accepted)
			}()
			c, err := tn.agent.DialContext(ctxT(t), "tcp", tcpAP.String())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			sc := <-accepted
			if sc == nil {
				t.Fatal("accept failed")
			}
			defer sc.Close()
			if got := netip.MustParseAddrPort(sc.RemoteAddr().String()).Addr(); got != agentAddr {
				t.Fatalf("stolen conn arrives from %s, want %s", got, agentAddr)
			}
			io.WriteString(c, "ping")
			buf := make([]byte, 16)
			if _, err := io.ReadFull(sc, buf[:4]); err != nil || string(buf[:4]) != "ping" {
				t.Fatalf("tcp read %q %v", buf, err)
			}

			uc, err := tn.agent.DialContext(ctxT(t), "udp", udpAP.String())
			if err != nil {
				t.Fatal(err)
			}
			defer uc.Close()
			for try := 0; ; try++ {
				uc.Write([]byte("dgram"))
				pc.SetReadDeadline(time.Now().Add(time.Second))
				n, _, err := pc.ReadFrom(buf)
				if err == nil && string(buf[:n]) == "dgram" {
					break
				}
				if try == 10 {
					t.Fatalf("udp from stack: %v", err)
				}
			}
		})
	}
}

func TestUDPIdleTimeoutFreesFlow(t *testing.T) {
	echo := udpEchoServer(t)
	tn := newTunnel(t, clientStack, netstack.Config{UDPIdleTimeout: 300 * time.Millisecond})
	c, err := tn.client.DialContext(ctxT(t), "udp", svc(echo.LocalAddr()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	buf := make([]byte, 16)
	for try := 0; ; try++ {
		c.Write([]byte("x"))
		c.SetReadDeadline(time.Now().Add(time.Second))
		if _, err := c.Read(buf); err == nil {
			break
		} else if try == 10 {
			t.Fatal(err)
		}
	}
	waitFor(t, "the idle UDP flow to be freed", func() bool {
		s := tn.agent.Stats()
		return s.ActiveUDP == 0 && s.TotalUDP == 1
	})
	// A new packet opens a new flow.
	c.Write([]byte("y"))
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Read(buf); err != nil {
		t.Fatalf("after idle timeout: %v", err)
	}
	if s := tn.agent.Stats(); s.TotalUDP != 2 {
		t.Fatalf("want a second flow, stats %+v", s)
	}
}

func TestCloseIdempotent(t *testing.T) {
	echo := udpEchoServer(t)
	ln := transferServer(t)
	tn := newTunnel(t, clientStack, netstack.Config{})
	// Leave a TCP flow and a UDP flow open, then close the agent under them.
	c, err := tn.client.DialContext(ctxT(t), "tcp", svc(ln.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	uc, err := tn.client.DialContext(ctxT(t), "udp", svc(echo.LocalAddr()))
	if err != nil {
		t.Fatal(err)
	}
	defer uc.Close()
	uc.Write([]byte("x"))
	waitFor(t, "flows", func() bool { s := tn.agent.Stats(); return s.ActiveTCP == 1 && s.ActiveUDP == 1 })
	for range 3 {
		if err := tn.agent.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if s := tn.agent.Stats(); s.ActiveTCP != 0 || s.ActiveUDP != 0 {
		t.Fatalf("flows survive Close: %+v", s)
	}
	if _, err := tn.agent.ListenTCP(netip.AddrPortFrom(agentAddr, 81)); err == nil {
		t.Fatal("listen after Close succeeded")
	}
}

func TestManyConcurrentFlows(t *testing.T) {
	const flows = 2000
	ln := echoServer(t)
	tn := newTunnel(t, clientStack, netstack.Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	conns := make([]net.Conn, 0, flows)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	// Open them with a few dialers at a time, keep all open.
	var mu sync.Mutex
	var dwg sync.WaitGroup
	errs := make(chan error, flows)
	sem := make(chan struct{}, 64)
	for i := range flows {
		sem <- struct{}{}
		dwg.Add(1)
		go func() {
			defer dwg.Done()
			defer func() { <-sem }()
			c, err := tn.client.DialContext(ctx, "tcp", svc(ln.Addr()))
			if err != nil {
				errs <- err
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			msg := []byte{byte(i), byte(i >> 8)}
			c.Write(msg)
			got := make([]byte, 2)
			if _, err := io.ReadFull(c, got); err != nil || !bytes.Equal(got, msg) {
				errs <- errors.Join(errors.New("echo"), err)
			}
		}()
	}
	dwg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if s := tn.agent.Stats(); s.ActiveTCP != flows {
		t.Fatalf("want %d active flows, stats %+v", flows, s)
	}
	for _, c := range conns {
		c.Close()
	}
	conns = nil
	waitFor(t, "all flows to end", func() bool { return tn.agent.Stats().ActiveTCP == 0 })
}

// TestResetPropagates: an upstream that resets its connection makes the
// client see a reset, not a clean EOF.
func TestResetPropagates(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	defer func() { ln.Close(); <-done }()
	go func() {
		defer close(done)
		c, err := ln.Accept()
		if err != nil {
			return
		}
		io.ReadFull(c, make([]byte, 1))
		c.(*net.TCPConn).SetLinger(0)
		c.Close()
	}()
	tn := newTunnel(t, clientStack, netstack.Config{})
	c, err := tn.client.DialContext(ctxT(t), "tcp", svc(ln.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(20 * time.Second))
	c.Write([]byte("x"))
	_, err = io.ReadAll(c)
	if ne, ok := err.(net.Error); err == nil || ok && ne.Timeout() {
		t.Fatalf("want a reset, got %v", err)
	}
	waitFor(t, "the flow to end", func() bool { return tn.agent.Stats().ActiveTCP == 0 })
}

// TestCloseResetsClients: closing the agent resets its forwarded flows: the
// RST is written to the packet face while the wireguard-go device is up. Its
// delivery is best effort (a reset is never retransmitted, and a client takes
// it only at its exact next sequence number, RFC 5961), so the client side is
// only logged.
func TestCloseResetsClients(t *testing.T) {
	srv := benchServer(t)
	tn := newTunnel(t, clientStack, netstack.Config{})
	c, err := tn.client.DialContext(ctxT(t), "tcp", svc(srv.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	msg := make([]byte, rrSize)
	if _, err := c.Write(append(header('E', 0), msg...)); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(c, msg); err != nil {
		t.Fatal(err)
	}
	before := netstack.ResetsSent(tn.agent)
	tn.agent.Close()
	if after := netstack.ResetsSent(tn.agent); after <= before {
		t.Fatalf("Close sent no reset (%d before, %d after)", before, after)
	}
	_, err = io.Copy(io.Discard, c)
	t.Logf("client read after the agent closed: %v", err)
}

func TestNewRejectsInvalidAddr(t *testing.T) {
	for _, a := range []netip.Addr{{}, netip.IPv4Unspecified()} {
		if s, err := netstack.New(netstack.Config{Addrs: []netip.Addr{a}}); err == nil {
			s.Close()
			t.Fatalf("New accepted address %q", a)
		}
	}
}
