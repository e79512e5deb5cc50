package kube

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/httpstream"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/transport/spdy"
)

// portForwardProtocolV1 is the SPDY sub-protocol of pods/portforward: each forwarded
// connection is a pair of streams (data and error) with headers streamType, port and
// requestID.
const portForwardProtocolV1 = "portforward.k8s.io"

// PortForwarder multiplexes TCP connections to one pod's ports over a single SPDY
// connection to the API server's pods/portforward subresource, like kubectl
// port-forward but without listening on local ports and without a kubectl binary.
//
// It is safe for concurrent use. If the SPDY connection dies, the next Dial opens a new
// one; connections made on the dead one fail with an error.
type PortForwarder struct {
	pod PodRef
	cfg *rest.Config
	url *url.URL

	reqID atomic.Int64

	dialMu sync.Mutex // serialises reconnects

	mu     sync.Mutex // guards conn, closed
	conn   *spdyConn
	closed bool
}

// PortForward opens the SPDY connection to pod's pods/portforward subresource. It needs
// RBAC create on pods/portforward. ctx bounds only the connection setup.
func (c *Cluster) PortForward(ctx context.Context, pod PodRef) (*PortForwarder, error) {
	if c.Config == nil {
		return nil, errors.New("port-forward: cluster has no REST config")
	}
	ns := c.ns(pod.Namespace)
	pod.Namespace = ns
	u, err := podSubresourceURL(c.Config, ns, pod.Name, "portforward")
	if err != nil {
		return nil, fmt.Errorf("port-forward to %s/%s: %w", ns, pod.Name, err)
	}
	pf := &PortForwarder{pod: pod, cfg: c.Config, url: u}
	conn, err := pf.connect(ctx)
	if err != nil {
		return nil, err
	}
	pf.conn = conn
	return pf, nil
}

// podSubresourceURL is the API server URL of a pod's subresource, e.g. "portforward";
// name may carry a port ("pod:7070") and subresource a path after it.
func podSubresourceURL(cfg *rest.Config, ns, name, subresource string) (*url.URL, error) {
	base, _, err := rest.DefaultServerUrlFor(cfg)
	if err != nil {
		return nil, err
	}
	u := *base
	u.Path = fmt.Sprintf("%s/api/v1/namespaces/%s/pods/%s/%s",
		trimSlash(u.Path), url.PathEscape(ns), url.PathEscape(name), subresource)
	return &u, nil
}

func trimSlash(p string) string {
	for len(p) > 0 && p[len(p)-1] == '/' {
		p = p[:len(p)-1]
	}
	return p
}

