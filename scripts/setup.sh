# Shared setup for scripts/quickstart.sh and scripts/test.sh; source it, then call
# `setup_project [EXTRAS]`. Idempotent: a second run checks and returns in a second or two.
#
# 1. System tools (Debian/Ubuntu, apt-get): Tesseract with Norwegian data, poppler-utils,
#    LibreOffice Writer; with the `test` extras also chromium (the browser review test).
#    Installed only when missing; root runs apt-get itself, others through `sudo -n` (never a
#    password prompt, so CI without stdin cannot hang). When that fails, a warning says what
#    the extractor cannot do, and setup continues.
# 2. A virtualenv in .venv (Python >= 3.11) with the project installed editable (pip install -e),
#    skipped when pyproject.toml is unchanged since the last install.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
APT_PACKAGES_OCR="tesseract-ocr tesseract-ocr-eng tesseract-ocr-nor"
APT_PACKAGES_PDF="poppler-utils"
APT_PACKAGES_OFFICE="libreoffice-writer-nogui"
# Test setup only: the browser review test (tests/test_review_web.py) runs Debian's chromium
# through Playwright; fonts so the rendered page has glyphs.
APT_PACKAGES_TEST_BROWSER="chromium fonts-dejavu-core"

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }

have() { command -v "$1" >/dev/null 2>&1; }

# The python3 to build the venv with: the first of python3.13..python3.11, python3 that is >= 3.11.
find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if have "$candidate" && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# Debian packages still missing, judged by the tools themselves (not dpkg), so a tool installed
# some other way counts too.
missing_apt_packages() {
    local missing=""
    if ! have tesseract; then
        missing="$missing $APT_PACKAGES_OCR"
    elif ! tesseract --list-langs 2>/dev/null | grep -qx nor; then
        missing="$missing tesseract-ocr-nor"
    fi
    have pdftoppm || missing="$missing $APT_PACKAGES_PDF"
    have soffice || have libreoffice || missing="$missing $APT_PACKAGES_OFFICE"
    local python
    if ! python="$(find_python)"; then
        missing="$missing python3 python3-venv"
    elif ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
        missing="$missing python3-venv"  # Debian splits venv/ensurepip out of python3
    fi
    echo "$missing"
}

apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if have sudo; then sudo="sudo -n"; else warn "not root and no sudo: cannot apt-get install $*"; return 1; fi
    fi
    have apt-get || { warn "apt-get not found: cannot install $*"; return 1; }
    log "apt-get install $*"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null \
        && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $* </dev/null
}

warn_missing_tools() {
    if ! have tesseract || ! tesseract --list-langs 2>/dev/null | grep -qx nor; then
        warn "Tesseract with Norwegian data (tesseract-ocr-nor) is missing: scanned PDFs and text inside" \
             "images cannot be read; such pages are listed in source.unread_pages with a warning."
    fi
    have pdftoppm || warn "poppler-utils is missing: only needed by some tools and benchmarks; extraction still works."
    case ",${1:-}," in
        *,test,*) [ -x /usr/bin/chromium ] || warn "chromium is missing: the browser review test is skipped." ;;
    esac
    if ! have soffice && ! have libreoffice; then
        warn "LibreOffice (libreoffice-writer-nogui) is missing: legacy .doc, .odt and .rtf files fail with" \
             "error[missing_dependency]; PDF and DOCX are unaffected."
    fi
}

ensure_system_packages() {
    local missing
    missing="$(missing_apt_packages)"
    case ",${1:-}," in
        *,test,*) [ -x /usr/bin/chromium ] || missing="$missing $APT_PACKAGES_TEST_BROWSER" ;;
    esac
    if [ -n "$missing" ]; then
        apt_install $missing || warn "installing system packages failed:$missing"
    fi
    warn_missing_tools "${1:-}"
}

ensure_venv() {
    if [ -x "$PY" ] && "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    local python
    python="$(find_python)" || { warn "Python >= 3.11 is required (set PYTHON=/path/to/python3.11)"; return 1; }
    log "creating $VENV with $python"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
}

# pip install -e ".[EXTRAS]" unless the stamp says this pyproject.toml was installed already.
ensure_installed() {
    local extras="${1:-}" spec="." stamp digest
    [ -n "$extras" ] && spec=".[$extras]"
    digest="$(sha256sum < "$ROOT/pyproject.toml" | cut -c1-16)"
    stamp="$VENV/.installed-${extras:-base}-$digest"
    if [ -f "$stamp" ] && "$PY" -c 'import extractor' 2>/dev/null; then
        return 0
    fi
    log "pip install -e '$spec'"
    (cd "$ROOT" && "$PY" -m pip install --disable-pip-version-check -q -e "$spec") || return 1
    rm -f "$VENV"/.installed-"${extras:-base}"-*
    touch "$stamp"
}

setup_project() {
    ensure_system_packages "${1:-}"
    ensure_venv || return 1
    ensure_installed "${1:-}" || return 1
    export PATH="$VENV/bin:$PATH"
}
