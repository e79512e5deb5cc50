package agent

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/agent/intercept"
	"github.com/kube-tun/kube-tun/fs"
	"github.com/kube-tun/kube-tun/tun"
	"golang.org/x/net/http/httpguts"
)

const maxBody = 64 << 10

// registerHandler serves the registration endpoint on the pod port, and the stream
// transport's HTTP upgrade. Reaching it from outside the cluster requires the Kubernetes
// RBAC to port-forward to the agent pod or to use its pods/proxy; the tunnel cannot reach
// it.
func (a *Agent) registerHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/register", a.handleRegister)
	mux.HandleFunc("GET "+api.StreamUpgradePath, a.handleStreamUpgrade)
	mux.HandleFunc("GET /v1/version", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"version": a.cfg.Version, "protocol": api.ProtocolVersion})
	})
	return mux
}

// handleStreamUpgrade switches the connection to the stream transport (see
// api.StreamUpgradePath): how a client reaches the agent through the API server's
// pods/proxy, one proxy instead of a port-forward's three.
func (a *Agent) handleStreamUpgrade(w http.ResponseWriter, r *http.Request) {
	if a.streams == nil {
		writeError(w, http.StatusNotFound, errors.New("the stream transport is off on this agent"), "")
		return
	}
	if !strings.EqualFold(r.Header.Get("Upgrade"), api.StreamUpgradeProtocol) ||
		!httpguts.HeaderValuesContainsToken(r.Header["Connection"], "upgrade") {
		w.Header().Set("Upgrade", api.StreamUpgradeProtocol)
		writeError(w, http.StatusUpgradeRequired, fmt.Errorf("send Connection: Upgrade and Upgrade: %s", api.StreamUpgradeProtocol), "")
		return
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		writeError(w, http.StatusHTTPVersionNotSupported, errors.New("upgrade needs HTTP/1.1"), "")
		return
	}
	conn, brw, err := hj.Hijack()
	if err != nil {
		a.log.Info("stream upgrade: hijack", "err", err)
		return
	}
	// The client waits for the 101 before its first frame, so nothing may be buffered;
	// the connection itself (a *net.TCPConn) then goes to the stream, which writes large
	// batches to it with one vectored write.
	if brw.Reader.Buffered() > 0 {
		a.log.Info("stream upgrade: the client sent data before the switch", "remote", r.RemoteAddr)
		conn.Close()
		return
	}
	_ = conn.SetDeadline(time.Time{}) // the server's header timeout no longer applies
	if _, err := io.WriteString(conn, "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: "+
		api.StreamUpgradeProtocol+"\r\n\r\n"); err != nil {
		conn.Close()
		return
	}
	_ = a.streams.Accept(conn) // closes conn if the agent is stopping
}

func (a *Agent) handleRegister(w http.ResponseWriter, r *http.Request) {
	req, err := decodeRegister(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		writeError(w, http.StatusBadRequest, err, "")
		return
	}
	if req.Protocol != api.ProtocolVersion {
		writeError(w, http.StatusConflict, fmt.Errorf(
			"client speaks protocol %d (version %s), agent speaks %d (version %s): use a kube-tun client and agent image of the same version",
			req.Protocol, req.Version, api.ProtocolVersion, a.cfg.Version), "")
		return
	}
	key, err := tun.ParseKey(req.PublicKey)
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("parse public key: %w", err), "")
		return
	}
	name := req.Name
	if name == "" || len(name) > 128 {
		name = "anonymous"
	}
	p, fresh, err := a.reg.add(key.String(), name, time.Now())
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, err, "")
		return
	}
	err = a.wg.SetPeer(tun.Peer{
		PublicKey:  key,
		AllowedIPs: []netip.Prefix{netip.PrefixFrom(p.addr, p.addr.BitLen())},
		// The agent's keepalives tell the client the agent still knows it.
		Keepalive: 2 * time.Second,
	})
	if err != nil {
		a.dropSession(key.String(), false)
		writeError(w, http.StatusInternalServerError, fmt.Errorf("add wireguard peer: %w", err), "")
		return
	}
	if fresh {
		a.log.Info("session registered", "name", name, "addr", p.addr.String(), "client", req.Version)
	}
	writeJSON(w, http.StatusOK, api.RegisterResponse{
		ClientAddr:     p.addr.String(),
		AgentAddr:      api.AgentAddr.String(),
		AgentPublicKey: a.priv.Public().String(),
		Keepalive:      2,
		DNS: api.DNSConfig{
			Server: netip.AddrPortFrom(api.AgentAddr, api.DNSPort).String(),
			Search: a.dnsCfg.Search,
			Ndots:  a.dnsCfg.Ndots,
		},
		Version:  a.cfg.Version,
		Protocol: api.ProtocolVersion,
		Target:   a.cfg.Pod,
		Fresh:    fresh,
	})
}

// decodeRegister reads one registration request; the fuzz test filters with it too, so
// both agree on which bodies are valid.
func decodeRegister(r io.Reader) (api.RegisterRequest, error) {
	var req api.RegisterRequest
	if err := json.NewDecoder(r).Decode(&req); err != nil {
		return req, fmt.Errorf("decode registration: %w", err)
	}
	return req, nil
}

