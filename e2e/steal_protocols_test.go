//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/e2e/e2eutil"
)

// Steals of the echo Deployment's other protocols, sent from a pod in the cluster through
// the Service: h2c streams and gRPC calls routed per stream, websocket upgrades taken
// whole, and a 100 MB upload checked end to end. The echo Service maps 81 → 8081 (h2c),
// 82 → 8082 (gRPC) and 80 → 8080 (HTTP/1.1 and websocket at /ws).

// run runs ktprobe with args in the client pod and returns its output lines.
func (p *prodClient) run(args ...string) []string {
	p.t.Helper()
	out, stderr, err := e2eutil.Exec(p.t, e2eutil.Namespace, p.pod, "client", append([]string{"/kt/ktprobe"}, args...)...)
	if err != nil {
		p.t.Fatalf("ktprobe %s in %s: %v\n%s\n%s", strings.Join(args, " "), p.pod, err, out, stderr)
	}
	return strings.Split(strings.TrimSpace(out), "\n")
}

// developer serves as name on 127.0.0.1:local in the laptop namespace (HTTP/1.1, h2c,
// gRPC and websocket) and steals deploy/echo's port for it with the extra steal flags. It
// returns the local server and the steal.
func developer(t *testing.T, name, port, local string, extra ...string) (srv, steal *proc) {
	t.Helper()
	_, probe := binaries(t)
	srv = start(t, laptopNS, nil, probe, "serve", "-http", "127.0.0.1:"+local, "-name", name)
	srv.waitOutput(t, "ready", 10*time.Second)
	return srv, stealFor(t, name, port, local, extra...)
}

// stealFor steals deploy/echo's port for name to 127.0.0.1:local in the laptop namespace.
func stealFor(t *testing.T, name, port, local string, extra ...string) *proc {
	t.Helper()
	kt, _ := binaries(t)
	args := append([]string{kt, "steal", "deploy/echo", "-n", "kt-e2e", "--kubeconfig", e2eutil.Kubeconfig(),
		"--port", port + ":" + local, "--name", name}, extra...)
	st := start(t, laptopNS, nil, args...)
	st.waitOutput(t, "Ctrl-C to stop", 90*time.Second)
	return st
}

// checkWho compares who answered each line with want.
func checkWho(t *testing.T, what string, lines, want []string) {
	t.Helper()
	if len(lines) < len(want) {
		t.Fatalf("%s: %d answers, want %d:\n%s", what, len(lines), len(want), strings.Join(lines, "\n"))
	}
	for i, w := range want {
		if got := answeredBy(lines[i]); got != w {
			t.Errorf("%s: answer %d answered by %s, want %s: %.120s", what, i, got, w, lines[i])
		}
	}
}

// answeredBy is who answered an answer line: a developer's name or "app".
func answeredBy(line string) string {
	if f := strings.Fields(who(line)); len(f) > 0 {
		return f[0]
	}
	return "?"
}

