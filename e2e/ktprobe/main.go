// Command ktprobe is the e2e tests' network probe: it serves (HTTP, UDP echo, DNS) and
// asks (HTTP GET with checksum, UDP echo, TCP connect) from inside test namespaces.
//
//	ktprobe serve -http :8080 -udp :9000 -dns :53 -record name=ip ...
//	ktprobe get URL                 prints "<status> <bytes> <sha256>"
//	ktprobe req [-H 'K: V']... URL  prints "<status> <body>" (one request per URL argument)
//	ktprobe udp ADDR MESSAGE        prints the echoed message
//	ktprobe connect ADDR            exits 0 if a TCP connection opens, 3 if refused
//	ktprobe h2req URL...            concurrent streams on one h2c connection (protocols.go)
//	ktprobe grpc URL MSG...         unary gRPC calls on one h2c connection
//	ktprobe ws URL MSG...           a websocket: greeting, then each message's echo
//	ktprobe upload -size N URL      POST N bytes, prints the sent SHA-256 and the answer
//	ktprobe lat -n N URL            sequential keep-alive round trips: percentiles (load.go)
//	ktprobe conns -n N URL          N concurrent keep-alive connections held open
//	ktprobe dnslat [-cold] [NAME]   sequential DNS questions: percentiles (dnslat.go)
//	ktprobe load ...                mixed-filter load on many connections: JSON (loadgen.go)
//
// The HTTP server of serve also speaks h2c (prior knowledge), answers gRPC calls with the
// same message (header Pod-Name "dev:NAME"), echoes websocket messages at /ws (greeting
// "hello from NAME"), and reports the length and SHA-256 of any request body.
//
// A URL argument may end in "#Name: value" to add a header to that request only.
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
	case "h2req":
		err = h2req(os.Args[2:])
	case "grpc":
		err = grpcCalls(os.Args[2:])
	case "ws":
		err = wsChat(os.Args[2:])
	case "upload":
		err = upload(os.Args[2:])
	case "lat":
		err = latency(os.Args[2:])
	case "conns":
		err = holdConns(os.Args[2:])
	case "dnslat":
		err = dnsLatency(os.Args[2:])
	case "load":
		err = loadGen(os.Args[2:])
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
			if strings.HasPrefix(r.Header.Get("Content-Type"), "application/grpc") {
				grpcEcho(w, r, *name)
				return
			}
			fmt.Printf("request %s %s %s\n", r.Method, r.URL.Path, r.Header.Get("X-User"))
			h := sha256.New()
			n, err := io.Copy(h, r.Body)
			if err != nil {
				http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
				return
			}
			fmt.Fprintf(w, "hello from %s\n", *name)
			if n > 0 {
				fmt.Fprintf(w, "body %d %s\n", n, hex.EncodeToString(h.Sum(nil)))
			}
		})
		mux.HandleFunc("/ws", func(w http.ResponseWriter, r *http.Request) { wsEcho(w, r, "hello from "+*name) })
		mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "hello from %s to %s\n", *name, r.RemoteAddr)
		})
		mux.HandleFunc("/bytes", func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.ParseInt(r.URL.Query().Get("n"), 10, 64)
			w.Header().Set("Content-Length", strconv.FormatInt(n, 10))
			_, _ = io.CopyN(w, &pattern{}, n)
		})
		var protos http.Protocols
		protos.SetHTTP1(true)
		protos.SetUnencryptedHTTP2(true)
		srv := &http.Server{Addr: *httpAddr, Handler: mux, Protocols: &protos}
		go func() { errc <- srv.ListenAndServe() }()
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
