// Command ktprobe is the e2e tests' network probe: it serves (HTTP, UDP echo, DNS) and
// asks (HTTP GET with checksum, UDP echo, TCP connect) from inside test namespaces.
//
//	ktprobe serve -http :8080 -udp :9000 -dns :53 -record name=ip ...
//	ktprobe get URL                 prints "<status> <bytes> <sha256>"
//	ktprobe req [-H 'K: V']... URL  prints "<status> <body>" (one request per URL argument)
//	ktprobe udp ADDR MESSAGE        prints the echoed message
//	ktprobe connect ADDR            exits 0 if a TCP connection opens, 3 if refused
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	mdns "github.com/miekg/dns"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: ktprobe serve|get|udp|connect ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "serve":
		err = serve(os.Args[2:])
	case "get":
		err = get(os.Args[2])
	case "req":
		err = req(os.Args[2:])
	case "udp":
		err = udpEcho(os.Args[2], os.Args[3])
	case "connect":
		err = connect(os.Args[2])
	default:
		err = fmt.Errorf("unknown mode %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ktprobe:", err)
		if errors.Is(err, syscall.ECONNREFUSED) {
			os.Exit(3)
		}
		os.Exit(1)
	}
}

type records map[string]string

func (r records) String() string { return fmt.Sprint(map[string]string(r)) }
func (r records) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return errors.New("want name=ip")
	}
	r[mdns.Fqdn(k)] = v
	return nil
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	httpAddr := fs.String("http", "", "HTTP listen address")
	udpAddr := fs.String("udp", "", "UDP echo listen address")
	dnsAddr := fs.String("dns", "", "DNS listen address")
	name := fs.String("name", "svc", "name to answer with")
	recs := records{}
	fs.Var(recs, "record", "DNS A record name=ip (repeatable)")
	_ = fs.Parse(args)
	errc := make(chan error, 3)
	if *httpAddr != "" {
		mux := http.NewServeMux()
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			fmt.Printf("request %s %s %s\n", r.Method, r.URL.Path, r.Header.Get("X-User"))
			fmt.Fprintf(w, "hello from %s\n", *name)
		})
		mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "hello from %s to %s\n", *name, r.RemoteAddr)
		})
		mux.HandleFunc("/bytes", func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
			w.Header().Set("Content-Length", strconv.FormatInt(n, 10))
			_, _ = io.CopyN(w, &pattern{}, n)
		})
		go func() { errc <- http.ListenAndServe(*httpAddr, mux) }()
	}
	if *udpAddr != "" {
		pc, err := net.ListenPacket("udp", *udpAddr)
		if err != nil {
			return err
		}
		go func() {
			buf := make([]byte, 65535)
			for {
				n, addr, err := pc.ReadFrom(buf)
				if err != nil {
					errc <- err
					return
				}
				_, _ = pc.WriteTo(buf[:n], addr)
			}
		}()
	}
	if *dnsAddr != "" {
		h := mdns.HandlerFunc(func(w mdns.ResponseWriter, r *mdns.Msg) {
			m := new(mdns.Msg)
			m.SetReply(r)
			q := r.Question[0]
			if ip, ok := recs[strings.ToLower(q.Name)]; !ok {
				m.Rcode = mdns.RcodeNameError
			} else if q.Qtype == mdns.TypeA {
				rr, _ := mdns.NewRR(q.Name + " 5 IN A " + ip)
				m.Answer = append(m.Answer, rr)
			}
			_ = w.WriteMsg(m)
		})
		go func() { errc <- mdns.ListenAndServe(*dnsAddr, "udp", h) }()
	}
	fmt.Println("ready")
	return <-errc
}

// pattern is an endless deterministic byte stream.
type pattern struct{ off int64 }

func (r *pattern) Read(p []byte) (int, error) {
	for i := range p {
		o := r.off + int64(i)
		p[i] = byte(o*7 + o>>8)
	}
	r.off += int64(len(p))
	return len(p), nil
}

func get(url string) error {
	c := &http.Client{Timeout: 120 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	h := sha256.New()
	n, err := io.Copy(h, resp.Body)
	if err != nil {
		return err
	}
	fmt.Printf("%d %d %s\n", resp.StatusCode, n, hex.EncodeToString(h.Sum(nil)))
	return nil
}

func udpEcho(addr, msg string) error {
	c, err := net.Dial("udp", addr)
	if err != nil {
		return err
	}
	defer c.Close()
	buf := make([]byte, 65535)
	for range 10 {
		if _, err := c.Write([]byte(msg)); err != nil {
			return err
		}
		_ = c.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
		n, err := c.Read(buf)
		if err == nil {
			fmt.Println(string(buf[:n]))
			return nil
		}
	}
	return errors.New("no UDP echo")
}

func connect(addr string) error {
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return err
	}
	return c.Close()
}

type headerList []string

func (h *headerList) String() string     { return strings.Join(*h, ", ") }
func (h *headerList) Set(s string) error { *h = append(*h, s); return nil }

// req sends one GET per URL on one keep-alive connection and prints status and body.
func req(args []string) error {
	fs := flag.NewFlagSet("req", flag.ExitOnError)
	var headers headerList
	fs.Var(&headers, "H", "request header 'Name: value' (repeatable)")
	_ = fs.Parse(args)
	c := &http.Client{Timeout: 10 * time.Second}
	for _, arg := range fs.Args() {
		// URL#Name: value adds a header to this request only.
		url, extra, _ := strings.Cut(arg, "#")
		r, err := http.NewRequest(http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		hs := headers
		if extra != "" {
			hs = append(append(headerList{}, headers...), extra)
		}
		for _, h := range hs {
			k, v, _ := strings.Cut(h, ":")
			r.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
		}
		resp, err := c.Do(r)
		if err != nil {
			return err
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		fmt.Printf("%d %s\n", resp.StatusCode, strings.Join(strings.Fields(string(b)), " "))
	}
	return nil
}
