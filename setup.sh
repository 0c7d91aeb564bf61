#!/usr/bin/env bash
# Desk set-up script for Debian 12.
#
#   ./setup.sh start [desk args...]    install everything, then start Desk
#                                       (default SQLite database)
#   ./setup.sh test  [pytest args...]  install everything, then run the test
#                                       suite (SQLite and a throwaway PostgreSQL)
#
# Works as root (like CI) and as a normal user with sudo.  Repeated runs are
# fast: apt is skipped when every Debian package is already installed, and pip
# is skipped when .venv is newer than pyproject.toml.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

log() { printf 'setup.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    cat >&2 <<'EOF'
usage: ./setup.sh start [desk args...]    install everything and start Desk
       ./setup.sh test  [pytest args...]  install everything and run the tests
EOF
    exit 2
}

[[ $# -ge 1 ]] || usage
command=$1
shift
case "$command" in
    start|test) ;;
    -h|--help|help) usage ;;
    *) log "unknown command: $command"; usage ;;
esac

VENV=.venv
STAMP=$VENV/.desk-installed

# Debian packages Desk needs at run time and for the tests.
SYSTEM_PACKAGES=(
    # Qt (PySide6 wheels bring Qt itself, not these system libraries)
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
    libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libfontconfig1
    libdbus-1-3 libglib2.0-0
    # Chinese TrueType fonts that both Qt and reportlab (PDF) can use
    fonts-wqy-microhei fonts-wqy-zenhei
    # pdftotext / pdffonts, used by the tests to read generated PDFs
    poppler-utils
    # PostgreSQL server binaries; the tests start their own throwaway server
    postgresql
    # printing through CUPS (the tests start a private scheduler with a PDF printer)
    cups cups-client printer-driver-cups-pdf
    # zbarimg, a real QR reader: the tests read the exit pass's QR code back
    zbar-tools
    # a virtual display for machines without a screen
    xvfb xauth
)

# True when python "$1" is >= 3.11 and can create a virtualenv with pip.
python_ok() {
    "$1" - <<'EOF' >/dev/null 2>&1
import sys
import ensurepip, venv  # Debian's python3 lacks ensurepip without python3-venv
sys.exit(0 if sys.version_info >= (3, 11) else 1)
EOF
}

# True when the existing .venv is usable (Python >= 3.11 with pip).
venv_ok() {
    [[ -x $VENV/bin/python ]] && "$VENV/bin/python" - <<'EOF' >/dev/null 2>&1
import sys
import pip
sys.exit(0 if sys.version_info >= (3, 11) else 1)
EOF
}

# --- 1. Decide which Python creates the virtualenv --------------------------
PYTHON=""
if venv_ok; then
    :  # keep the existing .venv; no base Python needed
else
    for candidate in python3 python3.13 python3.12 python3.11 /usr/bin/python3; do
        path=$(command -v "$candidate" 2>/dev/null) || continue
        if python_ok "$path"; then
            PYTHON=$path
            break
        fi
    done
    if [[ -z $PYTHON ]]; then
        # No usable Python: use Debian's (3.11 on Debian 12).
        SYSTEM_PACKAGES+=(python3 python3-venv python3-pip)
        PYTHON=/usr/bin/python3
    fi
fi

# --- 2. Debian packages (only the missing ones) -----------------------------
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
        [[ $status == installed ]] || missing+=("$pkg")
    done
else
    log "warning: dpkg-query not found (not Debian?); skipping system packages:"
    log "  ${SYSTEM_PACKAGES[*]}"
fi

if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing Debian packages: ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        die "not root and sudo is missing; install as root: apt-get install ${missing[*]}"
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- 3. Virtualenv and Python packages -------------------------------------
if [[ -n $PYTHON ]]; then
    python_ok "$PYTHON" || die "$PYTHON cannot create a virtualenv (need Python >= 3.11 with venv)"
    if [[ -e $VENV ]]; then
        log "replacing unusable $VENV"
        rm -rf "$VENV"
    fi
    log "creating $VENV with $PYTHON ($("$PYTHON" -c 'import sys; print(sys.version.split()[0])'))"
    "$PYTHON" -m venv "$VENV"
fi

if [[ ! -f $STAMP || ! $STAMP -nt pyproject.toml || ! -x $VENV/bin/desk ]]; then
    log "installing Desk and its test dependencies into $VENV (pip install -e '.[test]')"
    rm -f "$STAMP"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]'
    touch "$STAMP"
fi

# --- 4. Run ------------------------------------------------------------------
case "$command" in
    start)
        if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
            log "no DISPLAY or WAYLAND_DISPLAY: this machine has no screen, so Desk runs under xvfb-run (a virtual display nobody can see)"
            exec xvfb-run -a "$VENV/bin/desk" "$@"
        fi
        exec "$VENV/bin/desk" "$@"
        ;;
    test)
        export QT_QPA_PLATFORM=offscreen
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
esac
