package dns

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Resolved steers cluster names to the agent through systemd-resolved's per-link DNS:
// the TUN link gets the agent as its server, the cluster domains as routing domains and
// the namespace search path as search domains, and is never the default route, so every
// other name resolves exactly as before. Nothing is written to /etc; removing the link (or
// Restore) undoes it.
type Resolved struct {
	Link string
	// Run runs resolvectl with args; nil runs the real binary.
	Run func(args ...string) error
}

// ResolvedActive reports whether systemd-resolved manages this machine's DNS.
func ResolvedActive() bool {
	if _, err := exec.LookPath("resolvectl"); err != nil {
		return false
	}
	if _, err := os.Stat("/run/systemd/resolve/io.systemd.Resolve"); err != nil {
		return false
	}
	target, err := os.Readlink("/etc/resolv.conf")
	return err == nil && strings.Contains(target, "systemd/resolve")
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

// Apply configures the link: server is the agent's DNS address (ip or ip:port).
func (r *Resolved) Apply(server string, search, domains []string) error {
	routing := make([]string, 0, len(domains)+len(search))
	for _, d := range domains {
		routing = append(routing, "~"+strings.TrimSuffix(d, "."))
	}
	routing = append(routing, search...)
	steps := [][]string{
		{"dns", r.Link, server},
		append([]string{"domain", r.Link}, routing...),
		{"default-route", r.Link, "false"},
	}
	for _, s := range steps {
		if err := r.run(s...); err != nil {
			_ = r.Restore()
			return fmt.Errorf("configure split DNS with systemd-resolved: %w", err)
		}
	}
	return nil
}

// Restore drops the link's DNS settings. It is safe when the link is already gone.
func (r *Resolved) Restore() error {
	if err := r.run("revert", r.Link); err != nil && !strings.Contains(err.Error(), "not found") {
		return err
	}
	return nil
}
