//go:build !linux

package dns

import "errors"

func resolvedServesThisNetns(string) error {
	return errors.New("systemd-resolved is only supported on Linux")
}
