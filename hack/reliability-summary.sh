#!/usr/bin/env bash
# reliability-summary.sh [LOG]: the "FIGURE group/name=value" lines of a `go test -v` log
# (stdin if no LOG) as one table per group: `make reliability` prints it at the end. A
# figure measured more than once (go test -count N) lists every run's value.
# The older crash tests log sentences; those are turned into figures here too.
set -euo pipefail
log=$(cat "${1:-/dev/stdin}")
{
	grep -o 'FIGURE [^ ]*=[^ ]*' <<<"$log" | sed 's/^FIGURE //' || true
	sed -n \
		-e 's/.*went back to the app \([0-9.]*\)s after kill -9 (\([0-9]*\) failed.*/client-kill9\/recover_s=\1\nclient-kill9\/failed=\2/p' \
		-e 's/.*claims were removed from every agent \([0-9.]*\)s after kill -9.*/client-kill9\/claims_removed_s=\1/p' \
		-e 's/.*pod served its own traffic \([0-9.]*\)s after kill -9 of the agent.*/agent-kill9\/recover_s=\1/p' \
		-e 's/.*link down: the app answered the stolen requests \([0-9.]*\)s after the cut (\([0-9]*\) failed).*/link-cut-30s\/recover_s=\1\nlink-cut-30s\/failed=\2/p' \
		-e 's/.*up session resumed \([0-9.]*\)s after the link came back.*/link-cut-30s\/up_resumed_s=\1/p' \
		-e 's/.*steal resumed \([0-9.]*\)s after the link came back.*/link-cut-30s\/steal_resumed_s=\1/p' \
		<<<"$log"
} | awk -F'[/=]' '
	NF >= 3 {
		g = $1; k = $2; v = $3
		if (!(g in seen)) { seen[g] = 1; groups[++n] = g }
		if (!((g, k) in val)) { keys[g] = keys[g] SUBSEP k; val[g, k] = v } else val[g, k] = val[g, k] "  " v
	}
	END {
		if (n == 0) { print "no FIGURE lines found"; exit 1 }
		for (i = 1; i <= n; i++) {
			g = groups[i]
			printf "\n%s\n", g
			m = split(substr(keys[g], 2), ks, SUBSEP)
			for (j = 1; j <= m; j++) printf "  %-28s %s\n", ks[j], val[g, ks[j]]
		}
	}'
