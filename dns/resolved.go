package dns

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
)

// Resolved steers cluster names to the agent through systemd-resolved's per-link DNS:
// the TUN link gets the agent as its server, the cluster search path as search domains
// (which also route those names to the link) and the cluster domains as routing domains,
// and is never the default route, so every other name resolves exactly as before. LLMNR,
// mDNS, DNSSEC and DNS-over-TLS are off on the link (the agent speaks plain DNS and
// single-label names must not be multicast into the tunnel). Nothing is written to /etc;
// removing the link (or Restore) undoes it.
type Resolved struct {
	Link string
	// Run runs resolvectl with args; nil runs the real binary after checking that
	// systemd-resolved serves this network namespace (ResolvedUsable).
	Run func(args ...string) error
}

// resolvedVarlink is the socket systemd-resolved listens on while it runs.
const resolvedVarlink = "/run/systemd/resolve/io.systemd.Resolve"

// stubAddrs are the addresses of systemd-resolved's stub listeners.
var stubAddrs = []string{"127.0.0.53", "127.0.0.54"}

// ResolvedUsable reports why systemd-resolved cannot take per-link DNS settings for this
// process's links, or nil when it can: resolvectl is installed and a running resolved
// serves this network namespace (one in another namespace, e.g. the host's seen from
// `ip netns exec`, would apply the settings to whatever link has the same index there).
func ResolvedUsable() error {
	if _, err := exec.LookPath("resolvectl"); err != nil {
		return errors.New("resolvectl is not installed")
	}
	return resolvedServesThisNetns(resolvedVarlink)
}

// ResolvedActive reports whether systemd-resolved manages this machine's DNS: it is usable
// (ResolvedUsable) and /etc/resolv.conf sends queries to it, as a symlink into
// /run/systemd/resolve or as a file naming only its stub listeners (as NetworkManager
// writes it).
func ResolvedActive() bool {
	return ResolvedUsable() == nil && resolvConfUsesResolved("/etc/resolv.conf")
}

// resolvConfUsesResolved reports whether the resolv.conf at path points at systemd-resolved.
func resolvConfUsesResolved(path string) bool {
	if target, err := os.Readlink(path); err == nil && strings.Contains(target, "systemd/resolve") {
		return true
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var servers int
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || f[0] != "nameserver" {
			continue
		}
		if !slices.Contains(stubAddrs, f[1]) {
			return false
		}
		servers++
	}
	return servers > 0
}

func (r *Resolved) run(args ...string) error {
	if r.Run != nil {
		return r.Run(args...)
	}
	out, err := exec.Command("resolvectl", args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("resolvectl %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// Apply configures the link: server is the agent's DNS address (ip or ip:port), search
// the search path (most specific first) and domains the cluster domains.
func (r *Resolved) Apply(server string, search, domains []string) error {
	if r.Run == nil {
		if err := ResolvedUsable(); err != nil {
			return fmt.Errorf("configure split DNS with systemd-resolved: %w", err)
		}
	}
	for _, s := range r.commands(server, search, domains) {
		if err := r.run(s...); err != nil {
			_ = r.Restore()
			return fmt.Errorf("configure split DNS with systemd-resolved: %w", err)
		}
	}
	return nil
}

// commands are the resolvectl invocations that Apply runs, in order.
func (r *Resolved) commands(server string, search, domains []string) [][]string {
	// resolved keeps one entry per domain name, in the order first given: the search
	// domains go first so that they are tried in order, and a cluster domain that is
	// already a search domain (which routes too) is not repeated as "~domain".
	names := []string{"domain", r.Link}
	var seen []string
	for _, s := range search {
		s = strings.TrimSuffix(s, ".")
		if s != "" && !slices.Contains(seen, s) {
			seen = append(seen, s)
			names = append(names, s)
		}
	}
	for _, d := range domains {
		d = strings.TrimSuffix(d, ".")
		if d != "" && !slices.Contains(seen, d) {
			seen = append(seen, d)
			names = append(names, "~"+d)
		}
	}
	return [][]string{
		{"dns", r.Link, server},
		names,
		{"default-route", r.Link, "false"},
		{"llmnr", r.Link, "no"},
		{"mdns", r.Link, "no"},
		{"dnssec", r.Link, "no"},
		{"dnsovertls", r.Link, "no"},
	}
}

// Restore drops the link's DNS settings. It is safe when the link is already gone.
func (r *Resolved) Restore() error {
	if err := r.run("revert", r.Link); err != nil && !linkGone(err) {
		return err
	}
	return nil
}

// linkGone reports whether a resolvectl error says the link no longer exists (resolvectl
// cannot map the name: "No such device"; resolved dropped it: "not found"/"Unknown").
func linkGone(err error) bool {
	s := err.Error()
	return strings.Contains(s, "No such device") || strings.Contains(s, "not found") || strings.Contains(s, "Unknown interface")
}
