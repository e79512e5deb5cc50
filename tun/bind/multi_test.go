package bind

import (
	"errors"
	"net"
	"sync"
	"testing"

	"golang.zx2c4.com/wireguard/conn"
)

// fakeBind records sends; owner makes it an EndpointOwner of endpoints named like it.
type fakeBind struct {
	name    string
	batch   int
	openErr error

	mu     sync.Mutex
	sends  []int // batch lengths
	open   bool
	closed int
}

type fakeEP struct {
	conn.Endpoint
	bind string
}

func (f *fakeBind) Open(port uint16) ([]conn.ReceiveFunc, uint16, error) {
	if f.openErr != nil {
		return nil, 0, f.openErr
	}
	f.open = true
	fn := func(bufs [][]byte, sizes []int, eps []conn.Endpoint) (int, error) {
		if len(bufs) > f.batch {
			return 0, errors.New("batch too large")
		}
		return 0, net.ErrClosed
	}
	return []conn.ReceiveFunc{fn}, 4242, nil
}
func (f *fakeBind) Close() error         { f.open = false; f.closed++; return nil }
func (f *fakeBind) SetMark(uint32) error { return nil }
func (f *fakeBind) BatchSize() int       { return f.batch }
func (f *fakeBind) Send(bufs [][]byte, ep conn.Endpoint) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(bufs) > f.batch {
		return errors.New("batch too large")
	}
	f.sends = append(f.sends, len(bufs))
	return nil
}
func (f *fakeBind) ParseEndpoint(s string) (conn.Endpoint, error) {
	if s != f.name {
		return nil, errors.New("not mine")
	}
	return fakeEP{bind: f.name}, nil
}

type ownerBind struct{ *fakeBind }

func (o ownerBind) OwnsEndpoint(ep conn.Endpoint) bool {
	e, ok := ep.(fakeEP)
	return ok && e.bind == o.name
}

func TestMultiRouting(t *testing.T) {
	udp := &fakeBind{name: "udp", batch: 128}
	st := &fakeBind{name: "stream", batch: 2}
	m := NewMulti(udp, ownerBind{st})
	if m.BatchSize() != 128 {
		t.Fatalf("batch %d", m.BatchSize())
	}
	fns, port, err := m.Open(0)
	if err != nil || len(fns) != 2 || port != 4242 {
		t.Fatalf("open: %d fns, port %d, %v", len(fns), port, err)
	}
	// receive functions are called with at most their own bind's batch
	bufs := make([][]byte, 128)
	for _, fn := range fns {
		if _, err := fn(bufs, make([]int, 128), make([]conn.Endpoint, 128)); !errors.Is(err, net.ErrClosed) {
			t.Fatalf("receive: %v", err)
		}
	}
	sep, err := m.ParseEndpoint("stream")
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Send(make([][]byte, 5), sep); err != nil {
		t.Fatal(err)
	}
	if len(st.sends) != 3 || st.sends[0] != 2 || st.sends[2] != 1 || len(udp.sends) != 0 {
		t.Fatalf("stream sends %v, udp sends %v", st.sends, udp.sends)
	}
	uep, _ := m.ParseEndpoint("udp")
	if err := m.Send(make([][]byte, 5), uep); err != nil || len(udp.sends) != 1 {
		t.Fatalf("udp send: %v %v", err, udp.sends)
	}
	if _, err := m.ParseEndpoint("nobody"); err == nil {
		t.Fatal("parsed an endpoint no bind accepts")
	}
	if err := m.Close(); err != nil || udp.open || st.open {
		t.Fatal("close did not close all binds")
	}
}

func TestMultiOpenFailureClosesOthers(t *testing.T) {
	a := &fakeBind{name: "a", batch: 1}
	b := &fakeBind{name: "b", batch: 1, openErr: errors.New("port in use")}
	if _, _, err := NewMulti(a, b).Open(0); err == nil {
		t.Fatal("open succeeded")
	}
	if a.open || a.closed != 1 {
		t.Fatalf("first bind left open (open=%v closed=%d)", a.open, a.closed)
	}
}
