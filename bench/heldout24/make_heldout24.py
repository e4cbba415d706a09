#!/usr/bin/env python3
"""Write the twenty-fourth held-out set: invented Norwegian annual reports of vekstbedrifter and
work-integration companies, written blind (by a hand that has not read the extractor, its probes,
docs/phrasings.md, CHANGELOG.md or the earlier held-out sets' content), each with NAME.gold.json in
the scorer's format.

    .venv/bin/python bench/heldout24/make_heldout24.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h24_reports_*.py`` (one function per report returning a dict). Word layout is
the fifteenth set's ``h15_render`` (its table of contents; through it the sixth, third and first
sets' items); a report with a ``cover`` is the twenty-second set's designed two-column page with this
set's one addition (``h24_render``: the board as a photo collage with captions), printed by
Chromium. The gold writer is the sixth set's, the checks the third set's, LibreOffice's run and the
scan the first set's: all imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout15"),
                str(HERE.parent / "heldout22")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h15_render  # noqa: E402
import h24_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    if report.get("cover"):
        return make_heldout3.build(report, html_document=h24_render.designed_html)
    return make_heldout6.build(report, add_items=h15_render.add_items)


SET = make_heldout6.BlindSet(("h24_reports_a", "h24_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout24(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout24)
