package agent

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/agent/intercept"
	"github.com/kube-tun/kube-tun/agent/redirect"
)

type fakeTable struct {
	mu     sync.Mutex
	rules  []redirect.Rule
	unpins int // Unpin calls with no rules applied
	// onApply, if set, runs before the new rules take effect, with the old ones.
	onApply func(old []redirect.Rule)
}

func (f *fakeTable) Apply(r []redirect.Rule) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.onApply != nil {
		f.onApply(f.rules)
	}
	f.rules = r
	return nil
}

func (f *fakeTable) Unpin() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.rules) == 0 {
		f.unpins++
	}
	return nil
}

func (f *fakeTable) unpinned() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.unpins
}

func (f *fakeTable) get() []redirect.Rule {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rules
}

func TestIncomingClaimsAndRules(t *testing.T) {
	tab := &fakeTable{}
	node := netip.MustParsePrefix("10.250.0.1/32")
	in := newIncoming(slog.New(slog.NewTextHandler(io.Discard, nil)), tab, netip.MustParseAddr("127.0.0.1"),
		[]netip.Prefix{node}, func(context.Context, netip.Addr, uint16) (net.Conn, error) { return nil, errors.New("no") })
	in.listenIP = "127.0.0.1"
	defer in.close()
	alice := peer{pub: "A", name: "alice", addr: netip.MustParseAddr("198.19.0.2")}
	bob := peer{pub: "B", name: "bob", addr: netip.MustParseAddr("198.19.0.3")}

	idA, err := in.add(alice, api.Claim{Port: 8080, LocalPort: 8080, Mode: "steal", Headers: map[string]string{"X-User": "alice"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.add(bob, api.Claim{Port: 8080, LocalPort: 9000, Mode: "steal", Headers: map[string]string{"X-User": "bob"}}); err != nil {
		t.Fatal(err)
	}
	rules := tab.get()
	if len(rules) != 1 || rules[0].Port != 8080 || rules[0].ToPort == 0 || len(rules[0].ExceptSources) != 1 || rules[0].ExceptSources[0] != node {
		t.Fatalf("rules = %+v", rules)
	}
	// A whole-port steal over filters is refused, naming a holder.
	_, err = in.add(peer{pub: "C", name: "carol"}, api.Claim{Port: 8080, LocalPort: 1, Mode: "steal"})
	var ce *intercept.ConflictError
	if !errors.As(err, &ce) || (ce.Holder != "alice" && ce.Holder != "bob") {
		t.Fatalf("whole-port steal over filters: %v", err)
	}
	// Nobody removes someone else's claim.
	if err := in.remove(bob.pub, idA); err == nil {
		t.Fatal("bob removed alice's claim")
	}
	if len(in.list()) != 2 {
		t.Fatalf("claims = %+v", in.list())
	}
	in.removeSession(alice.pub)
	in.removeSession(bob.pub)
	if len(tab.get()) != 0 || len(in.list()) != 0 {
		t.Fatalf("after the sessions left: rules %+v, claims %+v", tab.get(), in.list())
	}
}

func TestParseClaimRejectsBadInput(t *testing.T) {
	for _, c := range []api.Claim{
		{Port: 0, LocalPort: 1, Mode: "steal"},
		{Port: 1, LocalPort: 1, Mode: "borrow"},
		{Port: 1, LocalPort: 1, Mode: "mirror", Path: "^/x"},
		{Port: 1, LocalPort: 1, Mode: "steal", Path: "("},
	} {
		if _, _, err := parseClaim(c); err == nil {
			t.Errorf("parseClaim(%+v) accepted", c)
		}
	}
}

// While a port's redirect rule is still in place its listener accepts: a claim that goes
// away (or the agent closing) takes the rule away before it closes the listener, so a
// connection redirected in between is served by the app instead of refused.
func TestIncomingRuleGoesBeforeListener(t *testing.T) {
	tab := &fakeTable{}
	in := newIncoming(slog.New(slog.NewTextHandler(io.Discard, nil)), tab, netip.MustParseAddr("127.0.0.1"),
		nil, func(context.Context, netip.Addr, uint16) (net.Conn, error) { return nil, errors.New("no") })
	in.listenIP = "127.0.0.1"
	alice := peer{pub: "A", name: "alice", addr: netip.MustParseAddr("198.19.0.2")}
	var refused []string
	tab.onApply = func(old []redirect.Rule) {
		for _, r := range old {
			c, err := net.Dial("tcp", netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), r.ToPort).String())
			if err != nil {
				refused = append(refused, err.Error())
				continue
			}
			c.Close()
		}
	}
	for _, end := range []string{"remove", "close"} {
		id, err := in.add(alice, api.Claim{Port: 8080, LocalPort: 8080, Mode: "steal"})
		if err != nil {
			t.Fatal(err)
		}
		if end == "remove" {
			err = in.remove(alice.pub, id)
		} else {
			err = in.close()
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(tab.get()) != 0 {
			t.Fatalf("%s left rules %+v", end, tab.get())
		}
	}
	if len(refused) > 0 {
		t.Fatalf("a redirected port's listener closed before its rule went: %v", refused)
	}
}

// TestDeliveryLog: one line when a developer becomes unreachable, one when they come
// back, one for a slow delivery (not another within slowEvery), and nothing for the
// deliveries in between.
func TestDeliveryLog(t *testing.T) {
	var buf strings.Builder
	dl := &deliveryLog{log: slog.New(slog.NewTextHandler(&buf, nil)), owner: "ann", port: 8080}
	gone := errors.New("client is gone")
	steps := []struct {
		err  error
		took time.Duration
		want string // message logged, "" for none
	}{
		{nil, time.Millisecond, ""},
		{gone, 3 * time.Second, "developer unreachable"},
		{gone, 0, ""},
		{gone, 3 * time.Second, ""},
		{nil, time.Millisecond, "developer reachable again"},
		{nil, 2 * time.Second, "slow delivery"},
		{nil, time.Millisecond, ""},
		{nil, 2 * time.Second, ""}, // within slowEvery of the last line
	}
	for i, s := range steps {
		buf.Reset()
		dl.note(s.err, s.took)
		got := buf.String()
		if (s.want == "") != (got == "") || !strings.Contains(got, s.want) {
			t.Errorf("step %d: logged %q, want %q", i, got, s.want)
		}
	}
}

// TestIncomingStopKeepsAppTraffic: when a developer stops, a request the agent is relaying
// to the app (redirected before the rule went) still gets its whole answer.
func TestIncomingStopKeepsAppTraffic(t *testing.T) {
	arrived, release := make(chan struct{}, 1), make(chan struct{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done(): // the agent half-closed or closed the connection
			return
		}
		_, _ = io.WriteString(w, "app")
	})}
	served := make(chan struct{})
	go func() { defer close(served); _ = srv.Serve(ln) }()
	defer func() { _ = srv.Close(); <-served }()
	appPort := uint16(ln.Addr().(*net.TCPAddr).Port)

	tab := &fakeTable{}
	in := newIncoming(slog.New(slog.NewTextHandler(io.Discard, nil)), tab, netip.MustParseAddr("127.0.0.1"),
		nil, func(context.Context, netip.Addr, uint16) (net.Conn, error) { return nil, errors.New("no") })
	in.listenIP = "127.0.0.1"
	defer in.close()
	alice := peer{pub: "A", name: "alice", addr: netip.MustParseAddr("198.19.0.2")}
	id, err := in.add(alice, api.Claim{Port: appPort, LocalPort: 8080, Mode: "steal", Headers: map[string]string{"X-User": "alice"}})
	if err != nil {
		t.Fatal(err)
	}
	redirected := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), tab.get()[0].ToPort)
	c, err := net.Dial("tcp", redirected.String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(20 * time.Second))
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\nX-User: bob\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	<-arrived
	if err := in.remove(alice.pub, id); err != nil {
		t.Fatal(err)
	}
	close(release)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("the request in flight when the claim went: %v", err)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil || string(body) != "app" {
		t.Fatalf("answer %q, %v", body, err)
	}
	// The connection ends at that request's boundary; then nothing redirected is left
	// and the pin goes.
	if _, err := c.Read(make([]byte, 1)); !errors.Is(err, io.EOF) {
		t.Fatalf("after the answer: %v, want the connection closed", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for tab.unpinned() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the pin stayed after the drain ended")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
