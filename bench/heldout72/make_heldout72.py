#!/usr/bin/env python3
"""Write the seventy-second held-out set: six invented annual reports of vekstbedrifter /
arbeidsmarkedsbedrifter (2005-2024), written blind, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout72/make_heldout72.py [NAME ...]   # python-docx, soffice, chromium, pdfinfo

The content is in ``h72_reports_a.py`` and ``h72_reports_b.py`` (one function per report returning a
dict). A report's ``layout`` says how it is made:

    "word"    a Word document (the first set's ``heldout_docx`` and this set's ``h72_word``), printed to
              PDF and saved as Word 97 by LibreOffice where its renditions ask
    "design"  this set's own HTML sheets (``h72_sheets``), printed by Chromium
    "writer"  this set's own LibreOffice Writer document (``h72_odt``: frames, text boxes, ruled grids),
              turned into a PDF by LibreOffice

Markup, checks, LibreOffice's run and the gold writer are the earlier sets' (``make_heldout``,
``make_heldout3``, ``make_heldout6.BlindSet``): ``{g:Gol}``, ``{g?:Leira}``, ``{p:5,9 %|sykefraværet}``,
``{p?:100 %}``. Sums and balances are computed (``heldout_finance``, ``h72_common.accounts``).
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
import make_heldout6  # noqa: E402
from make_heldout import Gold, check_gold, seed_of  # noqa: E402,F401  (check_gold: the tests ask it)
from make_samples import FIXED_TIME  # noqa: E402

import h4_html  # noqa: E402
import h72_odt  # noqa: E402
import h72_sheets  # noqa: E402
import h72_word  # noqa: E402
import heldout_docx  # noqa: E402

MODULES = ("h72_reports_a", "h72_reports_b")
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "chrome": "pdf", "writer": "pdf"}
gold_json = make_heldout6.gold_json


def build(report: dict):
    """(document, gold): a python-docx Document, or the HTML or flat ODT text of the report."""
    gold = Gold()
    layout = report.get("layout", "word")
    if layout == "design":
        return h72_sheets.html_document(report, gold), gold
    if layout == "writer":
        return h72_odt.fodt_document(report, gold), gold
    document = heldout_docx.new_document(report, gold, FIXED_TIME)
    h72_word.add_items(document, gold, report["items"], seed=seed_of(report))
    return document, gold


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A designer report printed by Chromium, a Writer report by LibreOffice; False for Word reports
    (``make_heldout3.write_built`` saves those and converts them)."""
    name, layout = report["name"], report.get("layout", "word")
    if layout == "design":
        page = tmp / f"{name}.html"
        page.write_text(document, encoding="utf-8")
        h4_html.print_pdf(page, out_dir / f"{name}.pdf")
        h72_sheets.check_print(out_dir / f"{name}.pdf", len(report["items"]))
        return True
    if layout == "writer":
        source = tmp / f"{name}.fodt"
        source.write_text(document, encoding="utf-8")
        make_heldout.soffice([source], out_dir, "pdf")
        return True
    return False


SET = make_heldout6.BlindSet(MODULES, build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def write_heldout72(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout72)
