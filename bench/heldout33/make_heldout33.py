#!/usr/bin/env python3
"""Write the thirty-third held-out set: invented Norwegian annual reports in designed and exported
formats (a slide deck saved as PDF, a magazine-style report, a web page printed from a browser, an
infographic page of key figures, running headers and footers on every page), written blind (by a
hand that has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier
held-out sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout33/make_heldout33.py [NAME ...]   # chromium

The content is in ``h33_reports_*.py`` (one function per report returning a dict). Every report is
HTML printed by Chromium: ``h33_html`` (the fourth set's items plus slides, key-figure grids,
portrait cards, three columns, pull quotes, sidebars, a cookie banner, running page boxes), printed
as the fifth set's ``print_page`` does. The gold writer is the sixth set's, the checks the third
set's: imported, nothing new.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h33_html  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    return make_heldout3.build(report, html_document=h33_html.html_document)


SET = make_heldout6.BlindSet(("h33_reports_a", "h33_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout33(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout33)
