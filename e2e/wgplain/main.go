// Command wgplain is the benchmarks' baseline tunnel: plain wireguard-go on a kernel TUN
// with one peer over UDP, in the network namespace it is started in. Two of them, one in
// each of two namespaces, make the "plain wireguard-go" path of e2e/bench_test.go.
//
//	wgplain -key PRIV -peer PUB -addr 10.99.0.1/32 -peer-addr 10.99.0.2/32 -listen-port 51820 [-endpoint 10.98.0.2:51820]
//
// Keys are base64 (wg(8) form). It prints "ready" once the device is up and runs until
// SIGINT or SIGTERM.
package main

import (
	"flag"
	"fmt"
	"net/netip"
	"os"
	"os/signal"
	"syscall"

	"golang.zx2c4.com/wireguard/conn"

	"github.com/kube-tun/kube-tun/tun"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "wgplain:", err)
		os.Exit(1)
	}
}

func run() error {
	name := flag.String("name", "wgp0", "TUN device name")
	keyS := flag.String("key", "", "private key (base64)")
	peerS := flag.String("peer", "", "peer public key (base64)")
	addrS := flag.String("addr", "", "tunnel address of this end (prefix)")
	peerAddrS := flag.String("peer-addr", "", "tunnel address of the peer (prefix), routed into the TUN")
	port := flag.Uint("listen-port", 51820, "UDP listen port")
	endpoint := flag.String("endpoint", "", "peer endpoint host:port (the dialing side)")
	flag.Parse()
	key, err := tun.ParseKey(*keyS)
	if err != nil {
		return err
	}
	peer, err := tun.ParseKey(*peerS)
	if err != nil {
		return err
	}
	addr, err := netip.ParsePrefix(*addrS)
	if err != nil {
		return fmt.Errorf("parse -addr: %w", err)
	}
	peerAddr, err := netip.ParsePrefix(*peerAddrS)
	if err != nil {
		return fmt.Errorf("parse -peer-addr: %w", err)
	}
	dev, err := tun.Create(tun.Config{Name: *name, Addr: addr, Routes: []netip.Prefix{peerAddr}})
	if err != nil {
		return err
	}
	defer dev.Close()
	wg, err := tun.NewWG(dev.Tun(), conn.NewStdNetBind(), key, nil)
	if err != nil {
		return err
	}
	defer wg.Close()
	if err := wg.SetListenPort(uint16(*port)); err != nil {
		return err
	}
	if err := wg.SetPeer(tun.Peer{PublicKey: peer, AllowedIPs: []netip.Prefix{peerAddr}, Endpoint: *endpoint}); err != nil {
		return err
	}
	fmt.Println("ready")
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
	return nil
}
