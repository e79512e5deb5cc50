package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress prints named steps with their durations, plain text so that logs and CI read
// the same as a terminal.
type progress struct {
	w io.Writer
}

func newProgress(w io.Writer) *progress { return &progress{w: w} }

// step runs f and prints its outcome with the time it took. detail may be set by f.
func (p *progress) step(name string, f func() (detail string, err error)) error {
	start := time.Now()
	detail, err := f()
	d := time.Since(start)
	if err != nil {
		fmt.Fprintf(p.w, "✗ %s (%s)\n", name, fmtDuration(d))
		return err
	}
	if detail != "" {
		fmt.Fprintf(p.w, "✓ %s: %s (%s)\n", name, detail, fmtDuration(d))
	} else {
		fmt.Fprintf(p.w, "✓ %s (%s)\n", name, fmtDuration(d))
	}
	if f, ok := p.w.(*os.File); ok {
		_ = f.Sync()
	}
	return nil
}

func (p *progress) printf(format string, args ...any) { fmt.Fprintf(p.w, format, args...) }

func fmtDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return d.Round(time.Microsecond).String()
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	}
	return d.Round(10 * time.Millisecond).String()
}
