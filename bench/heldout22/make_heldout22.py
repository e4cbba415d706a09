#!/usr/bin/env python3
"""Write the twenty-second held-out set: invented Norwegian annual reports of vekstbedrifter and
their county association, written blind (by a hand that has not read the extractor, its probes,
docs/phrasings.md, CHANGELOG.md or the earlier held-out sets' content), each with NAME.gold.json in
the scorer's format.

    .venv/bin/python bench/heldout22/make_heldout22.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h22_reports_*.py`` (one function per report returning a dict). Word layout is
the sixth set's ``h6_render``; a browser report is the fifth set's ``h5_web`` page or, when the
report names a ``cover``, ``h22_render``'s designed two-column report with photos; the nineteenth
set's ``KrPrefix`` prints "kr 1.234.567". The gold writer is the sixth set's, the checks the third
set's, LibreOffice's run and the scan the first set's: all imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout19")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h22_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    if report.get("cover"):
        return make_heldout3.build(report, html_document=h22_render.designed_html)
    return make_heldout6.build(report)


SET = make_heldout6.BlindSet(("h22_reports_a", "h22_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout22(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout22)
