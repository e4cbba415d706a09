#!/usr/bin/env python3
"""Write the twentieth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout20/make_heldout20.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h20_reports_*.py`` (one function per report returning a dict). This set adds no
layout of its own: Word reports are the sixth set's ``h6_render`` (through it the third and first
sets' items), a browser report the fifth set's ``h5_web`` page; the gold writer, renditions and
``BlindSet`` are the sixth set's, the checks the third set's, LibreOffice's run and the scan the
first set's: all imported.

Renditions are the sixth set's (``make_heldout6.EXT``): "docx", "pdf", "doc", "scan" (image-only),
"chrome" and "web" (Chromium's print, the latter with the browser's own lines).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files
build = make_heldout6.build

SET = make_heldout6.BlindSet(("h20_reports_a", "h20_reports_b"))
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout20(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout20)
