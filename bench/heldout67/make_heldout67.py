#!/usr/bin/env python3
"""Write the sixty-seventh held-out set: six invented Norwegian annual reports as ordinary offices
write them in Word (årsmøtepapirer, årsmeldinger, årsberetninger), written blind, each with
NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout67/make_heldout67.py [NAME ...]   # python-docx, soffice

The content is in ``h67_reports_a.py`` (clubs and a sogelag) and ``h67_reports_b.py`` (a stiftelse,
a kommunalt foretak, an IKS); the layout is this set's own ``h67_word`` (cover pages with the
running header left off, numbered lists restarted per list, tab-stop lines and statements).
Markup, checks and LibreOffice's run are the first set's; the gold writer, board checks and the
loading and writing are the sixth set's ``BlindSet``.

Renditions: "docx", "pdf" (the DOCX through LibreOffice), "doc" (Word 97 through LibreOffice).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "devset"):  # mechanics only
    sys.path.insert(0, str(HERE.parent / folder))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
from make_heldout import Gold, check_gold, seed_of  # noqa: E402  (check_gold: the tests ask it)
from make_heldout6 import BlindSet, gold_json  # noqa: E402  (gold_json: the tests ask it)
from make_samples import FIXED_TIME  # noqa: E402

import h67_word  # noqa: E402

MODULES = ("h67_reports_a", "h67_reports_b")
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc"}


def build(report: dict):
    """The python-docx Document laid out by ``h67_word`` and its gold."""
    gold = Gold()
    document = h67_word.new_document(report, gold, FIXED_TIME)
    h67_word.add_items(document, gold, report["items"], seed=seed_of(report))
    return document, gold


def rendition_files(report: dict) -> set[str]:
    return {f"{report['name']}.{EXT[r]}" for r in report["renditions"]}


SET = BlindSet(MODULES, build=build, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout67(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout67)
