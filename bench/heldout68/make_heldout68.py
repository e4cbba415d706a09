#!/usr/bin/env python3
"""Write the sixty-eighth held-out set: six invented Norwegian annual reports from 1992 to 2025 as a
historic archive batch holds them, written blind, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout68/make_heldout68.py [NAME ...]   # python-docx, soffice, chromium

The content is in ``h68_reports_*.py`` (one function per report returning a dict). Word reports are
laid out by the sixth set's ``h6_render`` (tab lines and the earlier sets' items); the one designer
report by this set's own ``h68_design`` and printed by Chromium (the fourth set's ``print_pdf``).
Loading, markup, checks, gold and LibreOffice's run are the sixth set's ``BlindSet``.

Renditions: "docx", "pdf" (the DOCX through LibreOffice), "doc" (Word 97 through LibreOffice) and
"design" (this set's HTML printed by Chromium, the report's only file).
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
import h4_html  # noqa: E402
import h6_render  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
import make_heldout6  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402,F401  (check_gold: the tests ask it)
from make_heldout6 import BlindSet, gold_json  # noqa: E402,F401

import h68_design  # noqa: E402

MODULES = ("h68_reports_a", "h68_reports_b", "h68_reports_c")
EXT = {**make_heldout6.EXT, "design": "pdf"}


def build(report: dict):
    """(document, gold): this set's HTML for the designer report, else a Word document."""
    if "design" in report["renditions"]:
        gold = Gold()
        return h68_design.html_document(report, gold), gold
    return make_heldout3.build(report, h6_render.add_items)


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """The designer report printed by Chromium; refused when it prints on more sheets than it draws."""
    if "design" not in report["renditions"]:
        return False
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{report['name']}.pdf"
    h4_html.print_pdf(page, target)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    if pages != report["sheets"]:
        raise SystemExit(f"{report['name']}: printed on {pages} sheets, drawn for {report['sheets']}")
    return True


SET = BlindSet(MODULES, build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def write_heldout68(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout68)
