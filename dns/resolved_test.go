package dns

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestResolvedCommands(t *testing.T) {
	var got []string
	r := &Resolved{Link: "kt0", Run: func(args ...string) error {
		got = append(got, strings.Join(args, " "))
		return nil
	}}
	if err := r.Apply("198.19.0.1", []string{"ns.svc.cluster.local", "svc.cluster.local"}, []string{"cluster.local."}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"dns kt0 198.19.0.1",
		"domain kt0 ~cluster.local ns.svc.cluster.local svc.cluster.local",
		"default-route kt0 false",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("commands:\n%q\nwant\n%q", got, want)
	}
	// A failure part-way reverts the link.
	got = nil
	r.Run = func(args ...string) error {
		got = append(got, args[0])
		if args[0] == "domain" {
			return errors.New("boom")
		}
		return nil
	}
	if err := r.Apply("198.19.0.1", nil, []string{"cluster.local"}); err == nil {
		t.Fatal("want error")
	}
	if got[len(got)-1] != "revert" {
		t.Fatalf("no revert after a failure: %q", got)
	}
}
