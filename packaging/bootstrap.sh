#!/bin/sh
# One-command set-up for Debian/Ubuntu (and any Linux with python3 >= 3.11 and venv).
#
#   sh packaging/bootstrap.sh run  [arthexis-desktop options...]   install, then start the app
#   sh packaging/bootstrap.sh test [pytest options...]             install test needs, run the whole suite
#
# Installs the few Debian packages it needs (with sudo when not root), creates .venv in the
# repository and installs the pinned Python packages into it. Safe to run again: it only installs
# what is missing.
set -eu

mode="${1:-}"
[ $# -gt 0 ] && shift
case "$mode" in
  run|test|install) ;;
  *) echo "usage: sh packaging/bootstrap.sh run|test|install [args...]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Qt (PySide6-Essentials) at run time, offscreen and on a real X11/XWayland display;
# libpcsclite-dev (+ gcc, python3-dev) to build pyscard, which has no Linux wheel (RFID readers);
# libnotify-bin (notify-send) for native toasts
RUNTIME_DEBS="python3 python3-venv python3-dev gcc libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 \
libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libpcsclite-dev libnotify-bin"
# tests: a virtual X server, PostgreSQL for the shared-database tests, binutils for PyInstaller,
# pcscd + the vsmartcard virtual reader driver for the RFID reader tests (the test fixture starts
# and stops its own pcscd; nothing is started here), a D-Bus session daemon + dunst (notification
# server, read back with dunstctl) + trayer (a tray host) for the toast and tray tests (their
# fixtures start and stop their own)
TEST_DEBS="xvfb xauth postgresql binutils pcscd vsmartcard-vpcd dbus dbus-x11 dunst libnotify-bin trayer"

apt_install() {
  command -v apt-get >/dev/null 2>&1 || { echo "bootstrap: not a Debian/Ubuntu system; install the equivalents of: $*" >&2; return 0; }
  missing=""
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  echo "bootstrap: installing Debian packages:$missing"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

if [ "$mode" = "test" ]; then
  # shellcheck disable=SC2086
  apt_install $RUNTIME_DEBS $TEST_DEBS
else
  # shellcheck disable=SC2086
  apt_install $RUNTIME_DEBS
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "bootstrap: Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$mode"
inputs="pyproject.toml packaging/constraints.txt"
if [ ! -f "$stamp" ] || [ -n "$(find $inputs -newer "$stamp" 2>/dev/null)" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$mode" = "test" ]; then extras="[test,postgres,rfid]"; else extras="[postgres,rfid]"; fi
  .venv/bin/python -m pip install -q -c packaging/constraints.txt -e ".$extras"
  touch "$stamp"
fi

case "$mode" in
  install) exit 0 ;;
  run) exec .venv/bin/arthexis-desktop "$@" ;;
  test) exec sh packaging/run_tests.sh "$@" ;;
esac
