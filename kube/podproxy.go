package kube

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/httpstream"
	spdyrt "k8s.io/apimachinery/pkg/util/httpstream/spdy"
	"k8s.io/client-go/rest"
)

// ErrProxyUnreachable says that the API server answered a pods/proxy request but could not
// reach the pod itself (it answered 502, 503 or 504): common where the API server runs
// outside the pod network. The port-forward still works there; it goes through the kubelet.
var ErrProxyUnreachable = errors.New("the API server cannot reach the pod's IP")

// DialPodProxy opens a byte stream to pod's port through the API server's pods/proxy
// subresource: an HTTP/1.1 GET of path with "Upgrade: protocol", which the API server
// relays to the pod and, once the pod answers 101 Switching Protocols, turns into a plain
// two-way copy. Unlike a port-forward, the bytes pass one proxy (the API server) instead
// of three (API server, kubelet, container runtime) and no SPDY framing: each of those
// hops costs about as much CPU per byte as the API server.
//
// It needs RBAC get on pods/proxy, and an API server that can reach pod IPs; otherwise it
// fails with a *ForbiddenError or ErrProxyUnreachable. ctx bounds the setup only.
func (c *Cluster) DialPodProxy(ctx context.Context, pod PodRef, port uint16, path, protocol string) (net.Conn, error) {
	if c.Config == nil {
		return nil, errors.New("pod proxy: cluster has no REST config")
	}
	ns := c.ns(pod.Namespace)
	fail := func(err error) (net.Conn, error) {
		return nil, fmt.Errorf("pod proxy to %s/%s:%d: %w", ns, pod.Name, port, err)
	}
	u, err := podSubresourceURL(c.Config, ns, fmt.Sprintf("%s:%d", pod.Name, port), "proxy"+path)
	if err != nil {
		return fail(err)
	}
	up, err := newUpgradeDialer(c.Config, protocol)
	if err != nil {
		return fail(err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fail(err)
	}
	resp, err := up.wrapped.RoundTrip(req)
	if err != nil {
		return fail(err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols ||
		!strings.EqualFold(resp.Header.Get(httpstream.HeaderUpgrade), protocol) {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		resp.Body.Close()
		if up.conn != nil {
			up.conn.Close()
		}
		err := fmt.Errorf("%s: %s", resp.Status, statusMessage(body))
		switch resp.StatusCode {
		case http.StatusForbidden:
			err = &ForbiddenError{Verb: "get", Resource: "pods/proxy", Namespace: ns, Err: err}
		case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			err = fmt.Errorf("%w: %w", ErrProxyUnreachable, err)
		case http.StatusSwitchingProtocols:
			err = fmt.Errorf("the pod switched to %q, want %q", resp.Header.Get(httpstream.HeaderUpgrade), protocol)
		}
		return fail(err)
	}
	return up.conn, nil
}

// statusMessage is the message of the API server's Status answer in body, or body itself.
func statusMessage(body []byte) string {
	var st metav1.Status
	if json.Unmarshal(body, &st) == nil && st.Message != "" {
		return st.Message
	}
	return strings.TrimSpace(string(body))
}

// upgradeDialer is the round tripper of one HTTP upgrade: client-go's SPDY round tripper
// dials (TLS, HTTP proxies) and writes the request, and the response is read here, so that
// the connection stays ours once the server has switched protocols. wrapped adds the
// kubeconfig's authentication around it, as for every other request.
type upgradeDialer struct {
	*spdyrt.SpdyRoundTripper
	protocol string
	wrapped  http.RoundTripper
	conn     net.Conn // the upgraded connection; set by RoundTrip
}

func newUpgradeDialer(cfg *rest.Config, protocol string) (*upgradeDialer, error) {
	rt, err := newUpgradeTransport(cfg, 0) // no SPDY, so no pings
	if err != nil {
		return nil, err
	}
	d := &upgradeDialer{SpdyRoundTripper: rt, protocol: protocol}
	if d.wrapped, err = rest.HTTPWrappersForConfig(cfg, d); err != nil {
		return nil, err
	}
	return d, nil
}

// RoundTrip sends the upgrade request on a new connection and reads the response header.
// On 101 the connection is kept in d.conn (with any bytes read past the header); the
// response's body is empty either way.
func (d *upgradeDialer) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set(httpstream.HeaderConnection, httpstream.HeaderUpgrade)
	req.Header.Set(httpstream.HeaderUpgrade, d.protocol)
	conn, err := d.Dial(req) // dials and writes req
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(req.Context(), func() { conn.Close() }) // a hung server
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, req)
	if !stop() {
		err = errors.Join(err, req.Context().Err())
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		// An error answer: keep its body readable, then drop the connection.
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		conn.Close()
		resp.Body = io.NopCloser(strings.NewReader(string(body)))
		return resp, nil
	}
	d.conn = conn
	if br.Buffered() > 0 {
		d.conn = &bufferedConn{Conn: conn, r: br}
	}
	return resp, nil
}

// bufferedConn reads first what the response's reader took past the header.
type bufferedConn struct {
	net.Conn
	r *bufio.Reader
}

func (c *bufferedConn) Read(p []byte) (int, error) {
	if c.r.Buffered() > 0 {
		return c.r.Read(p)
	}
	return c.Conn.Read(p)
}
