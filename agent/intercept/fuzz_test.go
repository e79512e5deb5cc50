package intercept

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// FuzzParseRequest: the head parser never panics, and what it accepts is consistent.
func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
		"POST /a?b=c HTTP/1.1\r\nContent-Length: 5\r\nX-User: alice\r\n\r\nhello",
		"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
		"POST / HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
		"GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n\r\n",
		"CONNECT host:443 HTTP/1.1\r\n\r\n",
		"GET http://h/p?q HTTP/1.0\r\n\r\n",
		"\r\nGET / HTTP/1.1\n\n",
		"GET / HTTP/1.1\r\n folded: x\r\n\r\n",
		"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
		// The developer's server refuses the control byte in the header and waits for
		// the end of the connection without answering, and the next request goes raw to
		// the app: the developer's backend must see the client's end too.
		"GET / HTTP/1.0\r\nX-User:dalice\x11\n\r\nGE\xd5Z\x81\xed[T /2\x03HTTP/1.1\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		raw, err := readHead(bufio.NewReaderSize(bytes.NewReader(data), 16), 4096)
		if err != nil {
			return
		}
		if !bytes.HasSuffix(raw, []byte("\n")) || len(raw) > 4096+16 {
			t.Fatalf("head %q", raw)
		}
		r, err := parseRequestHead(raw)
		if err != nil {
			return
		}
		if r.length < 0 || (r.body == bodyLength) != (r.length > 0) || r.body == bodyUntilClose {
			t.Fatalf("framing %v %d", r.body, r.length)
		}
		if _, ok := r.header["Transfer-Encoding"]; ok && r.header["Content-Length"] != nil {
			t.Fatal("accepted both Transfer-Encoding and Content-Length")
		}
		// net/http must not find a different body length for what we accepted.
		hr, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(raw)))
		if err == nil && r.body == bodyLength && hr.ContentLength != r.length {
			t.Fatalf("Content-Length %d, net/http says %d", r.length, hr.ContentLength)
		}
	})
}

// FuzzChunked: a chunked body is copied exactly as it came, up to its end.
func FuzzChunked(f *testing.F) {
	for _, s := range []string{
		"5\r\nhello\r\n0\r\n\r\n",
		"3;ext=1\r\nabc\r\n0\r\nTrailer: x\r\n\r\nNEXT",
		"ffffffffffffffff\r\n",
		"1\r\nab\r\n",
		"0\n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		br := bufio.NewReaderSize(bytes.NewReader(data), 16)
		var out bytes.Buffer
		err := copyChunked(&out, br, func() error { return nil })
		if !bytes.HasPrefix(data, out.Bytes()) {
			t.Fatalf("output %q is not a prefix of the input", out.Bytes())
		}
		if err == nil {
			rest, _ := io.ReadAll(br)
			if !bytes.Equal(append(out.Bytes(), rest...), data) {
				t.Fatal("bytes lost")
			}
		}
	})
}

// FuzzServeConn: whatever a client sends to a filtered port, the connection ends (no
// hang, no panic) and unrouted bytes reach the app untouched.
func FuzzServeConn(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET / HTTP/1.1\r\nX-User: alice\r\n\r\nGET /2 HTTP/1.1\r\n\r\n",
		"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nX-User: alice\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
		"garbage\x00\x01",
		"GET / HTTP/1.1\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\nraw bytes",
		"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
		// The developer's server refuses the control byte in the header and waits for
		// the end of the connection without answering, and the next request goes raw to
		// the app: the developer's backend must see the client's end too.
		"GET / HTTP/1.0\r\nX-User:dalice\x11\n\r\nGE\xd5Z\x81\xed[T /2\x03HTTP/1.1\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	// "app" and "developer" answer every request head with a fixed response and echo
	// anything that isn't HTTP.
	answer := func(name string) func(net.Conn) {
		return func(c net.Conn) {
			br := bufio.NewReader(c)
			for {
				req, err := http.ReadRequest(br)
				if err != nil {
					_, _ = io.Copy(c, br)
					return
				}
				_, _ = io.Copy(io.Discard, req.Body)
				if _, err := io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: "+itoa(int64(len(name)))+"\r\n\r\n"+name); err != nil {
					return
				}
			}
		}
	}
	app := rawServer(f, answer("app"))
	dev := rawServer(f, answer("dev"))
	fr := startPort(f, app, func(p *Port) {
		p.logf = func(string, ...any) {}
		p.SetLimits(Limits{SniffTimeout: 50 * time.Millisecond, HeaderTimeout: 100 * time.Millisecond})
	})
	if err := fr.p.AddClaim(Claim{ID: "a", Owner: "alice", Mode: StealFiltered, Filter: Filter{Headers: map[string]*regexpT{"X-User": mustRe("alice")}}, Deliver: dialer(dev)}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := net.Dial("tcp", fr.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		go func() { _, _ = c.Write(data); _ = closeWrite(c) }()
		out, err := io.ReadAll(c)
		if err != nil {
			t.Fatalf("connection did not end: %v", err)
		}
		if strings.Contains(string(out), "panic") {
			t.Fatal(string(out))
		}
	})
}
