#!/usr/bin/env python3
"""Write the fortieth held-out set: invented Norwegian annual reports as offices write them in
Word (board tables with merged cells or nested tables, text boxes, the organisation's name only in
the page header, bold paragraphs for headings, numbered headings, tables of contents, footnotes,
statements with several lines per cell, tab-aligned columns, a table repeating its header row over a
page break), written blind, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout40/make_heldout40.py [NAME ...]   # python-docx, PIL, soffice

The content is in ``h40_reports_*.py`` (one function per report returning a dict). Word layout is
this set's ``h40_render`` (merged-cell and nested tables, multi-line cells) over the fifteenth set's
``h15_render`` (table of contents, footnotes; through it the sixth, third and first sets' items).
The gold writer is the sixth set's, the checks the third set's, LibreOffice's run the first set's.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout15")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h40_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    return make_heldout6.build(report, add_items=h40_render.add_items)


SET = make_heldout6.BlindSet(("h40_reports_a", "h40_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout40(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout40)