// Two developers with different header filters, and unmatched requests, as concurrent
// streams on one HTTP/2 cleartext connection.
func TestStealH2C(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	_, probe := binaries(t)
	prod := newProdClient(t, probe)
	alice, aliceSteal := developer(t, "h2alice", "8081", "18201", "-H", "X-User: alice")
	bob, _ := developer(t, "h2bob", "8081", "18202", "-H", "X-User: bob")

	const url = "http://echo.kt-e2e:81/"
	var specs, want []string
	for i := range 3 {
		specs = append(specs, fmt.Sprintf("%sa%d#X-User: alice", url, i), fmt.Sprintf("%sn%d", url, i), fmt.Sprintf("%sb%d#X-User: bob", url, i))
		want = append(want, "h2alice", "app", "h2bob")
	}
	// Each connection reaches one replica; a few connections reach both.
	for round := range 3 {
		lines := prod.run(append([]string{"h2req"}, specs...)...)
		checkWho(t, fmt.Sprintf("round %d", round), lines, want)
		if last := lines[len(lines)-1]; last != fmt.Sprintf("streams %d on 1 connection", len(specs)) {
			t.Errorf("round %d: %q", round, last)
		}
		for i, l := range lines[:len(want)] {
			if want[i] == "app" && !strings.Contains(l, `"proto": "HTTP/2.0"`) {
				t.Errorf("unmatched stream %d reached the app as %.200s, want HTTP/2.0", i, l)
			}
			// Each stream's body arrived whole at its destination (3 parts, 48 bytes).
			if want[i] != "app" && !strings.Contains(l, " body 48 ") {
				t.Errorf("stolen stream %d: %q, want its 48-byte body", i, l)
			}
		}
	}
	for _, d := range []struct {
		p    *proc
		path string
	}{{alice, "/a0"}, {bob, "/b2"}} {
		if out := d.p.Output(); !strings.Contains(out, "request POST "+d.path) || strings.Contains(out, "request POST /n") {
			t.Errorf("developer saw the wrong streams:\n%s", out)
		}
	}

	// Once alice has left, her streams go to the app; bob keeps his.
	aliceSteal.stop(15 * time.Second)
	for i := range want {
		if want[i] == "h2alice" {
			want[i] = "app"
		}
	}
	checkWho(t, "after alice left", prod.run(append([]string{"h2req"}, specs...)...), want)
}

// A steal filtered on gRPC metadata: matching calls reach the developer's gRPC server,
// the others the app, on one connection.
func TestStealGRPC(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	_, probe := binaries(t)
	prod := newProdClient(t, probe)
	dev, _ := developer(t, "grpcdev", "8082", "18203", "-H", "x-tenant: ^alice$")

	args := []string{"grpc", "http://echo.kt-e2e:82"}
	var want []string
	for i := range 3 {
		args = append(args, fmt.Sprintf("m%d-alice#x-tenant: alice", i), fmt.Sprintf("m%d-none", i), fmt.Sprintf("m%d-bob#x-tenant: alice-bob", i))
		want = append(want, "dev:grpcdev", "app", "app")
	}
	for round := range 2 {
		lines := prod.run(args...)
		if len(lines) != len(want) {
			t.Fatalf("round %d: %d answers, want %d:\n%s", round, len(lines), len(want), strings.Join(lines, "\n"))
		}
		for i, l := range lines {
			pod, msg, _ := strings.Cut(l, " ")
			got := pod
			if !strings.HasPrefix(pod, "dev:") && strings.HasPrefix(pod, "echo-") {
				got = "app"
			}
			if got != want[i] {
				t.Errorf("round %d call %d (%s) answered by %s, want %s", round, i, args[2+i], pod, want[i])
			}
			if m, _, _ := strings.Cut(args[2+i], "#"); msg != m {
				t.Errorf("round %d call %d: reply %q, want %q", round, i, msg, m)
			}
		}
	}
	if n := strings.Count(dev.Output(), "grpc /kt.echo.v1.Echo/Echo"); n != 6 {
		t.Errorf("the developer's gRPC server got %d calls, want 6:\n%s", n, dev.Output())
	}
}

