//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Results of BenchmarkTunnel: medians, ratios, the markdown table and the JSON file.

// stat is one metric of one path (JSON: see MarshalJSON).
type stat struct {
	Median        float64
	Samples       []float64
	VsDirect      float64
	VsWireGuardGo float64
	// WGRounds are the per-round ratios to plain wireguard-go, whose median is
	// VsWireGuardGo: their spread is this machine's noise.
	WGRounds []float64
}

type benchResults struct {
	Date     string                     `json:"date"`
	Machine  string                     `json:"machine"`
	Rounds   int                        `json:"rounds"`
	Duration string                     `json:"sample_duration"`
	CC       string                     `json:"tcp_congestion_control"`
	Units    map[string]string          `json:"units"`
	Paths    map[string]map[string]stat `json:"paths"`
}

func summarize(samples map[string]map[string][]float64, rounds int, dur time.Duration) *benchResults {
	res := &benchResults{
		Date: time.Now().UTC().Format(time.RFC3339), Machine: machine(), Rounds: rounds, Duration: dur.String(), CC: congestionControl(),
		Units: map[string]string{}, Paths: map[string]map[string]stat{},
	}
	for _, m := range metrics {
		res.Units[m.key] = m.unit
	}
	ratios := func(path, ref, key string) []float64 {
		a, z := samples[path][key], samples[ref][key]
		var rs []float64
		for i := range min(len(a), len(z)) {
			if !math.IsNaN(a[i]) && !math.IsNaN(z[i]) && z[i] != 0 {
				rs = append(rs, a[i]/z[i])
			}
		}
		return rs
	}
	for path, byKey := range samples {
		res.Paths[path] = map[string]stat{}
		for key, vs := range byKey {
			s := stat{Median: median(vs), Samples: vs}
			s.VsDirect, s.VsWireGuardGo = math.NaN(), math.NaN()
			if path != pathDirect {
				s.VsDirect = median(ratios(path, pathDirect, key))
			}
			if path != pathDirect && path != pathWG {
				s.WGRounds = ratios(path, pathWG, key)
				s.VsWireGuardGo = median(s.WGRounds)
			}
			res.Paths[path][key] = s
		}
	}
	return res
}

// median of the non-NaN values (NaN if none).
func median(vs []float64) float64 {
	var ok []float64
	for _, v := range vs {
		if !math.IsNaN(v) {
			ok = append(ok, v)
		}
	}
	if len(ok) == 0 {
		return math.NaN()
	}
	slices.Sort(ok)
	if len(ok)%2 == 1 {
		return ok[len(ok)/2]
	}
	return (ok[len(ok)/2-1] + ok[len(ok)/2]) / 2
}

