#!/usr/bin/env bash
# The default full-year dispatch study end to end (`gridplan run` on Networks/inner-mongolia): wall time and peak
# memory of the whole process (read, build, solve, write), measured with GNU time. Not part of `make test`.
#
# Usage: Benchmarks/run-study-benchmark.sh [extra gridplan run options, e.g. --hours 720]
# Environment: NETWORK (Networks/inner-mongolia), RUNS (3: the best and the median of RUNS runs are shown).
set -euo pipefail
cd "$(dirname "$0")/.."
NETWORK=${NETWORK:-Networks/inner-mongolia}
RUNS=${RUNS:-3}
OUT=${OUT:-Benchmarks/out/study}
mkdir -p "$OUT"
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

swift build -c release --product gridplan >/dev/null
BIN="$(swift build -c release --show-bin-path)/gridplan"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "network: $NETWORK $*"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "%e %M" -o "$OUT/time-$i.txt" "$BIN" run "$NETWORK" --out "$OUT/results" "$@" > "$OUT/run-$i.txt"
  read -r wall rss < "$OUT/time-$i.txt"
  solver=$(grep '^solver:' "$OUT/run-$i.txt" | sed 's/^solver: *//')
  printf 'run %d: %6.2f s wall, %5d MB peak RSS; %s\n' "$i" "$wall" "$((rss / 1024))" "$solver"
done
cat "$OUT"/time-*.txt | sort -n | awk -v n="$RUNS" '
  { w[NR] = $1; if ($2 > m) m = $2 }
  END { printf "best %.2f s, median %.2f s wall; peak RSS %d MB (largest over the runs)\n", w[1], w[int((n + 1) / 2)],
        m / 1024 }'
