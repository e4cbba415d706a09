#!/usr/bin/env python3
"""Write the seventieth held-out set: vekstbedrifter and arbeidsmarkedsbedrifter from 1988 to 2024
(an ASVO, an attføringsbedrift in Aetat's time, an arbeidsmarkedsbedrift in NAV's, an
arbeidsinkluderingsbedrift as a designer's PDF), a nynorsk IKS and a stiftelse, written blind, each
with NAME.gold.json in the scorer's format. A set the fixers will fix against.

    .venv/bin/python bench/heldout70/make_heldout70.py [NAME ...]   # python-docx, soffice, chromium, pdftotext

The content is in ``h70_reports_a.py`` and ``h70_reports_b.py``. Word reports are laid out by the
sixth set's ``h6_render`` (tab lines, the third set's titled statements and portraits); the designer
report by this set's own ``h70_pages`` and printed by Chromium. Markup, checks, the gold writer,
``BlindSet`` and LibreOffice's run are the earlier sets'.

A report may name ``wraps``: text that must end a line in its PDF (an e-mail or web address broken
after its hyphen); writing fails when the PDF does not break there, so the layout cannot drift away
from what the set is meant to hold.
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

import h6_render  # noqa: E402
import h70_pages  # noqa: E402

MODULES = ("h70_reports_a", "h70_reports_b")
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "design": "pdf"}


def build(report: dict):
    """The report's Word document, or its designer HTML, and its gold."""
    if "design" in report["renditions"]:
        return make_heldout3.build(report, html_document=h70_pages.html_document)
    return make_heldout3.build(report, h6_render.add_items)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=h70_pages.print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def pdf_lines(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.rstrip() for line in text.splitlines()]


def check_wraps(reports: list[dict], out_dir: Path) -> list[str]:
    """Each ``wraps`` text ends a line of the report's PDF (in its own column: the layout may set
    another column beside it on the same line)."""
    problems = []
    for report in reports:
        lines = pdf_lines(out_dir / f"{report['name']}.pdf") if report.get("wraps") else []
        for text in report.get("wraps", []):
            if not any(text in line and not line.split(text, 1)[1][:1].isalnum() for line in lines):
                problems.append(f"{report['name']}: {text!r} does not end a line of the PDF")
    return problems


def write_heldout70(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    written = SET.write(out_dir, names)
    problems = check_wraps(load_reports(names), out_dir)
    if problems:
        raise SystemExit("layout does not hold what the set is meant to hold:\n  " + "\n  ".join(problems))
    return written


if __name__ == "__main__":
    make_heldout.run_main(write_heldout70)
