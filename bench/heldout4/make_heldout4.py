#!/usr/bin/env python3
"""Write the fourth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md or the earlier held-out sets' content),
each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout4/make_heldout4.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h4_reports_*.py`` (one function per report returning a dict). Word reports are
laid out by the third set's ``h3_render`` (which hands most items to the first set's
``heldout_docx``); browser reports by ``h4_html`` and printed by Chromium. Markup for places and
percentages, the checks that gold is printed, LibreOffice's run and the scan are the first set's
(``bench/heldout/make_heldout.py``); the gold writer is the third set's.

Renditions: "docx", "pdf" (the DOCX through LibreOffice), "doc" (Word 97 through LibreOffice),
"scan" (the PDF rendered at 200 dpi, tilted, blurred, noisy, wrapped as an image-only PDF) and
"chrome" (HTML printed to PDF by Chromium; the file is NAME.pdf).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "devset"):  # rendering mechanics and gold writers only
    sys.path.insert(0, str(HERE.parent / folder))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)

import h4_html  # noqa: E402

MODULES = ("h4_reports_a", "h4_reports_b")
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "scan.pdf", "chrome": "pdf"}

gold_json = make_heldout3.gold_json


def load_reports(names: list[str] | None = None) -> list[dict]:
    return make_heldout.load_reports(names, MODULES, REPORT_KEYS)


def is_browser(report: dict) -> bool:
    return "chrome" in report["renditions"]


def build(report: dict):
    """The document (python-docx Document, or HTML text for a browser report) and its gold."""
    return make_heldout3.build(report, html_document=h4_html.html_document if is_browser(report) else None)


def build_all(names: list[str] | None = None) -> list[tuple[dict, Gold, object, dict]]:
    return make_heldout3.build_all(names, load_reports, build)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A browser report's page printed by Chromium as its PDF (``make_heldout3.write_built``)."""
    if not is_browser(report):
        return False
    name = report["name"]
    page = tmp / f"{name}.html"
    page.write_text(document, encoding="utf-8")
    h4_html.print_pdf(page, out_dir / f"{name}.pdf")
    return True


def write_heldout4(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return make_heldout3.write_built(build_all(names), out_dir, EXT, print_page)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout4)
