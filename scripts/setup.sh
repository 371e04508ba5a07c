#!/usr/bin/env bash
# Prepare a machine for ATAMA: Python >= 3.11 in ./.venv with the app and its test tools, and on
# Debian/Ubuntu the system libraries Qt needs (installed with apt-get when run as root or via sudo).
# Safe to run again: it only does what is missing. Sourced by ../run.sh and ../test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

QT_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0
         libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
# The tests' real consumers: poppler (pdftotext, pdffonts, pdftoppm) reads every PDF, LibreOffice
# (headless calc, no GUI) opens every workbook and prints it to PDF; Carlito stands in for Calibri,
# the workbooks' font, with the same widths, so what LibreOffice prints wraps as Excel does.
# PyInstaller (tests/test_bundle.py builds the bundle) needs binutils' objdump and objcopy on Linux.
TEST_DEBS=(poppler-utils libreoffice-calc-nogui fonts-crosextra-carlito binutils)

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "ATAMA: saknar systempaket ${missing[*]} (installera dem med apt-get)" >&2; return 0; fi
  fi
  echo "ATAMA: installerar systempaket: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "ATAMA kräver Python 3.11 eller senare." >&2
  return 1
}

setup_atama() {
  local extras="${1:-}"  # "test" for the test tools
  apt_install "${QT_DEBS[@]}"
  [ "$extras" = "test" ] && apt_install "${TEST_DEBS[@]}"
  local python
  python=$(find_python)
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv 2>/dev/null || { apt_install python3-venv; "$python" -m venv .venv; }
  fi
  # Reinstall only when the project's dependencies changed.
  local stamp=".venv/.atama-${extras:-app}-$(cksum pyproject.toml | cut -d" " -f1)"
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    .venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
    touch "$stamp"
  fi
  build_translations
}

# The English screens (resources/translations/atama_en.qm) from the .ts sources, when one is newer.
build_translations() {
  local qm=resources/translations/atama_en.qm
  if [ ! -f "$qm" ] || [ -n "$(find resources/translations -name '*.ts' -newer "$qm" -print -quit)" ]; then
    .venv/bin/python scripts/translations.py build >/dev/null
  fi
}
