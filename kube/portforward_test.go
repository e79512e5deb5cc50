package kube

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/httpstream"
	"k8s.io/apimachinery/pkg/util/httpstream/spdy"
	"k8s.io/client-go/rest"
)

// Ports of the fake kubelet.
const (
	portEcho    = 1 // echoes until the client half-closes
	portRefused = 2 // reports an error like the kubelet does when nothing listens
)

// pfServer plays the API server and kubelet of pods/portforward over SPDY.
type pfServer struct {
	srv *httptest.Server

	mu      sync.Mutex // guards conns, raw, paths, upgrades
	conns   []httpstream.Connection
	raw     []net.Conn
	paths   []string
	upgrade int

	wg sync.WaitGroup // serve and stream handlers
}

func newPFServer(t testing.TB) *pfServer {
	s := &pfServer{}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Listener = &trackingListener{Listener: s.srv.Listener, s: s}
	s.srv.Start()
	t.Cleanup(func() {
		s.dropAll()
		s.srv.Close()
		s.wg.Wait()
	})
	return s
}

// trackingListener remembers accepted connections so dropAll can cut them like a
// network failure would (no stream resets, no GOAWAY).
type trackingListener struct {
	net.Listener
	s *pfServer
}

func (l *trackingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.s.mu.Lock()
		l.s.raw = append(l.s.raw, c)
		l.s.mu.Unlock()
	}
	return c, err
}

func (s *pfServer) serve(w http.ResponseWriter, r *http.Request) {
	s.wg.Add(1) // before the response, so before the client can end the test
	defer s.wg.Done()
	if _, err := httpstream.Handshake(r, w, []string{portForwardProtocolV1}); err != nil {
		return
	}
	s.mu.Lock() // before the 101 response, so the client sees it
	s.paths = append(s.paths, r.URL.Path)
	s.upgrade++
	s.mu.Unlock()
	streams := make(chan httpstream.Stream, 16)
	conn := spdy.NewResponseUpgrader().UpgradeResponse(w, r, func(st httpstream.Stream, _ <-chan struct{}) error {
		streams <- st
		return nil
	})
	if conn == nil {
		return
	}
	s.mu.Lock()
	s.conns = append(s.conns, conn)
	s.mu.Unlock()

	errStreams := map[string]httpstream.Stream{}
	for {
		select {
		case st := <-streams:
			h := st.Headers()
			id := h.Get(corev1.PortForwardRequestIDHeader)
			if h.Get(corev1.StreamType) == corev1.StreamTypeError {
				errStreams[id] = st
				continue
			}
			port, _ := strconv.Atoi(h.Get(corev1.PortHeader))
			es := errStreams[id]
			delete(errStreams, id)
			s.wg.Add(1)
			go s.forward(port, st, es)
		case <-conn.CloseChan():
			return
		}
	}
}

// forward behaves like the kubelet: the error stream is closed before the data stream.
func (s *pfServer) forward(port int, data, errs httpstream.Stream) {
	defer s.wg.Done()
	defer data.Close()
	defer errs.Close()
	switch port {
	case portEcho:
		_, _ = io.Copy(data, data)
	default:
		fmt.Fprintf(errs, "error forwarding port %d to pod: connection refused", port)
	}
}

// dropAll cuts every connection, as if the API server or the network went away.
func (s *pfServer) dropAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.raw {
		c.Close()
	}
	s.raw, s.conns = nil, nil
}

func (s *pfServer) upgrades() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.upgrade
}

