package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
)

// ProjectFile is the per-project file's name, found by walking up from the working
// directory.
const ProjectFile = ".kube-tun.yaml"

// Source is one loaded file.
type Source struct {
	Path string
	File *File
}

// Loaded is the configuration in effect: the user's file, then the project's (more
// specific, so it wins).
type Loaded struct {
	Sources []Source // least specific first; only files that exist
}

// UserPath is the per-user file: $XDG_CONFIG_HOME/kube-tun/config.yaml, else
// ~/.config/kube-tun/config.yaml. Under sudo it is the invoking user's file.
func UserPath() string {
	if d := os.Getenv("XDG_CONFIG_HOME"); d != "" {
		return filepath.Join(d, "kube-tun", "config.yaml")
	}
	home, _ := os.UserHomeDir()
	if su := os.Getenv("SUDO_USER"); su != "" && os.Geteuid() == 0 {
		if u, err := user.Lookup(su); err == nil {
			home = u.HomeDir
		}
	}
	if home == "" {
		return ""
	}
	return filepath.Join(home, ".config", "kube-tun", "config.yaml")
}

// FindProject walks up from dir to the file system root and returns the first
// ProjectFile, or "" if there is none.
func FindProject(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, ProjectFile)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// ReadFile reads and validates one file.
func ReadFile(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, b)
}

// Load reads the user's file and the project file. explicit, if set, replaces the
// project file search (--config, $KUBETUN_CONFIG) and must exist.
func Load(dir, explicit string) (*Loaded, error) {
	l := &Loaded{}
	paths := []string{UserPath()}
	if explicit != "" {
		paths = append(paths, explicit)
	} else {
		paths = append(paths, FindProject(dir))
	}
	for i, p := range paths {
		if p == "" {
			continue
		}
		f, err := ReadFile(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && (i == 0 || explicit == "") {
				continue
			}
			return nil, err
		}
		l.Sources = append(l.Sources, Source{Path: p, File: f})
	}
	return l, nil
}

// Value is a flag value from a file.
type Value struct {
	Flag   string   // the flag's name, e.g. "agent-image"
	Values []string // one for scalars; lists may have several (or none: an empty list)
	List   bool
	Source string // file and key, e.g. "/src/.kube-tun.yaml: up.transport"
}

// FlagValues returns the values the files set for command (its name as on the command
// line, e.g. "port-forward"), keyed by flag name: top-level keys, then the command's
// section, in each file, least specific file first, later ones winning.
func (l *Loaded) FlagValues(command string) map[string]Value {
	out := map[string]Value{}
	for _, s := range l.Sources {
		v := reflect.ValueOf(s.File).Elem()
		collect(v, "", s.Path, out, true)
		if sec := section(v, command); sec.IsValid() {
			collect(sec, SectionKey(command)+".", s.Path, out, false)
		}
	}
	return out
}

// SectionKey is a command's section name: "port-forward" → "portForward".
func SectionKey(command string) string {
	parts := strings.Split(command, "-")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// FlagName is a key's flag: "agentIdleTimeout" → "agent-idle-timeout".
func FlagName(key string) string {
	var b strings.Builder
	for _, r := range key {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('-')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func section(file reflect.Value, command string) reflect.Value {
	f, ok := fieldsOf(file.Type())[SectionKey(command)]
	if !ok || f.typ.Kind() != reflect.Pointer || f.typ.Elem().Kind() != reflect.Struct {
		return reflect.Value{}
	}
	p := file.FieldByIndex(f.index)
	if p.IsNil() {
		return reflect.Value{}
	}
	return p.Elem()
}

// collect adds every set key of struct v (sections skipped when top is set).
func collect(v reflect.Value, prefix, path string, out map[string]Value, top bool) {
	for _, f := range orderedFields(v.Type()) {
		fv := v.FieldByIndex(f.index)
		if top && f.typ.Kind() == reflect.Pointer && f.typ.Elem().Kind() == reflect.Struct && f.typ.Elem() != durationType {
			continue // a command section
		}
		vals, list, set := stringsOf(fv)
		if !set {
			continue
		}
		if f.path {
			for i, v := range vals {
				if v != "" && !filepath.IsAbs(v) && !strings.HasPrefix(v, "~") {
					vals[i] = filepath.Join(filepath.Dir(path), v)
				}
			}
		}
		out[FlagName(f.name)] = Value{Flag: FlagName(f.name), Values: vals, List: list, Source: path + ": " + prefix + f.name}
	}
}

func stringsOf(v reflect.Value) (vals []string, list, set bool) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil, false, false
		}
		v = v.Elem()
	}
	switch {
	case v.Type() == durationType:
		return []string{v.Interface().(Duration).String()}, false, true
	case v.Kind() == reflect.String:
		return []string{v.String()}, false, v.String() != ""
	case v.Kind() == reflect.Bool:
		return []string{strconv.FormatBool(v.Bool())}, false, true
	case v.Kind() == reflect.Int:
		return []string{strconv.Itoa(int(v.Int()))}, false, true
	case v.Kind() == reflect.Slice:
		if v.IsNil() {
			return nil, true, false
		}
		for i := range v.Len() {
			vals = append(vals, v.Index(i).String())
		}
		return vals, true, true
	}
	return nil, false, false
}
