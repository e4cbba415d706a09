"""Layout for the third held-out set: the first set's item loop (``heldout_docx.add_items``) plus
the few layouts it does not have, registering gold as it goes.

Extra items (tuples; the last element may be a dict of options):

    ("portraits", [(name, [lines])], {per_row})   a grid of portrait pictures (no text in them),
                                                  the name in bold and its lines as Word text under each
    ("stmt", Statement, {title})                  a statement with its title printed bold above it
                                                  (a gold heading); the first set prints none
    ("keytable", Statement, [extra rows], {title}) a key-figure summary ("Nøkkeltal") as a ruled table:
                                                  its money lines are the statement's (gold key figures),
                                                  the extra rows (ratios with {p:...} markup) follow them
    ("pagebreak",)                                a page break here, whatever comes next

Everything else is handed to ``heldout_docx.add_items`` in runs, so its ``("break",)``, tables,
signatures, e-signature pages, two-column sections and statements work unchanged.
Statements may be ``Kroner`` (below): the first set's ``Statement`` printing "1 234 567,-", or
``Dash``: negatives with an en dash.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

import heldout_docx
import heldout_images
from heldout_finance import Statement
from heldout_tables import add_table, remove_borders


@dataclass
class Kroner(Statement):
    """Whole kroner with the old ",-" after each amount ("16 917 863,-")."""
    suffix: str = ",-"

    def fmt(self, value):
        text = super().fmt(value)
        return text + self.suffix if text else text


@dataclass
class Dash(Statement):
    """Negatives with an en dash, as a spreadsheet pasted into Word often prints them ("–276")."""

    def fmt(self, value):
        text = super().fmt(value)
        return "\u2013" + text[1:] if text.startswith("-") else text


def portrait_png(seed: int) -> bytes:
    """One head-and-shoulders picture without any text in it."""
    rng = random.Random(seed)
    im = Image.new("RGB", (240, 300), "white")
    heldout_images._portrait(ImageDraw.Draw(im), 0, 0, 240, 300, rng)
    return heldout_images.png_bytes(im.convert("P", palette=Image.ADAPTIVE, colors=48))


def add_portraits(document, gold, people: list[tuple[str, list[str]]], per_row: int = 3, seed: int = 0) -> None:
    """Pictures in a borderless layout table, caption text (name, then role lines) under each."""
    rows = (len(people) + per_row - 1) // per_row
    table = document.add_table(rows=rows, cols=per_row)
    remove_borders(table)
    for i, (name, lines) in enumerate(people):
        cell = table.cell(i // per_row, i % per_row)
        para = cell.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run().add_picture(io.BytesIO(portrait_png(seed + i)), width=Cm(3.2))
        texts = [(gold.render(name), True)] + [(gold.render(line), False) for line in lines]
        for text, bold in texts:
            p = cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(text)
            run.bold = bold
            run.font.size = Pt(8.5)
    document.add_paragraph()


def add_statement_title(document, gold, title: str) -> None:
    """A statement's title: a bold line kept with the table under it, one of the gold's headings."""
    para = document.add_paragraph()
    para.paragraph_format.keep_with_next = True
    run = para.add_run(gold.render(title))
    run.bold = True
    run.font.size = Pt(11.5)
    gold.headings.append(run.text)


def add_below(document, gold, st: Statement) -> None:
    """The small italic line a statement may have under it ("Tall i hele tusen")."""
    if st.below:
        below = document.add_paragraph().add_run(gold.render(st.below))
        below.italic = True
        below.font.size = Pt(8)


def add_titled_statement(document, gold, st: Statement, seed: int, title: str | None = None) -> None:
    add_statement_title(document, gold, title or st.title)
    heldout_docx.add_statement(document, gold, st, seed=seed)
    if isinstance(st, Dash) and st.render in ("ruled", "unruled"):
        # the first set's tables right-align numbers it recognises; an en-dash negative is one too
        for row in document.tables[-1].rows:
            for cell in row.cells[1:]:
                if cell.text.startswith("\u2013"):
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def add_key_table(document, gold, st: Statement, extra: list[list[str]], title: str) -> None:
    """Only the summary lines, in a ruled table; percentages in the extra rows are about their row label."""
    add_statement_title(document, gold, title)
    gold.statements.append(st)
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()] + extra
    add_table(document, gold, rows, ruled=True, size=9, shade_header="E6E6E6")
    add_below(document, gold, st)


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    run: list[tuple] = []

    def flush():
        if run:
            heldout_docx.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            run.clear()

    for n, item in enumerate(items):
        kind, opts = item[0], heldout_docx.opts_of(item)
        if kind not in ("portraits", "stmt", "keytable", "pagebreak"):
            run.append(item)
            continue
        flush()
        if kind == "pagebreak":
            document.add_paragraph().paragraph_format.page_break_before = True
        elif kind == "portraits":
            add_portraits(document, gold, item[1], per_row=opts.get("per_row", 3), seed=seed + n)
        elif kind == "keytable":
            add_key_table(document, gold, item[1], item[2], title=opts.get("title", item[1].title))
        else:
            add_titled_statement(document, gold, item[1], seed=seed + n, title=opts.get("title"))
    flush()
