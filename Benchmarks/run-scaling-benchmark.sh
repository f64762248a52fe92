#!/usr/bin/env bash
# How GridPlan's time grows with the network: synthetic meshed networks of increasing size (Benchmarks/
# scaling_network.py, built in PyPSA 1.4 with a fixed seed), imported with `gridplan import --format pypsa` and
# solved end to end by `gridplan run` and by PyPSA + HiGHS (dual simplex, IPM and HiPO, one thread each, through
# Scripts/pypsa_optimize.py). Wall time and peak memory of each process by GNU time. Not part of `make test`.
#
# Usage: Benchmarks/run-scaling-benchmark.sh
# Environment: BUSES ("15 30 60 120 240 480"), HOURS ("168 720"), SOLVERS ("simplex ipm hipo"; "" for GridPlan
#   alone), SEED (1), TIMEOUT (1800 s per PyPSA run; a run past it is reported as a lower bound), OUT
#   (Benchmarks/out/scaling). Each finished run is kept: a second invocation skips what OUT already holds.
# Prints the table of Benchmarks/scaling_table.py (also OUT/table.md).
set -euo pipefail
cd "$(dirname "$0")/.."
BUSES=${BUSES:-"15 30 60 120 240 480"}
HOURS=${HOURS:-"168 720"}
SOLVERS=${SOLVERS-"simplex ipm hipo"}
SEED=${SEED:-1}
TIMEOUT=${TIMEOUT:-1800}
OUT=${OUT:-Benchmarks/out/scaling}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
if [ ! -x /usr/bin/time ]; then
  echo "Installing GNU time (apt)" >&2
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time
fi
make -s deps-bench >&2
PY=.venv/bin/python
swift build -c release --product gridplan >&2
GRIDPLAN="$(swift build -c release --show-bin-path)/gridplan"
mkdir -p "$OUT"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" > "$OUT/machine.txt"

for hours in $HOURS; do
  for buses in $BUSES; do
    case="$OUT/n$buses-h$hours"
    mkdir -p "$case"
    if [ ! -f "$case/network.json" ]; then
      echo "building $buses buses, $hours h" >&2
      rm -rf "$case/pypsa" "$case/gridplan-network"
      "$PY" Benchmarks/scaling_network.py "$buses" "$hours" "$case/pypsa" --seed "$SEED" | tail -1 > "$case/network.json"
      "$GRIDPLAN" import --format pypsa "$case/pypsa" "$case/gridplan-network" > /dev/null
    fi
    if [ ! -f "$case/gridplan.time" ]; then
      echo "GridPlan: $buses buses, $hours h" >&2
      /usr/bin/time -v -o "$case/gridplan.time.tmp" "$GRIDPLAN" run "$case/gridplan-network" --out "$case/gridplan" \
        --quiet > /dev/null
      mv "$case/gridplan.time.tmp" "$case/gridplan.time"
    fi
    for solver in $SOLVERS; do
      [ -f "$case/pypsa-$solver.time" ] && continue
      echo "PyPSA + HiGHS $solver: $buses buses, $hours h (at most $TIMEOUT s)" >&2
      status=0
      /usr/bin/time -v -o "$case/pypsa-$solver.time.tmp" timeout "$TIMEOUT" "$PY" Scripts/pypsa_optimize.py \
        "$case/pypsa" --solver "$solver" --threads 1 > "$case/pypsa-$solver.json" 2> "$case/pypsa-$solver.err" \
        || status=$?
      if [ "$status" = 124 ]; then echo "{\"status\": \"time_limit\", \"limit_seconds\": $TIMEOUT}" \
        > "$case/pypsa-$solver.json"; fi
      mv "$case/pypsa-$solver.time.tmp" "$case/pypsa-$solver.time"
    done
  done
done
"$PY" Benchmarks/scaling_table.py "$OUT" | tee "$OUT/table.md"
