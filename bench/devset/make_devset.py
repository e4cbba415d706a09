#!/usr/bin/env python3
"""Write the development set: invented Norwegian annual reports as DOCX, PDF (LibreOffice) and,
for some, a noisy image-only "scan" PDF, each with a NAME.gold.json in the scorer's format.

    .venv/bin/python bench/devset/make_devset.py [NAME ...]   # needs python-docx, soffice, pdftoppm

The content lives in ``devset_reports.py`` as items (see ``build_docx``). Gold and document come
from the same items: places and percentages are marked inline in the text, so gold cannot
drift from what is printed:

    {g:Røyken}            a place the text refers to (gold)      {g:Hurum kommune|Hurum}  printed|gold name
    {g?:Spikkestad}       a place an extractor may or may not report (places_optional)
    {p:6,1 %|sykefravær}  a percentage, with a short phrase of its sentence or table headers (``about``)
    {p?:100 %}            a percentage an extractor may or may not report (percentages_optional)

Board, CEO, organisation facts, programs and key figures are given as data and laid out by the
helpers in ``devset_reports``; headings and table rows are collected while the DOCX is built.
``check_gold`` refuses a report whose gold does not agree with its text (an unmarked "%", an
``about`` that is not in its sentence, a board name not printed, ...).
"""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "samples"))
from make_samples import FIXED_TIME, add_page_field, docx_bytes_reproducible, set_style_font  # noqa: E402

HEADING_PT = {1: 18, 2: 13, 3: 11}
MARK = re.compile(r"\{([pg])(\?)?:([^|}]+)(?:\|([^}]+))?\}")
UNMARKED_PERCENT = re.compile(r"%|\bprosent\b|\bpst\.", re.IGNORECASE)
SCAN_DPI = 150
SCAN_QUALITY = 55  # JPEG quality inside the scan PDF: keeps a page near 150 kB


class Gold:
    """What one report's markup and layout helpers register while the document is built."""

    def __init__(self):
        self.places, self.places_optional = [], []
        self.percentages, self.percentages_optional = [], []
        self.headings, self.table_rows = [], []
        self.texts = []  # every rendered paragraph and cell, for check_gold

    def render(self, text: str, about_fallback: str | None = None) -> str:
        """Markup to printed text; registers gold places and percentages."""
        def sub(m):
            kind, optional, printed, extra = m.group(1), bool(m.group(2)), m.group(3), m.group(4)
            if kind == "g":
                (self.places_optional if optional else self.places).append(extra or printed)
            else:
                value = float(re.search(r"\d+(?:[.,]\d+)?", printed).group().replace(",", "."))
                if optional:
                    self.percentages_optional.append(value)
                else:
                    about = extra or about_fallback
                    if not about:
                        raise ValueError(f"percentage without about: {text!r}")
                    self.percentages.append({"value": value, "about": about})
            return printed

        if UNMARKED_PERCENT.search(MARK.sub("", text)):
            raise ValueError(f"unmarked percentage in {text!r}")
        out = MARK.sub(sub, text)
        self.texts.append(out)
        return out


# ---------- DOCX building ----------

