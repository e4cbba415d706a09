"""Word layout for the seventy-first set's Word reports: the sixth set's items (``h6_render``: tab
lines, and through it the third and first sets' headings, tables, statements, two-column sections)
plus what those do not lay out, registering gold as they go.

    ("band", text, {fill, heading})   a heading set in white on a shaded band across the text width;
                                      ``heading`` True makes it a Word Heading 2, else a bold line -> gold heading
    ("factbox", [(label, value)], {title, fill, widths})  a shaded borderless box of label/value lines
                                      (its cells are no gold table rows; a narrow value column breaks lines)
    ("scene", kind, caption)          a picture with no text in it, its caption (italic) under it
    ("notes", [texts])                small lines (footnotes to a list above them)
    ("cols3", [items])                the items in a three-column section (headings inside)

Everything else goes to ``h6_render.add_items`` in runs.
"""
from __future__ import annotations

import io
import random

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

import h6_render
import heldout_images
from heldout_tables import remove_borders, set_widths, shade
from make_devset import set_cols

OWN = ("band", "factbox", "scene", "notes", "cols3")


def shade_paragraph(para, fill: str) -> None:
    ppr = para._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def add_band(document, gold, text: str, fill: str = "2E5E4E", heading: bool = False) -> None:
    printed = gold.render(text)
    if heading:
        para = document.add_heading("", level=2)
    else:
        para = document.add_paragraph()
        para.paragraph_format.keep_with_next = True
    run = para.add_run(" " + printed)
    run.bold = True
    run.font.size = Pt(12.5)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.space_after = Pt(5)
    shade_paragraph(para, fill)
    gold.headings.append(printed)


def add_factbox(document, gold, lines: list[tuple[str, str]], title: str | None = None, fill: str = "E9EFEA",
                widths: tuple[float, float] = (3.4, 4.2)) -> None:
    rows = ([(title, "")] if title else []) + list(lines)
    table = document.add_table(rows=0, cols=2)
    remove_borders(table)
    for r, (label, value) in enumerate(rows):
        cells = table.add_row().cells
        plain = gold.strip(label)
        printed = [gold.render(label), gold.render(value, about=plain or None)]
        gold.row_texts.append(" | ".join(printed))
        for c, text in enumerate(printed):
            cells[c].text = ""
            para = cells[c].paragraphs[0]
            para.paragraph_format.space_after = Pt(1)
            run = para.add_run(text)
            run.font.size = Pt(8.5 if not (title and r == 0) else 10)
            run.bold = c == 0
            shade(cells[c], fill)
    set_widths(table, list(widths))
    document.add_paragraph()


def scene_png(kind: str, seed: int) -> bytes:
    """A landscape or a workshop without any text (the caption names the place)."""
    rng = random.Random(seed)
    w, h = 1200, 700
    im = Image.new("RGB", (w, h), (190, 210, 228))
    draw = ImageDraw.Draw(im)
    if kind in ("workshop", "hall"):
        draw.rectangle([0, 420, w, h], fill=(185, 170, 148))
        for x in (80, 840):
            draw.rectangle([x, 90, x + 280, 280], fill=(236, 242, 247), outline=(110, 110, 110), width=4)
        draw.rectangle([150, 430, 1050, 480], fill=(123, 90, 58))
        for i in range(rng.randint(2, 4)):
            heldout_images._portrait(draw, 220 + i * 230, 220, 200, 260, rng, background=False)
    else:
        base = 380
        pts = [(0, base)] + [(x, base - rng.randint(40, 170)) for x in range(0, w + 1, 150)] + [(w, h), (0, h)]
        draw.polygon(pts, fill=(130, 158, 126))
        ground = (90, 130, 170) if kind == "water" else (160, 190, 115)
        draw.rectangle([0, 470, w, h], fill=ground)
        for _ in range(8 if kind != "water" else 2):
            x, y, s = rng.randint(20, w - 20), rng.randint(480, 640), rng.randint(90, 170)
            draw.polygon([(x, y - s), (x - s // 3, y), (x + s // 3, y)], fill=(47, 90, 58))
    return heldout_images.png_bytes(im.convert("P", palette=Image.ADAPTIVE, colors=48))


def add_scene(document, gold, kind: str, caption: str, seed: int) -> None:
    document.add_picture(io.BytesIO(scene_png(kind, seed)), width=Cm(11))
    para = document.add_paragraph()
    run = para.add_run(gold.render(caption))
    run.italic = True
    run.font.size = Pt(8.5)


def add_notes(document, gold, texts: list[str]) -> None:
    for text in texts:
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        run = para.add_run(gold.render(text))
        run.font.size = Pt(7.5)
    document.add_paragraph()


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    run: list[tuple] = []

    def flush():
        if run:
            h6_render.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            run.clear()

    for n, item in enumerate(items):
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind not in OWN:
            run.append(item)
            continue
        flush()
        if kind == "band":
            add_band(document, gold, item[1], **opts)
        elif kind == "factbox":
            add_factbox(document, gold, item[1], **opts)
        elif kind == "scene":
            add_scene(document, gold, item[1], item[2], seed=seed + n)
        elif kind == "notes":
            add_notes(document, gold, item[1])
        else:
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 3)
            add_items(document, gold, item[1], seed=seed + 200)
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 1)
    flush()
