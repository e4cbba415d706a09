#!/usr/bin/env python3
"""Write the fifty-eighth held-out set: six annual reports of vekstbedrifter and their kin made in Word
by ordinary office staff with Word's own layout features (text boxes, two-column sections, tab
leaders, nested tables, running header and footer, a table-of-contents field, signature lines, a
statement pasted with merged header cells and spacer columns), 2003-2024, written blind, each with
NAME.gold.json.

    .venv/bin/python bench/heldout58/make_heldout58.py [NAME ...]   # python-docx, soffice

The content is in ``h58_reports_a.py`` and ``h58_reports_b.py``; the Word layout is this set's
``h58_word`` (handing the ordinary items to the fifteenth set's ``h15_render``); the gold writer and
``BlindSet`` are the sixth set's, the markup, checks and LibreOffice's run the first set's.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6"), str(HERE.parent / "heldout15")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import Gold, check_gold, seed_of  # noqa: E402, F401  (check_gold: the tests ask it)
from make_samples import FIXED_TIME  # noqa: E402

import h58_word  # noqa: E402

EXT = make_heldout6.EXT
gold_json = make_heldout6.gold_json
rendition_files = make_heldout6.rendition_files


def build(report: dict):
    gold = Gold()
    document = h58_word.new_document(report, gold, FIXED_TIME)
    h58_word.add_items(document, gold, report["items"], seed=seed_of(report))
    return document, gold


SET = make_heldout6.BlindSet(("h58_reports_a", "h58_reports_b"), build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout58(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout58)
