package agent_test

import (
	"io"
	"log/slog"
	"net/netip"
	"os"
)

func mustAddrPort(s string) netip.AddrPort { return netip.MustParseAddrPort(s) }

func testLogger() *slog.Logger {
	if os.Getenv("KT_DEBUG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}