func (pf *PortForwarder) connect(ctx context.Context) (*spdyConn, error) {
	rt, upgrader, err := newFrameUpgrader(pf.cfg) // one round tripper per connection
	if err != nil {
		return nil, fmt.Errorf("port-forward to %s: %w", pf.pod.Name, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, pf.url.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("port-forward to %s: %w", pf.pod.Name, err)
	}
	hc, proto, err := spdy.Negotiate(upgrader, &http.Client{Transport: rt}, req, portForwardProtocolV1)
	if err != nil {
		return nil, fmt.Errorf("port-forward to %s: %w", pf.pod.Name,
			forbidden(err, "create", "pods/portforward", pf.pod.Namespace))
	}
	conn := &spdyConn{Connection: hc, gone: make(chan struct{})}
	if proto != portForwardProtocolV1 {
		conn.Close()
		return nil, fmt.Errorf("port-forward to %s: server chose protocol %q, want %q", pf.pod.Name, proto, portForwardProtocolV1)
	}
	return conn, nil
}

// connection returns a live SPDY connection, reconnecting if the last one closed.
func (pf *PortForwarder) connection(ctx context.Context) (*spdyConn, error) {
	if c, err := pf.live(); c != nil || err != nil {
		return c, err
	}
	pf.dialMu.Lock()
	defer pf.dialMu.Unlock()
	if c, err := pf.live(); c != nil || err != nil {
		return c, err
	}
	c, err := pf.connect(ctx)
	if err != nil {
		return nil, err
	}
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.closed {
		c.Close()
		return nil, net.ErrClosed
	}
	pf.conn = c
	return c, nil
}

// live returns the current connection if it is still open.
func (pf *PortForwarder) live() (*spdyConn, error) {
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.closed {
		return nil, net.ErrClosed
	}
	if pf.conn != nil && !isClosed(pf.conn) {
		return pf.conn, nil
	}
	return nil, nil
}

// drop closes c and forgets it if it is still the current connection.
func (pf *PortForwarder) drop(c *spdyConn) {
	pf.mu.Lock()
	if pf.conn == c {
		pf.conn = nil
	}
	pf.mu.Unlock()
	c.Close()
}

// spdyConn is a SPDY connection that knows when we gave it up: streams on a connection
// we closed fail with ErrConnectionLost rather than a clean EOF.
type spdyConn struct {
	httpstream.Connection
	gone chan struct{} // closed by Close
	once sync.Once
}

// Close marks the connection gone, then closes it (resetting its streams).
func (c *spdyConn) Close() error {
	c.once.Do(func() { close(c.gone) })
	return c.Connection.Close()
}

func isClosed(c *spdyConn) bool {
	select {
	case <-c.gone:
		return true
	case <-c.CloseChan():
		return true
	default:
		return false
	}
}

// Dial opens a connection to port in the pod: a data and an error stream on the shared
// SPDY connection. Errors the kubelet reports (e.g. nothing listens on the port) surface
// as the connection's read error. ctx bounds a reconnect; creating the streams is bounded
// by the API server's 30 s reply timeout, after which Dial reconnects once (see Reset).
func (pf *PortForwarder) Dial(ctx context.Context, port uint16) (net.Conn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		conn, err := pf.connection(ctx)
		if err != nil {
			return nil, err
		}
		sc, err := pf.open(conn, port)
		if err == nil {
			return sc, nil
		}
		if attempt > 0 || ctx.Err() != nil {
			return nil, fmt.Errorf("port-forward dial %s:%d: %w", pf.pod.Name, port, err)
		}
		// The connection is probably dead: replace it and try once more.
		pf.drop(conn)
	}
}

func (pf *PortForwarder) open(conn *spdyConn, port uint16) (*streamConn, error) {
	id := strconv.FormatInt(pf.reqID.Add(1), 10)
	h := http.Header{}
	h.Set(corev1.StreamType, corev1.StreamTypeError)
	h.Set(corev1.PortHeader, strconv.Itoa(int(port)))
	h.Set(corev1.PortForwardRequestIDHeader, id)
	errStream, err := conn.CreateStream(h)
	if err != nil {
		return nil, fmt.Errorf("create error stream: %w", err)
	}
	errStream.Close() // we never write on it
	h.Set(corev1.StreamType, corev1.StreamTypeData)
	data, err := conn.CreateStream(h)
	if err != nil {
		errStream.Reset()
		conn.RemoveStreams(errStream)
		return nil, fmt.Errorf("create data stream: %w", err)
	}
	return newStreamConn(conn, data, errStream, pf.pod, port), nil
}

// Reset drops the current SPDY connection: every connection made on it fails
// (ErrConnectionLost), and the next Dial connects afresh. Call it when a liveness check
// finds the link dead: on a silently dead connection, Dial only notices when the API
// server's 30 s stream reply timeout expires.
func (pf *PortForwarder) Reset() {
	pf.mu.Lock()
	c := pf.conn
	pf.conn = nil
	pf.mu.Unlock()
	if c != nil {
		c.Close()
	}
}

// Close closes the SPDY connection, which resets every stream on it. It is idempotent.
func (pf *PortForwarder) Close() error {
	pf.mu.Lock()
	defer pf.mu.Unlock()
	if pf.closed {
		return nil
	}
	pf.closed = true
	if pf.conn != nil {
		pf.conn.Close()
		pf.conn = nil
	}
	return nil
}

// Pod returns the pod this forwarder reaches.
func (pf *PortForwarder) Pod() PodRef { return pf.pod }
