#!/usr/bin/env bash
# bench.sh: benchmarks with a ratio against each peer measured in the same run. Builds
# the native preset's bench targets, runs suite "loop" (tests/bench/run_bench.py) and
# suite "lang" (tests/bench/run_lang_bench.py: the language against CPython), and
# writes build/bench/results.json. Usage: scripts/bench.sh [--quick] [--repeat N]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j2 --target loop_bench loop_bench_notrace asio_bench loopscope
python3 tests/bench/run_bench.py "$@"
python3 tests/bench/run_lang_bench.py "$@"
