package fs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
)

// FilterEnv returns the KEY=VALUE entries of env whose key matches one of the include
// globs (all, if include is empty) and none of the exclude globs, then applies overrides
// (replacing or adding keys). Globs are path.Match patterns on the key ("AWS_*",
// "*_SERVICE_HOST"). Later duplicates of a key replace earlier ones. The result keeps
// env's order, with added overrides at the end sorted by key.
func FilterEnv(env []string, include, exclude []string, overrides map[string]string) []string {
	match := func(globs []string, key string) bool {
		for _, g := range globs {
			if ok, err := path.Match(g, key); ok && err == nil {
				return true
			}
		}
		return false
	}
	var keys []string
	vals := map[string]string{}
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		if len(include) > 0 && !match(include, k) {
			continue
		}
		if match(exclude, k) {
			continue
		}
		if _, seen := vals[k]; !seen {
			keys = append(keys, k)
		}
		vals[k] = v
	}
	var added []string
	for k, v := range overrides {
		if _, seen := vals[k]; !seen {
			added = append(added, k)
		}
		vals[k] = v
	}
	sort.Strings(added)
	keys = append(keys, added...)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k + "=" + vals[k]
	}
	return out
}

// FormatEnv renders KEY=VALUE entries as:
//   - "dotenv": KEY="VALUE" lines, double-quoted with \\, \", \n, \r, \t and \$
//     escaped (the form docker compose and dotenv libraries read);
//   - "json": one object {"KEY": "VALUE", ...};
//   - "sh": export KEY='VALUE' lines, single-quoted so that nothing in a value (quotes,
//     newlines, $, backticks) is interpreted when the output is eval'ed.
//
// Keys that are not shell identifiers are skipped for "sh" (a shell cannot set them).
// Lines are sorted by key: kubelet gives a container its variables in no stable order,
// so sorting keeps the output of two reads of the same pod identical (and diffable).
func FormatEnv(env []string, format string) ([]byte, error) {
	env = append([]string(nil), env...)
	sort.SliceStable(env, func(i, j int) bool {
		ki, _, _ := strings.Cut(env[i], "=")
		kj, _, _ := strings.Cut(env[j], "=")
		return ki < kj
	})
	var b bytes.Buffer
	switch format {
	case "dotenv", "":
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			fmt.Fprintf(&b, "%s=%s\n", k, dotenvQuote(v))
		}
	case "json":
		m := make(map[string]string, len(env))
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			m[k] = v
		}
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(m); err != nil {
			return nil, fmt.Errorf("format env as json: %w", err)
		}
	case "sh":
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			if !isShellName(k) {
				continue
			}
			fmt.Fprintf(&b, "export %s=%s\n", k, shQuote(v))
		}
	default:
		return nil, fmt.Errorf("format env: unknown format %q (want dotenv, json or sh)", format)
	}
	return b.Bytes(), nil
}

func shQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func dotenvQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, `$`, `\$`)
	return `"` + r.Replace(s) + `"`
}

func isShellName(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		switch {
		case c == '_', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
