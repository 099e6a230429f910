#!/usr/bin/env bash
# golden.sh: regenerates the golden results of tests/lang/golden/*.py with the
# CPython oracle (../shared/oracle/vtime.py: deterministic virtual time). For each
# PROGRAM.py it writes PROGRAM.stdout (the program's output) and PROGRAM.result
# (its exit code and the last line of its stderr), which tests/lang/golden_test.cpp
# compares with loopscope's. Hex addresses (0x...) are written as 0x?.
# Usage: scripts/golden.sh [PROGRAM.py ...]   (default: every program)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
oracle="${LOOPSCOPE_ORACLE:-$ROOT/../shared/oracle/vtime.py}"
[[ -f $oracle ]] || die "the oracle is missing: $oracle (set LOOPSCOPE_ORACLE)"
programs=("$@")
[[ ${#programs[@]} -gt 0 ]] || programs=(tests/lang/golden/*.py)
for program in "${programs[@]}"; do
  base="${program%.py}"
  set +e
  (cd "$(dirname "$program")" && timeout 60 python3 "$oracle" "$(basename "$program")") \
    >"$base.stdout.tmp" 2>"$base.stderr.tmp"
  rc=$?
  set -e
  sed -E 's/0x[0-9a-fA-F]+/0x?/g' "$base.stdout.tmp" >"$base.stdout"
  last="$(grep -v '^$' "$base.stderr.tmp" | tail -n 1 | sed -E 's/0x[0-9a-fA-F]+/0x?/g' || true)"
  printf 'exit %s\nstderr %s\n' "$rc" "$last" >"$base.result"
  rm -f "$base.stdout.tmp" "$base.stderr.tmp"
  echo "$program: exit $rc"
done