// A websocket upgrade that matches is stolen whole (the messages echo from the
// developer's side); one that doesn't reaches the app.
func TestStealWebsocket(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	_, probe := binaries(t)
	prod := newProdClient(t, probe)
	dev, _ := developer(t, "wsdev", "8080", "18204", "-H", "X-User: wsdev")

	big := strings.Repeat("w", 70000)
	// A message that looks like a request for another developer stays in the websocket.
	msgs := []string{"one", "GET / HTTP/1.1\r\nX-User: nobody\r\n\r\n", big, "last"}
	for round := range 2 {
		lines := prod.run(append([]string{"ws", echoURL + "ws#X-User: wsdev"}, msgs...)...)
		if len(lines) == 0 || lines[0] != "hello from wsdev" {
			t.Fatalf("round %d: matched websocket greeted by %q, want the developer", round, lines)
		}
		got := strings.Join(lines[1:], "\n")
		if want := strings.Join(msgs, "\n"); strings.ReplaceAll(got, "\r", "") != strings.ReplaceAll(want, "\r", "") {
			t.Errorf("round %d: the developer echoed %d bytes, want %d", round, len(got), len(want))
		}
		lines = prod.run("ws", echoURL+"ws", "to-app")
		if len(lines) != 2 || !strings.HasPrefix(lines[0], "pod echo-") || lines[1] != "to-app" {
			t.Errorf("round %d: unmatched websocket: %q, want the app's greeting and echo", round, lines)
		}
	}
	// Unmatched keep-alive requests first, then a matching upgrade on the same connection:
	// the requests are the app's, the websocket the developer's.
	lines := prod.run("ws", "-pre", "2", echoURL+"ws#X-User: wsdev", "after-requests")
	if want := []string{"before app", "before app", "hello from wsdev", "after-requests"}; strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("upgrade after keep-alive requests: %q, want %q", lines, want)
	}
	if n := strings.Count(dev.Output(), "websocket /ws wsdev"); n != 3 {
		t.Errorf("the developer saw %d websockets, want 3:\n%s", n, dev.Output())
	}
}

// 100 MB uploads through filtered steals, each with its SHA-256 compared end to end: to
// the developer with a Content-Length, chunked, and as one h2c stream; and unmatched ones
// to the app over HTTP/1.1 and h2c.
func TestStealUpload(t *testing.T) {
	e2eutil.RequireRoot(t)
	e2eutil.RequireCluster(t)
	_, probe := binaries(t)
	prod := newProdClient(t, probe)
	developer(t, "updev", "8080", "18205", "-H", "X-User: updev")
	stealFor(t, "updev", "8081", "18205", "-H", "X-User: updev")

	const size = 100 << 20
	const h2URL = "http://echo.kt-e2e:81/"
	for _, c := range []struct{ url, who, flag string }{
		{echoURL + "upload#X-User: updev", "updev", ""},
		{echoURL + "upload#X-User: updev", "updev", "-chunked"},
		{h2URL + "upload#X-User: updev", "updev", "-h2c"},
		{echoURL + "upload?sha256=1", "app", ""},
		{h2URL + "upload?sha256=1", "app", "-h2c"},
	} {
		args := []string{"upload", "-size", itoa(size)}
		if c.flag != "" {
			args = append(args, c.flag)
		}
		start := time.Now()
		lines := prod.run(append(args, c.url)...)
		if len(lines) != 2 {
			t.Fatalf("upload %s to %s: %q", c.flag, c.who, lines)
		}
		f := strings.Fields(lines[0]) // sent SIZE SHA SECONDS
		if len(f) < 4 || f[1] != itoa(size) {
			t.Fatalf("upload %s to %s: %q", c.flag, c.who, lines[0])
		}
		sent := f[2]
		answer := lines[1]
		if got := answeredBy(answer); got != c.who {
			t.Errorf("upload %s for %s answered by %s: %.200s", c.flag, c.who, got, answer)
		}
		var wantHash string
		if c.who == "app" {
			wantHash = `"bodyLen": ` + itoa(size) + `, "bodySha256": "` + sent + `"`
		} else {
			wantHash = fmt.Sprintf("body %d %s", size, sent)
		}
		if !strings.HasPrefix(answer, "200 ") || !strings.Contains(answer, wantHash) {
			t.Errorf("upload %s to %s: the receiver's length and hash differ from the sender's %s:\n%.400s", c.flag, c.who, sent, answer)
		}
		t.Logf("100 MB upload %s to %s: %s in the pod, %v with exec", c.flag, c.who, f[3], time.Since(start).Round(time.Millisecond))
	}
}
