#!/usr/bin/env python3
"""Write the third held-out set: invented Norwegian annual reports written blind (by a hand that
has not read the extractor, its probes, the dev set or the first two held-out sets' content),
each with NAME.gold.json in the scorer's format.

    .venv/bin/python bench/heldout3/make_heldout3.py [NAME ...]   # python-docx, PIL, soffice, pdftoppm

The content is in ``h3_reports_*.py`` (one function per report returning a dict), the layout in
``h3_render.py`` (which hands most items to the first set's ``heldout_docx``), statements are the
first set's ``heldout_finance`` (``h3_render.Kroner`` prints "1 234,-"). The markup for places and
percentages, the checks that gold is printed, LibreOffice's run and the scan are the first set's
(``bench/heldout/make_heldout.py``, imported): ``{g:Seljord}``, ``{g?:Gaupne}``,
``{p:5,4 prosent|sjukefråværet}``, ``{p?:100 %}``.

Renditions: "docx", "pdf" (the DOCX through LibreOffice), "doc" (Word 97 through LibreOffice) and
"scan" (the PDF rendered, tilted, blurred and wrapped as an image-only PDF).
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout"))  # the first set's markup, checks and rendering helpers
sys.path.insert(0, str(HERE.parent / "heldout2"))  # the second set's gold writer (board tuples, streets)
sys.path.insert(0, str(HERE.parent.parent / "samples"))
sys.path.insert(0, str(HERE.parent / "devset"))  # DOCX helpers the first set imports (mechanics only)
import make_heldout  # noqa: E402
import make_heldout2  # noqa: E402
from make_heldout import Gold, check_gold, check_unmarked_places, seed_of, soffice  # noqa: E402
from make_samples import FIXED_TIME, docx_bytes_reproducible  # noqa: E402

import h3_render  # noqa: E402
import heldout_docx  # noqa: E402

MODULES = ("h3_reports_a", "h3_reports_b", "h3_reports_c")
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = {"docx": "docx", "pdf": "pdf", "doc": "doc", "scan": "scan.pdf"}


def load_reports(names: list[str] | None = None) -> list[dict]:
    return make_heldout.load_reports(names, MODULES, REPORT_KEYS)


def gold_json(report: dict, gold: Gold) -> dict:
    """The second set's gold, with two differences: a report may name extra optional key figures,
    and table rows are those with two or more filled cells (a statement's sub-heading row such as
    "Driftsinntekter" is not a row to find)."""
    doc = make_heldout2.gold_json(report, gold)
    doc["key_figures_optional"] += [k for k in report.get("key_figures_optional", [])
                                    if k not in doc["key_figures_optional"]]
    doc["table_rows"] = [row for row in doc["table_rows"] if len(row) >= 2]
    return doc


def check_board(report: dict, gold: Gold) -> list[str]:
    """One person is one entry, a gold name is not also optional, and the people who must not be
    reported (``not_board``: a former chair, a valnemnd, another body's chair) are printed."""
    names = [b[0] for b in report["board"]]
    problems = [f"board name twice: {n}" for n in set(names) if names.count(n) > 1]
    problems += [f"board name also optional: {n}" for n in names if n in report.get("board_optional", [])]
    for name in report.get("not_board", []):  # people printed who must not be reported
        if name.casefold() not in gold.all_text():
            problems.append(f"not_board name not printed: {name}")
    return problems


def build(report: dict, add_items=None, html_document=None):
    """(document, gold): the HTML text ``html_document`` writes for a browser report (later sets),
    else a Word document laid out by ``add_items`` (this set's ``h3_render.add_items`` by default)."""
    gold = Gold()
    if html_document is not None:
        return html_document(report, gold), gold
    document = heldout_docx.new_document(report, gold, FIXED_TIME)
    (add_items or h3_render.add_items)(document, gold, report["items"], seed=seed_of(report))
    return document, gold


def build_all(names: list[str] | None = None, load=None, build_one=None) -> list[tuple[dict, Gold, object, dict]]:
    """(report, gold, document, gold JSON) of each report, the gold checked against the documents;
    ``load`` and ``build_one`` are a later set's own (heldout4 shares the checks)."""
    built, problems = [], []
    for report in (load or load_reports)(names):
        document, gold = (build_one or build)(report)
        doc = gold_json(report, gold)
        problems += [f"{report['name']}: {p}" for p in check_gold(doc, gold) + check_board(report, gold)]
        built.append((report, gold, document, doc))
    problems += check_unmarked_places([(r, g) for r, g, _, _ in built])
    if problems:
        raise SystemExit("gold does not agree with the documents:\n  " + "\n  ".join(problems))
    return built


def rendition_files(report: dict, ext: dict[str, str] = EXT) -> set[str]:
    return {f"{report['name']}.{ext[r]}" for r in report["renditions"]}


def write_built(built: list, out_dir: Path, ext: dict[str, str], print_page=None) -> list[Path]:
    """Each built report's gold and DOCX, the PDF and Word 97 file LibreOffice makes of the DOCX,
    then ``make_heldout.finish_renditions``. ``print_page(report, document, tmp, out_dir)`` prints a
    browser report's page as its PDF instead and says whether it did (the fourth and fifth sets)."""
    written, need_pdf, need_doc = [], [], []
    with tempfile.TemporaryDirectory(prefix="heldout-html-") as tmp:
        for report, _, document, doc in built:
            name, renditions = report["name"], set(report["renditions"])
            gold_path = out_dir / f"{name}.gold.json"
            gold_path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(gold_path)
            if print_page is not None and print_page(report, document, Path(tmp), out_dir):
                continue
            path = out_dir / f"{name}.docx"
            path.write_bytes(docx_bytes_reproducible(document))
            if {"pdf", "scan"} & renditions:
                need_pdf.append(path)
            if "doc" in renditions:
                need_doc.append(path)
        soffice(need_pdf, out_dir, "pdf")
        soffice(need_doc, out_dir, "doc:MS Word 97")
    return make_heldout.finish_renditions([report for report, *_ in built], out_dir,
                                          lambda report: rendition_files(report, ext), ext.values(), written)


def write_heldout3(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    return write_built(build_all(names), out_dir, EXT)


if __name__ == "__main__":
    make_heldout.run_main(write_heldout3)
