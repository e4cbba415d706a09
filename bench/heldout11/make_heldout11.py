#!/usr/bin/env python3
"""Write the eleventh held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout11/make_heldout11.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h11_reports_*.py`` (one function per report returning a dict). The mechanics are
the earlier sets', imported: Word layout by the sixth set's ``h6_render`` (text boxes, header and
footer, tab-stop statements, Morselskap/Konsern column groups through it), browser pages by the fifth
set's ``h5_web``, the sixth set's gold writer, the third set's checks, LibreOffice's run and the
first set's scan. ``h11_render`` adds only a designer's page of absolutely placed frames whose
written order differs from their visual order (a report with ``frames``, printed by Chromium).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), *(str(HERE.parent / folder) for folder in ("heldout6", "heldout7"))]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h11_render  # noqa: E402
import h6_render  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    """A designer's page (``frames``) as ``h11_render`` writes it; any other report as the sixth set builds it."""
    if "frames" not in report:
        return make_heldout6.build(report)
    return make_heldout3.build(report, h6_render.add_items, html_document=h11_render.html_document)


SET = make_heldout6.BlindSet(("h11_reports_a", "h11_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout11(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout11)
