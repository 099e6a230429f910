#!/usr/bin/env bash
# fuzz.sh: builds the fuzz preset (clang, libFuzzer + ASan + UBSan) and runs its targets
# (tests/fuzz) for a given time:
#   compile  arbitrary bytes through the lexer, the parser and the compiler (no run)
#   run      arbitrary bytes run as a program under tight limits (fuzz_harness.h)
# Usage: scripts/fuzz.sh [TARGET|all] [SECONDS]
#   SECONDS is the whole run, split evenly between the targets (default: all, 60).
# Seeds: the programs of tests/lang, ../shared/conformance and tests/lang/fuzz_regressions;
# what the fuzzer adds is kept in build/fuzz/corpus/TARGET for the next run. Resource
# limits hit by an input (libFuzzer's timeout and memory limits) are counted, not failed:
# they are the hostile-programs suite's to bound. A crash or a sanitizer report fails
# the run and leaves the input in build/fuzz/artifacts/TARGET/ (see tests/lang/fuzz_regressions/).
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

targets=(compile run)
which=${1:-all}
seconds=${2:-60}
case $which in
  -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  all) ;;
  compile|run) targets=("$which") ;;
  *) die "unknown target: $which (compile, run or all)" ;;
esac
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || die "not a number of seconds: $seconds"
per_target=$(( seconds / ${#targets[@]} ))
(( per_target > 0 )) || per_target=1

cmake --preset fuzz >/dev/null || die "configure fuzz failed"
cmake --build --preset fuzz -j2 || die "build fuzz failed"

out="$ROOT/build/fuzz"
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
for dir in tests/lang/golden tests/lang/data/programs tests/lang/data/syntax \
           ../shared/conformance tests/lang/fuzz_regressions; do
  [[ -d $dir ]] || continue
  for f in "$dir"/*.py; do
    [[ -e $f ]] && cp "$f" "$seeds/$(basename "$dir")__$(basename "$f")"
  done
done

status=0
for target in "${targets[@]}"; do
  corpus="$out/corpus/$target" artifacts="$out/artifacts/$target" log="$out/fuzz-$target.log"
  mkdir -p "$corpus" "$artifacts"
  say "== $target: ${per_target} s, corpus $(ls "$corpus" | wc -l) + $(ls "$seeds" | wc -l) seeds"
  # -fork=1: the inputs run in a child process, so an input that hits a resource limit
  # (ignored by default in fork mode) does not end the run; a crash still does.
  # -rss_limit_mb/-malloc_limit_mb: the machine is shared (the run harness has its
  # own heap limit in fuzz_harness.h).
  # Leak checks: compiling makes no reference cycles, so any leak is a finding; a run
  # may (the VM collects none yet: core/lang/README.md), so the run target checks none
  # and its crashes are replayed under the asan preset, which fails on direct leaks.
  leaks=1
  [[ $target == run ]] && leaks=0
  "$out/tests/fuzz/fuzz_$target" -fork=1 -detect_leaks=$leaks -max_total_time="$per_target" -timeout=10 \
    -rss_limit_mb=1024 -malloc_limit_mb=512 -max_len=8192 -print_final_stats=1 \
    -dict=tests/fuzz/python.dict -artifact_prefix="$artifacts/" \
    "$corpus" "$seeds" >"$log" 2>&1
  rc=$?
  # Fork mode's progress lines: "#N: cov: C ft: F corp: K exec/s: E oom/timeout/crash: a/b/c time: T".
  last="$(grep -E '^#[0-9]+: cov:' "$log" | tail -n 1)"
  crashes="$(ls "$artifacts" | grep -c '^crash-' || true)"
  say "$target: ${last:-no progress line (see $log)}"
  if [[ $rc -ne 0 ]] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer: deadly signal)|runtime error:' "$log"; then
    tail -n 40 "$log"
    say "$target: FAILED (exit $rc); crash inputs in $artifacts ($crashes)"
    status=1
  else
    say "$target: no crash"
  fi
done
exit $status
