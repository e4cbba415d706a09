"""Mechanics the sixteenth held-out set adds to the earlier sets' (imported, not copied), registering
gold as it goes:

    ("uh", text)                      an underlined heading in the body font, as typed on a stencil
                                      (a gold heading)
    ("fix", before, old, new, after)  a paragraph with a handwritten correction: ``old`` struck
                                      through, ``new`` written beside it in another hand (a serif
                                      italic, raised); only ``new`` is registered as read text
    ("fixcell", old, new)             the same correction in the last table's cell printing ``new``
    ("mstmt", Statement, groups, {title, band})   a statement with merged cells: a top row whose
                                      band ("Regnskap") spans the year columns (gridSpan), and a
                                      first column naming each group once over its rows (vMerge);
                                      ``groups`` are (group name, [line labels]); the group's sum
                                      lines are the statement's own
    ("layout", left_items, right_items, {left_cm})  the whole page as a two-cell borderless layout
                                      table: a narrow shaded facts column and a wide text column;
                                      cell items are "bh", "p", "small" and "mstmt"

Everything else goes to the sixth set's ``h6_render.add_items`` in runs. ``stencil_scan`` turns a
PDF into a poor scan of a mimeographed sheet (uneven ink across the page, faded bands, blots).
"""
from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import h3_render
import h6_render
from heldout_finance import Statement
from heldout_tables import remove_borders, set_widths, shade

OWN = ("uh", "fix", "fixcell", "mstmt", "layout")
HAND = "DejaVu Serif"


def _hand_run(para, text: str):
    run = para.add_run(text)
    run.italic = True
    run.font.name = HAND
    run.font.size = Pt(11)
    run.font.color.rgb = RGBColor(0x1A, 0x2A, 0x6A)
    pos = OxmlElement("w:position")
    pos.set(qn("w:val"), "5")
    run._r.get_or_add_rPr().append(pos)
    return run


def _struck_run(para, text: str):
    run = para.add_run(text)
    run.font.strike = True
    return run


def add_fix(container, gold, before: str, old: str, new: str, after: str) -> None:
    para = container.add_paragraph()
    para.add_run(gold.render(before))
    _struck_run(para, old)
    para.add_run(" ")
    _hand_run(para, gold.render(new))
    para.add_run(gold.render(after))


def fix_cell(document, old: str, new: str) -> None:
    """The last table's cell printing ``new`` gets ``old`` struck through before it, ``new`` by hand."""
    for row in document.tables[-1].rows:
        for cell in row.cells:
            if cell.text.strip() == new:
                para = cell.paragraphs[0]
                for run in list(para.runs):
                    run._r.getparent().remove(run._r)
                _struck_run(para, old)
                para.add_run(" ")
                _hand_run(para, new)
                return
    raise ValueError(f"no cell printing {new!r}")


def add_underlined_heading(document, gold, text: str) -> None:
    para = document.add_paragraph()
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True
    run = para.add_run(gold.render(text))
    run.underline = True
    gold.headings.append(run.text)


def _merge(cell, kind: str, value: str | None = None) -> None:
    el = OxmlElement(f"w:{kind}")
    if value is not None:
        el.set(qn("w:val"), value)
    cell._tc.get_or_add_tcPr().append(el)


def _text(cell, text: str, bold=False, right=False, size=8.5) -> None:
    para = cell.paragraphs[0]
    para.paragraph_format.space_after = Pt(0)
    if right:
        para.alignment = 2
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def add_merged_statement(container, gold, st: Statement, groups: list[tuple[str, list[str]]],
                         title: str | None = None, band: str = "Regnskap", width_cm: float = 16.4) -> None:
    """Built by hand with raw merges: python-docx's ``merge`` would join the cells' text."""
    if title:
        para = container.add_paragraph()
        run = para.add_run(gold.render(title))
        run.bold = True
        gold.headings.append(run.text)
    gold.statements.append(st)
    ncols = len(st.cols)
    group_of = {label: name for name, labels in groups for label in labels}
    lines = [line for line in st.lines if not line.is_head]
    table = container.add_table(rows=2 + len(lines), cols=2 + ncols)
    table.style = "Table Grid"
    value_w = 2.3
    set_widths(table, [2.8, width_cm - 2.8 - value_w * ncols] + [value_w] * ncols)
    top, head = table.rows[0].cells, table.rows[1].cells
    _text(top[0], gold.render(st.label_header), bold=True)
    _merge(top[0], "gridSpan", "2")
    top[1]._tc.getparent().remove(top[1]._tc)
    _text(top[2], gold.render(band), bold=True)
    if ncols > 1:
        _merge(top[2], "gridSpan", str(ncols))
        for cell in top[3:]:
            cell._tc.getparent().remove(cell._tc)
    for cell, col in zip(head[2:], st.cols):
        _text(cell, gold.render(col.header), bold=True, right=True)
    previous = None
    for r, line in enumerate(lines):
        cells = table.rows[2 + r].cells
        group = group_of.get(line.label, "")
        if group and group == previous:
            _merge(cells[0], "vMerge")
        else:
            _text(cells[0], gold.render(group), bold=True)
            _merge(cells[0], "vMerge", "restart")
        previous = group or None
        printed = [gold.render(line.label)] + [gold.render(st.fmt(v)) for v in line.values]
        _text(cells[1], printed[0], bold=line.bold)
        for cell, text in zip(cells[2:], printed[1:]):
            _text(cell, text, bold=line.bold, right=True)
        gold.table_rows.append([c for c in printed if c.strip()])
        gold.row_texts.append(" | ".join(printed))
    if st.below:
        run = container.add_paragraph().add_run(gold.render(st.below))
        run.italic = True
        run.font.size = Pt(7.5)


