#!/usr/bin/env python3
"""Write the thirty-second held-out set: invented Norwegian annual reports of municipally owned
companies and foundations whose statements are the heart of the report, written blind (by a hand
that has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout32/make_heldout32.py [NAME ...]   # python-docx, PIL, soffice, pdftoppm

The content is in ``h32_reports_*.py`` (one function per report returning a dict). Word layout is
the fifteenth set's ``h15_render`` (its table of contents; through it the sixth set's tab lines and
group statements, the third and first sets' items). The gold writer is the sixth set's, the checks
the third set's, LibreOffice's run and the scan the first set's: all imported. One item is added:

    ("widekeys", Statement, [extra rows], {title, widths})   the third set's "keytable" (a key-figure
                                 summary whose money lines are gold key figures) with column widths
                                 in cm, so five years of figures fit beside a readable label column
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
import h3_render  # noqa: E402
from heldout_tables import add_table  # noqa: E402

EXT = make_heldout6.EXT

gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def add_wide_keys(document, gold, st, extra: list[list[str]], title: str, widths: list[float]) -> None:
    h3_render.add_statement_title(document, gold, title)
    gold.statements.append(st)
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()] + extra
    add_table(document, gold, rows, ruled=True, size=9, shade_header="E6E6E6", widths=widths)


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    """The fifteenth set's layout, with this set's wide key-figure table drawn here."""
    run: list[tuple] = []
    for item in items + [("end",)]:
        if item[0] not in ("widekeys", "end"):
            run.append(item)
            continue
        if run:
            h15_render.add_items(document, gold, run, seed=seed + len(gold.texts))
            run = []
        if item[0] == "widekeys":
            opts = item[3]
            add_wide_keys(document, gold, item[1], item[2], opts["title"], opts["widths"])


def build(report: dict):
    return make_heldout6.build(report, add_items=add_items)


SET = make_heldout6.BlindSet(("h32_reports_a", "h32_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout32(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout32)
