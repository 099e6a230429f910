#!/usr/bin/env bash
# bench.sh: benchmarks with a ratio against each peer measured in the same run. Builds
# the native preset's bench targets, runs suite "loop" (tests/bench/run_bench.py) and
# suite "lang" (tests/bench/run_lang_bench.py: the language against CPython, and its
# wasm part: the wasm CLI under node against Pyodide and MicroPython), and writes
# build/bench/results.json. Usage: scripts/bench.sh [--quick] [--repeat N] [--native-only]
# (--native-only skips the wasm part: no wasm build, no npm peers).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
wasm=1
args=()
for a in "$@"; do
  if [[ $a == --native-only ]]; then wasm=0; else args+=("$a"); fi
done
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j2 --target loop_bench loop_bench_notrace asio_bench loopscope
lang_args=()
if [[ $wasm -eq 1 ]]; then
  # The wasm part's peers live in their own npm package (only benchmarks need them,
  # so setup.sh and CI never download Pyodide).
  peers="$ROOT/tests/bench/peers"
  if [[ ! -f $peers/node_modules/.package-lock.json || $peers/package-lock.json -nt $peers/node_modules/.package-lock.json ]]; then
    say "npm ci in tests/bench/peers (Pyodide, MicroPython)"
    (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export NODE_PATH=/usr/share/nodejs
  cmake --preset wasm >/dev/null
  cmake --build --preset wasm -j2 --target loopscope
  lang_args+=(--wasm)
fi
python3 tests/bench/run_bench.py "${args[@]}"
python3 tests/bench/run_lang_bench.py "${args[@]}" "${lang_args[@]}"
