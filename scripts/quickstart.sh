#!/usr/bin/env bash
# Fresh machine to first results: system tools, .venv, the package, then the bundled samples
# read into out/samples/*.json with a short summary.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_project || exit 1
cd "$ROOT"

OUT="out/samples"
log "extractor extract samples/*.pdf samples/*.docx --out-dir $OUT"
extractor extract samples/*.pdf samples/*.docx --out-dir "$OUT"
status=$?

"$PY" - "$OUT" <<'PY'
import json, sys
from pathlib import Path

rows = []
for path in sorted(Path(sys.argv[1]).glob("*.json")):
    report = json.loads(path.read_text(encoding="utf-8"))
    headings = [s["heading"] for s in report.get("sections", []) if s.get("heading")]
    rows.append((path.name, str(report["source"].get("pages") or "-"), str(len(headings)),
                 str(len(report.get("tables", []))), headings[0] if headings else ""))
head = ("output", "pages", "headings", "tables", "first heading")
widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
for row in [head, *rows]:
    print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
print(f"\n{len(rows)} files in {sys.argv[1]}/")
PY
exit $status
