"""Mechanics the ninth held-out set adds to the earlier sets': an A5 booklet printed landscape
two-up (two A5 pages side by side on each A4 sheet, as a small association prints its årsmelding
to fold), and the hook that prints it. Everything else is imported from the earlier sets.

    A5 page size           ``a5_document``: the first set's Word document, its one section set to A5
    two-up imposition      ``impose_two_up``: each pair of A5 pages placed on one landscape A4 sheet,
                           kept as vector content (the text layer survives, as a printer driver's
                           "2 pages per sheet" PDF keeps it)
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
from docx.shared import Mm

import heldout_docx
from make_heldout import seed_of, soffice
from make_samples import FIXED_TIME, docx_bytes_reproducible

A5 = (Mm(148), Mm(210))
TWO_UP = "twoup"  # the rendition: NAME.docx laid out on A5, NAME.pdf its pages two to a sheet


def a5_document(report: dict, gold, add_items):
    """The Word document on A5 from the first page on, so tables added after take the narrow width."""
    document = heldout_docx.new_document(report, gold, FIXED_TIME)
    section = document.sections[0]
    section.page_width, section.page_height = A5
    section.left_margin = section.right_margin = Mm(report.get("margin_mm", 14))
    section.top_margin = section.bottom_margin = Mm(14)
    add_items(document, gold, report["items"], seed=seed_of(report))
    return document


def impose_two_up(source: Path, target: Path) -> None:
    """Pages 1+2, 3+4, ... of an A5 PDF side by side on landscape sheets (an odd last page alone)."""
    src = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    width, height = src[0].get_size()
    for first in range(0, len(src), 2):
        sheet = out.new_page(2 * width, height)
        for slot, index in enumerate(range(first, min(first + 2, len(src)))):
            obj = src.page_as_xobject(index, out).as_pageobject()
            obj.transform(pdfium.PdfMatrix().translate(slot * width, 0))
            sheet.insert_obj(obj)
        sheet.gen_content()
    out.save(str(target))


def print_two_up(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """``make_heldout3.write_built``'s hook for a two-up report: its DOCX, LibreOffice's A5 PDF of
    it (in ``tmp``), imposed as NAME.pdf. False for any other report."""
    if TWO_UP not in report["renditions"]:
        return False
    name = report["name"]
    docx_path = out_dir / f"{name}.docx"
    docx_path.write_bytes(docx_bytes_reproducible(document))
    shutil.copy(docx_path, tmp / docx_path.name)
    soffice([tmp / docx_path.name], tmp, "pdf")
    impose_two_up(tmp / f"{name}.pdf", out_dir / f"{name}.pdf")
    return True
