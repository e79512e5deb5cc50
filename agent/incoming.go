package agent

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kube-tun/kube-tun/agent/api"
	"github.com/kube-tun/kube-tun/agent/intercept"
	"github.com/kube-tun/kube-tun/agent/redirect"
)

// ruleTable is the part of redirect.Table incoming traffic uses.
type ruleTable interface {
	Apply(rules []redirect.Rule) error
	Unpin() error
}

// incoming owns mirror and steal claims: one intercept.Port and one redirect listener per
// claimed application port, and the redirect rules that send new connections there.
type incoming struct {
	log      *slog.Logger
	table    ruleTable
	except   []netip.Prefix // sources never redirected (the node: kubelet probes)
	appAddr  netip.Addr     // where the real application listens (the pod IP)
	deliver  func(ctx context.Context, client netip.Addr, port uint16) (net.Conn, error)
	listenIP string // address for redirect listeners ("" = all)

	mu     sync.Mutex
	ports  map[uint16]*claimedPort // guarded by mu
	owners map[string]claimOwner   // guarded by mu; claim ID → owner
	closed bool                    // guarded by mu
	// draining counts the retired ports still draining; when the last one is done and no
	// port is claimed, the redirect table's pin goes. Guarded by mu.
	draining int

	// Ports whose last claim went drain in the background (retire); close cuts them
	// short after closeGrace by cancelling drainCtx.
	drains      sync.WaitGroup
	drainCtx    context.Context
	drainCancel context.CancelFunc
}

// How long connections that were redirected before a port's last claim went keep being
// served (they go to the app; HTTP/1 ones end at their next request boundary): while
// the agent runs, and when it shuts down. Then they are closed.
const (
	drainTimeout = 30 * time.Second
	closeGrace   = 5 * time.Second
)

type claimOwner struct {
	pub   string
	name  string
	claim api.Claim
}

type claimedPort struct {
	port   *intercept.Port
	ln     net.Listener
	toPort uint16
	wg     sync.WaitGroup // accept loop and connection handlers
	cancel context.CancelFunc
}

func newIncoming(log *slog.Logger, table ruleTable, appAddr netip.Addr, except []netip.Prefix,
	deliver func(ctx context.Context, client netip.Addr, port uint16) (net.Conn, error)) *incoming {
	in := &incoming{
		log: log, table: table, appAddr: appAddr, except: except, deliver: deliver,
		ports: make(map[uint16]*claimedPort), owners: make(map[string]claimOwner),
	}
	in.drainCtx, in.drainCancel = context.WithCancel(context.Background())
	return in
}

// add registers a claim for the session p and returns its ID. Conflicts are returned as
// *intercept.ConflictError, naming the holder.
func (in *incoming) add(p peer, c api.Claim) (string, error) {
	mode, filter, err := parseClaim(c)
	if err != nil {
		return "", err
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.closed {
		return "", errors.New("agent is shutting down")
	}
	cp, fresh, err := in.portLocked(c.Port)
	if err != nil {
		return "", err
	}
	id := newID()
	dl := &deliveryLog{log: in.log, owner: p.name, port: c.Port, mirror: mode == intercept.Mirror}
	client, local := p.addr, c.LocalPort
	err = cp.port.AddClaim(intercept.Claim{
		ID: id, Owner: p.name, Mode: mode, Filter: filter,
		Deliver: func(ctx context.Context) (net.Conn, error) {
			start := time.Now()
			conn, err := in.deliver(ctx, client, local)
			dl.note(err, time.Since(start))
			return conn, err
		},
	})
	if err != nil {
		if fresh {
			in.dropPortLocked(c.Port)
		}
		return "", err
	}
	in.owners[id] = claimOwner{pub: p.pub, name: p.name, claim: c}
	if err := in.applyLocked(); err != nil {
		cp.port.RemoveClaim(id)
		delete(in.owners, id)
		if fresh {
			in.dropPortLocked(c.Port)
		}
		return "", err
	}
	in.log.Info("claim added", "owner", p.name, "port", c.Port, "mode", mode.String(), "filter", filter.String())
	return id, nil
}

// remove drops claim id if pub owns it (empty pub: any owner).
func (in *incoming) remove(pub, id string) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	o, ok := in.owners[id]
	if !ok || (pub != "" && o.pub != pub) {
		return fmt.Errorf("no claim %q of yours", id)
	}
	delete(in.owners, id)
	var gone *claimedPort
	if cp := in.ports[o.claim.Port]; cp != nil {
		cp.port.RemoveClaim(id)
		if len(cp.port.Claims()) == 0 {
			delete(in.ports, o.claim.Port)
			gone = cp
		}
	}
	in.log.Info("claim removed", "owner", o.name, "port", o.claim.Port)
	err := in.applyLocked()
	if gone != nil {
		// Only now that its redirect rule is gone: until then new connections of the port
		// still arrive at this listener (it sends them to the app), and a closed one would
		// refuse them.
		in.retire(gone, drainTimeout)
	}
	return err
}

