#!/usr/bin/env python3
"""Write the fifty-fourth held-out set, a measuring set: invented Norwegian annual reports laid out
by a designer and printed to PDF by Chromium (cover band, two and three columns, key-figure spreads,
group photos with captions, sidebars, statements in the back), of two vekstbedrifter, an IKS, a
cultural foundation, a large idrettslag and a turforening, written blind (by a hand that has not
read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out sets'
content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout54/make_heldout54.py [NAME ...]   # chromium

The content is in ``h54_reports_*.py`` (one function per report returning a dict). The page is the
fiftieth set's designed report (``h50_render``: through it the twenty-fourth, twenty-second and
fourth sets'), imported unchanged; nothing is added. The gold writer and ``BlindSet`` are the sixth
set's, the checks the third set's, Chromium's run the fourth and fifth sets': all imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout15"),
                str(HERE.parent / "heldout22"), str(HERE.parent / "heldout24"), str(HERE.parent / "heldout50")]
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


SET = make_heldout6.BlindSet(("h54_reports_a", "h54_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout54(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout54)
