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
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout12", "devset"):
    sys.path.insert(0, str(HERE.parent / folder))  # mechanics only
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
import make_heldout6  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)
import h5_web  # noqa: E402
import h13_render  # noqa: E402

MODULES = ("h13_reports_a", "h13_reports_b")
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def load_reports(names: list[str] | None = None) -> list[dict]:
    return make_heldout.load_reports(names, MODULES, REPORT_KEYS)


def build(report: dict):
    """The document (python-docx Document, or HTML text for a browser report or deck) and its gold."""
    if report.get("slides"):
        html = h13_render.slides_html
    else:
        html = h5_web.html_document if h5_web.is_browser(report) else None
    return make_heldout3.build(report, h13_render.add_items, html_document=html)


def build_all(names: list[str] | None = None) -> list[tuple[dict, Gold, object, dict]]:
    built = make_heldout3.build_all(names, load_reports, build)
    return [(report, gold, document, gold_json(report, gold)) for report, gold, document, _ in built]


def write_heldout13(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return make_heldout3.write_built(build_all(names), out_dir, EXT, h13_render.print_page)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout13)
