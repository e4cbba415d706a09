#!/usr/bin/env python3
"""Write the sixty-third held-out set: a cross-section of what a batch of real historic reports holds
(1997-2024: two vekstbedrifter, one nynorsk; an IKS; a legat; an orienteringslag; a designer-made
choir report), written blind, each with NAME.gold.json in the scorer's format. A measuring set.

    .venv/bin/python bench/heldout63/make_heldout63.py [NAME ...]   # python-docx, PIL, soffice, chromium

The content is in ``h63_reports_a.py`` and ``h63_reports_b.py``. Word reports are laid out by the
sixth set's ``h6_render`` (tab lines, the third set's titled statements); the designer report by this
set's own ``h63_design`` (HTML and CSS printed by Chromium). The gold writer and ``BlindSet`` are the
sixth set's; markup, checks and LibreOffice's run the first set's.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]  # mechanics only
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h6_render  # noqa: E402

import h63_design  # noqa: E402

EXT = {**make_heldout6.EXT, "design": "pdf"}
gold_json = make_heldout6.gold_json


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def build(report: dict):
    html_document = h63_design.html_document if h63_design.is_design(report) else None
    return make_heldout3.build(report, h6_render.add_items, html_document=html_document)


SET = make_heldout6.BlindSet(("h63_reports_a", "h63_reports_b"), build=build, print_page=h63_design.print_page,
                             ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout63(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout63)
