#!/usr/bin/env python3
"""Write the sixty-fourth held-out set: designer-made annual reports by yet another hand (a vekstbedrift,
an IKS, a kommunalt foretak, a stiftelse, a football club and a bondekvinnelag; 2013-2024; bokmål
and nynorsk), written blind, each with NAME.gold.json in the scorer's format. A measuring set.

    .venv/bin/python bench/heldout64/make_heldout64.py [NAME ...]   # chromium, pdfinfo

The content is in ``h64_reports_*.py``; the pages are this set's own HTML and CSS
(``h64_pages``), printed by Chromium (``h4_html.print_pdf``), one rendition "design" (PDF).
Markup, checks and gold are the earlier sets' (``make_heldout``, ``make_heldout3``,
``make_heldout6.BlindSet``). A page that runs onto a sheet more than the report draws is refused.
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

import h64_pages  # noqa: E402

MODULES = ("h64_reports_a", "h64_reports_b")
EXT = {"design": "pdf"}


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet.designed(MODULES, h64_pages.html_document, print_page=h64_pages.print_page, ext=EXT)
build, load_reports, build_all = SET.build, SET.load_reports, SET.build_all


def write_heldout64(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout64)
