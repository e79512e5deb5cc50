package kube

import (
	"bufio"
	"net"
	"net/http"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/util/httpstream"
	spdyrt "k8s.io/apimachinery/pkg/util/httpstream/spdy"
	"k8s.io/client-go/rest"
)

// spdyPingPeriod is what client-go's SPDY round tripper uses.
const spdyPingPeriod = 5 * time.Second

// frameUpgrader is client-go's SPDY round tripper with one change: the upgraded
// connection is wrapped in a frameConn, so that each SPDY frame leaves in one write.
type frameUpgrader struct {
	*spdyrt.SpdyRoundTripper
	conn net.Conn // set by RoundTrip
}

// newFrameUpgrader returns the round tripper to pass to spdy.Negotiate (cfg's
// authentication around the upgrader) and the upgrader, as spdy.RoundTripperFor does.
func newFrameUpgrader(cfg *rest.Config) (http.RoundTripper, *frameUpgrader, error) {
	rt, err := newUpgradeTransport(cfg, spdyPingPeriod)
	if err != nil {
		return nil, nil, err
	}
	u := &frameUpgrader{SpdyRoundTripper: rt}
	wrapped, err := rest.HTTPWrappersForConfig(cfg, u)
	if err != nil {
		return nil, nil, err
	}
	return wrapped, u, nil
}

// newUpgradeTransport is client-go's SPDY round tripper for cfg's TLS and proxy settings,
// used here for its Dial: it opens the connection (through an HTTP proxy if any) and
// writes an upgrade request, whatever the protocol.
func newUpgradeTransport(cfg *rest.Config, ping time.Duration) (*spdyrt.SpdyRoundTripper, error) {
	tlsConfig, err := rest.TLSConfigFor(cfg)
	if err != nil {
		return nil, err
	}
	proxy := http.ProxyFromEnvironment
	if cfg.Proxy != nil {
		proxy = cfg.Proxy
	}
	return spdyrt.NewRoundTripperWithConfig(spdyrt.RoundTripperConfig{TLS: tlsConfig, Proxier: proxy, PingPeriod: ping})
}

// RoundTrip sends the upgrade request and reads the response, as SpdyRoundTripper does,
// keeping the connection for NewConnection.
func (u *frameUpgrader) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Add(httpstream.HeaderConnection, httpstream.HeaderUpgrade)
	req.Header.Add(httpstream.HeaderUpgrade, spdyrt.HeaderSpdy31)
	conn, err := u.Dial(req) // dials (TLS, proxy) and writes req
	if err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		conn.Close()
		return nil, err
	}
	u.conn = conn
	return resp, nil
}

// NewConnection starts SPDY over the upgraded connection. A response that is not a SPDY
// upgrade goes to SpdyRoundTripper.NewConnection, which turns it into the API server's
// error (a Forbidden status, say) without touching a connection.
func (u *frameUpgrader) NewConnection(resp *http.Response) (httpstream.Connection, error) {
	connection := strings.ToLower(resp.Header.Get(httpstream.HeaderConnection))
	upgrade := strings.ToLower(resp.Header.Get(httpstream.HeaderUpgrade))
	if resp.StatusCode != http.StatusSwitchingProtocols || !strings.Contains(connection, "upgrade") ||
		!strings.Contains(upgrade, strings.ToLower(spdyrt.HeaderSpdy31)) {
		u.conn.Close()
		return u.SpdyRoundTripper.NewConnection(resp)
	}
	return spdyrt.NewClientConnectionWithPings(&frameConn{Conn: u.conn}, spdyPingPeriod)
}

// spdyHeaderLen is the size of a SPDY/3 frame header; data and control frames both carry
// their payload length in its last three bytes.
const spdyHeaderLen = 8

// frameConn is the connection under the SPDY framer. The framer writes a frame in pieces
// (a data frame as its 4-byte stream ID, its 4-byte flags and length, then the data), and
// over TLS each piece becomes a record of its own, which the API server, the kubelet and
// the runtime each relay as a message of its own: during a download through the tunnel,
// two 26-byte records went out for each frame that carried a packet. frameConn collects
// a frame's pieces and writes the whole frame at once. The framer writes frames one at a
// time under its lock, so the bytes arrive whole and in order.
type frameConn struct {
	net.Conn
	buf []byte // the frame written so far
}

func (c *frameConn) Write(p []byte) (int, error) {
	n := len(p)
	for {
		if len(c.buf) >= spdyHeaderLen && len(c.buf) == spdyHeaderLen+frameLength(c.buf) {
			_, err := c.Conn.Write(c.buf)
			c.buf = c.buf[:0]
			if err != nil {
				return n - len(p), err
			}
		}
		if len(p) == 0 {
			return n, nil
		}
		want := spdyHeaderLen - len(c.buf)
		if want <= 0 {
			want = spdyHeaderLen + frameLength(c.buf) - len(c.buf)
		}
		k := min(want, len(p))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
	}
}

// frameLength is the payload length in a SPDY frame header.
func frameLength(h []byte) int {
	return int(h[5])<<16 | int(h[6])<<8 | int(h[7])
}
