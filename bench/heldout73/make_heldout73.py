#!/usr/bin/env python3
"""Write the seventy-third held-out set: annual reports as small organisations publish them on the
web today — two slide decks exported to PDF, a web page printed by the browser, two reports made
in an online design tool and one plain typed report — written blind, each with NAME.gold.json in
the scorer's format. A measuring set: nobody who fixes the extractor opens it.

    .venv/bin/python bench/heldout73/make_heldout73.py [NAME ...]   # chromium, pdfinfo, ~20 s

The content is in ``h73_reports_a.py`` (the decks), ``h73_reports_b.py`` (the web page and the
plain report) and ``h73_reports_c.py`` and ``h73_reports_d.py`` (the design-tool reports). The pages are this set's own
builders: ``h73_slides`` (16:9 slides), ``h73_web`` (a browser-printed web page, or a plain typed
page) and ``h73_frames`` (absolutely positioned frames, a frame per line of text, in layer order).
Markup, checks, the gold writer and ``BlindSet`` are the earlier sets'; Chromium is run by the
fifth set's ``print_page`` ("web": with the browser's date, title, address and page lines;
"chrome": without).

Writing fails when a slide deck or a designed report prints on more pages than it has slides or
sheets (a slide whose content outgrew its page).
"""
from __future__ import annotations

import subprocess
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

import h73_frames  # noqa: E402
import h73_slides  # noqa: E402
import h73_web  # noqa: E402
from h5_web import print_page  # noqa: E402

MODULES = ("h73_reports_a", "h73_reports_b", "h73_reports_c", "h73_reports_d")
EXT = {"chrome": "pdf", "web": "pdf"}
BUILDERS = {"slides": h73_slides, "web": h73_web, "plain": h73_web, "design": h73_frames}


def build(report: dict):
    """The report's HTML, laid out by the builder its ``layout`` names, and its gold."""
    return make_heldout3.build(report, html_document=BUILDERS[report["layout"]].html_document)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


SET = BlindSet(MODULES, build=build, print_page=print_page, ext=EXT)
load_reports, build_all = SET.load_reports, SET.build_all


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def check_pages(reports: list[dict], out_dir: Path) -> list[str]:
    """A deck prints one page a slide, a designed report one page a sheet."""
    problems = []
    for report in reports:
        builder = BUILDERS[report["layout"]]
        if hasattr(builder, "page_count"):
            want, got = builder.page_count(report), pdf_pages(out_dir / f"{report['name']}.pdf")
            if want != got:
                problems.append(f"{report['name']}: {got} pages printed for {want} slides or sheets")
    return problems


def write_heldout73(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    written = SET.write(out_dir, names)
    problems = check_pages(load_reports(names), out_dir)
    if problems:
        raise SystemExit("layout does not hold what the set is meant to hold:\n  " + "\n  ".join(problems))
    return written


if __name__ == "__main__":
    make_heldout.run_main(write_heldout73)
