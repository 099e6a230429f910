#!/bin/sh
# with_binaryen.sh BIN_DIR COMMAND...: runs COMMAND (an emcc link) with npm's binaryen
# (BIN_DIR, web/node_modules/binaryen/bin) instead of Debian's. Debian's emcc runs
# binaryen's tools (wasm-opt, wasm-metadce) from PATH, and Debian's binaryen 108
# crashes in Asyncify on WebAssembly exceptions, which npm's handles. This directory
# comes first in PATH: its wasm-opt adapts what npm's prints to what emcc 3.1.6 reads.
bin_dir=$1
shift
if [ ! -x "$bin_dir/wasm-opt" ]; then
  echo "with_binaryen.sh: no $bin_dir/wasm-opt (scripts/setup.sh runs npm ci in web/)" >&2
  exit 1
fi
here=$(dirname "$0")
PATH="$here:$bin_dir:$PATH" LOOPSCOPE_BINARYEN_BIN="$bin_dir" exec "$@"