// retire closes the listener of a port whose redirect rule is gone and lets the
// connections it already has run on, to the app, for up to timeout (intercept's
// Port.Shutdown), in the background: the developer who stopped did not mean to cut the
// pod's own traffic. It is called with in.mu held.
func (in *incoming) retire(cp *claimedPort, timeout time.Duration) {
	_ = cp.ln.Close()
	in.draining++
	in.drains.Add(1)
	go func() {
		defer in.drains.Done()
		ctx, cancel := context.WithTimeout(in.drainCtx, timeout)
		defer cancel()
		_ = cp.port.Shutdown(ctx)
		cp.cancel()
		cp.wg.Wait()
		in.mu.Lock()
		defer in.mu.Unlock()
		in.draining--
		if in.draining == 0 && len(in.ports) == 0 && !in.closed {
			// Nothing redirected is left to keep translating (see redirect.PinChain).
			if err := in.table.Unpin(); err != nil {
				in.log.Warn("remove the redirect pin", "err", err)
			}
		}
	}()
}

// removeSession drops every claim of the session pub.
func (in *incoming) removeSession(pub string) {
	in.mu.Lock()
	var ids []string
	for id, o := range in.owners {
		if o.pub == pub {
			ids = append(ids, id)
		}
	}
	in.mu.Unlock()
	for _, id := range ids {
		if err := in.remove(pub, id); err != nil {
			in.log.Warn("remove claim of a gone session", "err", err)
		}
	}
}

func (in *incoming) list() []api.ClaimState {
	in.mu.Lock()
	defer in.mu.Unlock()
	out := make([]api.ClaimState, 0, len(in.owners))
	for id, o := range in.owners {
		out = append(out, api.ClaimState{ID: id, Owner: o.name, Claim: o.claim})
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Port < out[j].Port || (out[i].Port == out[j].Port && out[i].ID < out[j].ID)
	})
	return out
}

// close removes every claim, listener and rule. The connections already redirected get
// closeGrace to end (ports retired earlier too), then they are closed.
func (in *incoming) close() error {
	in.mu.Lock()
	in.closed = true
	gone := in.ports
	in.ports = make(map[uint16]*claimedPort)
	clear(in.owners)
	err := in.applyLocked() // the rules go first, then the listeners (see remove)
	for _, cp := range gone {
		in.retire(cp, closeGrace)
	}
	in.mu.Unlock()
	cut := time.AfterFunc(closeGrace, in.drainCancel)
	in.drains.Wait()
	cut.Stop()
	in.drainCancel()
	return err
}

func (in *incoming) portLocked(port uint16) (*claimedPort, bool, error) {
	if cp, ok := in.ports[port]; ok {
		return cp, false, nil
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(in.listenIP, "0"))
	if err != nil {
		return nil, false, fmt.Errorf("listen for redirected connections of port %d: %w", port, err)
	}
	app := net.JoinHostPort(in.appAddr.String(), strconv.Itoa(int(port)))
	up := func(ctx context.Context) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "tcp", app)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cp := &claimedPort{
		port:   intercept.NewPort(port, up, func(f string, a ...any) { in.log.Debug(fmt.Sprintf(f, a...)) }),
		ln:     ln,
		toPort: uint16(ln.Addr().(*net.TCPAddr).Port),
		cancel: cancel,
	}
	cp.wg.Add(1)
	go cp.serve(ctx)
	in.ports[port] = cp
	return cp, true, nil
}

