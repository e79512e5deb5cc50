package netstack_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"testing"
	"time"

	"github.com/kube-tun/kube-tun/netstack"
)

// transferServer serves two commands: 'U' n: reads until EOF and answers the
// SHA-256 of what it read; 'D' n: writes n pseudo-random bytes (seeded by n)
// and closes.
func transferServer(t testing.TB) net.Listener { return transferServerOn(t, "127.0.0.1:0") }

func transferServerOn(t testing.TB, addr string) net.Listener {
	return commandServer(t, addr, func(c net.Conn, cmd byte, n int64) {
		switch cmd {
		case 'U':
			h := sha256.New()
			if _, err := io.Copy(h, c); err != nil {
				return
			}
			c.Write(h.Sum(nil))
		case 'D':
			io.Copy(c, io.LimitReader(newPRNG(uint64(n)), n))
		}
	})
}

func beUint64(b []byte) uint64 {
	var v uint64
	for _, x := range b[:8] {
		v = v<<8 | uint64(x)
	}
	return v
}

func header(cmd byte, n int64) []byte {
	b := []byte{cmd, 0, 0, 0, 0, 0, 0, 0, 0}
	for i := range 8 {
		b[8-i] = byte(n >> (8 * i))
	}
	return b
}

// prng is a fast deterministic byte stream.
type prng struct{ r *rand.ChaCha8 }

func newPRNG(seed uint64) prng {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return prng{rand.NewChaCha8(s)}
}

func (p prng) Read(b []byte) (int, error) { return p.r.Read(b) }

// dialCommand dials addr, applies ctx's deadline to the conn and sends a
// command header.
func dialCommand(ctx context.Context, d dialer, addr string, cmd byte, n int64) (net.Conn, error) {
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		c.SetDeadline(dl)
	}
	if _, err := c.Write(header(cmd, n)); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

func upload(ctx context.Context, d dialer, addr string, n int64) error {
	c, err := dialCommand(ctx, d, addr, 'U', n)
	if err != nil {
		return err
	}
	defer c.Close()
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(c, h), io.LimitReader(newPRNG(uint64(n)), n)); err != nil {
		return err
	}
	if err := c.(interface{ CloseWrite() error }).CloseWrite(); err != nil {
		return err
	}
	got, err := io.ReadAll(c)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, h.Sum(nil)) {
		return errors.New("upload checksum mismatch")
	}
	return nil
}

func download(ctx context.Context, d dialer, addr string, n int64) error {
	c, err := dialCommand(ctx, d, addr, 'D', n)
	if err != nil {
		return err
	}
	defer c.Close()
	h, want := sha256.New(), sha256.New()
	got, err := io.Copy(h, c)
	if err != nil {
		return err
	}
	io.Copy(want, io.LimitReader(newPRNG(uint64(n)), n))
	if got != n || !bytes.Equal(h.Sum(nil), want.Sum(nil)) {
		return errors.New("download checksum mismatch")
	}
	return nil
}

func TestLargeTransfer(t *testing.T) {
	n := int64(100 << 20)
	if testing.Short() {
		n = 16 << 20
	}
	ln := transferServer(t)
	tn := newTunnel(t, clientStack, netstack.Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := upload(ctx, tn.client, svc(ln.Addr()), n); err != nil {
		t.Fatalf("upload %d bytes: %v", n, err)
	}
	if err := download(ctx, tn.client, svc(ln.Addr()), n); err != nil {
		t.Fatalf("download %d bytes: %v", n, err)
	}
}
