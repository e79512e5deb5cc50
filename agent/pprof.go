package agent

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
)

// PprofEnv names the variable that makes a kube-tun process serve Go's profiling
// endpoints (/debug/pprof/) on a loopback address, for performance work:
//
//	KUBETUN_PPROF=127.0.0.1:6060 kube-tun-agent ...
const PprofEnv = "KUBETUN_PPROF"

// StartPprof serves /debug/pprof/ on $KUBETUN_PPROF if it is set. Only loopback
// addresses are accepted: profiles expose memory contents. stop shuts the server down
// and waits for it; it is a no-op when nothing was started.
func StartPprof() (stop func(), err error) {
	addr := os.Getenv(PprofEnv)
	if addr == "" {
		return func() {}, nil
	}
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("%s=%q: want a loopback host:port such as 127.0.0.1:6060", PprofEnv, addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serve %s: %w", PprofEnv, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(os.Stderr, "kube-tun: %s server: %v\n", PprofEnv, err)
		}
	}()
	return func() { srv.Close(); <-done }, nil
}
