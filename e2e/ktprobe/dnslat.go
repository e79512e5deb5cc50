package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	mdns "github.com/miekg/dns"
)

// dnsLatency asks a DNS server sequential A questions and prints the latency
// percentiles as JSON {"n","p50_us","p99_us","failed"}:
//
//	ktprobe dnslat [-server ADDR] [-n N] NAME      the same name N times (cached)
//	ktprobe dnslat [-server ADDR] [-n N] -cold     N names nobody asked before
//
// Cold names are pod names of random addresses (A-B-C-D.kt-e2e.pod.cluster.local),
// which CoreDNS answers ("pods insecure") but no cache holds. The server defaults to the
// first nameserver of /etc/resolv.conf, as the namespace's programs see it.
func dnsLatency(args []string) error {
	fs := flag.NewFlagSet("dnslat", flag.ExitOnError)
	server := fs.String("server", "", "DNS server host:port (default: /etc/resolv.conf)")
	n := fs.Int("n", 200, "questions")
	cold := fs.Bool("cold", false, "ask a new name each time")
	_ = fs.Parse(args)
	if !*cold && fs.NArg() != 1 {
		return errors.New("dnslat: want a NAME or -cold")
	}
	if *server == "" {
		conf, err := mdns.ClientConfigFromFile("/etc/resolv.conf")
		if err != nil || len(conf.Servers) == 0 {
			return fmt.Errorf("dnslat: no server in /etc/resolv.conf: %v", err)
		}
		*server = conf.Servers[0] + ":53"
	}
	c := &mdns.Client{Net: "udp", Timeout: 2 * time.Second}
	conn, err := c.Dial(*server)
	if err != nil {
		return fmt.Errorf("dnslat: dial %s: %w", *server, err)
	}
	defer conn.Close()
	a, b := rand.IntN(200)+10, rand.IntN(256)
	var lat []time.Duration
	failed := 0
	for i := range *n {
		name := fs.Arg(0)
		if *cold {
			name = fmt.Sprintf("%d-%d-%d-%d.kt-e2e.pod.cluster.local", a, b, i/256%256, i%256)
		}
		m := new(mdns.Msg)
		m.SetQuestion(mdns.Fqdn(name), mdns.TypeA)
		r, rtt, err := c.ExchangeWithConn(m, conn)
		if err != nil || r.Rcode != mdns.RcodeSuccess || len(r.Answer) == 0 {
			failed++
			continue
		}
		lat = append(lat, rtt)
	}
	if len(lat) == 0 {
		return fmt.Errorf("dnslat: no answers from %s (%d failed)", *server, failed)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(float64(len(lat)-1)*p)].Microseconds()) }
	return json.NewEncoder(os.Stdout).Encode(map[string]any{"n": len(lat), "p50_us": pct(0.5), "p99_us": pct(0.99), "failed": failed})
}
