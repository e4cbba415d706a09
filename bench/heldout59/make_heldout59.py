#!/usr/bin/env python3
"""Write the fifty-ninth held-out set: invented Norwegian annual reports of vekstbedrifter whose
board is read mainly from signatures, written blind (by a hand that has not read the extractor, its
probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out sets' content), each with
NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout59/make_heldout59.py [NAME ...]   # python-docx, soffice, chromium

The content is in ``h59_reports_*.py`` (one function per report returning a dict). Signature grids
and signing-service pages are ``h59_render``'s, for Word (everything else the sixth set's
``h6_render``) and for Chromium (everything else the fourth set's ``h4_html``). The gold writer,
``BlindSet`` and the renditions are the sixth set's, the checks the third set's, LibreOffice's run
the first set's: all imported.
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
from h5_web import is_browser  # noqa: E402
import h59_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    if is_browser(report):
        return make_heldout3.build(report, html_document=h59_render.html_document)
    return make_heldout3.build(report, add_items=h59_render.add_items)


SET = make_heldout6.BlindSet(("h59_reports_a", "h59_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout59(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout59)
