package main

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/http2"
)

// spec splits "URL#Name: value" into the URL and its extra header (empty when none).
func spec(arg string) (string, http.Header) {
	u, extra, _ := strings.Cut(arg, "#")
	h := http.Header{}
	if extra != "" {
		k, v, _ := strings.Cut(extra, ":")
		h.Set(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	return u, h
}

// dialURL opens a TCP connection to the host of rawURL (port 80 by default).
func dialURL(rawURL string) (net.Conn, *url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, nil, err
	}
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "80")
	}
	c, err := net.DialTimeout("tcp", host, 10*time.Second)
	if err != nil {
		return nil, nil, err
	}
	return c, u, nil
}

// h2Conn opens one HTTP/2 cleartext (prior knowledge) connection to the host of rawURL.
// x/net/http2's ClientConn is the API that pins every stream to this one connection.
//
//lint:ignore SA1019 the streams must share one connection, which http.Transport does not promise
func h2Conn(rawURL string) (*http2.ClientConn, error) {
	c, _, err := dialURL(rawURL)
	if err != nil {
		return nil, err
	}
	tr := &http2.Transport{AllowHTTP: true} //lint:ignore SA1019 see h2Conn
	cc, err := tr.NewClientConn(c)          //lint:ignore SA1019 see h2Conn
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("h2c: %w", err)
	}
	return cc, nil
}

