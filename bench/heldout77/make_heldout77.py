#!/usr/bin/env python3
"""Write the seventy-seventh held-out set: associations, clubs, a stiftelse, a kommunalt foretak and
a borettslag as volunteers and small offices write them (2003–2024), written blind, each with
NAME.gold.json in the scorer's format. A measuring set.

    .venv/bin/python bench/heldout77/make_heldout77.py [NAME ...]   # python-docx, soffice, chromium

The content is in ``h77_reports_a.py`` (Word reports) and ``h77_reports_b.py`` (a nynorsk Word
report and the two designer reports). Word reports are laid out by the sixth set's ``h6_render``;
the designer reports by this set's own ``h77_pages`` (HTML and CSS written for this set) and
printed by Chromium. Markup, checks, the gold writer, ``BlindSet`` and LibreOffice's run are the
earlier sets'.
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
from make_heldout import check_gold  # noqa: E402,F401  (the tests ask it)
from make_heldout6 import BlindSet, gold_json  # noqa: E402,F401

import h6_render  # noqa: E402
import h77_pages  # noqa: E402

MODULES = ("h77_reports_a", "h77_reports_b")
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "design": "pdf"}


def build(report: dict):
    """The report's Word document, or its designer HTML, and its gold."""
    if "design" in report["renditions"]:
        return make_heldout3.build(report, html_document=h77_pages.html_document)
    return make_heldout3.build(report, h6_render.add_items)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=h77_pages.print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout77(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout77)
