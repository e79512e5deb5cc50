package redirect

import (
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-iptables/iptables"
)

const (
	// ChainPrefix starts the name of every chain the agent owns.
	ChainPrefix = "KUBETUN_"
	// Chain is the nat chain holding the redirect rules.
	Chain = ChainPrefix + "REDIRECT"
	// PinChain holds one REDIRECT rule that nothing jumps to, from the first Apply with
	// rules until Unpin or Close. With nftables (iptables-nft) the kernel translates the packets
	// of connections it has already NATed only while some NAT rule exists in the
	// namespace: once the last claim's rule went, the replies of connections redirected
	// earlier left from the agent's port, unNATed, and their clients dropped them (a
	// request in flight hung until its client's timeout). The pin keeps those connections
	// working while the agent drains them.
	PinChain = ChainPrefix + "PIN"

	table = "nat"
	hook  = "PREROUTING"

	// timeLayout is the format of the time match's --datestop (interpreted as UTC, since
	// we never pass --kerneltz).
	timeLayout = "2006-01-02T15:04:05"
)

// hooks are the built-in nat chains CleanStale searches for jumps into our chains.
var hooks = []string{"PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"}

// ErrClosed is returned by Apply after Close.
var ErrClosed = errors.New("redirect table closed")

// IPTables is the part of github.com/coreos/go-iptables the Table uses. One value serves
// one address family; *iptables.IPTables implements it.
type IPTables interface {
	Proto() iptables.Protocol
	ListChains(table string) ([]string, error)
	List(table, chain string) ([]string, error)
	ChainExists(table, chain string) (bool, error)
	NewChain(table, chain string) error
	ClearAndDeleteChain(table, chain string) error
	Exists(table, chain string, rulespec ...string) (bool, error)
	Insert(table, chain string, pos int, rulespec ...string) error
	Append(table, chain string, rulespec ...string) error
	Replace(table, chain string, pos int, rulespec ...string) error
	DeleteById(table, chain string, id int) error
	DeleteIfExists(table, chain string, rulespec ...string) error
}

var _ IPTables = (*iptables.IPTables)(nil)

// Rule redirects new TCP connections to Port (the application's port) to ToPort (the
// agent's listener), except those from ExceptSources (e.g. the node address, so kubelet
// probes keep reaching the application). Prefixes of the other address family are ignored.
type Rule struct {
	Port          uint16
	ToPort        uint16
	ExceptSources []netip.Prefix
}

// Table maintains the agent's chains for one address family. Its methods are safe for
// concurrent use.
type Table struct {
	ipt   IPTables
	lease time.Duration
	logf  func(string, ...any)
	now   func() time.Time

	mu     sync.Mutex
	rules  []Rule // guarded by mu: the rules last applied
	pinned bool   // guarded by mu: PinChain is in place
	closed bool   // guarded by mu
}

// pinSpec is PinChain's rule: any NAT target keeps the kernel's NAT hooks registered.
var pinSpec = []string{"-p", "tcp", "-j", "REDIRECT"}

// New returns a Table that manages chains through ipt. Every REDIRECT rule expires lease
// after it was last (re)applied: the kernel stops matching it between lease and lease+1 s
// later (the time match has a resolution of one second and its datestop second is
// inclusive). Shorter leases than 3 s are raised to 3 s; Run renews every lease/3.
func New(ipt IPTables, lease time.Duration, logf func(string, ...any)) *Table {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if lease < 3*time.Second {
		lease = 3 * time.Second
	}
	return &Table{ipt: ipt, lease: lease, logf: logf, now: time.Now}
}

// CleanStale removes every KUBETUN_* chain and every jump into one, as left by a killed
// predecessor, and returns the chains it removed. Call it when the agent starts, before
// Apply.
func (t *Table) CleanStale() ([]string, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.removeJumps(func(target string) bool { return strings.HasPrefix(target, ChainPrefix) }); err != nil {
		return nil, fmt.Errorf("clean stale chains: %w", err)
	}
	chains, err := t.ipt.ListChains(table)
	if err != nil {
		return nil, fmt.Errorf("clean stale chains: list chains: %w", err)
	}
	var removed []string
	for _, c := range chains {
		if !strings.HasPrefix(c, ChainPrefix) {
			continue
		}
		if err := t.ipt.ClearAndDeleteChain(table, c); err != nil {
			return removed, fmt.Errorf("clean stale chains: delete %s: %w", c, err)
		}
		removed = append(removed, c)
	}
	t.pinned = false
	return removed, nil
}

