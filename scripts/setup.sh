#!/usr/bin/env bash
# setup.sh: installs what Loopscope builds and tests with on Debian 12, and only what
# is missing: apt packages, Dear ImGui's source at third_party/imgui, web/node_modules.
# Idempotent and non-interactive (CI=true, no stdin); a second run changes nothing and
# prints one "ok" line per part. Recipes: ../shared/TOOLCHAIN.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export DEBIAN_FRONTEND=noninteractive

# What each package is for: cmake/ninja-build/g++ the native build; clang and
# libclang-rt-14-dev the sanitizer and fuzzing runs; emscripten the wasm preset;
# googletest (sources, built for wasm) and libgtest-dev (native) the tests; chromium
# the browser tests; python3-uvloop and libboost1.81-dev the benchmarks' peers;
# dpkg-dev unpacks `apt-get source`.
APT_PACKAGES=(cmake ninja-build g++ clang libclang-rt-14-dev dpkg-dev emscripten
  googletest libgtest-dev chromium python3-uvloop libboost1.81-dev)
# node and npm normally come with the machine (NodeSource's nodejs bundles npm, and a
# second npm from Debian would conflict with it); fall back to Debian's if absent.
command -v node >/dev/null || APT_PACKAGES+=(nodejs)
command -v npm >/dev/null || APT_PACKAGES+=(npm)

IMGUI_DIR="$ROOT/third_party/imgui"
APT_OPTS=(-y -q -o DPkg::Lock::Timeout=600)

apt_updated=0
apt_update_once() {
  if [[ $apt_updated -eq 0 ]]; then
    say "apt-get update"
    as_root apt-get -q -o DPkg::Lock::Timeout=600 update >/dev/null
    apt_updated=1
  fi
}

# --- apt packages -------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done

need_imgui=0
[[ -f $IMGUI_DIR/imgui.cpp ]] || need_imgui=1

# `apt-get source` needs a deb-src entry; add Debian's own (the binary package
# libimgui-dev has no backends and no sources to build for wasm).
if [[ $need_imgui -eq 1 ]] &&
   ! grep -rqsE '^(Types:.*deb-src|deb-src[[:space:]])' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
  say "adding deb-src entry for $codename"
  as_root tee /etc/apt/sources.list.d/debsrc.sources >/dev/null <<EOT
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOT
fi

if [[ ${#missing[@]} -gt 0 ]]; then
  apt_update_once
  say "apt-get install ${missing[*]}"
  as_root apt-get install "${APT_OPTS[@]}" "${missing[@]}" >/dev/null
  say "apt: installed ${#missing[@]} package(s)"
else
  say "apt: ok (${#APT_PACKAGES[@]} packages present)"
fi

# --- Dear ImGui source --------------------------------------------------------------
if [[ $need_imgui -eq 1 ]]; then
  apt_update_once
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  say "apt-get source imgui -> third_party/imgui"
  # Sandbox user root: the _apt user cannot write into a mktemp folder, and apt would
  # warn about falling back to root anyway.
  (cd "$tmp" && as_root apt-get -q -o APT::Sandbox::User=root source imgui >/dev/null 2>&1) ||
    die "apt-get source imgui failed (is a deb-src entry reachable?)"
  src="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name 'imgui-*' | head -n 1)"
  [[ -n $src && -f $src/imgui.cpp ]] || die "no imgui source tree in $tmp"
  mkdir -p "$ROOT/third_party"
  rm -rf "$IMGUI_DIR"  # a partial tree without imgui.cpp, from an interrupted run
  mv "$src" "$IMGUI_DIR"
  say "imgui: $(basename "$src") unpacked"
else
  say "imgui: ok (third_party/imgui)"
fi

# --- npm packages of web/ -----------------------------------------------------------
# npm writes node_modules/.package-lock.json on every install: older than the
# lockfile means someone changed the dependencies since.
web="$ROOT/web"
stamp="$web/node_modules/.package-lock.json"
if [[ ! -f $web/package-lock.json ]]; then
  say "npm: skipped (no web/package-lock.json)"
elif [[ ! -f $stamp || $web/package-lock.json -nt $stamp || $web/package.json -nt $stamp ]]; then
  say "npm ci in web/"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  say "npm: installed"
else
  say "npm: ok (web/node_modules up to date)"
fi
