package intercept

import (
	"context"
	"errors"
	"fmt"
	"net"
)

// Mode is what a claim does with the port's traffic.
type Mode int

const (
	// Mirror sends the claim a copy of every connection's incoming bytes.
	Mirror Mode = iota + 1
	// StealAll takes every connection whole.
	StealAll
	// StealFiltered takes the HTTP requests that match the claim's Filter.
	StealFiltered
)

func (m Mode) String() string {
	switch m {
	case Mirror:
		return "mirror"
	case StealAll:
		return "steal"
	case StealFiltered:
		return "steal-filtered"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// Claim is one developer's interest in a port.
type Claim struct {
	ID    string
	Owner string // display name of the developer, shown in conflicts
	Mode  Mode
	// Filter selects requests for StealFiltered; it must have a condition.
	Filter Filter
	// Deliver dials the developer's local process (through the tunnel). It is called
	// once per delivered connection, for HTTP/1.1 once per connection and destination.
	Deliver func(ctx context.Context) (net.Conn, error)
}

// ClaimInfo describes a claim for listings.
type ClaimInfo struct {
	ID     string
	Owner  string
	Mode   Mode
	Filter string // Filter.String(); empty unless StealFiltered
}

// ConflictError refuses a claim because another one holds what it asks for.
type ConflictError struct {
	Holder string // owner of the claim in the way
	Reason string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("port is claimed by %s: %s", e.Holder, e.Reason)
}

// claim is a registered Claim and the lifetime of everything delivered for it.
type claim struct {
	Claim
	filterKey string
	ctx       context.Context // cancelled by RemoveClaim: closes its delivered connections
	cancel    context.CancelFunc
	h2        *h2Upstream // HTTP/2 connections to the developer, made on first use
}

func (c *claim) info() ClaimInfo {
	ci := ClaimInfo{ID: c.ID, Owner: c.Owner, Mode: c.Mode}
	if c.Mode == StealFiltered {
		ci.Filter = c.filterKey
	}
	return ci
}

func checkClaim(c Claim) error {
	if c.ID == "" {
		return errors.New("claim has no ID")
	}
	if c.Deliver == nil {
		return errors.New("claim has no Deliver")
	}
	switch c.Mode {
	case Mirror, StealAll:
	case StealFiltered:
		if c.Filter.IsZero() {
			return errors.New("filtered steal without a filter condition")
		}
	default:
		return fmt.Errorf("unknown mode %v", c.Mode)
	}
	return nil
}

// conflict returns why c can't join existing, or nil.
func conflict(existing []*claim, c Claim, key string) error {
	for _, o := range existing {
		if o.ID == c.ID {
			return fmt.Errorf("claim %s already exists", c.ID)
		}
	}
	if c.Mode == Mirror {
		return nil
	}
	for _, o := range existing {
		switch {
		case o.Mode == StealAll:
			return &ConflictError{Holder: o.Owner, Reason: "the whole port is stolen"}
		case o.Mode == StealFiltered && c.Mode == StealAll:
			return &ConflictError{Holder: o.Owner, Reason: "a filtered steal is active (" + o.filterKey + ")"}
		case o.Mode == StealFiltered && o.filterKey == key:
			return &ConflictError{Holder: o.Owner, Reason: "the same filter is already stolen (" + key + ")"}
		}
	}
	return nil
}
