#!/usr/bin/env python3
"""Write the seventy-fourth held-out set (a measuring set): six invented annual reports of
vekstbedrifter, an arbeidsinkluderingsbedrift IKS and their kin where the document holds more than one
organisation or more than the report (a konsern, a merger year, a name change, a full package with the
auditor's report, an IKS with its representantskap, a datterselskap whose parent is named), 2005–2024,
two on nynorsk, written blind, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout74/make_heldout74.py [NAME ...]   # python-docx, soffice, chromium

The content is in ``h74_reports_word.py`` (Word reports, laid out by the sixth set's ``h6_render``:
tab lines and Morselskap/Konsern statements) and ``h74_reports_design.py`` (designer reports, laid out
by this set's own ``h74_pages`` and printed by Chromium). Loading, the gold writer (konsern columns
optional), the checks and the renditions are the sixth set's ``BlindSet``.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout6"))
import make_heldout6  # noqa: E402  (puts the earlier sets' mechanics on the path)
import make_heldout3  # noqa: E402
from make_heldout import check_gold, run_main  # noqa: E402,F401  (check_gold: the tests ask it)
from make_heldout6 import BlindSet, gold_json, rendition_files  # noqa: E402,F401

import h74_pages  # noqa: E402

MODULES = ("h74_reports_word", "h74_reports_design")


def build(report: dict):
    """A designer report is this set's HTML page; a Word report the sixth set's layout."""
    if "chrome" in report["renditions"]:
        return make_heldout3.build(report, html_document=h74_pages.html_document)
    return make_heldout6.build(report)


SET = BlindSet(MODULES, build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout74(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    run_main(write_heldout74)