// serve accepts redirected connections until the listener closes.
func (cp *claimedPort) serve(ctx context.Context) {
	defer cp.wg.Done()
	for {
		c, err := cp.ln.Accept()
		if err != nil {
			return
		}
		cp.wg.Add(1)
		go func() {
			defer cp.wg.Done()
			cp.port.ServeConn(ctx, c)
		}()
	}
}

// dropPortLocked forgets port and closes its listener; only for a port whose redirect rule
// was never applied (remove and close take the rule away first).
func (in *incoming) dropPortLocked(port uint16) {
	if cp, ok := in.ports[port]; ok {
		delete(in.ports, port)
		cp.close()
	}
}

// close stops the port's listener and its connections, and waits for them.
func (cp *claimedPort) close() {
	_ = cp.ln.Close()
	cp.cancel()
	_ = cp.port.Close()
	cp.wg.Wait()
}

func (in *incoming) applyLocked() error {
	rules := make([]redirect.Rule, 0, len(in.ports))
	for port, cp := range in.ports {
		rules = append(rules, redirect.Rule{Port: port, ToPort: cp.toPort, ExceptSources: in.except})
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].Port < rules[j].Port })
	if err := in.table.Apply(rules); err != nil {
		return fmt.Errorf("apply redirect rules: %w", err)
	}
	return nil
}

func parseClaim(c api.Claim) (intercept.Mode, intercept.Filter, error) {
	if c.Port == 0 || c.LocalPort == 0 {
		return 0, intercept.Filter{}, errors.New("claim needs a port and a local port")
	}
	var headers []string
	for k, v := range c.Headers {
		headers = append(headers, k+": "+v)
	}
	sort.Strings(headers)
	var f intercept.Filter
	if c.Filtered() {
		var err error
		if f, err = intercept.ParseFilter(headers, c.Path, c.Method); err != nil {
			return 0, f, fmt.Errorf("parse filter: %w", err)
		}
	}
	switch c.Mode {
	case "mirror":
		if !f.IsZero() {
			return 0, f, errors.New("mirror takes no filter")
		}
		return intercept.Mirror, f, nil
	case "steal":
		if f.IsZero() {
			return intercept.StealAll, f, nil
		}
		return intercept.StealFiltered, f, nil
	}
	return 0, f, fmt.Errorf("unknown mode %q (want mirror or steal)", c.Mode)
}

func newID() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// deliveryLog reports, at info level, when a claim's developer stops or starts being
// reachable and any delivery that was slow: the transitions explain where a stolen
// request went, without a line per request.
type deliveryLog struct {
	log     *slog.Logger
	owner   string
	port    uint16
	mirror  bool // the claim mirrors: an undelivered copy is dropped
	failing atomic.Bool

	mu       sync.Mutex
	slowLast time.Time // guarded by mu: when a slow delivery was last logged
	slowMore int       // guarded by mu: slow deliveries not logged since
}

// A dial to a developer that takes slowDelivery deserves a log line even when it worked;
// one line per slowEvery at most, with the count of the others.
const (
	slowDelivery = time.Second
	slowEvery    = 10 * time.Second
)

func (d *deliveryLog) note(err error, took time.Duration) {
	switch {
	case err != nil && !d.failing.Swap(true):
		msg := "developer unreachable; their requests go to the app"
		if d.mirror {
			msg = "developer unreachable; their mirrored copies are dropped"
		}
		d.log.Info(msg, "owner", d.owner, "port", d.port, "took", took.Round(time.Millisecond).String(), "err", err)
	case err == nil && d.failing.Swap(false):
		d.log.Info("developer reachable again", "owner", d.owner, "port", d.port, "took", took.Round(time.Millisecond).String())
	case err == nil && took >= slowDelivery:
		d.mu.Lock()
		defer d.mu.Unlock()
		if now := time.Now(); now.Sub(d.slowLast) >= slowEvery {
			d.log.Info("slow delivery to developer", "owner", d.owner, "port", d.port, "took", took.Round(time.Millisecond).String(), "moreSinceLastLine", d.slowMore)
			d.slowLast, d.slowMore = now, 0
		} else {
			d.slowMore++
		}
	}
}
