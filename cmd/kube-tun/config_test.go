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

var _ = bytes.NewBuffer
var _ = os.Getwd
var _ = filepath.Join
