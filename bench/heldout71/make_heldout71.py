#!/usr/bin/env python3
"""Write the seventy-first held-out set: three designer-made PDF reports (this set's own HTML page
builder, printed by Chromium) and three Word reports (.docx, LibreOffice's .pdf, one also .doc),
written blind, each with NAME.gold.json in the scorer's format. A set the fixers will fix against.

    .venv/bin/python bench/heldout71/make_heldout71.py [NAME ...]   # python-docx, soffice, chromium, pdftotext

The content is in ``h71_reports_design_a.py``, ``h71_reports_design_b.py`` and
``h71_reports_word.py``. Designer reports are laid out by ``h71_sheets`` (pictures and charts:
``h71_art``); Word reports by ``h71_word`` (on the sixth set's ``h6_render``). Markup, checks,
the gold writer, ``BlindSet`` and LibreOffice's run are the earlier sets'.

Writing fails when a layout does not hold what the set is meant to hold: a designer PDF with
another number of pages than sheets or a sheet whose content overflowed, or a ``wraps`` text (an
e-mail or web address meant to break after its hyphen) that does not end a line of the PDF.
"""
from __future__ import annotations

import subprocess
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

import h4_html  # noqa: E402
import h71_sheets  # noqa: E402
import h71_word  # noqa: E402

MODULES = ("h71_reports_design_a", "h71_reports_design_b", "h71_reports_word")
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "design": "pdf"}


def build(report: dict):
    """The report's designer HTML or its Word document, and its gold."""
    if "design" in report["renditions"]:
        return make_heldout3.build(report, html_document=h71_sheets.html_document)
    return make_heldout3.build(report, h71_word.add_items)


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A designer report's HTML printed by Chromium as its PDF (``write_built``'s hook)."""
    if "design" not in report["renditions"]:
        return False
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    h4_html.print_pdf(page, out_dir / f"{report['name']}.pdf")
    return True


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def pdf_lines(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.rstrip() for line in text.splitlines()]


def check_layout(reports: list[dict], out_dir: Path) -> list[str]:
    """Designer PDFs hold their sheets; each ``wraps`` text ends a line of the report's PDF (in its
    own column: another column may sit beside it on the same line)."""
    problems = []
    for report in reports:
        pdf = out_dir / f"{report['name']}.pdf"
        if "design" in report["renditions"]:
            problems += h71_sheets.check_pdf(report, pdf)
        lines = pdf_lines(pdf) if report.get("wraps") else []
        for text in report.get("wraps", []):
            if not any(text in line and not line.split(text, 1)[1][:1].isalnum() for line in lines):
                problems.append(f"{report['name']}: {text!r} does not end a line of the PDF")
    return problems


def write_heldout71(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    written = SET.write(out_dir, names)
    problems = check_layout(load_reports(names), out_dir)
    if problems:
        raise SystemExit("layout does not hold what the set is meant to hold:\n  " + "\n  ".join(problems))
    return written


if __name__ == "__main__":
    make_heldout.run_main(write_heldout71)
