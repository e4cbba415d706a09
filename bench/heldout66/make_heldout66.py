#!/usr/bin/env python3
"""Write the sixty-sixth held-out set: designer-made annual reports (three arbeidsinkluderingsbedrifter,
an IKS, a kommunalt foretak and a museum stiftelse; 2008-2024; bokmål and one nynorsk), written blind,
each with NAME.gold.json in the scorer's format. Fixers will fix against this set afterwards.

    .venv/bin/python bench/heldout66/make_heldout66.py [NAME ...]   # chromium, pdfinfo, pdftotext

The content is in ``h66_reports_*.py``; the sheets are this set's own HTML and CSS (``h66_pages``),
printed by Chromium (``h4_html.print_pdf``), one rendition "design" (PDF). Markup, checks and gold
are the earlier sets' (``make_heldout``, ``make_heldout3``, ``make_heldout6.BlindSet``). A sheet whose
content runs past its bottom margin, or a PDF with more pages than sheets, is refused.
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
from make_heldout import Gold, check_gold  # noqa: E402,F401  (check_gold: the tests ask it)
from make_heldout6 import BlindSet, gold_json  # noqa: E402,F401

import h66_pages  # noqa: E402

MODULES = ("h66_reports_a", "h66_reports_b")
EXT = {"design": "pdf"}


def build(report: dict):
    """The report's HTML sheets and its gold."""
    return make_heldout3.build(report, html_document=h66_pages.html_document)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=h66_pages.print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout66(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout66)
