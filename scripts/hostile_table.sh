#!/usr/bin/env bash
# hostile_table.sh: builds the native CLI and tests/lang/hostile's runner, runs every
# hostile program (issue 6) and prints the Markdown table: input, outcome, time to
# stop, memory peak, and whether it ended as its header or oracle files expect.
# Usage: scripts/hostile_table.sh [PROGRAM.py ...]   (default: all of tests/lang/hostile)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
programs=("$@")
[[ ${#programs[@]} -gt 0 ]] || programs=(tests/lang/hostile/*.py)
cmake --preset native >/dev/null
cmake --build --preset native --target loopscope hostile_runner >/dev/null
build/native/tests/lang/hostile/hostile_runner --table build/native/core/cli/loopscope "${programs[@]}"