def _cell_items(cell, gold, items: list[tuple], width_cm: float) -> None:
    first = True
    for item in items:
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind == "mstmt":
            add_merged_statement(cell, gold, item[1], item[2], title=opts.get("title"), band=opts.get("band", "Regnskap"),
                                 width_cm=width_cm)
            cell.add_paragraph()
            continue
        para = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        first = False
        run = para.add_run(gold.render(item[1]))
        if kind == "bh":
            run.bold = True
            run.font.size = Pt(opts.get("size", 11))
            para.paragraph_format.space_before = Pt(8)
            gold.headings.append(run.text)
        elif kind == "small":
            run.font.size = Pt(8)
            para.paragraph_format.space_after = Pt(0)
        elif kind != "p":
            raise ValueError(f"unknown cell item {kind!r}")


def add_layout(document, gold, left: list[tuple], right: list[tuple], left_cm: float = 4.6) -> None:
    table = document.add_table(rows=1, cols=2)
    remove_borders(table)
    right_cm = 17.0 - left_cm
    set_widths(table, [left_cm, right_cm])
    lcell, rcell = table.rows[0].cells
    shade(lcell, "EEF0EA")
    _cell_items(lcell, gold, left, left_cm)
    _cell_items(rcell, gold, right, right_cm - 0.4)


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    run: list[tuple] = []

    def flush():
        if run:
            h6_render.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            run.clear()

    for item in items:
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind not in OWN:
            run.append(item)
            continue
        flush()
        if kind == "uh":
            add_underlined_heading(document, gold, item[1])
        elif kind == "fix":
            add_fix(document, gold, *item[1:5])
        elif kind == "fixcell":
            fix_cell(document, item[1], item[2])
        elif kind == "mstmt":
            add_merged_statement(document, gold, item[1], item[2], title=opts.get("title"),
                                 band=opts.get("band", "Regnskap"))
        else:
            add_layout(document, gold, item[1], item[2], left_cm=opts.get("left_cm", 4.6))
    flush()


def stencil_scan(pdf: Path, target: Path, seed: int, dpi: int = 150) -> None:
    """A mimeographed sheet scanned badly: ink heavier on one side and fading in bands, a few blots,
    the page a little tilted, the paper grey; an image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory(prefix="heldout16-stencil-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p-*.png")):
            im = Image.open(png).convert("L").filter(ImageFilter.GaussianBlur(0.7))
            ink = 255.0 - np.asarray(im, dtype=np.float32)
            h, w = ink.shape
            x = np.linspace(0, 1, w)[None, :]
            y = np.linspace(0, 1, h)[:, None]
            side = 0.72 + 0.3 * (x if rng.random() < 0.5 else 1 - x)
            bands = 1 - 0.22 * (np.sin(y * rng.uniform(14, 22) + rng.uniform(0, 6)) > 0.75)
            ink = np.clip(ink * side * bands * 1.15, 0, 255)
            arr = 238 - ink * 0.93 + nrng.normal(0, 7, ink.shape)
            for _ in range(6):
                cy, cx, r = rng.randrange(h), rng.randrange(w), rng.randint(2, 6)
                arr[max(0, cy - r):cy + r, max(0, cx - r):cx + r] -= 90
            page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
            pages.append(page.rotate(rng.uniform(-1.1, 1.1), resample=Image.BICUBIC, fillcolor=238))
        pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=50)