def set_cols(section, n: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def remove_borders(table) -> None:
    """An unruled table: Word's "Normal Table" has no borders; say so explicitly for LibreOffice."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def add_table(document, gold: Gold, rows: list[list[str]], ruled: bool = True, gold_rows: bool = True,
              bold_header: bool = True) -> None:
    """Cells may hold markup; a percentage cell without its own about takes its row label."""
    ncols = max(len(r) for r in rows)
    table = document.add_table(rows=0, cols=ncols)
    if ruled:
        table.style = document.styles["Table Grid"]
    else:
        remove_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for r, row in enumerate(rows):
        printed = []
        for c, (cell, text) in enumerate(zip(table.add_row().cells, row)):
            fallback = row[0] if c else None
            cell.text = gold.render(text, about_fallback=MARK.sub(lambda m: m.group(3), fallback or "") or None)
            printed.append(cell.text)
            if r == 0 and bold_header and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
        if gold_rows and any(printed):
            gold.table_rows.append([p for p in printed if p.strip()])
    document.add_paragraph()


def add_signatures(document, gold: Gold, place_date: str, people: list[tuple[str, str]], per_row: int = 3) -> None:
    """"Sted, dato" then names with roles beneath, three to a row, in an unruled table."""
    document.add_paragraph(gold.render(place_date))
    rows = []
    for i in range(0, len(people), per_row):
        chunk = people[i:i + per_row] + [("", "")] * (per_row - len(people[i:i + per_row]))
        rows += [["_" * 18 if n else "" for n, _ in chunk], [n for n, _ in chunk], [r for _, r in chunk]]
    add_table(document, gold, rows, ruled=False, gold_rows=False, bold_header=False)


def build_docx(report: dict, gold: Gold) -> docx.Document:
    document = docx.Document()
    font = report.get("font", "DejaVu Sans")
    for style, size in [("Normal", report.get("body_pt", 10))] + [(f"Heading {k}", v) for k, v in HEADING_PT.items()]:
        set_style_font(document.styles[style], size)
        document.styles[style].font.name = font
        document.styles[style].element.rPr.find(qn("w:rFonts")).set(qn("w:hAnsi"), font)
    props = document.core_properties
    props.author, props.title = "Devset generator", report["header"]
    props.created = props.modified = FIXED_TIME
    props.last_modified_by, props.revision = "Devset generator", 1
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, as Norwegian reports are (the template is Letter)
    section.left_margin = section.right_margin = Mm(25)
    section.header.paragraphs[0].text = report["header"]
    foot = section.footer.paragraphs[0]
    foot.text = f"{report['footer']} · side "
    add_page_field(foot)
    add_items(document, gold, report["items"])
    return document


def add_items(document, gold: Gold, items: list[tuple]) -> None:
    """Items: ("h", level, text) ("p", text) ("li", text) ("quote", text) ("table", rows, {opts})
    ("sign", place_date, [(name, role)]) ("cols", [items]) two-column section ("break",)."""
    page_break_next = False
    for item in items:
        kind = item[0]
        if kind == "break":
            page_break_next = True
            continue
        if kind == "h":
            para = document.add_heading(gold.render(item[2]), level=item[1])
            gold.headings.append(para.text)
        elif kind == "p":
            para = document.add_paragraph(gold.render(item[1]))
        elif kind == "li":
            para = document.add_paragraph(gold.render(item[1]), style="List Bullet")
        elif kind == "quote":
            para = document.add_paragraph()
            run = para.add_run(gold.render(item[1]))
            run.italic = True
            para.paragraph_format.left_indent = Pt(24)
        elif kind == "table":
            add_table(document, gold, item[1], **(item[2] if len(item) > 2 else {}))
            para = None
        elif kind == "sign":
            add_signatures(document, gold, item[1], item[2])
            para = None
        elif kind == "cols":
            set_cols(document.add_section(WD_SECTION.NEW_PAGE), 2)
            add_items(document, gold, item[1])
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 1)
            para = None
        else:
            raise ValueError(f"unknown item kind {kind!r}")
        if page_break_next and para is not None:
            para.paragraph_format.page_break_before = True
            page_break_next = False


# ---------- gold ----------

def gold_json(name: str, report: dict, gold: Gold) -> dict:
    def uniq(xs):
        return list(dict.fromkeys(xs))
    places = uniq(gold.places)
    # A street address is a place only to some readers (the corpus gold lists it as optional).
    address = report["organization"].get("address")
    streets = [address, re.sub(r"\s*\d+\w?$", "", address)] if address else []
    out = {
        "doc": name,
        "kind": "annual_report",
        "organization": report["organization"],
        "report_year": report["year"],
        "ceo": report["ceo"],
        "board": report["board"],
        "board_optional": report.get("board_optional", []),
        "places": places,
        "places_optional": [p for p in uniq(gold.places_optional + streets) if p not in places],
        "percentages": gold.percentages,
        "percentages_optional": uniq(gold.percentages_optional),
        "programs": report["programs"],
        "table_rows": gold.table_rows,
        "headings": gold.headings,
        "key_figures": report.get("key_figures", []),
        "key_figures_optional": report.get("key_figures_optional", []),
    }
    return out


def check_gold(name: str, gold_doc: dict, gold: Gold) -> None:
    """The gold must be readable off the printed text; raise on the first disagreement."""
    text = "\n".join(gold.texts).casefold()
    problems = []
    for m in gold_doc["board"]:
        if m["name"].casefold() not in text:
            problems.append(f"board name not printed: {m['name']}")
    if gold_doc["ceo"] and gold_doc["ceo"].casefold() not in text:
        problems.append(f"ceo not printed: {gold_doc['ceo']}")
    org = gold_doc["organization"]
    for key in ("name", "address", "email", "website", "phone"):
        if key in org and org[key].casefold() not in text:
            problems.append(f"organization.{key} not printed: {org[key]}")
    for o in org.get("owners", []):
        if o["name"].casefold() not in text:
            problems.append(f"owner not printed: {o['name']}")
    if abs(sum(o["share_percent"] for o in org.get("owners", [])) - 100) > 0.01:
        problems.append("owner shares do not sum to 100")
    for p in gold_doc["percentages"]:
        if not any(p["about"].casefold() in t.casefold() for t in gold.texts):
            problems.append(f"about not printed: {p['about']}")
    for k in gold_doc["key_figures"]:
        if k["label"].casefold() not in text:
            problems.append(f"key figure label not printed: {k['label']}")
    if problems:
        raise ValueError(f"{name}: " + "; ".join(problems))


# ---------- renditions ----------

def docx_to_pdfs(docx_paths: list[Path], out_dir: Path) -> None:
    """One LibreOffice run for all, with a private profile (no clash with another soffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="devset-lo-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_paths)],
                       check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=600)


def pdf_to_scan(pdf: Path, target: Path, seed: int) -> None:
    """Render, tilt a little, add sensor noise and blur, and rebuild an image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory(prefix="devset-scan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(SCAN_DPI), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p-*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            arr = np.asarray(im, dtype=np.float32)
            arr = arr * 0.92 + 12 + nrng.normal(0, 9, arr.shape)  # grey paper, sensor noise
            pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L"))
        pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI,
                      quality=SCAN_QUALITY)


def write_devset(out_dir: Path = HERE, names: list[str] | None = None) -> list[Path]:
    from devset_reports import REPORTS

    written, docx_paths = [], []
    for name, report in REPORTS.items():
        if names and name not in names:
            continue
        gold = Gold()
        document = build_docx(report, gold)
        gold_doc = gold_json(name, report, gold)
        check_gold(name, gold_doc, gold)
        path = out_dir / f"{name}.docx"
        path.write_bytes(docx_bytes_reproducible(document))
        (out_dir / f"{name}.gold.json").write_text(json.dumps(gold_doc, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        docx_paths.append(path)
        written += [path, out_dir / f"{name}.gold.json", out_dir / f"{name}.pdf"]
    docx_to_pdfs(docx_paths, out_dir)
    for seed, path in enumerate(docx_paths):
        if REPORTS[path.stem].get("scan"):
            scan = out_dir / f"{path.stem}.scan.pdf"
            pdf_to_scan(out_dir / f"{path.stem}.pdf", scan, seed)
            written.append(scan)
    return written


if __name__ == "__main__":
    start = time.perf_counter()
    for p in write_devset(names=sys.argv[1:] or None):
        print(f"{p.stat().st_size:>9} {p.name}")
    print(f"done in {time.perf_counter() - start:.1f} s")
