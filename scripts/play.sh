#!/usr/bin/env bash
# play.sh: the playground. Without arguments: setup, build the wasm preset's `site`
# target, stage it into build/site and serve it on http://127.0.0.1:8000/ (PORT=...
# to change). --build-only stops after staging. With a program, runs it natively
# instead: `scripts/play.sh FILE.py [args]` = `loopscope run FILE.py [args]`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

usage() { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; }

mode=serve
case ${1:-} in
  "") ;;
  --build-only) mode=build; shift ;;
  -h|--help) usage; exit 0 ;;
  -*) usage >&2; die "unknown option: $1" ;;
  *) mode=run ;;
esac

if [[ $mode == run ]]; then
  # The program's output is the point here: setup and build talk on stderr.
  file=$1; shift
  [[ -f $file ]] || die "no such file: $file"
  file="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
  cd "$ROOT"
  bash scripts/setup.sh >&2
  cmake --preset native >/dev/null
  if ! has_target build/native loopscope; then
    DIE_CODE=2 die "the native CLI target 'loopscope' (core/cli) is not in the build yet"
  fi
  cmake --build --preset native -j2 --target loopscope >&2
  cli=build/native/core/cli/loopscope
  [[ -x $cli ]] || DIE_CODE=2 die "$cli was not built"
  exec "$cli" run "$file" "$@"
fi

cd "$ROOT"
bash scripts/setup.sh
# Debian's emscripten links through acorn from /usr/share/nodejs (TOOLCHAIN.md).
export NODE_PATH=/usr/share/nodejs
say "configure wasm"
cmake --preset wasm >/dev/null
if ! has_target build/wasm site; then
  die "the wasm preset has no 'site' target yet (wasm/ provides it; it stages the page into build/wasm/site)"
fi
say "build wasm target site"
cmake --build --preset wasm -j2 --target site
[[ -d build/wasm/site ]] || die "target 'site' did not create build/wasm/site"

# A copy rather than serving build/wasm/site directly, so that a rebuild while the
# page is open never serves a half-written file.
rm -rf build/site
cp -a build/wasm/site build/site
say "staged build/site ($(du -sh build/site | cut -f1))"
[[ $mode == build ]] && exit 0

port=${PORT:-8000}
echo "Loopscope playground: http://127.0.0.1:$port/ (tutorial: /tutorial/, embedding guide: /embedding.html)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory build/site
