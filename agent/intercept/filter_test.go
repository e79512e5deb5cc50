package intercept

import (
	"errors"
	"net/http"
	"testing"
)

func TestFilterMatch(t *testing.T) {
	h := http.Header{"X-User": {"alice"}, "X-Tenant": {"a", "b"}}
	tests := []struct {
		name           string
		headers        []string
		path, method   string
		reqMethod, req string
		want           bool
	}{
		{"header", []string{"X-User: alice"}, "", "", "GET", "/", true},
		{"header case-insensitive name", []string{"x-user: alice"}, "", "", "GET", "/", true},
		{"header regex", []string{"X-User: ^al"}, "", "", "GET", "/", true},
		{"header mismatch", []string{"X-User: ^bob$"}, "", "", "GET", "/", false},
		{"header absent", []string{"X-Missing: .*"}, "", "", "GET", "/", false},
		{"second value", []string{"X-Tenant: ^b$"}, "", "", "GET", "/", true},
		{"path", nil, "^/api/", "", "GET", "/api/x", true},
		{"path mismatch", nil, "^/api/", "", "GET", "/web", false},
		{"method", nil, "", "^GET$", "GET", "/", true},
		{"method mismatch", nil, "", "^GET$", "POST", "/", false},
		{"all", []string{"X-User: alice"}, "^/api", "GET|HEAD", "HEAD", "/api", true},
		{"all but one", []string{"X-User: alice"}, "^/api", "GET|HEAD", "HEAD", "/x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustFilter(t, tt.headers, tt.path, tt.method)
			if got := f.Match(tt.reqMethod, tt.req, h); got != tt.want {
				t.Fatalf("Match = %v, want %v (filter %s)", got, tt.want, f)
			}
		})
	}
}

func TestParseFilter(t *testing.T) {
	for _, bad := range [][]string{{"nocolon"}, {": x"}, {"X-A: ("}, {"X-A: 1", "x-a: 2"}} {
		if _, err := ParseFilter(bad, "", ""); err == nil {
			t.Errorf("ParseFilter(%q) = nil error", bad)
		}
	}
	if _, err := ParseFilter(nil, "", ""); err == nil {
		t.Error("empty filter accepted")
	}
	a := mustFilter(t, []string{"x-user: alice", "X-Tenant: t1"}, "^/api", "GET")
	b := mustFilter(t, []string{"X-Tenant:t1", "X-USER:  alice"}, "^/api", "GET")
	if a.String() != b.String() {
		t.Fatalf("equal filters have different strings: %q vs %q", a, b)
	}
	if want := "method~GET path~^/api X-Tenant~t1 X-User~alice"; a.String() != want {
		t.Fatalf("String = %q, want %q", a, want)
	}
}

func TestConflicts(t *testing.T) {
	p := NewPort(8080, failingDeliver, t.Logf)
	defer p.Close()
	add := func(id, owner string, m Mode, headers ...string) error {
		c := Claim{ID: id, Owner: owner, Mode: m, Deliver: failingDeliver}
		if m == StealFiltered && len(headers) > 0 {
			c.Filter = mustFilter(t, headers, "", "")
		}
		return p.AddClaim(c)
	}
	holder := func(err error) string {
		var ce *ConflictError
		if !errors.As(err, &ce) {
			t.Fatalf("want ConflictError, got %v", err)
		}
		return ce.Holder
	}
	if err := add("1", "alice", StealFiltered, "X-User: alice"); err != nil {
		t.Fatal(err)
	}
	if err := add("2", "bob", StealFiltered, "X-User: bob"); err != nil {
		t.Fatal(err)
	}
	if h := holder(add("3", "carol", StealFiltered, "x-user:alice")); h != "alice" {
		t.Fatalf("identical filter refused naming %q", h)
	}
	if h := holder(add("4", "carol", StealAll)); h != "alice" {
		t.Fatalf("steal-all over filters refused naming %q", h)
	}
	if err := add("5", "dave", Mirror); err != nil {
		t.Fatalf("mirror refused: %v", err)
	}
	if err := add("5", "dave", Mirror); err == nil {
		t.Fatal("duplicate id accepted")
	}
	p.RemoveClaim("1")
	p.RemoveClaim("2")
	if err := add("6", "erin", StealAll); err != nil {
		t.Fatal(err)
	}
	if h := holder(add("7", "frank", StealFiltered, "X-User: frank")); h != "erin" {
		t.Fatalf("filter over steal-all refused naming %q", h)
	}
	if h := holder(add("8", "frank", StealAll)); h != "erin" {
		t.Fatalf("second steal-all refused naming %q", h)
	}
	got := p.Claims()
	if len(got) != 2 || got[0].Owner != "dave" || got[1].Mode != StealAll {
		t.Fatalf("Claims = %+v", got)
	}
	if err := add("9", "x", StealFiltered); err == nil {
		t.Fatal("filtered steal without a condition accepted")
	}
}