// Apply makes our chain hold exactly rules, each REDIRECT with a fresh lease, and makes
// sure PREROUTING jumps to it. Existing rules are replaced in place, so there is no moment
// when the chain is empty. Empty rules remove the chain and the jump (PinChain stays until
// Unpin or Close, for the connections redirected earlier).
func (t *Table) Apply(rules []Rule) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return ErrClosed
	}
	if err := validate(rules); err != nil {
		return fmt.Errorf("apply redirect rules: %w", err)
	}
	rules = slices.Clone(rules)
	if len(rules) == 0 {
		if err := t.remove(); err != nil {
			return fmt.Errorf("apply redirect rules: %w", err)
		}
		t.rules = nil
		return nil
	}
	if err := t.apply(rules); err != nil {
		return fmt.Errorf("apply redirect rules: %w", err)
	}
	t.rules = rules
	return nil
}

// Renew reapplies the current rules with a fresh lease. It does nothing when there are
// none or the table is closed.
func (t *Table) Renew() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed || len(t.rules) == 0 {
		return nil
	}
	if err := t.apply(t.rules); err != nil {
		return fmt.Errorf("renew redirect lease: %w", err)
	}
	return nil
}

// Close removes our chain and its jump. It is idempotent; Apply fails after it.
func (t *Table) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closed = true
	t.rules = nil
	if err := t.remove(); err != nil {
		return fmt.Errorf("close redirect table: %w", err)
	}
	if err := t.unpin(); err != nil {
		return fmt.Errorf("close redirect table: %w", err)
	}
	return nil
}

// pin puts PinChain in place (see there) unless it is.
func (t *Table) pin() error {
	if t.pinned {
		return nil
	}
	if err := t.ensureChain(PinChain); err != nil {
		return err
	}
	ok, err := t.ipt.Exists(table, PinChain, pinSpec...)
	if err == nil && !ok {
		err = t.ipt.Append(table, PinChain, pinSpec...)
	}
	if err != nil {
		return fmt.Errorf("write the rule of %s: %w", PinChain, err)
	}
	t.pinned = true
	return nil
}

// Unpin removes PinChain while no rules are applied: call it once the connections that
// were redirected before the last rule went have ended. The next Apply with rules puts it
// back. It does nothing while rules are applied or after Close.
func (t *Table) Unpin() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed || len(t.rules) > 0 || !t.pinned {
		return nil
	}
	if err := t.unpin(); err != nil {
		return fmt.Errorf("unpin redirect table: %w", err)
	}
	return nil
}

// unpin removes PinChain.
func (t *Table) unpin() error {
	if err := t.deleteChain(PinChain); err != nil {
		return err
	}
	t.pinned = false
	return nil
}

// ensureChain creates chain unless it exists.
func (t *Table) ensureChain(chain string) error {
	ok, err := t.ipt.ChainExists(table, chain)
	if err != nil {
		return fmt.Errorf("check chain %s: %w", chain, err)
	}
	if !ok {
		if err := t.ipt.NewChain(table, chain); err != nil {
			return fmt.Errorf("create chain %s: %w", chain, err)
		}
	}
	return nil
}

// deleteChain empties and deletes chain if it exists.
func (t *Table) deleteChain(chain string) error {
	ok, err := t.ipt.ChainExists(table, chain)
	if err != nil {
		return fmt.Errorf("check chain %s: %w", chain, err)
	}
	if ok {
		if err := t.ipt.ClearAndDeleteChain(table, chain); err != nil {
			return fmt.Errorf("delete chain %s: %w", chain, err)
		}
	}
	return nil
}

// Lease is the lifetime of a REDIRECT rule after it was last applied.
func (t *Table) Lease() time.Duration { return t.lease }

