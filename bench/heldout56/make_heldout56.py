#!/usr/bin/env python3
"""Write the fifty-sixth held-out set: invented annual reports of six vekstbedrifter /
arbeidsinkluderingsbedrifter (AS), 2015-2025, laid out by a designer and printed to PDF by Chromium,
written blind (by a hand that has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md
or the earlier held-out sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout56/make_heldout56.py [NAME ...]   # chromium

The content is in ``h56_reports_*.py`` (one function per report returning a dict); the page is this
set's own renderer (``h56_render``: fixed A4 pages, running header and footer, rotated side labels,
full-bleed colour pages, numbers in circles, portrait grids, div tables, signature grids). The gold
writer and ``BlindSet`` are the sixth set's, the checks the third set's, Chromium's run the fourth
and fifth sets': all imported.
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
import h56_render  # noqa: E402

EXT, gold_json, rendition_files = make_heldout6.EXT, make_heldout6.gold_json, make_heldout6.rendition_files


SET = make_heldout6.BlindSet.designed(("h56_reports_a", "h56_reports_b"), h56_render.designed_html)
build, load_reports, build_all = SET.build, SET.load_reports, SET.build_all


def write_heldout56(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout56)
