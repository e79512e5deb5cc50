package kube

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"k8s.io/client-go/rest"
)

// fakeProxyServer answers like the API server's pods/proxy: pod "agent" switches to the
// protocol and echoes, "denied" is forbidden, "far" is unreachable.
func fakeProxyServer(t *testing.T, protocol string) *httptest.Server {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer tok" {
			http.Error(w, "no token: "+got, http.StatusUnauthorized)
			return
		}
		switch r.URL.Path {
		case "/api/v1/namespaces/ns/pods/denied:7070/proxy/v1/stream":
			http.Error(w, `pods "denied" is forbidden`, http.StatusForbidden)
			return
		case "/api/v1/namespaces/ns/pods/far:7070/proxy/v1/stream":
			http.Error(w, "dial tcp 10.0.0.9:7070: i/o timeout", http.StatusServiceUnavailable)
			return
		case "/api/v1/namespaces/ns/pods/agent:7070/proxy/v1/stream":
		default:
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("Upgrade") != protocol {
			http.Error(w, "want upgrade", http.StatusUpgradeRequired)
			return
		}
		c, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer c.Close()
		io.WriteString(c, "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: "+protocol+"\r\n\r\n")
		io.Copy(c, c)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestDialPodProxy(t *testing.T) {
	const proto = "test-stream.v1"
	srv := fakeProxyServer(t, proto)
	c := &Cluster{Namespace: "ns", Config: &rest.Config{Host: srv.URL, BearerToken: "tok",
		TLSClientConfig: rest.TLSClientConfig{Insecure: true}}}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	conn, err := c.DialPodProxy(ctx, PodRef{Name: "agent"}, 7070, "/v1/stream", proto)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4)
	if _, err := io.ReadFull(conn, buf); err != nil || string(buf) != "ping" {
		t.Fatalf("echo: %q %v", buf, err)
	}
	conn.Close()

	_, err = c.DialPodProxy(ctx, PodRef{Name: "denied"}, 7070, "/v1/stream", proto)
	var fe *ForbiddenError
	if !errors.As(err, &fe) || fe.Resource != "pods/proxy" || fe.Verb != "get" {
		t.Errorf("forbidden: %v", err)
	}
	if _, err = c.DialPodProxy(ctx, PodRef{Name: "far"}, 7070, "/v1/stream", proto); !errors.Is(err, ErrProxyUnreachable) {
		t.Errorf("unreachable: %v", err)
	}
	if _, err = c.DialPodProxy(ctx, PodRef{Name: "agent"}, 7070, "/v1/stream", "other.v1"); err == nil {
		t.Error("a refused upgrade succeeded")
	}
}
