package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/client"
)

// TestPickTransportAuto checks the order auto tries transports in, and that a pod IP this
// machine routes to but does not reach costs no direct handshakes.
func TestPickTransportAuto(t *testing.T) {
	proxy := func(context.Context) (io.ReadWriteCloser, error) { return nil, errors.New("unused") }
	unreachable := func() error { return errors.New("pod IP 10.0.0.1 does not answer") }
	reachable := func() error { return nil }
	loop := netip.MustParseAddrPort("127.0.0.1:51820") // routable from anywhere
	for _, tc := range []struct {
		name    string
		link    agentLink
		works   string // the transport that connects
		want    []string
		skipped string
	}{
		{"udp works", agentLink{udp: loop, probe: reachable, proxy: proxy}, "udp", []string{"udp"}, ""},
		{"tcp after udp", agentLink{udp: loop, probe: reachable, proxy: proxy}, "tcp", []string{"udp", "tcp"}, ""},
		{"unreachable pod IP", agentLink{udp: loop, probe: unreachable, proxy: proxy}, "apiproxy", []string{"apiproxy"}, "not udp or tcp: pod IP 10.0.0.1 does not answer"},
		{"no pod IP", agentLink{proxy: proxy}, "apiproxy", []string{"apiproxy"}, ""},
		{"portforward last", agentLink{udp: loop, probe: unreachable, proxy: proxy}, "portforward", []string{"apiproxy", "portforward"}, "not apiproxy: apiproxy refused"},
		{"by address", agentLink{udp: loop, byAddr: true}, "portforward", []string{"udp", "portforward"}, ""},
		{"userspace: tcp first", agentLink{udp: loop, probe: reachable, proxy: proxy}, "tcp", []string{"tcp"}, ""},
		{"userspace: udp after tcp", agentLink{udp: loop, probe: reachable, proxy: proxy}, "udp", []string{"tcp", "udp"}, ""},
		{"userspace: unreachable pod IP", agentLink{udp: loop, probe: unreachable, proxy: proxy}, "apiproxy", []string{"apiproxy"}, "not udp or tcp: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tried, skipped []string
			try := func(transport string, _ time.Duration) (*client.Session, error) {
				tried = append(tried, transport)
				if transport == tc.works {
					return &client.Session{}, nil
				}
				return nil, errors.New(transport + " refused")
			}
			userspace := strings.HasPrefix(tc.name, "userspace")
			s, err := pickTransport("auto", tc.link, userspace, try, slog.New(slog.DiscardHandler), &skipped)
			if err != nil || s == nil {
				t.Fatalf("pickTransport: %v, %v", s, err)
			}
			if !reflect.DeepEqual(tried, tc.want) {
				t.Errorf("tried %v, want %v", tried, tc.want)
			}
			if got := strings.Join(skipped, "; "); !strings.Contains(got, tc.skipped) || (tc.skipped == "" && got != "") {
				t.Errorf("skipped %q, want %q", got, tc.skipped)
			}
		})
	}
}

func TestProbePodIP(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ap := netip.MustParseAddrPort(ln.Addr().String())
	if err := probePodIP(ap, time.Second); err != nil {
		t.Errorf("probe of a listening port: %v", err)
	}
	ln.Close()
	// A refusal proves the address is reachable, too.
	if err := probePodIP(ap, time.Second); err != nil {
		t.Errorf("probe of a closed port: %v", err)
	}
}

// TestAwaitAgent: a fresh agent refuses connections for a moment; awaitAgent waits until
// it answers.
func TestAwaitAgent(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // refused until the "agent" starts below
	resets := 0
	link := agentLink{register: func(ctx context.Context) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", addr)
	}, reset: func() { resets++ }}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "{}") })}
	served := make(chan error, 1)
	timer := time.AfterFunc(300*time.Millisecond, func() {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			served <- err
			return
		}
		served <- srv.Serve(ln)
	})
	defer timer.Stop()
	start := time.Now()
	awaitAgent(context.Background(), link, slog.New(slog.DiscardHandler))
	if _, err := getAgentVersion(context.Background(), link.register); err != nil {
		t.Errorf("awaitAgent returned after %v, before the agent listened: %v", time.Since(start), err)
	}
	if resets == 0 {
		t.Error("awaitAgent did not start a fresh connection after a refusal")
	}
	srv.Close()
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("serve: %v", err)
	}
}

func TestRefused(t *testing.T) {
	pf := errors.New(`port-forward echo-1:7070: error forwarding port 7070 to pod 7c85d, uid : failed to execute portforward in network namespace "/x": failed to connect to localhost:7070 inside namespace "7c85d", IPv4: dial tcp4 127.0.0.1:7070: connect: connection refused`)
	if !refused(pf) || refused(errors.New("403 Forbidden")) {
		t.Error("refused misreads a port-forward's refusal or a 403")
	}
}
