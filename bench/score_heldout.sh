#!/usr/bin/env bash
# Extract every document in bench/heldout and score it against its gold.
#
#   bench/score_heldout.sh [OUT_DIR]        # OUT_DIR kept if given, else a temp dir (removed)
#   NO_SCAN=1 bench/score_heldout.sh        # skip the *.scan.pdf files (OCR: ~15 s a page)
#   HELDOUT_DIR=bench/heldout2 bench/score_heldout.sh   # the second held-out set (another hand again)
#
# The held-out set was written by another hand than the extractor's rules (see
# bench/heldout/README.md): measure on it, never tune to it. Prints the scorer's table, writes
# OUT_DIR/scores.json and prints the calibration table (bench/calibration.py) over the same outputs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"  # the quick start's venv; PYTHON=... to override
SHARED="${EXTRACTOR_SHARED:-$ROOT/../shared}"
HELDOUT="$(cd "${HELDOUT_DIR:-$ROOT/bench/heldout}" && pwd)"

if [[ $# -ge 1 ]]; then
  OUT="$1"; mkdir -p "$OUT"
else
  OUT="$(mktemp -d -t heldout-out-XXXXXX)"; trap 'rm -rf "$OUT"' EXIT
fi

shopt -s nullglob
files=("$HELDOUT"/*.docx "$HELDOUT"/*.doc "$HELDOUT"/*.pdf)  # the documents, not the generator or gold
if [[ -n "${NO_SCAN:-}" ]]; then
  files=($(printf '%s\n' "${files[@]}" | grep -v '\.scan\.pdf$'))
fi

start=$(date +%s)
# batch: each document in an isolated worker; a failed one has an error record and no output,
# which the scorer then shows as "(no output)".
(cd "$ROOT" && "$PY" -c "from extractor.cli import app; app()" batch "${files[@]}" --out "$OUT" --quiet) || true
echo "extracted ${#files[@]} files in $(( $(date +%s) - start )) s into $OUT" >&2

"$PY" "$SHARED/eval/score.py" --gold "$HELDOUT" --pred "$OUT" --json "$OUT/scores.json"
"$PY" "$ROOT/bench/calibration.py" --pair "$HELDOUT" "$OUT"
