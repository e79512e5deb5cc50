package intercept

import (
	"errors"
	"fmt"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
)

// Filter selects HTTP requests. Every set condition must hold. Regular expressions are
// unanchored (Go's MatchString); anchor them with ^ and $ to match whole values.
type Filter struct {
	// Headers maps a header name to a regular expression one of its values must match.
	// Names are case-insensitive.
	Headers map[string]*regexp.Regexp
	// Path matches the request path as sent, without the query.
	Path *regexp.Regexp
	// Method matches the request method.
	Method *regexp.Regexp
}

// IsZero reports whether f has no condition.
func (f Filter) IsZero() bool { return len(f.Headers) == 0 && f.Path == nil && f.Method == nil }

// String is a canonical form: two filters with equal strings select the same requests.
func (f Filter) String() string {
	var parts []string
	if f.Method != nil {
		parts = append(parts, "method~"+f.Method.String())
	}
	if f.Path != nil {
		parts = append(parts, "path~"+f.Path.String())
	}
	names := make([]string, 0, len(f.Headers))
	for k := range f.Headers {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(textproto.CanonicalMIMEHeaderKey(a), textproto.CanonicalMIMEHeaderKey(b))
	})
	for _, k := range names {
		parts = append(parts, textproto.CanonicalMIMEHeaderKey(k)+"~"+f.Headers[k].String())
	}
	return strings.Join(parts, " ")
}

// headerGetter gives the values of a header by canonical name (http.Header and our
// parsed heads implement it).
type headerGetter interface {
	Values(key string) []string
}

// Match reports whether a request with this method, path and header matches f.
func (f Filter) Match(method, path string, h headerGetter) bool {
	if f.Method != nil && !f.Method.MatchString(method) {
		return false
	}
	if f.Path != nil && !f.Path.MatchString(path) {
		return false
	}
	for k, re := range f.Headers {
		if !slices.ContainsFunc(h.Values(textproto.CanonicalMIMEHeaderKey(k)), re.MatchString) {
			return false
		}
	}
	return true
}

// ParseHeader parses a CLI header filter of the form "Name: regexp".
func ParseHeader(s string) (string, *regexp.Regexp, error) {
	name, val, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.ContainsAny(name, " \t") {
		return "", nil, fmt.Errorf("parse header filter %q: want \"Name: regexp\"", s)
	}
	re, err := regexp.Compile(strings.TrimSpace(val))
	if err != nil {
		return "", nil, fmt.Errorf("parse header filter %q: %w", s, err)
	}
	return textproto.CanonicalMIMEHeaderKey(name), re, nil
}

// ParseFilter builds a Filter from CLI forms: headers like "X-User: alice", and path and
// method regular expressions (empty means any). The result must have a condition.
func ParseFilter(headers []string, path, method string) (Filter, error) {
	var f Filter
	for _, h := range headers {
		name, re, err := ParseHeader(h)
		if err != nil {
			return Filter{}, err
		}
		if f.Headers == nil {
			f.Headers = map[string]*regexp.Regexp{}
		}
		if _, dup := f.Headers[name]; dup {
			return Filter{}, fmt.Errorf("parse filter: header %s given twice", name)
		}
		f.Headers[name] = re
	}
	var err error
	if path != "" {
		if f.Path, err = regexp.Compile(path); err != nil {
			return Filter{}, fmt.Errorf("parse path filter: %w", err)
		}
	}
	if method != "" {
		if f.Method, err = regexp.Compile(method); err != nil {
			return Filter{}, fmt.Errorf("parse method filter: %w", err)
		}
	}
	if f.IsZero() {
		return Filter{}, errors.New("parse filter: no condition (use a whole-port steal instead)")
	}
	return f, nil
}
