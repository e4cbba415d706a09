#!/usr/bin/env python3
"""Write the fifty-seventh held-out set: invented Norwegian annual reports of IKS (one nynorsk), a
kommunalt foretak, a foundation (nynorsk), an association and a large sports club, laid out like a
designer's magazine (text in CSS columns across a photo, pull quotes, fact sidebars, tables as
definition lists or div grids, a "Dette er oss" spread, the board in a photo caption row, numbered
key-figure tiles, a timeline of the year) and printed to PDF by Chromium, written blind (by a hand
that has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout57/make_heldout57.py [NAME ...]   # chromium

The content is in ``h57_reports_*.py``; the page is this set's own (``h57_render``, no earlier
set's page builder). The gold writer and ``BlindSet`` are the sixth set's, the checks the third
set's, Chromium's run the fourth and fifth sets': all imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h57_render  # noqa: E402

EXT, gold_json, rendition_files = make_heldout6.EXT, make_heldout6.gold_json, make_heldout6.rendition_files


SET = make_heldout6.BlindSet.designed(("h57_reports_a", "h57_reports_b"), h57_render.designed_html)
build, load_reports, build_all = SET.build, SET.load_reports, SET.build_all


def write_heldout57(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout57)
