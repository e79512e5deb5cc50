package tun

import (
	"bufio"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.zx2c4.com/wireguard/conn"
	"golang.zx2c4.com/wireguard/device"
	wgtun "golang.zx2c4.com/wireguard/tun"
)

// Peer is a WireGuard peer as SetPeer configures it.
type Peer struct {
	PublicKey  Key
	AllowedIPs []netip.Prefix
	// Endpoint is parsed by the bind (e.g. "10.244.0.5:51820" for UDP, any string for a
	// StreamClient). Empty leaves the endpoint unset (or unchanged): the peer is then only
	// reachable after it has sent a packet. The dialing side needs one (it starts the
	// handshake).
	Endpoint string
	// Keepalive is WireGuard's persistent keepalive interval (0 = off). Sub-second values
	// round up to 1 s.
	Keepalive time.Duration
}

// PeerStats are a peer's counters, parsed from the device's UAPI.
type PeerStats struct {
	PublicKey     Key
	Endpoint      string
	RxBytes       uint64
	TxBytes       uint64
	LastHandshake time.Time // zero if there has been none
}

// WG is a wireguard-go device with its keys and peers configured through UAPI. It is used
// by both the client (on a kernel TUN) and the agent (on a netstack TUN).
type WG struct {
	dev   *device.Device
	logMu sync.RWMutex // held (read) while logging; Close takes it to set quiet
	quiet bool         // guarded by logMu; set by Close: later log lines are dropped

	mu     sync.Mutex
	closed bool // guarded by mu
}

// NewWG creates a wireguard-go device on dev and bind with private key priv and brings it
// up. logf receives wireguard-go's log lines (nil discards them). The WG owns dev and bind:
// Close closes both.
func NewWG(dev wgtun.Device, bind conn.Bind, priv Key, logf func(string, ...any)) (*WG, error) {
	w := &WG{}
	logger := &device.Logger{Verbosef: device.DiscardLogf, Errorf: device.DiscardLogf}
	if logf != nil {
		// wireguard-go's workers may still log after device.Close returns; drop those lines
		// so logf (e.g. a test's t.Logf) is never called after Close.
		logger.Verbosef = func(f string, a ...any) { w.log(logf, "wireguard: "+f, a...) }
		logger.Errorf = func(f string, a ...any) { w.log(logf, "wireguard: error: "+f, a...) }
	}
	d := device.NewDevice(dev, bind, logger)
	w.dev = d
	if err := d.IpcSet("private_key=" + priv.Hex() + "\n"); err != nil {
		w.Close()
		return nil, fmt.Errorf("set wireguard private key: %w", err)
	}
	if err := d.Up(); err != nil {
		w.Close()
		return nil, fmt.Errorf("bring wireguard device up: %w", err)
	}
	return w, nil
}

// SetListenPort sets the UDP port of a UDP bind (the agent's 51820); it reopens the bind.
func (w *WG) SetListenPort(port uint16) error {
	if err := w.dev.IpcSet(fmt.Sprintf("listen_port=%d\n", port)); err != nil {
		return fmt.Errorf("set wireguard listen port: %w", err)
	}
	return nil
}

// ListenPort returns the port the bind reported when it was opened (the UDP port of a UDP
// bind; 0 or the configured port for stream binds).
func (w *WG) ListenPort() (uint16, error) {
	s, err := w.dev.IpcGet()
	if err != nil {
		return 0, fmt.Errorf("get wireguard state: %w", err)
	}
	for line := range strings.Lines(s) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "listen_port="); ok {
			p, err := strconv.ParseUint(v, 10, 16)
			if err != nil {
				return 0, fmt.Errorf("parse wireguard listen port %q: %w", v, err)
			}
			return uint16(p), nil
		}
	}
	return 0, nil
}

// SetPeer adds p or replaces its allowed IPs, endpoint and keepalive.
func (w *WG) SetPeer(p Peer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "public_key=%s\nreplace_allowed_ips=true\n", p.PublicKey.Hex())
	for _, a := range p.AllowedIPs {
		fmt.Fprintf(&b, "allowed_ip=%s\n", a.Masked())
	}
	if p.Endpoint != "" {
		fmt.Fprintf(&b, "endpoint=%s\n", p.Endpoint)
	}
	ka := int((p.Keepalive + time.Second - 1) / time.Second)
	fmt.Fprintf(&b, "persistent_keepalive_interval=%d\n", ka)
	if err := w.dev.IpcSet(b.String()); err != nil {
		return fmt.Errorf("set wireguard peer %s: %w", p.PublicKey, err)
	}
	return nil
}

// RemovePeer removes the peer with public key pub (no error if there is none).
func (w *WG) RemovePeer(pub Key) error {
	if err := w.dev.IpcSet("public_key=" + pub.Hex() + "\nremove=true\n"); err != nil {
		return fmt.Errorf("remove wireguard peer %s: %w", pub, err)
	}
	return nil
}

// PeerStats returns the counters of the peer with public key pub.
func (w *WG) PeerStats(pub Key) (PeerStats, error) {
	all, err := w.Stats()
	if err != nil {
		return PeerStats{}, err
	}
	st, ok := all[pub]
	if !ok {
		return PeerStats{}, fmt.Errorf("wireguard peer stats: no peer %s", pub)
	}
	return st, nil
}

// Stats returns the counters of every peer.
func (w *WG) Stats() (map[Key]PeerStats, error) {
	s, err := w.dev.IpcGet()
	if err != nil {
		return nil, fmt.Errorf("get wireguard state: %w", err)
	}
	return parseStats(s)
}

// parseStats parses the peers section of a UAPI get response.
func parseStats(s string) (map[Key]PeerStats, error) {
	out := make(map[Key]PeerStats)
	var cur *PeerStats
	var sec, nsec int64
	flush := func() {
		if cur != nil {
			if sec != 0 || nsec != 0 {
				cur.LastHandshake = time.Unix(sec, nsec)
			}
			out[cur.PublicKey] = *cur
		}
		sec, nsec = 0, 0
	}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok {
			continue
		}
		if k == "public_key" {
			flush()
			pub, err := parseHexKey(v)
			if err != nil {
				return nil, fmt.Errorf("parse wireguard state: %w", err)
			}
			cur = &PeerStats{PublicKey: pub}
			continue
		}
		if cur == nil {
			continue
		}
		var err error
		switch k {
		case "endpoint":
			cur.Endpoint = v
		case "rx_bytes":
			cur.RxBytes, err = strconv.ParseUint(v, 10, 64)
		case "tx_bytes":
			cur.TxBytes, err = strconv.ParseUint(v, 10, 64)
		case "last_handshake_time_sec":
			sec, err = strconv.ParseInt(v, 10, 64)
		case "last_handshake_time_nsec":
			nsec, err = strconv.ParseInt(v, 10, 64)
		}
		if err != nil {
			return nil, fmt.Errorf("parse wireguard state: %s: %w", k, err)
		}
	}
	flush()
	return out, nil
}

// Close closes the device, its TUN and its bind. Idempotent.
func (w *WG) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	w.dev.Close()
	w.logMu.Lock()
	w.quiet = true
	w.logMu.Unlock()
	return nil
}

// log calls logf unless Close has returned: wireguard-go's workers may still log after
// device.Close, and logf (e.g. a test's t.Logf) must not be called after Close.
func (w *WG) log(logf func(string, ...any), f string, a ...any) {
	w.logMu.RLock()
	defer w.logMu.RUnlock()
	if !w.quiet {
		logf(f, a...)
	}
}
