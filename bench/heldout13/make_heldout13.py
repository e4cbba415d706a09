#!/usr/bin/env python3
"""Write the thirteenth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout13/make_heldout13.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm, pypdfium2

The content is in ``h13_reports_*.py`` (one function per report returning a dict). ``h13_render``
adds tracked changes in Word, a landscape statement page stored with /Rotate 90, and slide decks;
everything else is the earlier sets' mechanics, imported: Word layout by the twelfth set's
``h12_render`` (and through it the sixth, third and first sets'), browser pages by the fifth set's
``h5_web``, the sixth set's gold writer, the third set's checks, LibreOffice's run and the first
set's scan.

Renditions are the sixth set's (``make_heldout6.EXT``): "docx", "pdf", "doc", "scan" (image-only),
"chrome" and "web". A report with ``rotate`` has its PDF's landscape pages turned (/Rotate 90); a
report with ``slides`` is a deck printed by Chromium.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), *(str(HERE.parent / folder) for folder in ("heldout6", "heldout12"))]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h5_web  # noqa: E402
import h13_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    """The document (python-docx Document, or HTML text for a browser report or deck) and its gold."""
    if report.get("slides"):
        html = h13_render.slides_html
    else:
        html = h5_web.html_document if h5_web.is_browser(report) else None
    return make_heldout3.build(report, h13_render.add_items, html_document=html)


SET = make_heldout6.BlindSet(("h13_reports_a", "h13_reports_b"), build=build, print_page=h13_render.print_page)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout13(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout13)
