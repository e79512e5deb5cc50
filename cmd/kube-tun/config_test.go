package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kube-tun/kube-tun/config"
)

// Every flag of every command can be set in the configuration file: a top-level key or
// the command's section has a key whose flag name is the flag's.
func TestConfigCoversEveryFlag(t *testing.T) {
	root := newRootCmd()
	top := keysOf(reflect.TypeOf(config.File{}))
	notConfigurable := map[string]bool{"help": true, "config": true, "daemonized": true}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || skipConfig(c) && c != root {
			return
		}
		if c.HasParent() && c.Runnable() {
			section := sectionKeys(topName(c))
			c.Flags().VisitAll(func(f *pflag.Flag) {
				if f.Hidden || notConfigurable[f.Name] {
					return
				}
				if !section[f.Name] && !top[f.Name] {
					t.Errorf("kube-tun %s --%s has no configuration key: add %q to config.%s",
						strings.TrimPrefix(c.CommandPath(), "kube-tun "), f.Name, camel(f.Name), config.SectionKey(topName(c)))
				}
			})
			c.InheritedFlags().VisitAll(func(f *pflag.Flag) {
				if !notConfigurable[f.Name] && !section[f.Name] && !top[f.Name] {
					t.Errorf("global --%s has no configuration key", f.Name)
				}
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func camel(flag string) string { return config.SectionKey(flag) }

func keysOf(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && opts == "inline" {
			for k := range keysOf(f.Type) {
				out[k] = true
			}
			continue
		}
		if f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct && f.Type.Elem() != reflect.TypeOf(config.Duration{}) {
			continue // a section
		}
		out[config.FlagName(name)] = true
	}
	return out
}

func sectionKeys(command string) map[string]bool {
	f, ok := reflect.TypeOf(config.File{}).FieldByNameFunc(func(n string) bool {
		return strings.EqualFold(n, config.SectionKey(command))
	})
	if !ok {
		return map[string]bool{}
	}
	return keysOf(f.Type.Elem())
}

// execute runs kube-tun with args in dir (its own config files only) and returns the
// output and error.
func execute(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	t.Chdir(dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, ".xdg"))
	t.Setenv("KUBETUN_CONFIG", "")
	t.Setenv("KUBETUN_STATE_DIR", filepath.Join(dir, ".state"))
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The project file (found from a subdirectory) sets flags the command line did not.
func TestConfigAppliedToFlags(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".kube-tun.yaml"), "status:\n  output: json\n")
	sub := filepath.Join(dir, "src", "pkg")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := execute(t, sub, "status")
	if err != nil || !strings.Contains(out, `"connected": false`) {
		t.Errorf("status with output: json in the project file: %v\n%s", err, out)
	}
	out, err = execute(t, sub, "status", "-o", "text")
	if err != nil || !strings.HasPrefix(out, "Not connected") {
		t.Errorf("the command line should win over the file: %v\n%s", err, out)
	}
	// The user's file applies too, below the project's.
	writeFile(t, filepath.Join(dir, ".xdg", "kube-tun", "config.yaml"), "status:\n  output: yaml\n")
	if out, err = execute(t, sub, "status"); err != nil || !strings.Contains(out, `"connected"`) {
		t.Errorf("the project file should win over the user's: %v\n%s", err, out)
	}
}

func TestConfigErrorsStopCommands(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".kube-tun.yaml"), "namespace: x\nstatus:\n  outptu: json\n")
	_, err := execute(t, dir, "status")
	if err == nil || exitCode(err) != exitConfig || !strings.Contains(formatError(err), `.kube-tun.yaml:3:3: status.outptu: unknown key (did you mean "output"?)`) {
		t.Fatalf("want a config error naming line and key, got %v", err)
	}
	// config validate reports the same, exit 3; --config /dev/null skips the file.
	out, err := execute(t, dir, "config", "validate")
	if exitCode(err) != exitConfig || !strings.Contains(out, "3:3: status.outptu") {
		t.Errorf("config validate: %v\n%s", err, out)
	}
	if out, err := execute(t, dir, "--config", "/dev/null", "status"); err != nil || !strings.HasPrefix(out, "Not connected") {
		t.Errorf("--config /dev/null: %v\n%s", err, out)
	}
}

func TestConfigSchemaCommand(t *testing.T) {
	out, err := execute(t, t.TempDir(), "config", "schema")
	if err != nil || out != string(config.Schema()) {
		t.Errorf("config schema: %v", err)
	}
}

func TestConfigView(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".kube-tun.yaml"), "namespace: shop\nsteal:\n  port: 8080\n  header: [\"X-User: a\"]\n")
	out, err := execute(t, dir, "config", "view", "steal")
	for _, want := range []string{"--namespace=shop", "--port=8080", "--header=[X-User: a]", "steal.port"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("config view steal: want %q: %v\n%s", want, err, out)
		}
	}
}
