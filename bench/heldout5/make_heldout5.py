#!/usr/bin/env python3
"""Write the fifth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md or the earlier held-out sets' content),
each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout5/make_heldout5.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h5_reports_*.py`` (one function per report returning a dict). Word reports are
laid out by the third set's ``h3_render``; browser reports by the fourth set's ``h4_html`` and
printed by Chromium (``h5_web``: a page printed from a web site keeps the browser's own header and
footer lines). Markup, checks, LibreOffice's run and the scan are the first set's; the gold writer
and the checks of the board are the third set's (``make_heldout3.build_all``).

Renditions: "docx", "pdf" (the DOCX through LibreOffice), "doc" (Word 97 through LibreOffice),
"scan" (the PDF rendered, tilted, blurred, wrapped as an image-only PDF), "chrome" (HTML printed by
Chromium without header lines) and "web" (HTML printed by Chromium with its date, title, address and
page-number lines, as a user prints a web page); the browser file is NAME.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "heldout4", "devset"):  # mechanics and gold writers only
    sys.path.insert(0, str(HERE.parent / folder))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)

import h5_web  # noqa: E402
from h5_web import is_browser, print_page  # noqa: E402

MODULES = ("h5_reports_a", "h5_reports_b")
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "scan.pdf", "chrome": "pdf", "web": "pdf"}

gold_json = make_heldout3.gold_json


def load_reports(names: list[str] | None = None) -> list[dict]:
    return make_heldout.load_reports(names, MODULES, REPORT_KEYS)


def build(report: dict):
    """The document (python-docx Document, or HTML text for a browser report) and its gold."""
    return make_heldout3.build(report, html_document=h5_web.html_document if is_browser(report) else None)


def build_all(names: list[str] | None = None) -> list[tuple[dict, Gold, object, dict]]:
    return make_heldout3.build_all(names, load_reports, build)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def write_heldout5(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return make_heldout3.write_built(build_all(names), out_dir, EXT, print_page)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout5)
