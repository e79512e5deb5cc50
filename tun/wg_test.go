package tun

import (
	"net/netip"
	"testing"
	"time"

	"golang.zx2c4.com/wireguard/conn/bindtest"
	"golang.zx2c4.com/wireguard/tun/tuntest"
)

func TestKeyRoundTrip(t *testing.T) {
	k, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseKey(k.String())
	if err != nil || p != k {
		t.Fatalf("parse %q: %v", k, err)
	}
	var u Key
	b, _ := k.Public().MarshalText()
	if err := u.UnmarshalText(b); err != nil || u != k.Public() {
		t.Fatalf("text round trip: %v", err)
	}
	if k.Public() == k || k.Public().IsZero() {
		t.Fatal("public key looks wrong")
	}
	if _, err := ParseKey("AAAA"); err == nil {
		t.Fatal("short key parsed")
	}
}

func TestConfigValidation(t *testing.T) {
	good := Config{Name: "kt0", Addr: netip.MustParsePrefix("198.19.0.2/32")}
	c, err := good.withDefaults()
	if err != nil || c.MTU != DefaultMTU {
		t.Fatalf("defaults: %+v %v", c, err)
	}
	for _, bad := range []Config{
		{Name: "", Addr: good.Addr},
		{Name: "a-very-long-interface-name", Addr: good.Addr},
		{Name: "kt0"},
		{Name: "kt0", Addr: good.Addr, MTU: 100},
		{Name: "kt0", Addr: good.Addr, Routes: []netip.Prefix{{}}},
	} {
		if _, err := bad.withDefaults(); err == nil {
			t.Errorf("config %+v accepted", bad)
		}
	}
}

// Two WG wrappers over wireguard-go's channel bind and channel TUN: peers, a handshake,
// packets both ways, stats, and peer removal.
func TestWGPair(t *testing.T) {
	binds := bindtest.NewChannelBinds()
	tuns := [2]*tuntest.ChannelTUN{tuntest.NewChannelTUN(), tuntest.NewChannelTUN()}
	addrs := [2]netip.Addr{netip.MustParseAddr("198.19.0.2"), netip.MustParseAddr("198.19.0.1")}
	var keys [2]Key
	var wgs [2]*WG
	for i := range 2 {
		var err error
		if keys[i], err = GenerateKey(); err != nil {
			t.Fatal(err)
		}
		if wgs[i], err = NewWG(tuns[i].TUN(), binds[i], keys[i], t.Logf); err != nil {
			t.Fatal(err)
		}
		defer wgs[i].Close()
	}
	port1, err := wgs[1].ListenPort()
	if err != nil {
		t.Fatal(err)
	}
	peer := func(i int, endpoint string) Peer {
		return Peer{PublicKey: keys[i].Public(), AllowedIPs: []netip.Prefix{netip.PrefixFrom(addrs[i], 32)}, Endpoint: endpoint, Keepalive: 25 * time.Second}
	}
	if err := wgs[0].SetPeer(peer(1, netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port1).String())); err != nil {
		t.Fatal(err)
	}
	if err := wgs[1].SetPeer(peer(0, "")); err != nil {
		t.Fatal(err)
	}
	for _, dir := range [][2]int{{0, 1}, {1, 0}} {
		from, to := dir[0], dir[1]
		pkt := tuntest.Ping(addrs[to], addrs[from])
		tuns[from].Outbound <- pkt
		select {
		case got := <-tuns[to].Inbound:
			if string(got) != string(pkt) {
				t.Fatal("packet changed in transit")
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no packet %d->%d", from, to)
		}
	}
	st, err := wgs[0].PeerStats(keys[1].Public())
	if err != nil || st.RxBytes == 0 || st.TxBytes == 0 || st.LastHandshake.IsZero() || st.Endpoint == "" {
		t.Fatalf("stats %+v %v", st, err)
	}
	if err := wgs[0].RemovePeer(keys[1].Public()); err != nil {
		t.Fatal(err)
	}
	if _, err := wgs[0].PeerStats(keys[1].Public()); err == nil {
		t.Fatal("removed peer still has stats")
	}
	if err := wgs[0].Close(); err != nil {
		t.Fatal(err)
	}
	if err := wgs[0].Close(); err != nil {
		t.Fatal(err)
	}
}

func TestParseStats(t *testing.T) {
	k, _ := GenerateKey()
	in := "private_key=00\nlisten_port=1\npublic_key=" + k.Hex() +
		"\nendpoint=stream\nrx_bytes=10\ntx_bytes=20\nlast_handshake_time_sec=5\nlast_handshake_time_nsec=6\nallowed_ip=198.19.0.1/32\n"
	m, err := parseStats(in)
	if err != nil {
		t.Fatal(err)
	}
	got := m[k]
	if got.RxBytes != 10 || got.TxBytes != 20 || !got.LastHandshake.Equal(time.Unix(5, 6)) || got.Endpoint != "stream" {
		t.Fatalf("parsed %+v", got)
	}
	if _, err := parseStats("public_key=zz\n"); err == nil {
		t.Fatal("bad key parsed")
	}
}
