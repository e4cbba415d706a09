#!/usr/bin/env python3
"""Write the seventy-eighth held-out set: six invented vekstbedrift / arbeidsinkluderingsbedrift
reports written blind, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout78/make_heldout78.py [NAME ...]   # python-docx, soffice, chromium

Content in ``h78_reports_word.py`` (Word reports: DOCX, LibreOffice PDF, Word 97) and
``h78_reports_web.py`` (pages of this set's own builder ``h78_page``, printed by Chromium).
Loading, gold writing, checks and printing are the sixth set's ``BlindSet`` (mechanics only).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout6"))  # BlindSet: loading, gold, checks, printing
import make_heldout6  # noqa: E402
from make_heldout import Gold, check_gold, run_main  # noqa: E402  (check_gold: the tests ask it)
import make_heldout3  # noqa: E402
import h6_render  # noqa: E402
from h5_web import is_browser  # noqa: E402

import h78_page  # noqa: E402

MODULES = ("h78_reports_word", "h78_reports_web")


def build(report: dict):
    """A browser report is this set's page; a Word report the sixth set's items."""
    if is_browser(report):
        return make_heldout3.build(report, html_document=h78_page.html_document)
    return make_heldout3.build(report, h6_render.add_items)


SET = make_heldout6.BlindSet(MODULES, build=build)
load_reports, build_all = SET.load_reports, SET.build_all
gold_json = make_heldout6.gold_json


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, SET.ext)


def write_heldout78(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    run_main(write_heldout78)
