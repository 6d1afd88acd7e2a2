#!/bin/sh
# The whole check, as CI runs it: static checks, then the suite offscreen, then the few tests that
# need a real X server under xvfb-run. Every stage is wrapped in `timeout`: a hang is how Qt +
# asyncio tests fail. Extra arguments go to both pytest runs (e.g. -m "not bundle" locally).
set -eu
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export PYTHONDONTWRITEBYTECODE=1

echo "== ruff"; timeout 300 ruff check arthexis_desktop tests bench build_installer.py
timeout 300 ruff format --check arthexis_desktop tests bench build_installer.py
echo "== mypy"; timeout 600 mypy
echo "== import contracts"; timeout 300 lint-imports
echo "== translations"; timeout 300 python build_installer.py --translations-only
echo "== pytest (offscreen)"
timeout 1800 python -m pytest -q -m "not xvfb" -p no:cacheprovider "$@" </dev/null
echo "== pytest (Xvfb)"
rc=0
timeout 600 xvfb-run -a -s "-screen 0 1280x800x24" python -m pytest -q -m xvfb -p no:cacheprovider "$@" </dev/null || rc=$?
# 5 = no test selected (e.g. -k narrowed the run to offscreen tests only)
[ "$rc" -eq 0 ] || [ "$rc" -eq 5 ] || exit "$rc"
