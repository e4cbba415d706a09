#!/usr/bin/env python3
"""Write the seventy-ninth held-out set: six invented annual reports whose key figures a reader must
find in statements printed the many ways real ones are (units, signs, column orders, budget and
deviation columns, a statement over a page break, side-by-side blocks, a landscape page, figures
only in prose), written blind, each with NAME.gold.json in the scorer's format. A measuring set.

    .venv/bin/python bench/heldout79/make_heldout79.py [NAME ...]   # python-docx, soffice, chromium, ~20 s

The content is in ``h79_reports_a.py`` (the two Word reports) and ``h79_reports_b.py`` (the four
browser-printed reports). Word reports are laid out by the sixth set's ``h6_render``; the browser
reports by this set's own page builder ``h79_page`` (HTML/CSS written for this set) and printed by
Chromium through the fifth set's ``print_page``. Markup, checks, the gold writer and ``BlindSet``
are the earlier sets' (mechanics only).
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
from make_heldout6 import EXT, BlindSet, gold_json  # noqa: E402,F401

import h6_render  # noqa: E402
import h79_page  # noqa: E402
from h5_web import is_browser, print_page  # noqa: E402

MODULES = ("h79_reports_a", "h79_reports_b")


def build(report: dict):
    """A browser report's HTML from this set's page builder, else a Word document."""
    if is_browser(report):
        return make_heldout3.build(report, html_document=h79_page.html_document)
    return make_heldout3.build(report, h6_render.add_items)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout79(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout79)
