package main

import "testing"

func TestParseForwardSpec(t *testing.T) {
	for in, want := range map[string]forwardSpec{
		"8080":        {8080, 8080, "tcp"},
		"3000:8080":   {3000, 8080, "tcp"},
		"5353:53/udp": {5353, 53, "udp"},
		"9000/UDP":    {9000, 9000, "udp"},
		":5432":       {0, 5432, "tcp"},
		"0:5432/tcp":  {0, 5432, "tcp"},
	} {
		got, err := parseForwardSpec(in)
		if err != nil || got != want {
			t.Errorf("parseForwardSpec(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "x", "0", "8080/sctp", "a:80", "80:70000", "1:2:3"} {
		if _, err := parseForwardSpec(bad); err == nil {
			t.Errorf("parseForwardSpec(%q) should fail", bad)
		}
	}
}
