package tun

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"

	"golang.org/x/crypto/curve25519"
)

// Key is a Curve25519 key as WireGuard uses it: a private key or a public key.
// Its text form (String, MarshalText) is base64, as in wg(8) configuration files.
type Key [32]byte

// GenerateKey returns a new random, clamped private key.
func GenerateKey() (Key, error) {
	var k Key
	if _, err := rand.Read(k[:]); err != nil {
		return Key{}, fmt.Errorf("generate key: %w", err)
	}
	k[0] &= 248
	k[31] = (k[31] & 127) | 64
	return k, nil
}

// Public returns the public key of the private key k.
func (k Key) Public() Key {
	var pub Key
	b, err := curve25519.X25519(k[:], curve25519.Basepoint)
	if err != nil { // only for low-order points, impossible with the base point
		panic("curve25519: " + err.Error())
	}
	copy(pub[:], b)
	return pub
}

// IsZero reports whether k is the zero key.
func (k Key) IsZero() bool { return k == Key{} }

// String returns k in base64.
func (k Key) String() string { return base64.StdEncoding.EncodeToString(k[:]) }

// Hex returns k in hex, the form of wireguard-go's UAPI.
func (k Key) Hex() string { return hex.EncodeToString(k[:]) }

// MarshalText implements encoding.TextMarshaler (base64).
func (k Key) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler (base64).
func (k *Key) UnmarshalText(b []byte) error {
	p, err := ParseKey(string(b))
	if err != nil {
		return err
	}
	*k = p
	return nil
}

// ParseKey parses a base64 key.
func ParseKey(s string) (Key, error) {
	var k Key
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return k, fmt.Errorf("parse key: %w", err)
	}
	if len(b) != len(k) {
		return k, fmt.Errorf("parse key: %d bytes, want %d", len(b), len(k))
	}
	copy(k[:], b)
	return k, nil
}

func parseHexKey(s string) (Key, error) {
	var k Key
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(k) {
		return k, fmt.Errorf("parse hex key %q: invalid", s)
	}
	copy(k[:], b)
	return k, nil
}