func newTestForwarder(t *testing.T, s *pfServer) *PortForwarder {
	t.Helper()
	c := &Cluster{Config: &rest.Config{Host: s.srv.URL}, Namespace: testNS}
	pf, err := c.PortForward(context.Background(), PodRef{Name: "agent-0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pf.Close() })
	return pf
}

func TestPortForwardConcurrentStreams(t *testing.T) {
	s := newPFServer(t)
	pf := newTestForwarder(t, s)
	s.mu.Lock()
	paths := fmt.Sprint(s.paths)
	s.mu.Unlock()
	if paths != "[/api/v1/namespaces/team/pods/agent-0/portforward]" {
		t.Errorf("paths = %s", paths)
	}
	ctx := context.Background()
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- echoOnce(ctx, pf, (i+1)*10000)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if s.upgrades() != 1 {
		t.Errorf("%d SPDY connections, want 1", s.upgrades())
	}
}

// echoOnce sends size random bytes through the echo port and checks the answer.
func echoOnce(ctx context.Context, pf *PortForwarder, size int) error {
	conn, err := pf.Dial(ctx, portEcho)
	if err != nil {
		return err
	}
	defer conn.Close()
	want := make([]byte, size)
	rand.Read(want)
	werr := make(chan error, 1)
	go func() {
		_, err := conn.Write(want)
		if err == nil {
			err = conn.(interface{ CloseWrite() error }).CloseWrite()
		}
		werr <- err
	}()
	got, err := io.ReadAll(conn)
	if err := <-werr; err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("echo of %d bytes: got %d bytes, different", size, len(got))
	}
	return nil
}

func TestPortForwardRemoteError(t *testing.T) {
	s := newPFServer(t)
	pf := newTestForwarder(t, s)
	conn, err := pf.Dial(context.Background(), portRefused)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_, err = io.ReadAll(conn)
	var pe *PortForwardError
	if !errors.As(err, &pe) || pe.Port != portRefused || !strings.Contains(pe.Message, "connection refused") {
		t.Fatalf("read error = %v", err)
	}
}

func TestPortForwardDeadlines(t *testing.T) {
	s := newPFServer(t)
	pf := newTestForwarder(t, s)
	conn, err := pf.Dial(context.Background(), portEcho)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	if _, err := conn.Read(make([]byte, 10)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("read past deadline: %v", err)
	}
	var ne net.Error
	if _, err := conn.Read(make([]byte, 10)); !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("second read: %v", err)
	}
	conn.SetDeadline(time.Time{}) // cleared: reads work again
	if _, err := conn.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4)
	if _, err := io.ReadFull(conn, buf); err != nil || string(buf) != "ping" {
		t.Fatalf("read after clearing the deadline = %q, %v", buf, err)
	}
	conn.SetWriteDeadline(time.Now().Add(-time.Second))
	if _, err := conn.Write([]byte("x")); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("write past deadline: %v", err)
	}
	// A read blocked in Read is released by Close.
	conn.SetDeadline(time.Time{})
	done := make(chan error, 1)
	go func() {
		_, err := conn.Read(buf)
		done <- err
	}()
	conn.Close()
	if err := <-done; !errors.Is(err, net.ErrClosed) {
		t.Fatalf("read during Close: %v", err)
	}
	if _, err := conn.Write([]byte("x")); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("write after Close: %v", err)
	}
	if err := conn.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestPortForwardReconnects(t *testing.T) {
	s := newPFServer(t)
	pf := newTestForwarder(t, s)
	ctx := context.Background()
	old, err := pf.Dial(ctx, portEcho)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()

	s.dropAll() // the API server goes away and comes back
	if _, err := io.ReadAll(old); !errors.Is(err, ErrConnectionLost) {
		t.Errorf("read on the dead connection: %v", err)
	}
	if err := echoOnce(ctx, pf, 1000); err != nil {
		t.Fatalf("after reconnect: %v", err)
	}
	if s.upgrades() != 2 {
		t.Errorf("%d SPDY connections, want 2", s.upgrades())
	}

	// Reset drops the connection on purpose; the next Dial connects again.
	conn, err := pf.Dial(ctx, portEcho)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	pf.Reset()
	if _, err := io.ReadAll(conn); !errors.Is(err, ErrConnectionLost) {
		t.Errorf("read after Reset: %v", err)
	}
	if err := echoOnce(ctx, pf, 1000); err != nil {
		t.Fatalf("after Reset: %v", err)
	}
	if s.upgrades() != 3 {
		t.Errorf("%d SPDY connections, want 3", s.upgrades())
	}

	pf.Close()
	pf.Close()
	pf.Reset()
	if _, err := pf.Dial(ctx, portEcho); !errors.Is(err, net.ErrClosed) {
		t.Fatalf("Dial after Close: %v", err)
	}
}

func TestPortForwardServerDown(t *testing.T) {
	s := newPFServer(t)
	url := s.srv.URL
	s.srv.Close()
	c := &Cluster{Config: &rest.Config{Host: url}, Namespace: testNS}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := c.PortForward(ctx, PodRef{Name: "agent-0"}); err == nil || !strings.Contains(err.Error(), "port-forward to agent-0") {
		t.Fatalf("PortForward to a closed server: %v", err)
	}
}

// BenchmarkPortForwardStream measures bytes through one port-forward stream (client →
// fake server echo → client) against the same echo over a plain loopback TCP socket.
func BenchmarkPortForwardStream(b *testing.B) {
	payload := make([]byte, 1<<20)
	run := func(b *testing.B, conn net.Conn) {
		b.SetBytes(int64(len(payload)))
		buf := make([]byte, len(payload))
		for b.Loop() {
			errc := make(chan error, 1)
			go func() { _, err := conn.Write(payload); errc <- err }()
			if _, err := io.ReadFull(conn, buf); err != nil {
				b.Fatal(err)
			}
			if err := <-errc; err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("portforward", func(b *testing.B) {
		s := newPFServer(b)
		c := &Cluster{Config: &rest.Config{Host: s.srv.URL}, Namespace: testNS}
		pf, err := c.PortForward(context.Background(), PodRef{Name: "agent-0"})
		if err != nil {
			b.Fatal(err)
		}
		defer pf.Close()
		conn, err := pf.Dial(context.Background(), portEcho)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		run(b, conn)
	})
	b.Run("tcp", func(b *testing.B) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		defer ln.Close()
		done := make(chan struct{})
		go func() {
			defer close(done)
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
			_, _ = io.Copy(c, c)
		}()
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			b.Fatal(err)
		}
		run(b, conn)
		conn.Close()
		<-done
	})
}