// h2req sends one POST per argument as concurrent streams on ONE h2c connection: every
// stream's headers are sent before any body byte, then the bodies are written in turn, so
// all streams are open at once and interleaved. It prints "<status> <body>" per argument,
// in order, then "streams N on 1 connection".
func h2req(args []string) error {
	if len(args) == 0 {
		return errors.New("h2req: no URL")
	}
	cc, err := h2Conn(spec0(args[0]))
	if err != nil {
		return err
	}
	defer cc.Close()
	type result struct {
		status int
		body   string
		err    error
	}
	n := len(args)
	results := make([]result, n)
	writers := make([]*io.PipeWriter, n)
	opened := make(chan struct{}, n)
	var wg sync.WaitGroup
	for i, arg := range args {
		u, h := spec(arg)
		pr, pw := io.Pipe()
		writers[i] = pw
		req, err := http.NewRequest(http.MethodPost, u, &firstRead{r: pr, first: opened})
		if err != nil {
			return err
		}
		req.Header = h
		wg.Go(func() {
			resp, err := cc.RoundTrip(req)
			if err != nil {
				results[i].err = err
				_ = pr.CloseWithError(err)
				return
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			results[i] = result{status: resp.StatusCode, body: strings.Join(strings.Fields(string(b)), " "), err: err}
		})
	}
	// Every stream is open once the transport asks for its body.
	timeout := time.After(20 * time.Second)
	for range n {
		select {
		case <-opened:
		case <-timeout:
			return errors.New("h2req: streams did not all open")
		}
	}
	if st := cc.State(); st.StreamsActive != n {
		return fmt.Errorf("h2req: %d streams active on the connection, want %d", st.StreamsActive, n)
	}
	for round := range 3 {
		for i, w := range writers {
			if _, err := fmt.Fprintf(w, "stream %d part %d\n", i, round); err != nil {
				results[i].err = err
			}
		}
	}
	for _, w := range writers {
		_ = w.Close()
	}
	wg.Wait()
	for i, r := range results {
		if r.err != nil {
			return fmt.Errorf("stream %d (%s): %w", i, args[i], r.err)
		}
		fmt.Printf("%d %s\n", r.status, r.body)
	}
	fmt.Printf("streams %d on 1 connection\n", n)
	return nil
}

func spec0(arg string) string { u, _ := spec(arg); return u }

// firstRead signals on first once the first Read is called.
type firstRead struct {
	r     io.Reader
	first chan<- struct{}
	once  sync.Once
}

func (f *firstRead) Read(p []byte) (int, error) {
	f.once.Do(func() { f.first <- struct{}{} })
	return f.r.Read(p)
}

// grpcCalls makes one unary call of kt-echo's method per "MSG[#Name: value]" argument
// after the base URL, on one h2c connection, and prints "<pod-name> <reply>" per call.
func grpcCalls(args []string) error {
	if len(args) < 2 {
		return errors.New("grpc: want a URL and messages")
	}
	base := strings.TrimSuffix(args[0], "/")
	cc, err := h2Conn(base)
	if err != nil {
		return err
	}
	defer cc.Close()
	for _, arg := range args[1:] {
		msg, h := spec(arg)
		body := binary.BigEndian.AppendUint32([]byte{0}, uint32(len(msg)))
		body = append(body, msg...)
		req, err := http.NewRequest(http.MethodPost, base+grpcMethod, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header = h
		req.Header.Set("Content-Type", "application/grpc")
		req.Header.Set("TE", "trailers")
		resp, err := cc.RoundTrip(req)
		if err != nil {
			return fmt.Errorf("grpc call %q: %w", arg, err)
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("grpc call %q: read: %w", arg, err)
		}
		if st := resp.Trailer.Get("Grpc-Status"); st != "0" {
			return fmt.Errorf("grpc call %q: status %q (%s): %s", arg, st, resp.Status, resp.Trailer.Get("Grpc-Message"))
		}
		if len(data) < 5 || int(binary.BigEndian.Uint32(data[1:5])) != len(data)-5 {
			return fmt.Errorf("grpc call %q: malformed response of %d bytes", arg, len(data))
		}
		fmt.Printf("%s %s\n", resp.Header.Get("Pod-Name"), data[5:])
	}
	return nil
}

const grpcMethod = "/kt.echo.v1.Echo/Echo"

// grpcEcho answers a unary call with the same message, naming the developer.
func grpcEcho(w http.ResponseWriter, r *http.Request, name string) {
	fmt.Printf("grpc %s %s\n", r.URL.Path, r.Header.Get("X-User"))
	w.Header().Set("Content-Type", "application/grpc")
	w.Header().Set("Pod-Name", "dev:"+name)
	w.Header().Set("Trailer", "Grpc-Status, Grpc-Message")
	msg, err := io.ReadAll(r.Body)
	status := "0"
	if err != nil || len(msg) < 5 {
		status = "13"
	}
	w.WriteHeader(http.StatusOK)
	if status == "0" {
		_, _ = w.Write(msg)
	}
	w.Header().Set("Grpc-Status", status)
}

const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// wsChat opens a websocket at URL (path /ws), prints the server's greeting, then sends
// each message and prints its echo. With -pre N, N plain GETs of / (without the URL's
// extra header) go first on the same connection, each printing "before <answerer>".
func wsChat(args []string) error {
	fs := flag.NewFlagSet("ws", flag.ExitOnError)
	pre := fs.Int("pre", 0, "plain GETs on the connection before the upgrade")
	_ = fs.Parse(args)
	args = fs.Args()
	if len(args) < 1 {
		return errors.New("ws: want a URL and messages")
	}
	u, h := spec(args[0])
	c, pu, err := dialURL(u)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	br := bufio.NewReader(c)
	for range *pre {
		if _, err := fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: %s\r\n\r\n", pu.Host); err != nil {
			return fmt.Errorf("ws: request before the upgrade: %w", err)
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			return fmt.Errorf("ws: answer before the upgrade: %w", err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("ws: answer before the upgrade: %w", err)
		}
		fmt.Printf("before %s\n", answerer(string(b)))
	}
	var k [16]byte
	_, _ = rand.Read(k[:])
	var req strings.Builder
	fmt.Fprintf(&req, "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n", pu.RequestURI(), pu.Host)
	fmt.Fprintf(&req, "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n", base64.StdEncoding.EncodeToString(k[:]))
	for name, vs := range h {
		fmt.Fprintf(&req, "%s: %s\r\n", name, vs[0])
	}
	req.WriteString("\r\n")
	if _, err := io.WriteString(c, req.String()); err != nil {
		return fmt.Errorf("ws handshake: %w", err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return fmt.Errorf("ws handshake: %w", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return fmt.Errorf("ws handshake: %s", resp.Status)
	}
	_, greeting, err := readFrame(br)
	if err != nil {
		return fmt.Errorf("ws greeting: %w", err)
	}
	fmt.Println(string(greeting))
	bw := bufio.NewWriter(c)
	for _, m := range args[1:] {
		if err := writeFrame(bw, 0x1, []byte(m), true); err != nil {
			return fmt.Errorf("ws send: %w", err)
		}
		_, echo, err := readFrame(br)
		if err != nil {
			return fmt.Errorf("ws echo: %w", err)
		}
		fmt.Println(string(echo))
	}
	return writeFrame(bw, 0x8, nil, true)
}

// wsEcho upgrades to a websocket, sends greeting and echoes messages until closed.
func wsEcho(w http.ResponseWriter, r *http.Request, greeting string) {
	key := r.Header.Get("Sec-WebSocket-Key")
	if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") || key == "" {
		http.Error(w, "websocket upgrade required", http.StatusBadRequest)
		return
	}
	fmt.Printf("websocket %s %s\n", r.URL.Path, r.Header.Get("X-User"))
	c, rw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer c.Close()
	sum := sha1.Sum([]byte(key + wsGUID))
	fmt.Fprintf(rw, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n",
		base64.StdEncoding.EncodeToString(sum[:]))
	if err := writeFrame(rw.Writer, 0x1, []byte(greeting), false); err != nil {
		return
	}
	for {
		op, p, err := readFrame(rw.Reader)
		if err != nil {
			return
		}
		if op == 0x8 {
			_ = writeFrame(rw.Writer, 0x8, nil, false)
			return
		}
		if err := writeFrame(rw.Writer, op, p, false); err != nil {
			return
		}
	}
}

// readFrame reads one unfragmented frame, unmasking it if needed.
func readFrame(r *bufio.Reader) (byte, []byte, error) {
	var h [2]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return 0, nil, err
	}
	n := uint64(h[1] & 0x7f)
	switch n {
	case 126:
		var b [2]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return 0, nil, err
		}
		n = uint64(binary.BigEndian.Uint16(b[:]))
	case 127:
		var b [8]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return 0, nil, err
		}
		n = binary.BigEndian.Uint64(b[:])
	}
	if n > 16<<20 {
		return 0, nil, errors.New("frame too large")
	}
	var mask [4]byte
	if h[1]&0x80 != 0 {
		if _, err := io.ReadFull(r, mask[:]); err != nil {
			return 0, nil, err
		}
	}
	p := make([]byte, n)
	if _, err := io.ReadFull(r, p); err != nil {
		return 0, nil, err
	}
	if h[1]&0x80 != 0 {
		for i := range p {
			p[i] ^= mask[i%4]
		}
	}
	return h[0] & 0x0f, p, nil
}

// writeFrame writes one final frame; clients mask theirs.
func writeFrame(w *bufio.Writer, op byte, p []byte, masked bool) error {
	hdr := []byte{0x80 | op}
	var m byte
	if masked {
		m = 0x80
	}
	switch n := len(p); {
	case n < 126:
		hdr = append(hdr, m|byte(n))
	case n < 1<<16:
		hdr = append(hdr, m|126, byte(n>>8), byte(n))
	default:
		hdr = binary.BigEndian.AppendUint64(append(hdr, m|127), uint64(n))
	}
	payload := p
	if masked {
		var mask [4]byte
		_, _ = rand.Read(mask[:])
		hdr = append(hdr, mask[:]...)
		payload = make([]byte, len(p))
		for i := range p {
			payload[i] = p[i] ^ mask[i%4]
		}
	}
	if _, err := w.Write(hdr); err != nil {
		return err
	}
	if _, err := w.Write(payload); err != nil {
		return err
	}
	return w.Flush()
}
