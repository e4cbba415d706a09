#!/usr/bin/env python3
"""Write the fiftieth held-out set: invented Norwegian annual reports laid out by a designer and
printed to PDF by Chromium (two and three columns, a key-figure spread, pull quotes, coloured
sidebars, the board as photo cards, statements in the back), of two vekstbedrifter, a foundation,
a regional cultural body, a sports federation's region and an IKS, written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout50/make_heldout50.py [NAME ...]   # chromium

The content is in ``h50_reports_*.py`` (one function per report returning a dict). The page is the
twenty-fourth set's designed report (``h24_render``, through it the twenty-second and fourth sets')
with this set's few additions (``h50_render``). The gold writer and ``BlindSet`` are the sixth
set's, the checks the third set's, Chromium's run the fourth and fifth sets': all imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout15"),
                str(HERE.parent / "heldout22"), str(HERE.parent / "heldout24")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h50_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    return make_heldout3.build(report, html_document=h50_render.designed_html)


SET = make_heldout6.BlindSet(("h50_reports_a", "h50_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout50(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout50)
