#!/usr/bin/env python3
"""Write the second held-out set: eight invented Norwegian annual reports written by another hand
than bench/heldout, without looking at how the extractor works, each with NAME.gold.json.

    .venv/bin/python bench/heldout2/make_heldout2.py [NAME ...]   # python-docx, soffice

The content is in ``h2_reports_*.py`` (one function per report returning a dict), the layout in
``h2_render.py``, statements in ``h2_finance.py``. The markup for places and percentages, the
checks that gold is printed and LibreOffice's run are those of bench/heldout/make_heldout.py
(imported: ``{g:Gran}``, ``{g?:Brandbu}``, ``{p:7,3 %|sykefraværet}``, ``{p?:100 %}``).
Gold is built from the same data the document is drawn from.

Renditions: "docx" and "pdf" (the DOCX through LibreOffice), or "htmlpdf" (an HTML page through
LibreOffice's HTML import: no Word document behind the PDF, landscape pages, blocks side by side).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout"))  # the first set's markup, checks and rendering helpers
sys.path.insert(0, str(HERE.parent.parent / "samples"))
sys.path.insert(0, str(HERE.parent / "devset"))
import make_heldout  # noqa: E402
from make_heldout import Gold, check_gold, check_unmarked_places, key_figures, soffice  # noqa: E402
from make_samples import FIXED_TIME, docx_bytes_reproducible  # noqa: E402

import h2_render  # noqa: E402

MODULES = ("h2_reports_a", "h2_reports_b")
ROLES = {"LEDE", "NEST", "MEDL", "VARA", "OBS"}
REPORT_KEYS = {"name", "year", "title", "organization", "ceo", "board", "items", "renditions", "notes"}
EXT = {"docx": "docx", "pdf": "pdf", "htmlpdf": "pdf"}


def load_reports(names: list[str] | None = None) -> list[dict]:
    return make_heldout.load_reports(names, MODULES, REPORT_KEYS)


def gold_board(board: list[tuple]) -> list[dict]:
    out = []
    for name, role, employee in board:
        if role not in ROLES:
            raise ValueError(f"{name}: role {role}")
        entry = {"name": name, "role": role}
        if employee is not None:
            entry["employee_elected"] = employee
        out.append(entry)
    return out


def gold_json(report: dict, gold: Gold) -> dict:
    def uniq(xs):
        return list(dict.fromkeys(xs))

    places = uniq(gold.places)
    # the organisation's street address is a place a reader may or may not list (as in bench/heldout)
    address = report["organization"].get("address", "")
    street = address.split(",")[0] if address else ""
    streets = [street, re.sub(r"\s*\d+\s*\w?$", "", street)] if street else []
    figures, optional = key_figures(gold)
    return {
        "doc": report["name"],
        "kind": "annual_report",
        "organization": report["organization"],
        "report_year": report["year"],
        "ceo": report["ceo"],
        "board": gold_board(report["board"]),
        "board_optional": report.get("board_optional", []),
        "places": places,
        "places_optional": [p for p in uniq(gold.places_optional + streets + report.get("places_optional", []))
                            if p not in places],
        "percentages": gold.percentages,
        "percentages_optional": uniq(gold.percentages_optional),
        "programs": report.get("programs", {}),
        "table_rows": gold.table_rows,
        "headings": gold.headings,
        "key_figures": figures,
        "key_figures_optional": optional,
        "notes": report["notes"],
    }


def build(report: dict):
    """The document (a python-docx Document, or HTML text) and its gold."""
    gold = Gold()
    if "htmlpdf" in report["renditions"]:
        return h2_render.html_document(report, gold), gold
    document = h2_render.new_document(report, gold, FIXED_TIME)
    h2_render.add_docx_items(document, gold, report["items"])
    return document, gold


def html_to_pdf(paths: list[Path], out_dir: Path) -> None:
    """LibreOffice's Writer HTML import, then its PDF export (honours @page size)."""
    if not paths:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="heldout2-lo-") as profile:
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", str(out_dir), *map(str, paths)],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=600)


def build_all(names: list[str] | None = None) -> list[tuple[dict, Gold, object, dict]]:
    built, problems = [], []
    for report in load_reports(names):
        document, gold = build(report)
        doc = gold_json(report, gold)
        problems += [f"{report['name']}: {p}" for p in check_gold(doc, gold)]
        built.append((report, gold, document, doc))
    problems += check_unmarked_places([(r, g) for r, g, _, _ in built])
    if problems:
        raise SystemExit("gold does not agree with the documents:\n  " + "\n  ".join(problems))
    return built


def write_heldout2(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    built = build_all(names)
    written, need_pdf, need_html = [], [], []
    with tempfile.TemporaryDirectory(prefix="heldout2-html-") as tmp:
        for report, _, document, doc in built:
            name, renditions = report["name"], report["renditions"]
            gold_path = out_dir / f"{name}.gold.json"
            gold_path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(gold_path)
            if "htmlpdf" in renditions:
                page = Path(tmp) / f"{name}.html"
                page.write_text(document, encoding="utf-8")
                need_html.append(page)
                continue
            path = out_dir / f"{name}.docx"
            path.write_bytes(docx_bytes_reproducible(document))
            if "pdf" in renditions:
                need_pdf.append(path)
        soffice(need_pdf, out_dir, "pdf")
        html_to_pdf(need_html, out_dir)
    for report, *_ in built:
        for ext in ("docx", "pdf"):
            path = out_dir / f"{report['name']}.{ext}"
            if ext in {EXT[r] for r in report["renditions"]}:
                written.append(path)
            elif path.exists():
                path.unlink()
    return written


def rendition_files(report: dict) -> set[str]:
    return {f"{report['name']}.{EXT[r]}" for r in report["renditions"]}


if __name__ == "__main__":
    start = time.perf_counter()
    total = 0
    for p in write_heldout2(names=sys.argv[1:] or None):
        total += p.stat().st_size
        print(f"{p.stat().st_size:>9} {p.name}")
    print(f"{total / 1e6:.2f} MB, done in {time.perf_counter() - start:.1f} s")
