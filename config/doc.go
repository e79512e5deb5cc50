// Package config is kube-tun's configuration file: YAML, per project (.kube-tun.yaml,
// found by walking up from the working directory) and per user
// (~/.config/kube-tun/config.yaml). Every command-line flag can be set there: top-level
// keys for every command, a section per command (up:, steal:, ...) for one. Files are
// validated on load against the Go types, with errors naming the line and key, and the
// published JSON schema (docs/schema.json) is generated from the same types.
package config
