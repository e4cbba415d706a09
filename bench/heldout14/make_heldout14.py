#!/usr/bin/env python3
"""Write the fourteenth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout14/make_heldout14.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h14_reports_*.py`` (one function per report returning a dict). Word layout is
``h14_render`` (soft-return paragraphs, an owners' table with "Eierandel %") over the sixth set's
``h6_render``; browser pages are the fifth set's ``h5_web``; the gold writer is the sixth set's, the
checks the third set's, LibreOffice's run and the scan the first set's: all imported.

Renditions are the sixth set's (``make_heldout6.EXT``): "docx", "pdf", "doc", "scan" (image-only),
"chrome" and "web" (Chromium's print, the latter with the browser's own lines).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "devset"):
    sys.path.insert(0, str(HERE.parent / folder))  # mechanics only
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
import make_heldout6  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)
import h5_web  # noqa: E402
import h14_render  # noqa: E402

MODULES = ("h14_reports_a", "h14_reports_b")
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def load_reports(names: list[str] | None = None) -> list[dict]:
    return make_heldout.load_reports(names, MODULES, REPORT_KEYS)


def build(report: dict):
    """The document (python-docx Document, or HTML text for a browser report) and its gold."""
    html = h5_web.html_document if h5_web.is_browser(report) else None
    return make_heldout3.build(report, h14_render.add_items, html_document=html)


def build_all(names: list[str] | None = None) -> list[tuple[dict, Gold, object, dict]]:
    built = make_heldout3.build_all(names, load_reports, build)
    return [(report, gold, document, gold_json(report, gold)) for report, gold, document, _ in built]


def write_heldout14(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return make_heldout3.write_built(build_all(names), out_dir, EXT, h5_web.print_page)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout14)
