package e2eutil

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// EchoGRPCMethod is kt-echo's unary gRPC method.
const EchoGRPCMethod = "/kt.echo.v1.Echo/Echo"

// H2CClient is an HTTP client speaking HTTP/2 cleartext with prior knowledge (h2c), with
// dial as its dialer (a plain net.Dialer when nil).
func H2CClient(dial func(ctx context.Context, network, addr string) (net.Conn, error)) *http.Client {
	if dial == nil {
		dial = (&net.Dialer{Timeout: 10 * time.Second}).DialContext
	}
	p := new(http.Protocols)
	p.SetUnencryptedHTTP2(true)
	return &http.Client{Transport: &http.Transport{DialContext: dial, Protocols: p}}
}

// GRPCEcho calls kt-echo's unary gRPC echo at baseURL (e.g. "http://10.96.1.2:82") with an
// h2c client and returns the reply message and the pod that answered.
func GRPCEcho(ctx context.Context, client *http.Client, baseURL string, msg []byte) (reply []byte, pod string, err error) {
	body := make([]byte, 5+len(msg))
	binary.BigEndian.PutUint32(body[1:5], uint32(len(msg)))
	copy(body[5:], msg)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(baseURL, "/")+EchoGRPCMethod, bytes.NewReader(body))
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("Content-Type", "application/grpc")
	req.Header.Set("TE", "trailers")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("grpc call: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, "", fmt.Errorf("grpc read: %w", err)
	}
	if st := resp.Trailer.Get("Grpc-Status"); st != "0" {
		return nil, "", fmt.Errorf("grpc status %q: %s", st, resp.Trailer.Get("Grpc-Message"))
	}
	if len(data) < 5 || int(binary.BigEndian.Uint32(data[1:5])) != len(data)-5 {
		return nil, "", fmt.Errorf("grpc: malformed response of %d bytes", len(data))
	}
	return data[5:], resp.Header.Get("Pod-Name"), nil
}

// WSConn is a minimal RFC 6455 client connection for kt-echo's /ws endpoint.
type WSConn struct {
	conn net.Conn
	r    *bufio.Reader
}

// DialWebsocket opens a websocket over conn (already connected to kt-echo's HTTP port) to
// path, and returns the connection and the greeting ("pod NAME").
func DialWebsocket(conn net.Conn, host, path string) (*WSConn, string, error) {
	var k [16]byte
	_, _ = rand.Read(k[:])
	key := base64.StdEncoding.EncodeToString(k[:])
	req := "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n"
	if _, err := io.WriteString(conn, req); err != nil {
		return nil, "", fmt.Errorf("websocket handshake: %w", err)
	}
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		return nil, "", fmt.Errorf("websocket handshake: %w", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return nil, "", fmt.Errorf("websocket handshake: %s", resp.Status)
	}
	ws := &WSConn{conn: conn, r: r}
	greeting, err := ws.Recv()
	return ws, string(greeting), err
}

// Send sends a text message (masked, as clients must).
func (w *WSConn) Send(msg []byte) error {
	hdr := []byte{0x81}
	switch n := len(msg); {
	case n < 126:
		hdr = append(hdr, 0x80|byte(n))
	case n < 1<<16:
		hdr = append(hdr, 0x80|126, byte(n>>8), byte(n))
	default:
		hdr = binary.BigEndian.AppendUint64(append(hdr, 0x80|127), uint64(n))
	}
	var mask [4]byte
	_, _ = rand.Read(mask[:])
	hdr = append(hdr, mask[:]...)
	payload := make([]byte, len(msg))
	for i := range msg {
		payload[i] = msg[i] ^ mask[i%4]
	}
	_, err := w.conn.Write(append(hdr, payload...))
	return err
}

// Recv reads one unfragmented data message.
func (w *WSConn) Recv() ([]byte, error) {
	var h [2]byte
	if _, err := io.ReadFull(w.r, h[:]); err != nil {
		return nil, err
	}
	if h[0]&0x0f == 0x8 {
		return nil, errors.New("websocket closed by server")
	}
	n := uint64(h[1] & 0x7f)
	switch n {
	case 126:
		var b [2]byte
		if _, err := io.ReadFull(w.r, b[:]); err != nil {
			return nil, err
		}
		n = uint64(binary.BigEndian.Uint16(b[:]))
	case 127:
		var b [8]byte
		if _, err := io.ReadFull(w.r, b[:]); err != nil {
			return nil, err
		}
		n = binary.BigEndian.Uint64(b[:])
	}
	p := make([]byte, n)
	_, err := io.ReadFull(w.r, p)
	return p, err
}

// Close closes the underlying connection.
func (w *WSConn) Close() error { return w.conn.Close() }
