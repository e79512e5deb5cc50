//go:build !linux

package tun

import (
	"errors"
	"fmt"
	"net/netip"

	wgtun "golang.zx2c4.com/wireguard/tun"
)

// errUnsupported is returned on platforms without a Device implementation.
var errUnsupported = fmt.Errorf("kernel TUN device: %w", errors.ErrUnsupported)

// Device is a kernel TUN device; only Linux is implemented.
type Device struct{}

// Create is only implemented on Linux.
func Create(Config) (*Device, error) { return nil, errUnsupported }

// Tun returns nil.
func (*Device) Tun() wgtun.Device { return nil }

// Name returns "".
func (*Device) Name() string { return "" }

// SetRoutes is only implemented on Linux.
func (*Device) SetRoutes([]netip.Prefix) error { return errUnsupported }

// Close does nothing.
func (*Device) Close() error { return nil }

// CheckOverlaps is only implemented on Linux.
func CheckOverlaps([]netip.Prefix) ([]Overlap, error) { return nil, errUnsupported }

// PinnedRoute is a host route added by PinRoute; only Linux is implemented.
type PinnedRoute struct{}

// PinRoute is only implemented on Linux.
func PinRoute(netip.Addr) (*PinnedRoute, error) { return nil, errUnsupported }

// Close does nothing.
func (*PinnedRoute) Close() error { return nil }
