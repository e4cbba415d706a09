#!/usr/bin/env python3
"""Write the ninth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out
sets' content), each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout9/make_heldout9.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm, pypdfium2

The content is in ``h9_reports_*.py`` (one function per report returning a dict). The mechanics are
the earlier sets', imported: Word layout by the sixth set's ``h6_render`` (and through it the third
and first sets' items: portrait tables, e-signature pages, key-figure tables, statements), browser
pages by the fifth set's ``h5_web`` (CSS columns from the fourth set's ``h4_html``), the sixth
set's gold writer, the first set's checks, LibreOffice's run and scan. ``h9_render`` adds only an A5
booklet printed two-up on landscape A4 sheets (rendition "twoup").

Renditions: the sixth set's ("docx", "pdf", "doc", "scan", "chrome", "web") and "twoup" (NAME.pdf: the
A5 pages two to a landscape sheet; such a report names "docx" too, the A5 Word file it is printed from).
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
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)
import h5_web  # noqa: E402
import h6_render  # noqa: E402
import h9_render  # noqa: E402

EXT = {**make_heldout6.EXT, h9_render.TWO_UP: "pdf"}

gold_json = make_heldout6.gold_json


def build(report: dict):
    """A two-up report's A5 Word document and its gold; any other report as the sixth set builds it."""
    if h9_render.TWO_UP not in report["renditions"]:
        return make_heldout6.build(report)
    gold = Gold()
    return h9_render.a5_document(report, gold, h6_render.add_items), gold


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """The browser's print for a browser report, the two-up print for a booklet."""
    return h9_render.print_two_up(report, document, tmp, out_dir) or h5_web.print_page(report, document, tmp, out_dir)


SET = make_heldout6.BlindSet(("h9_reports_a", "h9_reports_b"), build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout9(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout9)
