// Package api defines the wire types and well-known addresses shared by the kube-tun client
// and agent: the registration endpoint (reached through a port-forward) and the control API
// (reached through the tunnel, where the source address identifies the caller).
package api

import (
	"fmt"
	"net/netip"
)

// Pod ports of the agent. They are reached through a port-forward, the API server's
// pods/proxy (RegisterPort only) or from inside the cluster network; the agent never
// exposes them through a Service.
const (
	RegisterPort  = 7070  // TCP, HTTP/JSON registration
	StreamPort    = 7071  // TCP, length-framed WireGuard datagrams
	WireGuardPort = 51820 // UDP, direct WireGuard
)

// The stream transport through the API server's pods/proxy: a GET of StreamUpgradePath on
// RegisterPort with "Connection: Upgrade" and "Upgrade: StreamUpgradeProtocol" is answered
// 101 Switching Protocols, and the connection then carries what a connection to
// StreamPort carries.
const (
	StreamUpgradePath     = "/v1/stream"
	StreamUpgradeProtocol = "kube-tun-stream.v1"
)

// Tunnel addressing. The agent owns AgentAddr; each client gets one address of TunnelPrefix.
var (
	TunnelPrefix = netip.MustParsePrefix("198.19.0.0/16")
	AgentAddr    = netip.MustParseAddr("198.19.0.1")
)

// Services the agent offers on AgentAddr inside the tunnel.
const (
	DNSPort     = 53
	ControlPort = 80
	FilesPort   = 2222
)

// ProtocolVersion changes whenever the client and agent stop understanding each other.
const ProtocolVersion = 1

// RegisterRequest is posted by a client to /v1/register on RegisterPort.
type RegisterRequest struct {
	PublicKey string `json:"publicKey"` // base64 WireGuard public key of this session
	Name      string `json:"name"`      // who the developer is, shown to other developers
	Version   string `json:"version"`   // client build version
	Protocol  int    `json:"protocol"`
}

// RegisterResponse tells a client how to reach the agent through the tunnel.
type RegisterResponse struct {
	ClientAddr     string    `json:"clientAddr"`     // the client's tunnel address, e.g. 198.19.0.2
	AgentAddr      string    `json:"agentAddr"`      // 198.19.0.1
	AgentPublicKey string    `json:"agentPublicKey"` // base64
	Keepalive      int       `json:"keepaliveSeconds"`
	DNS            DNSConfig `json:"dns"`
	Version        string    `json:"version"` // agent build version
	Protocol       int       `json:"protocol"`
	Target         string    `json:"target,omitempty"` // pod the agent runs in (target mode)
	// Fresh is true when the agent did not know this key: a new session, or one it had
	// dropped (its per-session state, such as claims, is gone).
	Fresh bool `json:"fresh"`
}

// DNSConfig is what the agent's resolver sees, so the client can steer names to it.
type DNSConfig struct {
	Server string   `json:"server"` // AgentAddr:53
	Search []string `json:"search"` // the pod's search domains
	Ndots  int      `json:"ndots"`
}

// Error is the JSON body of every non-2xx answer.
type Error struct {
	Error string `json:"error"`
	// Holder names the developer who holds a conflicting rule, when that is the cause.
	Holder string `json:"holder,omitempty"`
}

// Status is served at GET /v1/status on the control API.
type Status struct {
	Version  string       `json:"version"`
	Protocol int          `json:"protocol"`
	Pod      string       `json:"pod,omitempty"`
	Uptime   string       `json:"uptime"`
	Sessions []Session    `json:"sessions"`
	Claims   []ClaimState `json:"claims"`
}

// Session is one registered client, as others may see it (never keys or secrets).
type Session struct {
	Name     string `json:"name"`
	Addr     string `json:"addr"`
	LastSeen string `json:"lastSeen"`
	You      bool   `json:"you,omitempty"`
}

// Claim asks the agent to deliver incoming traffic of Port to the caller.
type Claim struct {
	Port      uint16            `json:"port"`
	LocalPort uint16            `json:"localPort"` // on the caller's tunnel address
	Mode      string            `json:"mode"`      // mirror | steal
	Headers   map[string]string `json:"headers,omitempty"`
	Path      string            `json:"path,omitempty"`
	Method    string            `json:"method,omitempty"`
}

// Filtered reports whether the claim steals only the HTTP requests that match a header,
// path or method filter.
func (c Claim) Filtered() bool { return len(c.Headers) > 0 || c.Path != "" || c.Method != "" }

// ClaimState is a claim as the agent holds it.
type ClaimState struct {
	ID    string `json:"id"`
	Owner string `json:"owner"`
	Claim
}

// ParseAddr validates an address answered by the agent.
func ParseAddr(s string) (netip.Addr, error) {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("agent sent a bad address %q: %w", s, err)
	}
	return a, nil
}

// Env is served at GET /v1/env: the target container's environment.
type Env struct {
	PID int      `json:"pid"`
	Env []string `json:"env"`
}
