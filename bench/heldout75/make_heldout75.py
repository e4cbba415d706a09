#!/usr/bin/env python3
"""Write the seventy-fifth held-out set: organisations with many organs (1996-2024), where the board
sits among other bodies a reader must tell apart (an idrettslag's hovedstyre among its groups'
styrer, a stiftelse's styre beside its fagråd, an IKS's representantskap, styre and kontrollutval,
a museum's årsmøte, styre, valnemnd and revisor, a vekstbedrift's AMU and tillitsvalgte, a
borettslag's styre beside its forretningsfører and valgkomité), written blind, each with
NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout75/make_heldout75.py [NAME ...]   # python-docx, soffice, chromium

The content is in ``h75_reports_a.py`` and ``h75_reports_b.py``. Word reports are laid out by the
sixth set's ``h6_render`` (with the third set's titled statements); the two browser reports by this
set's own ``h75_page`` and printed by Chromium. Markup, checks, the gold writer, ``BlindSet`` and
LibreOffice's run are the earlier sets'.
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
import make_heldout3  # noqa: E402
from make_heldout import check_gold  # noqa: E402,F401  (the tests ask it)
from make_heldout6 import BlindSet, gold_json  # noqa: E402,F401

import h6_render  # noqa: E402
import h75_page  # noqa: E402

MODULES = ("h75_reports_a", "h75_reports_b")
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "chrome": "pdf"}


def build(report: dict):
    """The report's Word document, or its page's HTML, and its gold."""
    if "chrome" in report["renditions"]:
        return make_heldout3.build(report, html_document=h75_page.html_document)
    return make_heldout3.build(report, h6_render.add_items)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=h75_page.print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout75(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout75)
