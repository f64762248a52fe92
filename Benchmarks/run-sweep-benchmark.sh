#!/usr/bin/env bash
# A 20-point full-year storage sweep on the default network, run twice: pinned to one core (taskset -c 0,
# --jobs 1) and on all cores (--jobs = cores). Prints the per-point time of each and the throughput ratio.
# Not part of `make test` (it takes about 15 minutes on 2 cores).
#
# Environment: HOURS (8760), POINTS grid: 5 powers x 2 durations x 2 groups = 20 points.
set -euo pipefail
cd "$(dirname "$0")/.."
HOURS=${HOURS:-8760}
OUT=${OUT:-Benchmarks/out/sweep}
CORES=$(nproc)
swift build -c release --product gridplan >/dev/null
BIN="$(swift build -c release --show-bin-path)/gridplan"
ARGS=(--at ORD --at XLG,ULQ --power 0,1000,2000,4000,8000 --duration 2,4 --hours "$HOURS" -q)
rm -rf "$OUT"
mkdir -p "$OUT"
run() {  # name, then the command
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$OUT/$name.txt"
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
one=$(run one-core taskset -c 0 "$BIN" sweep "${ARGS[@]}" --jobs 1 --out "$OUT/one-core")
all=$(run all-cores "$BIN" sweep "${ARGS[@]}" --jobs "$CORES" --out "$OUT/all-cores")
cmp -s "$OUT/one-core/sweep.csv" "$OUT/all-cores/sweep.csv" && same="identical" || same="DIFFERENT"
printf 'hours %s, 20 points\n' "$HOURS"
printf 'one core (taskset -c 0, --jobs 1): %8.1f s, %6.1f s per point\n' "$one" "$(echo "$one / 20" | bc -l)"
printf '%d cores (--jobs %d):               %8.1f s, %6.1f s per point\n' "$CORES" "$CORES" "$all" "$(echo "$all / 20" | bc -l)"
printf 'throughput ratio: %.2f; tables %s\n' "$(echo "$one / $all" | bc -l)" "$same"
