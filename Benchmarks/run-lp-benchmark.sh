#!/usr/bin/env bash
# Runs the LP benchmark: builds gridplan-bench in release, builds the synthetic hourly dispatch LP
# (HOURS hours, default 8760), writes it as MPS, solves it with GridPlan's staged interior-point solver and with
# HiGHS (dual simplex and IPM, one thread each), then solves the MPS file again with GridPlan in a fresh process for
# a fair peak-memory figure, and prints the table. See Benchmarks/README.md. Not part of `make test`.
#
# Usage: Benchmarks/run-lp-benchmark.sh [extra gridplan-bench lp options, e.g. --skip-highs]
# Environment: HOURS (8760), SEED (1), OUT (Benchmarks/out), FRESH_RSS (1: also run --solve-only; 0: skip it).
set -euo pipefail
cd "$(dirname "$0")/.."

HOURS=${HOURS:-8760}
SEED=${SEED:-1}
OUT=${OUT:-Benchmarks/out}
FRESH_RSS=${FRESH_RSS:-1}

swift build -c release --product gridplan-bench
BIN="$(swift build -c release --show-bin-path)/gridplan-bench"

"$BIN" lp --hours "$HOURS" --seed "$SEED" --out "$OUT" "$@"

MPS="$OUT/synthetic-${HOURS}h.mps"
if [ "$FRESH_RSS" = 1 ]; then
  echo
  echo "GridPlan alone in a fresh process (peak RSS without the LP build and MPS write):"
  "$BIN" lp --solve-only "$MPS" | tee "$OUT/synthetic-${HOURS}h.solve-only.txt"
fi

echo
echo "=== Results ($OUT/synthetic-${HOURS}h.md) ==="
cat "$OUT/synthetic-${HOURS}h.md"
if [ "$FRESH_RSS" = 1 ]; then
  echo
  grep '^| GridPlan' "$OUT/synthetic-${HOURS}h.solve-only.txt" || true
fi
