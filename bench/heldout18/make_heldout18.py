#!/usr/bin/env python3
"""Write the eighteenth held-out set: invented Norwegian annual reports written blind (by a hand
that has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout18/make_heldout18.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h18_reports_*.py`` (one function per report returning a dict). Everything is the
earlier sets' mechanics, imported: Word layout by the sixth set's ``h6_render`` (and through it the
third and first sets'), browser pages by the fifth set's ``h5_web``, the sixth set's gold writer and
renditions, the third set's checks, LibreOffice's run and the first set's scan. The one thing this
set adds is ``h18_mojibake``: a report with ``mojibake`` has its LibreOffice PDF's text layer spoilt
for the fonts it names (UTF-8 read as Latin-1, "Ã¸" for "ø") while the page still shows the right
letters.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), *(str(HERE.parent / folder) for folder in ("heldout6",))]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h18_mojibake  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files
build = make_heldout6.build

SET = make_heldout6.BlindSet(("h18_reports_a", "h18_reports_b"))
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout18(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    written = SET.write(out_dir, names)
    for report in load_reports(names):
        if report.get("mojibake") and "pdf" in report["renditions"]:
            pdf = out_dir / f"{report['name']}.pdf"
            pdf.write_bytes(h18_mojibake.spoil_text_layer(pdf.read_bytes(), report["mojibake"]["fonts"]))
    return written


if __name__ == "__main__":
    make_heldout.run_main(write_heldout18)
