#!/usr/bin/env bash
# What the two make commands need from the system, beside Python's own packages (the lock files).
#
#   scripts/system-packages.sh run    python3.11 with venv, gettext (compilemessages), Pango (WeasyPrint),
#                                     npm (the communes list and the map, package-lock.json)
#   scripts/system-packages.sh test   the same, plus Debian's Chromium for the browser tests and
#                                     Varnish for the edge cache test
#
# Each missing piece is named with the Debian package that provides it. As root on a machine
# with apt-get, the packages are installed; otherwise the exact command is printed and the
# script fails, so that `make` stops before a long install that would fail later.
set -euo pipefail

target="${1:-run}"
python="${PYTHON:-python3.11}"
missing=()
why=()

need() { missing+=("$1"); why+=("$1: $2"); }

if ! command -v "$python" >/dev/null 2>&1; then
  need python3.11 "the interpreter ($python not found)"
elif ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
  need python3.11-venv "$python -m venv (ensurepip is missing)"
fi
command -v msgfmt >/dev/null 2>&1 || need gettext "msgfmt, used by compilemessages"
command -v npm >/dev/null 2>&1 || need npm "npm ci, which installs the communes list and Leaflet (package-lock.json)"

has_library() {
  # ldconfig's cache, as the dynamic loader (and WeasyPrint's cffi) will search it.
  local ldconfig
  ldconfig="$(command -v ldconfig || echo /sbin/ldconfig)"
  "$ldconfig" -p 2>/dev/null | grep -q "$1"
}
has_library 'libpango-1.0.so.0' || need libpango-1.0-0 "Pango, used by WeasyPrint for PDFs"
has_library 'libpangoft2-1.0.so.0' || need libpangoft2-1.0-0 "PangoFT2, used by WeasyPrint"

if [ "$target" = test ]; then
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
    need chromium "Debian's Chromium, driven by Playwright in tests/browser/"
  fi
  if [ -z "${VARNISHD_PATH:-}" ] && [ ! -x /usr/sbin/varnishd ]; then
    need varnish "varnishd, the edge cache tests/core/test_edge_cache.py puts in front of the site"
  fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Missing system packages:" >&2
printf '  - %s\n' "${why[@]}" >&2
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing them with apt-get: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Install them, then run make again:" >&2
echo "  sudo apt-get install -y ${missing[*]}" >&2
exit 1
