#!/usr/bin/env python3
"""Write the sixty-fifth held-out set: ordinary annual reports as offices write them in Word
(1996-2024: two arbeidsmarkedsbedrifter, a nynorsk IKS, a kommunalt foretak, a stiftelse and a
båtforening), written blind, each with NAME.gold.json in the scorer's format. A measuring set,
written after stop 36's fixes to measure them.

    .venv/bin/python bench/heldout65/make_heldout65.py [NAME ...]   # python-docx, soffice

The content is in ``h65_reports_a.py`` and ``h65_reports_b.py``. Word reports are laid out by the
sixth set's ``h6_render`` (tab lines, the third set's titled statements); the gold writer and
``BlindSet`` are the sixth set's; markup, checks and LibreOffice's run the first set's.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]  # mechanics only
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h6_render  # noqa: E402

EXT = make_heldout6.EXT
gold_json = make_heldout6.gold_json


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def build(report: dict):
    return make_heldout3.build(report, h6_render.add_items)


SET = make_heldout6.BlindSet(("h65_reports_a", "h65_reports_b"), build=build, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout65(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout65)
