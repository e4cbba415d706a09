#!/usr/bin/env python3
"""Write the sixty-ninth held-out set: six invented Norwegian annual reports laid out as designed
PDFs (covers, contents pages, colour bands, photo collages, pull quotes, key-figure tiles, charts,
portrait pages, statements on their own sheets), written blind, each with NAME.gold.json.

    .venv/bin/python bench/heldout69/make_heldout69.py [NAME ...]   # chromium, pdfinfo, pdftotext

The content is in ``h69_reports_*.py`` (one function per report returning a dict); the sheets are
drawn by this set's own ``h69_sheets`` (pictures: ``h69_art``) and printed by Chromium through the
fourth set's ``h4_html.print_pdf``. The gold writer, loading and checks are the sixth set's
``BlindSet`` (the first set's markup: ``{g:Alta}``, ``{p:5,4 %|sykefravær}``); sums and balances
are ``heldout_finance``'s. A report whose PDF has another number of pages than the sheets it draws,
or whose sheet overflows, is refused.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]  # mechanics only
import make_heldout6  # noqa: E402  (puts the earlier sets' mechanics on the path)
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402, F401  (check_gold: the tests ask it)

import h4_html  # noqa: E402
import h69_sheets  # noqa: E402

MODULES = ("h69_reports_work", "h69_reports_culture", "h69_reports_public")
gold_json = make_heldout6.gold_json


def build(report: dict):
    """The report's HTML (its sheets) and its gold."""
    gold = Gold()
    return h69_sheets.html_document(report, gold), gold


def print_page(report: dict, document: str, tmp: Path, out_dir: Path) -> bool:
    """Chromium prints the sheets; refused when a sheet overflows or the page count differs."""
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{report['name']}.pdf"
    h4_html.print_pdf(page, target)
    text = subprocess.run(["pdftotext", "-l", "1", str(target), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    if "SHEET OVERFLOW" in text or pages != h69_sheets.sheet_count(report):
        raise SystemExit(f"{report['name']}: {pages} pages for {h69_sheets.sheet_count(report)} sheets; "
                         f"{text.splitlines()[0] if text else ''}")
    return True


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, make_heldout6.EXT)


SET = make_heldout6.BlindSet(MODULES, build=build, print_page=print_page)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout69(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout69)
