#!/usr/bin/env bash
# bench.sh: benchmarks with a ratio against each peer measured in the same run. Builds
# the native preset's bench targets, runs suite "loop" (tests/bench/run_bench.py) and
# suite "lang" (tests/bench/run_lang_bench.py: the language against CPython), and
# writes build/bench/results.json; then suite "web" for the widget (tests/bench/
# run_widget_bench.mjs). Usage: scripts/bench.sh [--quick] [--repeat N]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j2 --target loop_bench loop_bench_notrace asio_bench loopscope
python3 tests/bench/run_bench.py "$@"
python3 tests/bench/run_lang_bench.py "$@"
# Suite "web", the widget: the tutorial page's 12 widgets against the playground page
# (tests/bench/run_widget_bench.mjs; needs the wasm preset's site).
(export NODE_PATH=/usr/share/nodejs && cmake --preset wasm >/dev/null && cmake --build --preset wasm -j2 --target site)
node tests/bench/run_widget_bench.mjs "$@"
