package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func startEcho(t *testing.T) listeners {
	ls, _ := startEchoStop(t)
	return ls
}

// startEchoStop also returns a function that stops the server and reports serve's error;
// the test's cleanup calls it too.
func startEchoStop(t *testing.T) (listeners, func() error) {
	t.Helper()
	var ls listeners
	var err error
	for _, dst := range []*net.Listener{&ls.http, &ls.h2c, &ls.grpc, &ls.tcp} {
		if *dst, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
	}
	if ls.udp, err = net.ListenPacket("udp", "127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, "pod-1", ls) }()
	stop := sync.OnceValue(func() error {
		cancel()
		return <-done
	})
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Error(err)
		}
	})
	return ls, stop
}

func TestEchoHTTPAndH2C(t *testing.T) {
	ls := startEcho(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	r, err := e2eutil.GetEcho(ctx, &http.Client{Transport: tr}, "http://"+ls.http.Addr().String()+"/a/b?c=d")
	if err != nil || r.Pod != "pod-1" || r.Path != "/a/b" || r.Query != "c=d" || r.Proto != "HTTP/1.1" {
		t.Fatalf("http: %+v %v", r, err)
	}
	h2 := e2eutil.H2CClient(nil)
	defer h2.CloseIdleConnections()
	r, err = e2eutil.GetEcho(ctx, h2, "http://"+ls.h2c.Addr().String()+"/h2")
	if err != nil || r.Proto != "HTTP/2.0" {
		t.Fatalf("h2c: %+v %v", r, err)
	}

	body := strings.Repeat("x", 100000)
	resp, err := http.Post("http://"+ls.http.Addr().String()+"/up?sha256=1", "text/plain", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	sum := sha256.Sum256([]byte(body))
	if !strings.Contains(string(b), `"bodyLen": 100000`) || !strings.Contains(string(b), hex.EncodeToString(sum[:])) {
		t.Fatalf("body hash: %s", b)
	}
	resp, err = http.Get(fmt.Sprintf("http://%s/bytes?n=%d", ls.http.Addr(), 3<<20))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if n != 3<<20 {
		t.Fatalf("/bytes: %d bytes", n)
	}
	http.DefaultClient.CloseIdleConnections()
}

func TestEchoGRPC(t *testing.T) {
	ls := startEcho(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c := e2eutil.H2CClient(nil)
	defer c.CloseIdleConnections()
	reply, pod, err := e2eutil.GRPCEcho(ctx, c, "http://"+ls.grpc.Addr().String(), []byte("\x0a\x03abc"))
	if err != nil || string(reply) != "\x0a\x03abc" || pod != "pod-1" {
		t.Fatalf("grpc: %q %q %v", reply, pod, err)
	}
}

func TestEchoWebsocket(t *testing.T) {
	ls := startEcho(t)
	c, err := net.Dial("tcp", ls.http.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	ws, greeting, err := e2eutil.DialWebsocket(c, "echo", "/ws")
	if err != nil || greeting != "pod pod-1" {
		t.Fatalf("handshake: %q %v", greeting, err)
	}
	defer ws.Close()
	for _, msg := range []string{"short", strings.Repeat("m", 300), strings.Repeat("L", 70000)} {
		if err := ws.Send([]byte(msg)); err != nil {
			t.Fatal(err)
		}
		got, err := ws.Recv()
		if err != nil || string(got) != msg {
			t.Fatalf("echo of %d bytes: %d bytes, %v", len(msg), len(got), err)
		}
	}
}

// serve returns while a raw TCP client still holds its connection open.
func TestEchoShutdownWithOpenConn(t *testing.T) {
	ls, stop := startEchoStop(t)
	c, err := net.Dial("tcp", ls.tcp.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("x")); err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 1)
	if _, err := io.ReadFull(c, b); err != nil {
		t.Fatal(err)
	}
	if err := stop(); err != nil { // returns although c is still open
		t.Fatal(err)
	}
	if _, err := c.Read(b); err == nil {
		t.Fatal("connection still open after shutdown")
	}
}

func TestEchoUDPAndTCP(t *testing.T) {
	ls := startEcho(t)
	u, err := net.Dial("udp", ls.udp.LocalAddr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	_ = u.SetDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 100)
	for msg, want := range map[string]string{"hostname": "pod-1", "data": "data"} {
		if _, err := u.Write([]byte(msg)); err != nil {
			t.Fatal(err)
		}
		n, err := u.Read(buf)
		if err != nil || string(buf[:n]) != want {
			t.Fatalf("udp %q: %q %v", msg, buf[:n], err)
		}
	}
	c, err := net.Dial("tcp", ls.tcp.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, _ = c.Write([]byte("tcp data"))
	_ = c.(*net.TCPConn).CloseWrite()
	if got, err := io.ReadAll(c); err != nil || string(got) != "tcp data" {
		t.Fatalf("tcp: %q %v", got, err)
	}
}
