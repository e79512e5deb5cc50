package config

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	yaml "go.yaml.in/yaml/v3"
)

// Error is one problem in a configuration file, with where it is.
type Error struct {
	File   string // path, "" when parsed from bytes without a name
	Line   int    // 1-based; 0 when unknown
	Column int
	Key    string // dotted path of the key, e.g. "up.transport"
	Msg    string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File + ":")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, "%d:", e.Column)
		}
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors are every problem found in one file.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Parse decodes and validates a configuration file. name is used in errors only. All
// problems are reported (as Errors), each with its line and key.
func Parse(name string, data []byte) (*File, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg, line := strings.TrimPrefix(err.Error(), "yaml: "), 0
		if _, serr := fmt.Sscanf(msg, "line %d:", &line); serr == nil {
			_, msg, _ = strings.Cut(msg, ": ")
		}
		return nil, Errors{{File: name, Line: line, Msg: "not valid YAML: " + msg}}
	}
	f := &File{}
	if len(doc.Content) == 0 { // empty file
		return f, nil
	}
	d := &decoder{file: name}
	d.value(doc.Content[0], reflect.ValueOf(f).Elem(), "")
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	return f, nil
}

type decoder struct {
	file string
	errs Errors
}

func (d *decoder) errorf(n *yaml.Node, key, format string, args ...any) {
	d.errs = append(d.errs, &Error{File: d.file, Line: n.Line, Column: n.Column, Key: key, Msg: fmt.Sprintf(format, args...)})
}

var (
	durationType = reflect.TypeOf(Duration{})
	portSpecType = reflect.TypeOf(PortSpec(""))
)

// value decodes n into v, checking the node kind and scalar type against v's Go type.
func (d *decoder) value(n *yaml.Node, v reflect.Value, key string) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // key: (nothing) leaves the default
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Pointer:
		e := reflect.New(t.Elem())
		d.value(n, e.Elem(), key)
		v.Set(e)
	case t == durationType:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
			d.errorf(n, key, "want a duration like \"90s\" or \"5m\", got %s", describe(n))
			return
		}
		dur, err := time.ParseDuration(n.Value)
		if err != nil || dur < 0 {
			d.errorf(n, key, "want a duration like \"90s\" or \"5m\", got %q", n.Value)
			return
		}
		v.Set(reflect.ValueOf(Duration{dur}))
	case t == portSpecType:
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!str" && n.Tag != "!!int") {
			d.errorf(n, key, "want a port like 8080 or \"8080:3000\", got %s", describe(n))
			return
		}
		v.SetString(n.Value)
	case t.Kind() == reflect.String:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
			d.errorf(n, key, "want a string, got %s", describe(n))
			return
		}
		v.SetString(n.Value)
	case t.Kind() == reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.errorf(n, key, "want true or false, got %s", describe(n))
			return
		}
		v.SetBool(n.Value == "true")
	case t.Kind() == reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
			d.errorf(n, key, "want a whole number, got %s", describe(n))
			return
		}
		v.SetInt(int64(i))
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		if n.Kind != yaml.SequenceNode {
			d.errorf(n, key, "want a list of strings, got %s", describe(n))
			return
		}
		out := reflect.MakeSlice(t, 0, len(n.Content))
		for i, item := range n.Content {
			e := reflect.New(t.Elem()).Elem()
			d.value(item, e, fmt.Sprintf("%s[%d]", key, i))
			out = reflect.Append(out, e)
		}
		v.Set(out)
	case t.Kind() == reflect.Struct:
		d.object(n, v, key)
	default:
		d.errorf(n, key, "internal: unsupported type %s", t)
	}
}

func (d *decoder) object(n *yaml.Node, v reflect.Value, key string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, key, "want a mapping of keys, got %s", describe(n))
		return
	}
	fields := fieldsOf(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		path := joinKey(key, k.Value)
		f, ok := fields[k.Value]
		if !ok {
			d.errorf(k, path, "unknown key%s", suggest(k.Value, fields))
			continue
		}
		if seen[k.Value] {
			d.errorf(k, path, "key given twice")
			continue
		}
		seen[k.Value] = true
		fv := v.FieldByIndex(f.index)
		d.value(val, fv, path)
		if f.enum != nil && fv.Kind() == reflect.String && fv.String() != "" && !slices.Contains(f.enum, fv.String()) {
			d.errorf(val, path, "%q is not one of %s", fv.String(), strings.Join(f.enum, ", "))
		}
	}
}

func joinKey(parent, k string) string {
	if parent == "" {
		return k
	}
	return parent + "." + k
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	kind := map[string]string{"!!int": "a number", "!!float": "a number", "!!bool": "a boolean", "!!str": "a string"}[n.Tag]
	if kind == "" {
		kind = n.Tag
	}
	return fmt.Sprintf("%s (%s)", kind, n.Value)
}

// suggest names the closest known key, or lists them.
func suggest(k string, fields map[string]field) string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	best, bestD := "", 3
	for _, n := range names {
		if dd := distance(strings.ToLower(k), strings.ToLower(n)); dd < bestD {
			best, bestD = n, dd
		}
	}
	if best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return " (known keys: " + strings.Join(names, ", ") + ")"
}

// distance is the Levenshtein distance.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// field is one key of a configuration struct, inline structs flattened.
type field struct {
	name  string
	index []int
	typ   reflect.Type
	help  string
	enum  []string
	path  bool // a local file: relative to the configuration file's directory
}

// fieldsOf lists the keys of struct type t by name.
func fieldsOf(t reflect.Type) map[string]field {
	out := map[string]field{}
	for _, f := range orderedFields(t) {
		out[f.name] = f
	}
	return out
}

// orderedFields lists the keys of t in declaration order, inline structs flattened (the
// first of two keys with one name wins; a test keeps names unique).
func orderedFields(t reflect.Type) []field {
	var out []field
	seen := map[string]bool{}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
			idx := append(append([]int(nil), index...), i)
			if sf.Anonymous && opts == "inline" {
				walk(sf.Type, idx)
				continue
			}
			if name == "" || name == "-" || seen[name] {
				continue
			}
			seen[name] = true
			f := field{name: name, index: idx, typ: sf.Type, help: sf.Tag.Get("help"), path: sf.Tag.Get("path") != ""}
			if e := sf.Tag.Get("enum"); e != "" {
				f.enum = strings.Split(e, ",")
			}
			out = append(out, f)
		}
	}
	walk(t, nil)
	return out
}
