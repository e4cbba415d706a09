#!/usr/bin/env python3
"""Write the sixty-second held-out set: invented Norwegian annual reports laid out by a designer as
**landscape sheets holding two-page spreads** (a left and a right page side by side, as a report
exported "as spreads"), printed to PDF by Chromium, written blind, each with NAME.gold.json.

    .venv/bin/python bench/heldout62/make_heldout62.py [NAME ...]   # chromium, pdfinfo

The content is in ``h62_reports_*.py`` (one function per report returning a dict), the layout in this
set's own ``h62_spread.py`` (sheets of two pages; it refuses a PDF with more pages than sheets).
Markup, checks and gold are the earlier sets' (``make_heldout`` markup and checks, ``make_heldout6``'s
``BlindSet`` and gold writer); statements are ``heldout_finance``'s, sums computed.

Rendition: "chrome" (the HTML printed by Chromium without header lines), the PDF only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "devset"):  # mechanics only
    sys.path.insert(0, str(HERE.parent / folder))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
import make_heldout6  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)

import h62_spread  # noqa: E402

MODULES = ("h62_reports_a", "h62_reports_b")
EXT = {"chrome": "pdf"}
gold_json = make_heldout6.gold_json


def build(report: dict):
    """(HTML text, gold) of one report."""
    gold = Gold()
    return h62_spread.html_document(report, gold), gold


SET = make_heldout6.BlindSet(MODULES, build=build, print_page=h62_spread.print_spreads, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def write_heldout62(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout62)