func validate(rules []Rule) error {
	seen := map[uint16]bool{}
	for _, r := range rules {
		if r.Port == 0 || r.ToPort == 0 {
			return fmt.Errorf("rule %d->%d: ports must be non-zero", r.Port, r.ToPort)
		}
		if seen[r.Port] {
			return fmt.Errorf("port %d redirected twice", r.Port)
		}
		seen[r.Port] = true
		for _, p := range r.ExceptSources {
			if !p.IsValid() {
				return fmt.Errorf("port %d: invalid except-source prefix", r.Port)
			}
		}
	}
	return nil
}

// specs renders rules as iptables rule specs for our chain.
func (t *Table) specs(rules []Rule, stop time.Time) [][]string {
	v6 := t.ipt.Proto() == iptables.ProtocolIPv6
	datestop := stop.UTC().Format(timeLayout)
	var out [][]string
	for _, r := range rules {
		port := strconv.Itoa(int(r.Port))
		for _, p := range r.ExceptSources {
			if p.Addr().Unmap().Is6() != v6 {
				continue
			}
			out = append(out, []string{"-p", "tcp", "-s", p.Masked().String(), "--dport", port, "-j", "RETURN"})
		}
		out = append(out, []string{"-p", "tcp", "--dport", port,
			"-m", "time", "--datestop", datestop,
			"-j", "REDIRECT", "--to-ports", strconv.Itoa(int(r.ToPort))})
	}
	return out
}

func (t *Table) apply(rules []Rule) error {
	if err := t.pin(); err != nil {
		return err
	}
	want := t.specs(rules, t.now().Add(t.lease))
	if err := t.ensureChain(Chain); err != nil {
		return err
	}
	have, err := t.countRules(Chain)
	if err != nil {
		return err
	}
	for i, spec := range want {
		if i < have {
			err = t.ipt.Replace(table, Chain, i+1, spec...)
		} else {
			err = t.ipt.Append(table, Chain, spec...)
		}
		if err != nil {
			return fmt.Errorf("write rule %d of %s: %w", i+1, Chain, err)
		}
	}
	for i := have; i > len(want); i-- {
		if err := t.ipt.DeleteById(table, Chain, i); err != nil {
			return fmt.Errorf("delete rule %d of %s: %w", i, Chain, err)
		}
	}
	jump := []string{"-j", Chain}
	ok, err := t.ipt.Exists(table, hook, jump...)
	if err != nil {
		return fmt.Errorf("check jump to %s: %w", Chain, err)
	}
	if !ok {
		// First, so that no other PREROUTING nat rule takes the connection before us.
		if err := t.ipt.Insert(table, hook, 1, jump...); err != nil {
			return fmt.Errorf("insert jump to %s: %w", Chain, err)
		}
	}
	return nil
}

// countRules returns the number of rules in chain (List's first line is "-N chain").
func (t *Table) countRules(chain string) (int, error) {
	lines, err := t.ipt.List(table, chain)
	if err != nil {
		return 0, fmt.Errorf("list %s: %w", chain, err)
	}
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "-A ") {
			n++
		}
	}
	return n, nil
}

// remove deletes the jump into our chain and the chain itself; missing ones are fine.
func (t *Table) remove() error {
	if err := t.removeJumps(func(target string) bool { return target == Chain }); err != nil {
		return err
	}
	return t.deleteChain(Chain)
}

// removeJumps deletes every rule of the built-in nat chains whose jump target matches.
func (t *Table) removeJumps(match func(target string) bool) error {
	for _, h := range hooks {
		lines, err := t.ipt.List(table, h)
		if err != nil {
			return fmt.Errorf("list %s: %w", h, err)
		}
		// Delete by position, from the last rule, so earlier positions stay valid.
		id := 0
		var ids []int
		for _, l := range lines {
			if !strings.HasPrefix(l, "-A ") {
				continue
			}
			id++
			if target, ok := jumpTarget(l); ok && match(target) {
				ids = append(ids, id)
			}
		}
		for _, id := range slices.Backward(ids) {
			if err := t.ipt.DeleteById(table, h, id); err != nil {
				return fmt.Errorf("delete rule %d of %s: %w", id, h, err)
			}
		}
	}
	return nil
}

// jumpTarget returns the -j (or -g) target of an `iptables -S` line.
func jumpTarget(line string) (string, bool) {
	f := strings.Fields(line)
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "-j" || f[i] == "-g" {
			return f[i+1], true
		}
	}
	return "", false
}
