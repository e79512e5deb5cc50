#!/usr/bin/env bash
# A short run of every fuzz target (make fuzz). A target that finds a failing input fails
# the run: Go saves the input under the package's testdata/fuzz, and its output is shown in
# full. A run that fails without saving an input (the fuzzing engine itself gave up, e.g. a
# worker starved on a loaded machine) is shown in full and retried once, except Go's
# deadline race below, which ends a run that found nothing.
set -uo pipefail
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-8s}
targets=(
  ./dns:FuzzResolve ./agent:FuzzClaimDecode ./agent:FuzzRegister ./tun/bind:FuzzFrameReader
  ./agent/intercept:FuzzParseRequest ./agent/intercept:FuzzChunked ./agent/intercept:FuzzServeConn
  ./netstack:FuzzClearInnerPSH
)
for t in "${targets[@]}"; do
  pkg=${t%%:*} fn=${t##*:}
  corpus="$pkg/testdata/fuzz/$fn"
  for attempt in 1 2; do
    echo "fuzz $pkg $fn ($FUZZTIME)"
    before=$(ls "$corpus" 2>/dev/null | sort)
    # -fuzzminimizetime 0s: no minimizing of new inputs. A short run that ends while the
    # engine minimizes one fails with "context deadline exceeded" (a Go fuzzing issue); a
    # failing input is still saved, just not minimized.
    if out=$("$GO" test -run '^$' -fuzz "^$fn\$" -fuzztime "$FUZZTIME" -fuzzminimizetime 0s "$pkg" 2>&1); then
      echo "$out" | tail -1
      break
    fi
    echo "$out"
    after=$(ls "$corpus" 2>/dev/null | sort)
    if [ "$before" != "$after" ]; then
      echo "fuzz $pkg $fn: found a failing input, saved in $corpus:"
      comm -13 <(echo "$before") <(echo "$after")
      exit 1
    fi
    # Go before 1.27 can end a duration -fuzztime with a bare "context deadline exceeded"
    # when the deadline races a worker's last execution (go.dev/issue/75804); a failing
    # input is always saved, and none was, so that ending is the deadline, not a find.
    if [ "$(echo "$out" | grep -c -- '--- FAIL')" = 1 ] && echo "$out" | grep -qx '    context deadline exceeded'; then
      echo "fuzz $pkg $fn: ended by Go's fuzztime deadline race (go.dev/issue/75804) with no failing input: passed"
      break
    fi
    if [ "$attempt" = 2 ]; then
      echo "fuzz $pkg $fn: failed twice without a failing input"
      exit 1
    fi
    echo "fuzz $pkg $fn: the fuzzing engine failed without a failing input; retrying once"
  done
done
