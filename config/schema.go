package config

import (
	"encoding/json"
	"reflect"
	"strings"
)

// SchemaID is where the schema is published.
const SchemaID = "https://raw.githubusercontent.com/kube-tun/kube-tun/main/docs/schema.json"

// durationPattern matches what time.ParseDuration accepts (non-negative).
const durationPattern = `^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$|^0$`

// Schema returns the JSON schema (draft 2020-12) of File, generated from the Go types,
// indented and ending in a newline.
func Schema() []byte {
	s := objectSchema(reflect.TypeOf(File{}))
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = SchemaID
	s["title"] = "kube-tun configuration (.kube-tun.yaml, ~/.config/kube-tun/config.yaml)"
	s["description"] = "Top-level keys apply to every command that has a flag of that name; a command's section applies to that command only. Keys are flag names in camelCase."
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		panic(err) // maps of strings and slices always marshal
	}
	return append(b, '\n')
}

func objectSchema(t reflect.Type) map[string]any {
	props := map[string]any{}
	for _, f := range orderedFields(t) {
		p := typeSchema(f.typ)
		if f.help != "" {
			p["description"] = f.help
		}
		if f.enum != nil {
			p["enum"] = f.enum
		}
		props[f.name] = p
	}
	return map[string]any{"type": "object", "additionalProperties": false, "properties": props}
}

func typeSchema(t reflect.Type) map[string]any {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == durationType:
		return map[string]any{"type": "string", "pattern": durationPattern, "examples": []string{"90s", "5m"}}
	case t == portSpecType:
		return map[string]any{"type": []string{"integer", "string"}, "pattern": `^[0-9]+(:[0-9]+)?$`, "examples": []any{8080, "8080:3000"}}
	case t.Kind() == reflect.String:
		return map[string]any{"type": "string"}
	case t.Kind() == reflect.Bool:
		return map[string]any{"type": "boolean"}
	case t.Kind() == reflect.Int:
		return map[string]any{"type": "integer"}
	case t.Kind() == reflect.Slice:
		return map[string]any{"type": "array", "items": typeSchema(t.Elem())}
	case t.Kind() == reflect.Struct:
		return objectSchema(t)
	}
	panic("config: no schema for " + strings.ToLower(t.String()))
}
