package config

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite docs/schema.json")

func TestParseValid(t *testing.T) {
	f, err := Parse("x.yaml", []byte(`
namespace: shop
agentImage: reg/kube-tun:v1
verbose: true
up:
  transport: portforward
  excludeCidr: [10.0.0.0/8, 10.1.0.0/16]
  agentIdleTimeout: 10m
steal:
  port: 8080
  header: ["X-User: alice"]
portForward:
  udpIdleTimeout: 30s
`))
	if err != nil {
		t.Fatal(err)
	}
	if f.Namespace != "shop" || f.AgentImage != "reg/kube-tun:v1" || f.Verbose == nil || !*f.Verbose {
		t.Errorf("top level: %+v", f)
	}
	if f.Up.Transport != "portforward" || len(f.Up.ExcludeCidr) != 2 || f.Up.AgentIdleTimeout.Duration != 10*time.Minute {
		t.Errorf("up: %+v", f.Up)
	}
	if f.Steal.Port != "8080" || f.Steal.Header[0] != "X-User: alice" {
		t.Errorf("steal: %+v", f.Steal)
	}
	if f.PortForward.UDPIdleTimeout.Duration != 30*time.Second {
		t.Errorf("portForward: %+v", f.PortForward)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, s := range []string{"", "# only a comment\n", "---\n"} {
		if _, err := Parse("e.yaml", []byte(s)); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

// Bad files: every problem is reported with its line, column and dotted key.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       []string // substrings of the errors, in order
	}{
		{"unknown top-level key", "namespace: a\nnamespce: b\n", []string{`b.yaml:2:1: namespce: unknown key (did you mean "namespace"?)`}},
		{"unknown key in a section", "up:\n  transport: udp\n  tranport: udp\n", []string{`b.yaml:3:3: up.tranport: unknown key (did you mean "transport"?)`}},
		{"unknown section", "upp:\n  x: 1\n", []string{`b.yaml:1:1: upp: unknown key (did you mean "up"?)`}},
		{"wrong type bool", "up:\n  foreground: maybe\n", []string{`b.yaml:2:15: up.foreground: want true or false, got a string (maybe)`}},
		{"wrong type string", "namespace: [a, b]\n", []string{`b.yaml:1:12: namespace: want a string, got a list`}},
		{"wrong type list", "up:\n  cidr: 10.0.0.0/8\n", []string{`b.yaml:2:9: up.cidr: want a list of strings, got a string (10.0.0.0/8)`}},
		{"bad duration", "up:\n  timeout: 90\n", []string{`b.yaml:2:12: up.timeout: want a duration like "90s" or "5m", got a number (90)`}},
		{"bad integer", "up:\n  mtu: big\n", []string{`b.yaml:2:8: up.mtu: want a whole number, got a string (big)`}},
		{"bad enum", "\n\nup:\n  transport: sctp\n", []string{`b.yaml:4:14: up.transport: "sctp" is not one of auto, udp, tcp, apiproxy, portforward`}},
		{"section not a mapping", "steal: 8080\n", []string{`b.yaml:1:8: steal: want a mapping of keys, got a number (8080)`}},
		{"list item type", "steal:\n  header:\n    - a: b\n", []string{`b.yaml:3:7: steal.header[0]: want a string, got a mapping`}},
		{"several at once", "namespace: 1\nup:\n  dns: maybe\n  tun: [x]\n", []string{"1:12: namespace", "3:8: up.dns", "4:8: up.tun"}},
		{"duplicate key", "namespace: a\nnamespace: b\n", []string{"2:1"}},
		{"not YAML", "up:\n  transport: [\n", []string{"b.yaml:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("b.yaml", []byte(tc.yaml))
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("want Errors, got %v", err)
			}
			if len(es) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(es), len(tc.want), err)
			}
			for i, w := range tc.want {
				if !strings.Contains(es[i].Error(), w) {
					t.Errorf("error %d = %q, want it to contain %q", i, es[i], w)
				}
			}
		})
	}
}

func TestFindProjectWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := FindProject(deep); got != "" && strings.HasPrefix(got, root) {
		t.Fatalf("found %s before creating one", got)
	}
	want := filepath.Join(root, "a", ProjectFile)
	if err := os.WriteFile(want, []byte("namespace: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := FindProject(deep); got != want {
		t.Errorf("FindProject = %q, want %q", got, want)
	}
}

// The project file wins over the user's; a section wins over top-level keys in a file.
func TestLoadPrecedence(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "xdg"))
	write := func(p, s string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(UserPath(), "namespace: user\nname: me\ntransport: udp\nup:\n  tun: kt9\n  mtu: 9000\n  dns: off\n")
	write(filepath.Join(dir, "proj", ProjectFile), "namespace: proj\nup:\n  namespace: proj-up\n  cidr: []\n")
	l, err := Load(filepath.Join(dir, "proj"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Sources) != 2 {
		t.Fatalf("sources: %+v", l.Sources)
	}
	got := map[string]string{}
	for k, v := range l.FlagValues("up") {
		got[k] = strings.Join(v.Values, ",")
	}
	want := map[string]string{"namespace": "proj-up", "name": "me", "transport": "udp", "tun": "kt9", "mtu": "9000", "dns": "off", "cidr": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("up values = %v, want %v", got, want)
	}
	if v := l.FlagValues("steal")["namespace"]; v.Values[0] != "proj" || !strings.HasSuffix(v.Source, ProjectFile+": namespace") {
		t.Errorf("steal namespace = %+v", v)
	}
	// Paths of local files are relative to the file that names them.
	write(filepath.Join(dir, "proj", "sub", ProjectFile), "kubeconfig: ../kc.yaml\nrun:\n  envFile: [a.env, /abs.env]\n")
	if l, err = Load(filepath.Join(dir, "proj", "sub"), ""); err != nil {
		t.Fatal(err)
	}
	run := l.FlagValues("run")
	if got := run["kubeconfig"].Values[0]; got != filepath.Join(dir, "proj", "kc.yaml") {
		t.Errorf("kubeconfig = %s", got)
	}
	if got := run["env-file"].Values; got[0] != filepath.Join(dir, "proj", "sub", "a.env") || got[1] != "/abs.env" {
		t.Errorf("envFile = %v", got)
	}
	// An explicit file replaces the project file and must exist.
	if _, err := Load(dir, filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("a missing explicit file should fail")
	}
}

func TestNames(t *testing.T) {
	for k, want := range map[string]string{"agentIdleTimeout": "agent-idle-timeout", "excludeCidr": "exclude-cidr", "udpIdleTimeout": "udp-idle-timeout", "dns": "dns"} {
		if got := FlagName(k); got != want {
			t.Errorf("FlagName(%q) = %q, want %q", k, got, want)
		}
	}
	if got := SectionKey("port-forward"); got != "portForward" {
		t.Errorf("SectionKey = %q", got)
	}
}

// Keys are unique within each section, inline structs included.
func TestUniqueKeys(t *testing.T) {
	var check func(reflect.Type)
	check = func(rt reflect.Type) {
		seen := map[string]bool{}
		var walk func(reflect.Type)
		walk = func(rt reflect.Type) {
			for i := range rt.NumField() {
				f := rt.Field(i)
				name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
				if f.Anonymous && opts == "inline" {
					walk(f.Type)
					continue
				}
				if seen[name] {
					t.Errorf("%s: key %q twice", rt.Name(), name)
				}
				seen[name] = true
				if f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct && f.Type.Elem() != durationType {
					check(f.Type.Elem())
				}
			}
		}
		walk(rt)
	}
	check(reflect.TypeOf(File{}))
}

// docs/schema.json is the schema generated from the types (go test ./config -update
// rewrites it).
func TestSchemaIsCurrent(t *testing.T) {
	path := filepath.Join("..", "docs", "schema.json")
	got := Schema()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./config -update)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s is out of date: run go test ./config -update", path)
	}
}
