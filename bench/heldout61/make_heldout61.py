#!/usr/bin/env python3
"""Write the sixty-first held-out set (a measuring set): invented Norwegian annual reports laid out
by a designer on landscape sheets and printed to PDF by Chromium (two-page spreads, text on
coloured blocks, tables with only horizontal hairlines, photos with the caption laid over them,
footnotes, a back page with contact details), of a vekstbedrift, a fire IKS, a foundation, a ski
club, a craft association and a kommunalt foretak, written blind (by a hand that has not read the
extractor, its probes, docs/phrasings.md, CHANGELOG.md or the earlier held-out sets' content),
each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout61/make_heldout61.py [NAME ...]   # chromium

The content is in ``h61_reports_*.py`` (one function per report returning a dict); the page is this
set's own ``h61_render`` (no earlier set's page builder). The gold writer and ``BlindSet`` are the
sixth set's, the checks the third set's, Chromium's run the fourth set's ``h4_html.print_pdf``.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# mechanics only: make_heldout6 puts the first five sets', the dev set's and the samples' on the path
sys.path[:0] = [str(HERE), str(HERE.parent / "heldout6")]
import make_heldout6  # noqa: E402
import make_heldout  # noqa: E402
from make_heldout import check_gold  # noqa: E402, F401  (the tests ask it)
import h4_html  # noqa: E402
import h61_render  # noqa: E402

EXT, gold_json, rendition_files = make_heldout6.EXT, make_heldout6.gold_json, make_heldout6.rendition_files


def print_page(report: dict, document: str, tmp: Path, out_dir: Path) -> bool:
    """The designed page printed by Chromium; a sheet whose content ran over shows as an extra page."""
    page = tmp / f"{report['name']}.html"
    page.write_text(document, encoding="utf-8")
    target = out_dir / f"{report['name']}.pdf"
    h4_html.print_pdf(page, target)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
    if pages != h61_render.sheet_count(report):
        raise SystemExit(f"{report['name']}: {pages} pages for {h61_render.sheet_count(report)} sheets (a sheet ran over)")
    return True


SET = make_heldout6.BlindSet.designed(("h61_reports_a", "h61_reports_b"), h61_render.designed_html, print_page=print_page)
build, load_reports, build_all = SET.build, SET.load_reports, SET.build_all


def write_heldout61(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout61)
