#!/usr/bin/env bash
# Build the one-folder Desk bundle from build.spec and check that it starts.
#
#   scripts/build_bundle.sh [DIST_DIR]     (default: dist; the bundle is DIST_DIR/Desk/desk)
#
# Needs PyInstaller in .venv: .venv/bin/pip install 'pyinstaller>=6.10' (or the 'bundle' extra).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

dist=${1:-dist}
work=${WORK_DIR:-build}
python=.venv/bin/python
[[ -x $python ]] || { echo "build_bundle.sh: no .venv; run ./setup.sh first" >&2; exit 1; }
"$python" -c 'import PyInstaller' 2>/dev/null || {
    echo "build_bundle.sh: PyInstaller is missing: .venv/bin/pip install 'pyinstaller>=6.10'" >&2
    exit 1
}

start=$SECONDS
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" build.spec
exe=$dist/Desk/desk
[[ -x $exe ]] || exe=$dist/Desk/desk.exe
QT_QPA_PLATFORM=offscreen "$exe" --version
echo "build_bundle.sh: built $dist/Desk ($(du -sh "$dist/Desk" | cut -f1)) in $((SECONDS - start)) s"
