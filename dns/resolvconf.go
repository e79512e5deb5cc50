package dns

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// managedMarker starts every resolv.conf kube-tun writes.
const managedMarker = "# Managed by kube-tun."

// ResolvConf manages a resolv.conf file: it saves the original byte for byte, writes a
// version that points at kube-tun's DNS proxy with the cluster's search domains first, and
// restores the original on Restore, or on the next Apply/Restore after a crash.
type ResolvConf struct {
	Path   string // usually /etc/resolv.conf
	Backup string // where the original is kept while kube-tun is up
}

// Original returns the resolver configuration as it was before kube-tun (the backup when
// one exists, otherwise the current file).
func (r *ResolvConf) Original() (ResolverConfig, error) {
	if _, err := os.Stat(r.Backup); err == nil {
		return ReadResolvConf(r.Backup)
	}
	return ReadResolvConf(r.Path)
}

// Managed reports whether the file currently holds kube-tun's content.
func (r *ResolvConf) Managed() bool {
	b, err := os.ReadFile(r.Path)
	return err == nil && bytes.HasPrefix(b, []byte(managedMarker))
}

// Apply points the file at nameserver with search prepended to the original search list.
func (r *ResolvConf) Apply(nameserver string, search []string) error {
	if err := r.Restore(); err != nil { // a crashed session's leftovers come back first
		return err
	}
	orig, err := os.ReadFile(r.Path)
	if err != nil {
		return fmt.Errorf("read %s: %w", r.Path, err)
	}
	if err := os.MkdirAll(filepath.Dir(r.Backup), 0o700); err != nil {
		return fmt.Errorf("save %s: %w", r.Path, err)
	}
	if err := writeFileSync(r.Backup, orig, 0o600); err != nil {
		return fmt.Errorf("save %s: %w", r.Path, err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s The original is saved in %s and comes back on `kube-tun down`.\n", managedMarker, r.Backup)
	fmt.Fprintf(&b, "nameserver %s\n", nameserver)
	var origSearch, options []string
	for _, line := range strings.Split(string(orig), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "search", "domain":
			origSearch = append(origSearch, f[1:]...)
		case "options":
			options = append(options, f[1:]...)
		}
	}
	all := append(append([]string{}, search...), origSearch...)
	if len(all) > 0 {
		fmt.Fprintf(&b, "search %s\n", strings.Join(dedup(all), " "))
	}
	if len(options) > 0 {
		fmt.Fprintf(&b, "options %s\n", strings.Join(options, " "))
	}
	// Written in place: /etc/resolv.conf is often a bind mount (containers, ip netns).
	if err := writeInPlace(r.Path, []byte(b.String())); err != nil {
		return fmt.Errorf("write %s: %w", r.Path, err)
	}
	return nil
}

// Restore puts the original file back byte for byte, if kube-tun changed it. It is
// idempotent and safe after a crash.
func (r *ResolvConf) Restore() error {
	orig, err := os.ReadFile(r.Backup)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read saved resolver config %s: %w", r.Backup, err)
	}
	if r.Managed() {
		if err := writeInPlace(r.Path, orig); err != nil {
			return fmt.Errorf("restore %s: %w", r.Path, err)
		}
	}
	if err := os.Remove(r.Backup); err != nil {
		return fmt.Errorf("remove saved resolver config: %w", err)
	}
	return nil
}

func dedup(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func writeInPlace(path string, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeFileSync(path string, b []byte, mode os.FileMode) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
