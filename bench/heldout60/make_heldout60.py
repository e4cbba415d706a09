#!/usr/bin/env python3
"""Write the sixtieth held-out set (a measuring set): six invented annual reports of vekstbedrifter,
arbeidsmarknadsbedrifter and their kin (an IKS, a kommunalt foretak, a stiftelse), 1998–2025, half
nynorsk, written blind, each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout60/make_heldout60.py [NAME ...]   # python-docx, PIL, soffice

The content is in ``h60_reports_a.py`` and ``h60_reports_b.py``; Word layout is ``h60_render``
(the sixth set's items plus lines with dot leaders); loading, the gold writer, the checks and the
renditions are the sixth set's ``BlindSet``.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout6"))
import make_heldout6  # noqa: E402  (puts the earlier sets' mechanics on the path)
from make_heldout import check_gold, run_main  # noqa: E402  (check_gold: the tests ask it)
from make_heldout6 import BlindSet, gold_json, rendition_files  # noqa: E402

import h60_render  # noqa: E402

MODULES = ("h60_reports_a", "h60_reports_b")


def build(report: dict):
    return make_heldout6.build(report, add_items=h60_render.add_items)


SET = BlindSet(MODULES, build=build)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout60(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    run_main(write_heldout60)
