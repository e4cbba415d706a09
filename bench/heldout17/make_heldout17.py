#!/usr/bin/env python3
"""Write the seventeenth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout17/make_heldout17.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h17_reports_*.py`` (one function per report returning a dict). Word layout is
the sixth set's ``h6_render``; browser pages are the fifth set's ``h5_web`` with ``h17_render``'s
cookie banner and per-page footer; a plain-text report's PDF is ``h17_render``'s; the gold writer
and renditions are the sixth set's, the checks the third set's: all imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h6_render  # noqa: E402
import h17_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    html = h17_render.html_document if make_heldout6.is_browser(report) else None
    return make_heldout3.build(report, h6_render.add_items, html_document=html)


SET = make_heldout6.BlindSet(("h17_reports_a", "h17_reports_b"), build=build, print_page=h17_render.print_page)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout17(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout17)
