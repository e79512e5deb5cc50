package intercept

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Message framing corner cases on one keep-alive connection: HEAD, 204, a destination
// that closes after its response, Expect: 100-continue.
func TestKeepAliveFraming(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	c, br := f.dial(t)
	do := func(method, path, user, extra string) (*http.Response, string) {
		t.Helper()
		fmt.Fprintf(c, "%s %s HTTP/1.1\r\nHost: x\r\nX-User: %s\r\n%s\r\n", method, path, user, extra)
		resp, err := http.ReadResponse(br, &http.Request{Method: method})
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		return resp, string(body)
	}
	if resp, body := do("HEAD", "/h", "alice", ""); resp.Header.Get("X-Who") != "alice" || body != "" {
		t.Fatalf("HEAD: %v %q", resp.Header, body)
	}
	if resp, _ := do("GET", "/nocontent", "", ""); resp.StatusCode != 204 || resp.Header.Get("X-Who") != "app" {
		t.Fatalf("204: %v", resp.StatusCode)
	}
	// bob closes after this response; the client ignores that and keeps going.
	if _, body := do("GET", "/close", "bob", ""); body != "bob /close" {
		t.Fatalf("close: %q", body)
	}
	if _, body := do("GET", "/again", "bob", ""); body != "bob /again" {
		t.Fatalf("after the destination closed: %q", body)
	}
	// Expect: 100-continue: the body is sent only after the 100.
	fmt.Fprintf(c, "POST /up HTTP/1.1\r\nHost: x\r\nX-User: alice\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
	resp, err := http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != 100 {
		t.Fatalf("want 100 Continue, got %v %v", resp, err)
	}
	_, _ = io.WriteString(c, "hello")
	resp, err = http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	sum := sha256.Sum256([]byte("hello"))
	if resp.Header.Get("X-Who") != "alice" || string(body) != hex.EncodeToString(sum[:]) {
		t.Fatalf("expect-continue upload: %v %q", resp.Header, body)
	}
}

// Large responses stream through in both protocols; large h2 uploads too.
func TestStreamingDownloadsAndH2Upload(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	const n = 20 << 20
	h1 := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "tcp", f.addr)
	}}}
	defer h1.CloseIdleConnections()
	h2 := h2Client(f.addr)
	defer h2.CloseIdleConnections()
	for name, client := range map[string]*http.Client{"h1": h1, "h2c": h2} {
		for _, user := range []string{"alice", "nobody"} {
			req, _ := http.NewRequest("GET", fmt.Sprintf("http://svc/big?n=%d", n), nil)
			req.Header.Set("X-User", user)
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			h := sha256.New()
			got, err := io.Copy(h, resp.Body)
			resp.Body.Close()
			if err != nil || got != n || hex.EncodeToString(h.Sum(nil)) != patternSum(n) {
				t.Fatalf("%s download for %s: %d bytes, %v", name, user, got, err)
			}
		}
	}
	start := time.Now()
	req, _ := http.NewRequest("POST", "http://svc/up", io.MultiReader(&patterned{n: n}))
	req.Header.Set("X-User", "bob")
	resp, err := h2.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Header.Get("X-Who") != "bob" || string(body) != patternSum(n) {
		t.Fatalf("h2 upload: %v %q", resp.Header, body)
	}
	t.Logf("h2c upload of %d MB through a steal: %v", n>>20, time.Since(start).Round(time.Millisecond))
}

// Mirrors and filtered steals together: the mirror sees every byte, routing is unchanged.
func TestMirrorWithFilteredSteal(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	seen := make(chan string, 1)
	mirror := rawServer(t, func(c net.Conn) {
		b, _ := io.ReadAll(c)
		seen <- string(b)
	})
	if err := f.p.AddClaim(Claim{ID: "m", Owner: "watcher", Mode: Mirror, Deliver: dialer(mirror)}); err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", f.addr)
	if err != nil {
		t.Fatal(err)
	}
	deadline(t, c)
	br := bufio.NewReader(c)
	var sent strings.Builder
	for i, u := range []string{"alice", "", "bob"} {
		req := fmt.Sprintf("GET /m%d HTTP/1.1\r\nHost: x\r\nX-User: %s\r\n\r\n", i, u)
		sent.WriteString(req)
		_, _ = io.WriteString(c, req)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		want := map[string]string{"alice": "alice", "": "app", "bob": "bob"}[u]
		if string(body) != fmt.Sprintf("%s /m%d", want, i) {
			t.Fatalf("request %d: %q", i, body)
		}
	}
	c.Close()
	select {
	case got := <-seen:
		if got != sent.String() {
			t.Fatalf("mirror saw %q, want %q", got, sent.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("mirror saw nothing")
	}
}

// An app that can't be dialed gets the client a 502, not a silent close.
func TestAppDownBadGateway(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := ln.Addr().String()
	ln.Close()
	dev := startServer(t, "alice")
	f := startPort(t, gone, nil)
	f.steal(t, "a", "alice", dev, "X-User: alice")
	c, br := f.dial(t)
	fmt.Fprintf(c, "GET /a HTTP/1.1\r\nHost: x\r\nX-User: alice\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
	for i, want := range []int{200, 502} {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("response %d: %v", i, err)
		}
		_, _ = io.ReadAll(resp.Body)
		if resp.StatusCode != want {
			t.Fatalf("response %d: %d, want %d", i, resp.StatusCode, want)
		}
	}
}

// An HTTP/1.1 "Upgrade: h2c" offer is declined, so the connection stays HTTP/1.1 and its
// requests keep being routed one by one.
func TestH2CUpgradeDeclined(t *testing.T) {
	f, _, _, _ := twoDevs(t)
	c, br := f.dial(t)
	for i, u := range []string{"alice", "", "bob"} {
		fmt.Fprintf(c, "GET /u%d HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\nX-User: %s\r\n\r\n", i, u)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		want := map[string]string{"alice": "alice", "": "app", "bob": "bob"}[u]
		if resp.StatusCode != 200 || string(body) != fmt.Sprintf("%s /u%d", want, i) {
			t.Fatalf("request %d: %d %q", i, resp.StatusCode, body)
		}
	}
}

func TestDeclineUpgrade(t *testing.T) {
	in := "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AA\r\nX-A: 1\r\n\r\n"
	want := "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nX-A: 1\r\n\r\n"
	if got := string(declineUpgrade([]byte(in))); got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	r, err := parseRequestHead([]byte(want))
	if err != nil || r.upgrade {
		t.Fatalf("rewritten head: %v, upgrade %v", err, r != nil && r.upgrade)
	}
}
