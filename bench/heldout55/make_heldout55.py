#!/usr/bin/env python3
"""Write the fifty-fifth held-out set: six typed historic reports kept only as archive scans
(1989-2008: ASVO, AMB, vekstbedrift, borettslag, idrettslag, sanitetsforening), written blind, each with NAME.gold.json.

    .venv/bin/python bench/heldout55/make_heldout55.py [NAME ...]   # python-docx, PIL, soffice, pdftoppm

The content is in ``h55_reports_a.py`` and ``h55_reports_b.py``; all mechanics are imported (the
fifteenth set's ``h15_render``, the sixth set's ``BlindSet`` and gold writer, the first set's checks,
LibreOffice run and scan).
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


SET = make_heldout6.BlindSet(("h55_reports_a", "h55_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout55(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout55)
