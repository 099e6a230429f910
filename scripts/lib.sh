# lib.sh: helpers shared by setup.sh, test.sh and play.sh (sourced, never run).
# Defines ROOT (the repository), say/die for short progress lines, and as_root for
# the apt steps. Nothing here changes the machine by itself.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPT="$(basename "$0" .sh)"

# One short line per step, prefixed with the script's name so nested output (test.sh
# running setup.sh) stays readable in CI logs.
say() { printf '%s: %s\n' "$SCRIPT" "$*"; }
die() { printf '%s: error: %s\n' "$SCRIPT" "$*" >&2; exit "${DIE_CODE:-1}"; }

# apt must run as root; CI and fresh machines are root, a developer may have sudo.
as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo -E "$@"
  else die "need root for: $*"
  fi
}

# Seconds since the epoch, for the timings test.sh prints.
now() { date +%s; }

# True if the configured build tree in $1 has a target named $2 (Ninja's target list;
# cheaper and more reliable than parsing `cmake --build --target help`). Not grep -q:
# it stops reading at the first match, ninja dies of SIGPIPE and pipefail says false.
has_target() { ninja -C "$1" -t targets all 2>/dev/null | grep "^$2: " >/dev/null; }
