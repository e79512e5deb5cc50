package bind

import (
	"errors"
	"fmt"

	"golang.zx2c4.com/wireguard/conn"
)

// EndpointOwner is implemented by binds that can tell their own endpoints apart; Multi uses
// it to route Send. StreamClient and StreamServer implement it.
type EndpointOwner interface {
	OwnsEndpoint(ep conn.Endpoint) bool
}

// multi is a conn.Bind over several binds at once.
type multi struct {
	binds []conn.Bind
	batch int
}

var _ conn.Bind = (*multi)(nil)

// NewMulti returns a bind that opens all binds together and concatenates their receive
// functions. Send goes to the bind that owns the endpoint (EndpointOwner), otherwise to
// the first bind that does not implement EndpointOwner (typically conn.NewStdNetBind()).
// ParseEndpoint tries each bind in order (a StreamClient accepts any string, so put it
// last). BatchSize is the largest of the binds'; batches
// are split or truncated for binds with a smaller one.
func NewMulti(binds ...conn.Bind) conn.Bind {
	m := &multi{binds: binds}
	for _, b := range binds {
		m.batch = max(m.batch, b.BatchSize())
	}
	return m
}

func (m *multi) Open(port uint16) ([]conn.ReceiveFunc, uint16, error) {
	var fns []conn.ReceiveFunc
	actual := port
	for i, b := range m.binds {
		bfns, p, err := b.Open(port)
		if err != nil {
			for _, o := range m.binds[:i] {
				o.Close()
			}
			return nil, 0, fmt.Errorf("open bind %d: %w", i, err)
		}
		if _, owner := b.(EndpointOwner); !owner && p != 0 {
			actual = p
		}
		bs := b.BatchSize()
		for _, fn := range bfns {
			fns = append(fns, limitBatch(fn, bs))
		}
	}
	return fns, actual, nil
}

// limitBatch keeps a bind's receive function within its own BatchSize.
func limitBatch(fn conn.ReceiveFunc, n int) conn.ReceiveFunc {
	return func(bufs [][]byte, sizes []int, eps []conn.Endpoint) (int, error) {
		if len(bufs) > n {
			bufs = bufs[:n]
		}
		return fn(bufs, sizes, eps)
	}
}

func (m *multi) Close() error {
	var errs []error
	for _, b := range m.binds {
		errs = append(errs, b.Close())
	}
	return errors.Join(errs...)
}

func (m *multi) SetMark(mark uint32) error {
	var errs []error
	for _, b := range m.binds {
		errs = append(errs, b.SetMark(mark))
	}
	return errors.Join(errs...)
}

func (m *multi) Send(bufs [][]byte, ep conn.Endpoint) error {
	b := m.owner(ep)
	if b == nil {
		return conn.ErrWrongEndpointType
	}
	n := b.BatchSize()
	for len(bufs) > n {
		if err := b.Send(bufs[:n], ep); err != nil {
			return err
		}
		bufs = bufs[n:]
	}
	return b.Send(bufs, ep)
}

func (m *multi) owner(ep conn.Endpoint) conn.Bind {
	var fallback conn.Bind
	for _, b := range m.binds {
		if o, ok := b.(EndpointOwner); ok {
			if o.OwnsEndpoint(ep) {
				return b
			}
		} else if fallback == nil {
			fallback = b
		}
	}
	return fallback
}

func (m *multi) ParseEndpoint(s string) (conn.Endpoint, error) {
	var errs []error
	for _, b := range m.binds {
		ep, err := b.ParseEndpoint(s)
		if err == nil {
			return ep, nil
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("parse endpoint %q: %w", s, errors.Join(errs...))
}

func (m *multi) BatchSize() int { return m.batch }
