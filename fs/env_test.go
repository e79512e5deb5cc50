package fs

import (
	"encoding/json"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

func TestFilterEnv(t *testing.T) {
	env := []string{"PATH=/bin", "HOME=/root", "API_SERVICE_HOST=10.96.0.5", "API_SERVICE_PORT=80",
		"SECRET_TOKEN=x", "DUP=1", "DUP=2", "noequals", "=novalue"}
	tests := []struct {
		name             string
		include, exclude []string
		overrides        map[string]string
		want             []string
	}{
		{name: "all", want: []string{"PATH=/bin", "HOME=/root", "API_SERVICE_HOST=10.96.0.5",
			"API_SERVICE_PORT=80", "SECRET_TOKEN=x", "DUP=2"}},
		{name: "include glob", include: []string{"*_SERVICE_*"},
			want: []string{"API_SERVICE_HOST=10.96.0.5", "API_SERVICE_PORT=80"}},
		{name: "exclude glob", exclude: []string{"SECRET_*", "PATH", "DUP"},
			want: []string{"HOME=/root", "API_SERVICE_HOST=10.96.0.5", "API_SERVICE_PORT=80"}},
		{name: "include and exclude", include: []string{"API_*"}, exclude: []string{"*_PORT"},
			want: []string{"API_SERVICE_HOST=10.96.0.5"}},
		{name: "overrides replace and add", include: []string{"HOME"},
			overrides: map[string]string{"HOME": "/home/dev", "Z": "last", "B": "b"},
			want:      []string{"HOME=/home/dev", "B=b", "Z=last"}},
		{name: "override of an excluded key wins", exclude: []string{"*"},
			overrides: map[string]string{"PATH": "/usr/bin"}, want: []string{"PATH=/usr/bin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FilterEnv(env, tt.include, tt.exclude, tt.overrides)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

var trickyEnv = []string{
	"PLAIN=value",
	"SINGLE=it's",
	`DOUBLE=say "hi"`,
	"NEWLINE=line1\nline2\n",
	"DOLLAR=$HOME `id` $(id)",
	`BACKSLASH=a\b\\c\n`,
	"EMPTY=",
	"EQUALS=a=b=c",
	"TAB=a\tb",
	"UNICODE=héllo ✓",
}

func TestFormatEnv(t *testing.T) {
	tests := []struct {
		format string
		want   string
	}{
		{"dotenv", "A=\"it's \\\"x\\\"\\n\\$y\"\n"},
		{"sh", "export A='it'\\''s \"x\"\n$y'\n"},
		{"json", "{\n  \"A\": \"it's \\\"x\\\"\\n$y\"\n}\n"},
	}
	for _, tt := range tests {
		got, err := FormatEnv([]string{"A=it's \"x\"\n$y"}, tt.format)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.format, got, err, tt.want)
		}
	}
	if _, err := FormatEnv(nil, "yaml"); err == nil {
		t.Error("unknown format: no error")
	}
	if got, _ := FormatEnv([]string{"not-a-name=1", "OK=2"}, "sh"); string(got) != "export OK='2'\n" {
		t.Errorf("sh skips invalid names: got %q", got)
	}
	if got, _ := FormatEnv([]string{"B=1", "A_B=2", "A=3"}, "dotenv"); string(got) != "A=\"3\"\nA_B=\"2\"\nB=\"1\"\n" {
		t.Errorf("dotenv is sorted by key: got %q", got)
	}
}

// TestFormatEnvRoundTrip evaluates the sh output in a real shell and parses the JSON
// output, and checks every value survives unchanged.
func TestFormatEnvRoundTrip(t *testing.T) {
	sh, err := FormatEnv(trickyEnv, "sh")
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range trickyEnv {
		k, want, _ := strings.Cut(kv, "=")
		script := string(sh) + "printf '%s' \"$" + k + "\""
		out, err := exec.Command("sh", "-c", script).Output()
		if err != nil {
			t.Fatalf("sh: %v", err)
		}
		if string(out) != want {
			t.Errorf("sh %s = %q, want %q", k, out, want)
		}
	}
	js, err := FormatEnv(trickyEnv, "json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(js, &m); err != nil {
		t.Fatal(err)
	}
	for _, kv := range trickyEnv {
		k, want, _ := strings.Cut(kv, "=")
		if m[k] != want {
			t.Errorf("json %s = %q, want %q", k, m[k], want)
		}
	}
	dot, _ := FormatEnv(trickyEnv, "dotenv")
	if n := strings.Count(string(dot), "\n"); n != len(trickyEnv) {
		t.Errorf("dotenv: %d lines for %d entries (newlines must be escaped)", n, len(trickyEnv))
	}
}
