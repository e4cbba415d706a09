#!/usr/bin/env python3
"""Write the sixth held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, docs/phrasings.md or the earlier held-out sets' content),
each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout6/make_heldout6.py [NAME ...]   # python-docx, PIL, soffice, chromium, pdftoppm

The content is in ``h6_reports_*.py`` (one function per report returning a dict). Word reports are
laid out by ``h6_render`` (the third set's ``h3_render`` plus tab-stop lists and statements with
two column sets); browser reports by the fifth set's ``h5_web`` (the fourth set's HTML items,
optionally inside a web-site frame) and printed by Chromium. Markup, checks, LibreOffice's run and
the scan are the first set's; the gold writer and the board checks are the third set's.

Renditions: "docx", "pdf" (the DOCX through LibreOffice), "doc" (Word 97 through LibreOffice),
"scan" (the PDF rendered, tilted, blurred, wrapped as an image-only PDF), "chrome" (HTML printed by
Chromium without header lines) and "web" (HTML printed with the browser's header and footer lines).

Beyond the earlier sets' gold, a statement column whose basis is ``OTHER`` (the konsern columns
beside the parent company's) gives optional key figures: the reporting organisation is the parent.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for folder in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "devset"):  # mechanics only
    sys.path.insert(0, str(HERE.parent / folder))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
import make_heldout  # noqa: E402
import make_heldout3  # noqa: E402
from heldout_finance import OTHER  # noqa: E402
from make_heldout import Gold, check_gold  # noqa: E402  (check_gold: the tests ask it)

import h5_web  # noqa: E402
from h5_web import is_browser, print_page  # noqa: E402
import h6_render  # noqa: E402

MODULES = ("h6_reports_a", "h6_reports_b")
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "scan.pdf", "chrome": "pdf", "web": "pdf"}


def gold_json(report: dict, gold: Gold) -> dict:
    """The third set's gold; columns of basis OTHER (a konsern beside its parent) are optional."""
    doc = make_heldout3.gold_json(report, gold)
    for st in gold.statements:
        for line in st.lines:
            if not line.key:
                continue
            for col, value in zip(st.cols, line.values):
                if col.basis == OTHER and value is not None and col.year is not None:
                    entry = {"label": line.label, "year": col.year, "value": st.nok(value)}
                    if entry not in doc["key_figures_optional"]:
                        doc["key_figures_optional"].append(entry)
    return doc


def build(report: dict, add_items: Callable = h6_render.add_items):
    """The document (python-docx Document, or HTML text for a browser report) and its gold;
    ``add_items`` lays out the Word document's items (a later set's own renderer)."""
    return make_heldout3.build(report, add_items, html_document=h5_web.html_document if is_browser(report) else None)


def rendition_files(report: dict) -> set[str]:
    return make_heldout3.rendition_files(report, EXT)


@dataclass(frozen=True)
class BlindSet:
    """A set in this set's shape (the blind sets after it import it): its report modules, how it
    builds a report's document and prints a browser page; loading, the gold and writing are this
    set's."""

    modules: tuple[str, ...]
    build: Callable = build
    print_page: Callable = print_page
    ext: dict = field(default_factory=lambda: EXT)

    def load_reports(self, names: list[str] | None = None) -> list[dict]:
        return make_heldout.load_reports(names, self.modules, REPORT_KEYS)

    def build_all(self, names: list[str] | None = None) -> list[tuple[dict, Gold, object, dict]]:
        built = make_heldout3.build_all(names, self.load_reports, self.build)
        return [(report, gold, document, gold_json(report, gold)) for report, gold, document, _ in built]

    def write(self, out_dir: Path, names: list[str] | None = None) -> list[Path]:
        return make_heldout3.write_built(self.build_all(names), out_dir, self.ext, self.print_page)

    @classmethod
    def designed(cls, modules: tuple[str, ...], html_document: Callable, **kwargs) -> BlindSet:
        """A set whose every report is a page of its own builder's HTML (``html_document(report,
        gold)``), printed by Chromium: the designed sets after the fifty-fifth."""
        return cls(modules, build=partial(make_heldout3.build, html_document=html_document), **kwargs)


SET = BlindSet(MODULES)
load_reports, build_all = SET.load_reports, SET.build_all


def write_heldout6(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return SET.write(out_dir, names)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout6)
