#!/usr/bin/env bash
# bench.sh: benchmarks with a ratio against each peer measured in the same run. Builds
# the native preset's bench targets, runs suite "loop" (tests/bench/run_bench.py) and
# suite "lang" (tests/bench/run_lang_bench.py: the language against CPython), then
# builds the wasm preset's site and runs suite "web": the page against Pyodide
# (tests/bench/run_web_bench.mjs; Pyodide installed by npm ci in tests/bench/web) and
# the widget, the tutorial page's 12 widgets against the playground page
# (tests/bench/run_widget_bench.mjs); all write build/bench/results.json.
# Usage: scripts/bench.sh [--quick] [--repeat N] [--web-only]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
web_only=0
args=()
for arg in "$@"; do
  if [[ $arg == --web-only ]]; then web_only=1; else args+=("$arg"); fi
done
bash scripts/setup.sh
if [[ $web_only -eq 0 ]]; then
  cmake --preset native >/dev/null
  cmake --build --preset native -j2 --target loop_bench loop_bench_notrace asio_bench loopscope
  python3 tests/bench/run_bench.py "${args[@]}"
  python3 tests/bench/run_lang_bench.py "${args[@]}"
fi
# Suite web: the page and its peer, both served from this machine; then the widget
# (after: it replaces only its own records).
(export NODE_PATH=/usr/share/nodejs && cmake --preset wasm >/dev/null && cmake --build --preset wasm -j2 --target site)
[[ -d tests/bench/web/node_modules/pyodide ]] || (cd tests/bench/web && npm ci --no-audit --no-fund)
node tests/bench/run_web_bench.mjs "${args[@]}"
node tests/bench/run_widget_bench.mjs "${args[@]}"
