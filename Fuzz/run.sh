#!/usr/bin/env bash
# Coverage-guided fuzzing of GridPlan's readers (libFuzzer with AddressSanitizer): MPS, MATPOWER case files,
# network.yaml, profile CSV and sweep files. Each target starts from the repository's own files of its kind and
# runs for SECONDS; an input that crashes, hangs (TIMEOUT s) or leaks is written to Fuzz/crashes/TARGET/ and the
# script exits non-zero. Not part of `make test`: every crash found becomes a regression test instead.
#
# Usage: Fuzz/run.sh [TARGET ...]      (default: all five)
# Environment: SECONDS_PER_TARGET (600), TIMEOUT (10 s per input), JOBS (1).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=..
SCRATCH=$ROOT/.build-fuzz
SECONDS_PER_TARGET=${SECONDS_PER_TARGET:-600}
TIMEOUT=${TIMEOUT:-10}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzMPS FuzzMATPOWER FuzzNetwork FuzzProfile FuzzSweepFile)

seed() {  # the repository's own files of each kind
  case "$1" in
    FuzzMPS) find $ROOT/Tests/LinearProgrammingTests/Fixtures -name '*.mps' -size -200k ;;
    FuzzMATPOWER) find $ROOT/Tests/GridIOTests/Fixtures/matpower -name '*.m' ;;
    FuzzNetwork) find $ROOT/Networks -name network.yaml; find $ROOT/Networks -path '*scenarios/*.yaml' ;;
    FuzzProfile) find $ROOT/Networks/examples -name '*.csv' ;;
    FuzzSweepFile) printf 'at: [[A], [B, C]]\npower_mw: [0, 100]\nduration_h: [2, 4]\nhours: 24\n' > "$2/sweep.yaml" ;;
  esac
}

export LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0"
status=0
for target in "${TARGETS[@]}"; do
  swift build --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xswiftc -use-ld=lld --product "$target" >&2
  corpus="$SCRATCH/corpus/$target"
  crashes="crashes/$target"
  mkdir -p "$corpus" "$crashes"
  for f in $(seed "$target" "$corpus"); do cp "$f" "$corpus/" 2>/dev/null || true; done
  echo "== $target: $SECONDS_PER_TARGET s from $(ls "$corpus" | wc -l) inputs" >&2
  if ! "$SCRATCH/debug/$target" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" \
      -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1 2> "$SCRATCH/$target.log"; then
    echo "$target: found a failing input (see $crashes/ and $SCRATCH/$target.log)" >&2
    tail -30 "$SCRATCH/$target.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "$SCRATCH/$target.log" >&2 || true
  fi
done
exit $status