// controlHandler serves the control API inside the tunnel. The caller's tunnel source
// address is its identity: WireGuard only accepts that source from the caller's key.
func (a *Agent) controlHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		me, _ := a.caller(r)
		writeJSON(w, http.StatusOK, a.status(me))
	})
	mux.HandleFunc("GET /v1/stats", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("gc") == "1" {
			// For load tests: collect and hand freed memory back to the OS first, so
			// that the figures show what is live rather than what awaits the scavenger.
			// Twice: sync.Pool's victim caches are only dropped by the second collection.
			debug.FreeOSMemory()
			debug.FreeOSMemory()
		}
		writeJSON(w, http.StatusOK, a.stats())
	})
	mux.HandleFunc("POST /v1/bye", func(w http.ResponseWriter, r *http.Request) {
		me, ok := a.caller(r)
		if !ok {
			writeError(w, http.StatusForbidden, errors.New("unknown session"), "")
			return
		}
		a.log.Info("session released", "name", me.name, "addr", me.addr.String())
		// The session goes on the watcher's next tick, after this answer has left through
		// the tunnel that removing the peer cuts.
		a.reg.release(me.pub)
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("POST /v1/claims", a.handleClaim)
	mux.HandleFunc("GET /v1/env", func(w http.ResponseWriter, r *http.Request) {
		if _, ok := a.caller(r); !ok {
			writeError(w, http.StatusForbidden, errors.New("unknown session"), "")
			return
		}
		if !a.cfg.Files {
			writeError(w, http.StatusNotImplemented, errors.New("this agent does not serve the target's environment (targetless agent)"), "")
			return
		}
		// Looked up per request: the target container may have restarted. Values are
		// never logged.
		pid, err := fs.FindTargetPID("")
		if err == nil {
			var env []string
			if env, err = fs.ReadEnviron(pid); err == nil {
				writeJSON(w, http.StatusOK, api.Env{PID: pid, Env: env})
				return
			}
		}
		writeError(w, http.StatusInternalServerError, fmt.Errorf("read the target's environment (the agent may need SYS_PTRACE): %w", err), "")
	})
	mux.HandleFunc("DELETE /v1/claims/{id}", func(w http.ResponseWriter, r *http.Request) {
		me, ok := a.caller(r)
		if !ok || a.in == nil {
			writeError(w, http.StatusNotFound, errors.New("no such claim"), "")
			return
		}
		if err := a.in.remove(me.pub, r.PathValue("id")); err != nil {
			writeError(w, http.StatusNotFound, err, "")
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

func (a *Agent) handleClaim(w http.ResponseWriter, r *http.Request) {
	me, ok := a.caller(r)
	if !ok {
		writeError(w, http.StatusForbidden, errors.New("unknown session"), "")
		return
	}
	if a.in == nil {
		writeError(w, http.StatusNotImplemented, errors.New("this agent does not handle incoming traffic (targetless agent)"), "")
		return
	}
	var c api.Claim
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&c); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("decode claim: %w", err), "")
		return
	}
	id, err := a.in.add(me, c)
	var ce *intercept.ConflictError
	switch {
	case errors.As(err, &ce):
		writeError(w, http.StatusConflict, err, ce.Holder)
	case err != nil:
		writeError(w, http.StatusBadRequest, err, "")
	default:
		writeJSON(w, http.StatusOK, api.ClaimState{ID: id, Owner: me.name, Claim: c})
	}
}

func (a *Agent) caller(r *http.Request) (peer, bool) {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return peer{}, false
	}
	return a.reg.byAddress(ap.Addr())
}

func (a *Agent) status(me peer) api.Status {
	st := api.Status{
		Version:  a.cfg.Version,
		Protocol: api.ProtocolVersion,
		Pod:      a.cfg.Pod,
		Uptime:   time.Since(a.started).Round(time.Second).String(),
	}
	if a.in != nil {
		st.Claims = a.in.list()
	}
	for _, p := range a.reg.snapshot() {
		st.Sessions = append(st.Sessions, api.Session{
			Name: p.name, Addr: p.addr.String(),
			LastSeen: time.Since(p.lastSeen).Round(time.Second).String() + " ago",
			You:      p.pub == me.pub,
		})
	}
	return st
}

// agentStats is the answer of GET /v1/stats: the agent's own resource use, for load tests
// and debugging (no names, addresses or rules). ReadMemStats pauses the agent for
// microseconds only.
type agentStats struct {
	Goroutines int    `json:"goroutines"`
	HeapBytes  uint64 `json:"heapBytes"` // live heap objects
	SysBytes   uint64 `json:"sysBytes"`  // memory obtained from the OS
	Sessions   int    `json:"sessions"`
}

func (a *Agent) stats() agentStats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return agentStats{
		Goroutines: runtime.NumGoroutine(),
		HeapBytes:  ms.HeapAlloc,
		SysBytes:   ms.Sys,
		Sessions:   len(a.reg.snapshot()),
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, err error, holder string) {
	writeJSON(w, code, api.Error{Error: err.Error(), Holder: holder})
}
