package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// stateDir holds the state of this machine's (this network namespace's) background
// session: state file, log, resolver backup. Each network namespace gets its own, so
// sessions in different namespaces never collide.
func stateDir() string {
	if d := os.Getenv("KUBETUN_STATE_DIR"); d != "" {
		return d
	}
	var st syscall.Stat_t
	if err := syscall.Stat("/proc/self/ns/net", &st); err == nil {
		return fmt.Sprintf("/run/kube-tun/net-%d", st.Ino)
	}
	return "/run/kube-tun/default"
}

// upState is the state file of a running `up` session, rewritten by the daemon.
type upState struct {
	PID        int       `json:"pid"`
	Started    time.Time `json:"started"`
	Updated    time.Time `json:"updated"`
	Phase      string    `json:"phase"` // connecting | connected | failed
	Error      string    `json:"error,omitempty"`
	Context    string    `json:"context,omitempty"`
	Namespace  string    `json:"namespace,omitempty"`
	Server     string    `json:"server,omitempty"`
	AgentPod   string    `json:"agentPod,omitempty"`
	Agent      string    `json:"agentVersion,omitempty"`
	Transport  string    `json:"transport,omitempty"`
	Tun        string    `json:"tun,omitempty"`
	ClientAddr string    `json:"clientAddr,omitempty"`
	CIDRs      []string  `json:"cidrs,omitempty"`
	DNS        dnsState  `json:"dns"`
	Stats      statsInfo `json:"stats"`
	// NoAnswerSince is set while the session deems its link lost and reconnects: when the
	// agent last sent anything.
	NoAnswerSince time.Time `json:"noAnswerSince,omitzero"`
	Log           string    `json:"log,omitempty"`
}

type dnsState struct {
	Mode       string   `json:"mode"` // resolvconf | off
	Nameserver string   `json:"nameserver,omitempty"`
	Search     []string `json:"search,omitempty"`
	Domains    []string `json:"domains,omitempty"`
}

type statsInfo struct {
	RxBytes       uint64    `json:"rxBytes"`
	TxBytes       uint64    `json:"txBytes"`
	LastHandshake time.Time `json:"lastHandshake,omitempty"`
	Reconnects    int       `json:"reconnects,omitempty"`
}

func statePath() string { return filepath.Join(stateDir(), "up.json") }
func logPath() string   { return filepath.Join(stateDir(), "up.log") }

func readState() (*upState, error) {
	b, err := os.ReadFile(statePath())
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read session state: %w", err)
	}
	var st upState
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("read session state %s: %w", statePath(), err)
	}
	return &st, nil
}

func writeState(st *upState) error {
	st.Updated = time.Now()
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(stateDir(), 0o755); err != nil {
		return fmt.Errorf("write session state: %w", err)
	}
	tmp := statePath() + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("write session state: %w", err)
	}
	return os.Rename(tmp, statePath())
}

func removeState() error {
	err := os.Remove(statePath())
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// alive reports whether pid is a running process (not a zombie).
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// The state is the field after the parenthesised command name.
	for i := len(b) - 1; i > 0; i-- {
		if b[i] == ')' && i+2 < len(b) {
			return b[i+2] != 'Z'
		}
	}
	return true
}
