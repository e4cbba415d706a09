#!/usr/bin/env python3
"""Write the seventy-sixth held-out set (blind): six invented annual reports of vekstbedrifter /
arbeidsinkluderingsbedrifter and their kin, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout76/make_heldout76.py [NAME ...]   # python-docx, soffice, chromium

Content: ``h76_reports_word`` (three Word reports, laid out by the sixth set's ``h6_render``) and
``h76_reports_print`` (three designer reports, laid out by this set's own ``h76_sheet`` and
printed by Chromium). Loading, gold, checks and writing are the sixth set's ``BlindSet``.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout6"))
import make_heldout6  # noqa: E402  (puts the earlier sets' mechanics on the path)
import make_heldout3  # noqa: E402
import make_heldout  # noqa: E402
import h6_render  # noqa: E402
from h5_web import is_browser  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402,F401  (check_gold: the tests ask it)
from make_heldout6 import BlindSet  # noqa: E402

import h76_sheet  # noqa: E402

MODULES = ("h76_reports_word", "h76_reports_print")


def build(report: dict):
    """A designer report is this set's HTML page; a Word report is the sixth set's layout."""
    if is_browser(report):
        return make_heldout3.build(report, html_document=h76_sheet.html_document)
    return make_heldout3.build(report, h6_render.add_items)


SET = BlindSet(MODULES, build=build)
load_reports, build_all = SET.load_reports, SET.build_all
gold_json, rendition_files = make_heldout6.gold_json, make_heldout6.rendition_files


def write_heldout76(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout76)
