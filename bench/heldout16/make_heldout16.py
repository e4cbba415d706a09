#!/usr/bin/env python3
"""Write the sixteenth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout16/make_heldout16.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h16_reports_*.py`` (one function per report returning a dict). Word layout is
``h16_render`` (underlined stencil headings, handwritten corrections, a statement with merged cells,
a two-cell layout table) over the sixth set's ``h6_render``; browser pages are the fifth set's
``h5_web``; the gold writer and renditions are the sixth set's, the checks the third set's.

Renditions are the sixth set's ("docx", "pdf", "doc", "scan", "chrome", "web") plus "stencil": the
DOCX through LibreOffice, then ``h16_render.stencil_scan`` (a mimeographed sheet badly scanned) as
NAME.scan.pdf.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold, seed_of, soffice  # noqa: E402, F401  (check_gold: the tests ask it)
from make_samples import docx_bytes_reproducible  # noqa: E402
import h16_render  # noqa: E402

EXT = {**make_heldout6.EXT, "stencil": "scan.pdf"}
gold_json = make_heldout6.gold_json


def rendition_files(report: dict) -> set[str]:
    return make_heldout6.make_heldout3.rendition_files(report, EXT)


def build(report: dict):
    return make_heldout6.build(report, h16_render.add_items)


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """A stencil report's scan made here (its PDF is never kept); a browser page as the sixth set."""
    if "stencil" not in report["renditions"]:
        return make_heldout6.print_page(report, document, tmp, out_dir)
    source = tmp / f"{report['name']}.docx"
    source.write_bytes(docx_bytes_reproducible(document))
    soffice([source], tmp, "pdf")
    h16_render.stencil_scan(tmp / f"{report['name']}.pdf", out_dir / f"{report['name']}.scan.pdf", seed_of(report))
    return True


SET = make_heldout6.BlindSet(("h16_reports_a", "h16_reports_b"), build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout16(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout16)
