#!/usr/bin/env python3
"""Write the forty-seventh held-out set: invented Norwegian annual reports of associations and clubs
as their volunteers write them (an idrettslag, a sanitetsforening, a skolekorps, a velforening, a
sogelag, a volunteer-run stiftelse), a measuring set written blind (by a hand
that has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier
held-out sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout47/make_heldout47.py [NAME ...]   # python-docx, PIL, soffice, pdftoppm

The content is in ``h47_reports_*.py`` (one function per report returning a dict). Word layout is
the fifteenth set's ``h15_render`` (its table of contents; through it the sixth set's tab lines
and konsern statements and the third and first sets' items). The gold writer is the sixth set's,
the checks the third set's, LibreOffice's run the first set's: all imported, nothing new.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout15")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h15_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    return make_heldout6.build(report, add_items=h15_render.add_items)


SET = make_heldout6.BlindSet(("h47_reports_a", "h47_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout47(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout47)