func machine() string {
	var uts strings.Builder
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		uts.WriteString("Linux " + strings.TrimSpace(string(b)))
	}
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.Lines(string(b)) {
			if v, ok := strings.CutPrefix(line, "model name"); ok {
				model = strings.TrimSpace(strings.TrimLeft(v, "\t :"))
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d vCPU (%s), %s", uts.String(), runtime.NumCPU(), model, runtime.Version())
}

// markdown renders the table: one row per metric, one column per path; each cell is the
// median with its ratios to direct and to plain wireguard-go.
func (r *benchResults) markdown() string {
	var present []string
	for _, p := range append(slices.Clone(benchPaths), pathKTBase, pathKTBaseS) {
		if _, ok := r.Paths[p]; ok {
			present = append(present, p)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Tunnel benchmark, %s, %s, kernel TCP congestion control %s. Medians of %d interleaved rounds (%s per throughput sample); "+
		"ratios are medians of per-round ratios: `×D` to direct, `×WG` to plain wireguard-go (with the lowest and highest round's).\n\n",
		r.Date, r.Machine, r.CC, r.Rounds, r.Duration)
	b.WriteString("| Metric |")
	for _, p := range present {
		fmt.Fprintf(&b, " %s |", p)
	}
	b.WriteString("\n|---|")
	for range present {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, m := range metrics {
		if !slices.ContainsFunc(present, func(p string) bool { _, ok := r.Paths[p][m.key]; return ok }) {
			continue
		}
		fmt.Fprintf(&b, "| %s (%s%s) |", m.label, m.unit, map[bool]string{true: ", lower is better", false: ""}[m.lower])
		for _, p := range present {
			s, ok := r.Paths[p][m.key]
			if !ok || math.IsNaN(s.Median) {
				b.WriteString(" – |")
				continue
			}
			cell := num(s.Median)
			var rs []string
			if !math.IsNaN(s.VsDirect) {
				rs = append(rs, fmt.Sprintf("%.3g×D", s.VsDirect))
			}
			if !math.IsNaN(s.VsWireGuardGo) {
				wg := fmt.Sprintf("%.2f×WG", s.VsWireGuardGo)
				if len(s.WGRounds) > 1 {
					wg += fmt.Sprintf(", rounds %.2f–%.2f", slices.Min(s.WGRounds), slices.Max(s.WGRounds))
				}
				rs = append(rs, wg)
			}
			if len(rs) > 0 {
				cell += " (" + strings.Join(rs, ", ") + ")"
			}
			fmt.Fprintf(&b, " %s |", cell)
		}
		b.WriteString("\n")
	}
	roles := []string{"client", "tunnel-laptop", "tunnel-remote", "server"}
	header := false
	for _, dir := range []string{"up1", "down1"} {
		for _, p := range present {
			if _, ok := r.Paths[p]["cpu-"+dir]; !ok {
				continue
			}
			if !header {
				b.WriteString("\nCPU seconds per GB by process, 1 stream (client/server: ktbench; tunnel-laptop: " +
					"wgplain or `kube-tun up`; tunnel-remote: wgplain or the agent):\n\n" +
					"| Path | Direction | client | tunnel-laptop | tunnel-remote | server | total |\n|---|---|---|---|---|---|---|\n")
				header = true
			}
			fmt.Fprintf(&b, "| %s | %s |", p, dir)
			for _, role := range append(roles, "") {
				key := "cpu-" + dir
				if role != "" {
					key += "-" + role
				}
				if st, ok := r.Paths[p][key]; ok && !math.IsNaN(st.Median) {
					fmt.Fprintf(&b, " %.2f |", st.Median)
				} else {
					b.WriteString(" – |")
				}
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func num(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}

// write stores bench-results.md and .json in $KUBETUN_BENCH_OUT (or a new temporary
// directory) and prints the table and where they are.
func (r *benchResults) write() error {
	dir := os.Getenv("KUBETUN_BENCH_OUT")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "kube-tun-bench-"); err != nil {
			return fmt.Errorf("bench output: %w", err)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("bench output: %w", err)
	}
	j, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode bench results: %w", err)
	}
	md := r.markdown()
	if err := os.WriteFile(filepath.Join(dir, "bench-results.json"), append(j, '\n'), 0o644); err != nil {
		return fmt.Errorf("write bench results: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bench-results.md"), []byte(md), 0o644); err != nil {
		return fmt.Errorf("write bench results: %w", err)
	}
	fmt.Printf("\n%s\nwrote %s and %s\n", md, filepath.Join(dir, "bench-results.md"), filepath.Join(dir, "bench-results.json"))
	return nil
}

// MarshalJSON writes s with null for each value that is NaN (a failed sample or no
// ratio), which JSON cannot hold; benchResults goes through encoding/json as it is.
func (s stat) MarshalJSON() ([]byte, error) {
	fix := func(v float64) *float64 {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		return &v
	}
	fixAll := func(vs []float64) []*float64 {
		var out []*float64
		for _, v := range vs {
			out = append(out, fix(v))
		}
		return out
	}
	return json.Marshal(struct {
		Median        *float64   `json:"median"`
		Samples       []*float64 `json:"samples"`
		VsDirect      *float64   `json:"ratio_to_direct,omitempty"`
		VsWireGuardGo *float64   `json:"ratio_to_wireguard_go,omitempty"`
		WGRounds      []*float64 `json:"rounds_to_wireguard_go,omitempty"`
	}{fix(s.Median), fixAll(s.Samples), fix(s.VsDirect), fix(s.VsWireGuardGo), fixAll(s.WGRounds)})
}
