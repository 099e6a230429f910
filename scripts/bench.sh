# bench.sh: benchmarks with a ratio against each peer measured in the same run. Builds
# the native preset's bench targets, runs suite "loop" (tests/bench/run_bench.py) and
# suite "lang" (tests/bench/run_lang_bench.py: the language against CPython, and its
# wasm part: the wasm CLI under node against Pyodide and MicroPython, peers installed by
# npm ci in tests/bench/peers), then builds the wasm preset's site and runs suite "web":
# the page against Pyodide (tests/bench/run_web_bench.mjs; Pyodide installed by npm ci
# in tests/bench/web) and the widget, the tutorial page's 12 widgets against the
# playground page (tests/bench/run_widget_bench.mjs); all write build/bench/results.json.
# Usage: scripts/bench.sh [--quick] [--repeat N] [--web-only | --native-only]
# (--native-only: no wasm build, no npm peers; --web-only: suite "web" only).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
wasm=1
web_only=0
args=()
for a in "$@"; do
  case $a in
    --native-only) wasm=0 ;;
    --web-only) web_only=1 ;;
    *) args+=("$a") ;;
  esac
done
bash scripts/setup.sh
if [[ $web_only -eq 0 ]]; then
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
    (export NODE_PATH=/usr/share/nodejs && cmake --preset wasm >/dev/null && cmake --build --preset wasm -j2 --target loopscope)
    lang_args+=(--wasm)
  fi
  python3 tests/bench/run_bench.py "${args[@]}"
  python3 tests/bench/run_lang_bench.py "${args[@]}" "${lang_args[@]}"
fi
[[ $wasm -eq 1 ]] || exit 0
# Suite web: the page and its peer, both served from this machine; then the widget
# (after: it replaces only its own records).
(export NODE_PATH=/usr/share/nodejs && cmake --preset wasm >/dev/null && cmake --build --preset wasm -j2 --target site)
[[ -d tests/bench/web/node_modules/pyodide ]] || (cd tests/bench/web && npm ci --no-audit --no-fund)
node tests/bench/run_web_bench.mjs "${args[@]}"
node tests/bench/run_widget_bench.mjs "${args[@]}"
