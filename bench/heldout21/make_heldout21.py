#!/usr/bin/env python3
"""Write the twenty-first held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout21/make_heldout21.py [NAME ...]   # python-docx, PIL, soffice, pdftoppm

The content is in ``h21_reports_*.py`` (one function per report returning a dict). All six are Word
documents laid out by the sixth set's ``h6_render`` (through it the third and first sets' items);
statements are the first set's ``heldout_finance`` printed by the third set's ``Kroner`` ("1 234,-")
and ``Dash`` ("–152 480") or the nineteenth set's ``KrPrefix`` ("kr 1.234,-"). The gold writer,
renditions and ``BlindSet`` are the sixth set's, the checks the third set's, LibreOffice's run and
the scan the first set's: all imported, nothing new.

Renditions are the sixth set's (``make_heldout6.EXT``): "docx", "pdf", "doc", "scan" (image-only).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path;
# the nineteenth set's folder gives h19_render.KrPrefix
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout19")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files
build = make_heldout6.build

SET = make_heldout6.BlindSet(("h21_reports_a", "h21_reports_b"))
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout21(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout21)
