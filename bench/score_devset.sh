#!/usr/bin/env bash
# Extract every document in bench/devset and score it against its gold.
#
#   bench/score_devset.sh [OUT_DIR]        # OUT_DIR kept if given, else a temp dir (removed)
#   NO_SCAN=1 bench/score_devset.sh        # skip the *.scan.pdf files (OCR: ~15 s a page)
#
# Prints the scorer's table, writes OUT_DIR/scores.json and prints the calibration table
# (bench/calibration.py) over the same outputs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"  # the quick start's venv; PYTHON=... to override
SHARED="${EXTRACTOR_SHARED:-$ROOT/../shared}"
DEVSET="$ROOT/bench/devset"

if [[ $# -ge 1 ]]; then
  OUT="$1"; mkdir -p "$OUT"
else
  OUT="$(mktemp -d -t devset-out-XXXXXX)"; trap 'rm -rf "$OUT"' EXIT
fi

shopt -s nullglob
files=("$DEVSET"/*.docx "$DEVSET"/*.pdf)
if [[ -n "${NO_SCAN:-}" ]]; then
  files=($(printf '%s\n' "${files[@]}" | grep -v '\.scan\.pdf$'))
fi

start=$(date +%s)
# A document that fails is reported on stderr and has no output; the scorer then shows it.
(cd "$ROOT" && "$PY" -c "from extractor.cli import app; app()" extract "${files[@]}" --out-dir "$OUT") || true
echo "extracted ${#files[@]} files in $(( $(date +%s) - start )) s into $OUT" >&2

"$PY" "$SHARED/eval/score.py" --gold "$DEVSET" --pred "$OUT" --json "$OUT/scores.json"
"$PY" "$ROOT/bench/calibration.py" --pair "$DEVSET" "$OUT"
