#!/usr/bin/env bash
# reliability-summary.sh [LOG]: the "FIGURE group/name=value" lines of a `go test -v` log
# (stdin if no LOG) as one table per group: `make reliability` prints it at the end.
set -euo pipefail
grep -ho 'FIGURE [^ ]*=[^ ]*' "${1:-/dev/stdin}" | sed 's/^FIGURE //' | awk -F'[/=]' '
	NF >= 3 {
		g = $1; k = $2; v = $3
		if (!(g in seen)) { seen[g] = 1; groups[++n] = g }
		if (!((g, k) in val)) { keys[g] = keys[g] SUBSEP k }
		val[g, k] = v
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
