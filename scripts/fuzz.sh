#!/usr/bin/env bash
# fuzz.sh: builds the libFuzzer targets (tests/fuzz) of the asan preset (clang, ASan + UBSan)
# and runs them for a given time:
#   compile  arbitrary bytes through the lexer, the parser and the compiler (no run)
#   run      arbitrary bytes run as a program under tight limits (fuzz_harness.h)
# Usage: scripts/fuzz.sh [TARGET|all] [SECONDS]
#   SECONDS is the whole run, split evenly between the targets (default: all, 60).
# Seeds: the programs of tests/lang and ../shared/conformance; what a run of 5 minutes
# or more a target adds is kept in build/fuzz/corpus/TARGET for the next such run
# (a shorter one, like test.sh's smoke, starts from the seeds alone). A crash or a sanitizer report
# fails the run and leaves the input in build/fuzz/artifacts/TARGET/; each one found
# becomes a file in tests/lang/fuzz_regressions/ with its fix.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

targets=(compile run)
which=${1:-all}
seconds=${2:-60}
case $which in
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  all) ;;
  compile|run) targets=("$which") ;;
  *) die "unknown target: $which (compile, run or all)" ;;
esac
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || die "not a number of seconds: $seconds"
per_target=$(( seconds / ${#targets[@]} ))
(( per_target > 0 )) || per_target=1

cmake --preset asan >/dev/null || die "configure asan failed"
cmake --build --preset asan -j2 --target fuzz_compile fuzz_run || die "build of the fuzz targets failed"

bin="$ROOT/build/asan/tests/fuzz"
out="$ROOT/build/fuzz"   # seeds, corpora, artifacts and logs
# seed_dir TARGET: the seeds, copied fresh each run. Running a seed costs a whole
# program for the run target (up to a second under the sanitizers), so a short run
# (under 5 minutes a target) seeds it with the small programs only, not the golden corpus.
seed_dir() {
  local target=$1 dirs=(tests/lang/data/programs tests/lang/data/syntax ../shared/conformance)
  [[ $target == compile || $per_target -ge 300 ]] && dirs+=(tests/lang/golden)
  local seeds="$out/seeds/$target"
  rm -rf "$seeds"
  mkdir -p "$seeds"
  for dir in "${dirs[@]}"; do
    for f in "$dir"/*.py; do
      [[ -e $f ]] && cp "$f" "$seeds/$(basename "$dir")__$(basename "$f")"
    done
  done
  echo "$seeds"
}

status=0
for target in "${targets[@]}"; do
  corpus="$out/corpus/$target" artifacts="$out/artifacts/$target" log="$out/fuzz-$target.log"
  if (( per_target < 300 )); then
    corpus="$out/smoke-corpus/$target"
    rm -rf "$corpus"
  fi
  seeds="$(seed_dir "$target")"
  mkdir -p "$corpus" "$artifacts"
  say "== $target: ${per_target} s, corpus $(ls "$corpus" | wc -l) + $(ls "$seeds" | wc -l) seeds"
  opts=(-max_total_time="$per_target" -timeout=10 -rss_limit_mb=1024 -malloc_limit_mb=512
        -max_len=8192 -print_final_stats=1 -dict=tests/fuzz/python.dict -artifact_prefix="$artifacts/")
  if [[ $target == run ]]; then
    # A program may hit a resource limit (time, memory) legitimately: -fork=1 runs the
    # inputs in child processes, so such an input is counted (oom/timeout) and the run
    # goes on; a crash still ends it. Leaks are not checked: a run may leave reference
    # cycles (the VM collects none yet, core/lang/README.md); the asan preset replays
    # the crashes found and fails on direct leaks.
    ASAN_OPTIONS=detect_leaks=0 "$bin/fuzz_run" -fork=1 "${opts[@]}" "$corpus" "$seeds" >"$log" 2>&1
  else
    # Compiling at most max_len bytes must neither hang nor exhaust memory nor leak:
    # every limit is a finding, so one process, leak checks on.
    "$bin/fuzz_$target" -detect_leaks=1 "${opts[@]}" "$corpus" "$seeds" >"$log" 2>&1
  fi
  rc=$?
  # Progress lines: "#N: cov: C ft: F corp: K exec/s E oom/timeout/crash: a/b/c time: T"
  # (fork mode) or "#N DONE cov: C ft: F corp: K/S lim: L exec/s: E rss: R".
  last="$(grep -aE '^#[0-9]+(: |[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)[[:space:]]+)cov:' "$log" | tail -n 1)"
  say "$target: ${last:-no progress line (see $log)}"
  if [[ $rc -ne 0 ]]; then
    grep -av NEW_FUNC "$log" | tail -n 40
    say "$target: FAILED (exit $rc); inputs in $artifacts: $(ls "$artifacts" | tr '\n' ' ')"
    status=1
  else
    say "$target: no crash"
  fi
done
exit $status
