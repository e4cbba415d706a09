#!/usr/bin/env bash
# Same setup as the quick start, plus the test extras, then the test suite.
# Arguments go to pytest (e.g. `bash scripts/test.sh -k golden`).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_project test || exit 1
cd "$ROOT"
exec "$PY" -m pytest -q "$@"
