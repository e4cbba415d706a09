#!/usr/bin/env python3
"""Write the fifteenth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout15/make_heldout15.py [NAME ...]   # python-docx, soffice, chromium, pdftoppm, pypdfium2, pdfplumber

The content is in ``h15_reports_*.py`` (one function per report returning a dict). Word layout is
``h15_render`` (a dotted-leader table of contents, real footnotes, two languages side by side) over
the sixth set's ``h6_render``; browser pages are the fifth set's ``h5_web``; the gold writer is the
sixth set's, the checks the third set's, LibreOffice's run and the scan noise the first set's.

Renditions are the sixth set's ("docx", "pdf", "doc", "scan", "chrome", "web") and two of this set's,
both made from LibreOffice's PDF of the DOCX by ``h15_pdf``:
    "ocr"     a searchable scan: page images under an invisible OCR text layer with OCR's slips
    "badmap"  the PDF with its body font's /ToUnicode maps wrong (the headings' font right)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), *(str(HERE.parent / folder) for folder in ("heldout6",))]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold, seed_of, soffice  # noqa: E402, F401  (check_gold: the tests ask it)
from make_samples import docx_bytes_reproducible  # noqa: E402
import h5_web  # noqa: E402
import h15_render  # noqa: E402

EXT = {**make_heldout6.EXT, "ocr": "pdf", "badmap": "pdf"}
BODY_FAMILY = b"DejaVuSerif"  # the font whose map "badmap" breaks: reports with it use it for body text

gold_json = make_heldout6.gold_json


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def build(report: dict):
    html = h5_web.html_document if h5_web.is_browser(report) else None
    return make_heldout3.build(report, h15_render.add_items, html_document=html)


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """``make_heldout3.write_built``'s hook: browser pages by Chromium; "ocr" and "badmap" reports
    as LibreOffice's PDF of the DOCX, then turned by ``h15_pdf`` (the DOCX kept if named)."""
    if h5_web.print_page(report, document, tmp, out_dir):
        return True
    renditions = set(report["renditions"])
    if not {"ocr", "badmap"} & renditions:
        return False
    import h15_pdf  # pdfplumber and pypdfium2: only to write, not to build gold

    name = report["name"]
    docx_path = (out_dir if "docx" in renditions else tmp) / f"{name}.docx"
    docx_path.write_bytes(docx_bytes_reproducible(document))
    soffice([docx_path], tmp, "pdf")
    if "ocr" in renditions:
        h15_pdf.searchable_scan(tmp / f"{name}.pdf", out_dir / f"{name}.pdf", seed_of(report))
    else:
        if not h15_pdf.break_tounicode(tmp / f"{name}.pdf", out_dir / f"{name}.pdf", BODY_FAMILY):
            raise SystemExit(f"{name}: no {BODY_FAMILY!r} font with a /ToUnicode map to break")
    return True


SET = make_heldout6.BlindSet(("h15_reports_a", "h15_reports_b"), build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout15(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout15)
