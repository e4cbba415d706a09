"""Layout the fourteenth held-out set adds to the sixth set's ``h6_render`` (which brings the third
and first sets' items), registering gold as it goes.

    ("brp", [lines], {bold_first, size})  one paragraph whose lines are split by soft returns
                                          (Shift+Enter, a ``w:br`` in the run), as Google Docs
                                          exports "Styreleder" / "Name" typed in one paragraph
    ("owners", rows, {ruled})             an owners' table whose header row is printed as typed,
                                          a "%" in it ("Eierandel %") being a column label, not a
                                          percentage; the body rows go through the markup as usual

Everything else goes to ``h6_render.add_items`` in runs.
"""
from __future__ import annotations

from itertools import groupby

from docx.shared import Pt

import h6_render
from heldout_tables import add_table


def add_break_paragraph(document, gold, lines: list[str], bold_first=False, size=None) -> None:
    para = document.add_paragraph()
    for i, line in enumerate(lines):
        run = para.add_run(gold.render(line))
        run.bold = bold_first and i == 0
        if size:
            run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def add_owner_table(document, gold, rows: list[list[str]], ruled=True) -> None:
    """The header is written after the table is built, so the markup check sees only the body."""
    header, body = rows[0], rows[1:]
    table = add_table(document, gold, [[""] * len(header)] + body, ruled=ruled, shade_header="E4E9EE" if ruled else None)
    for cell, text in zip(table.rows[0].cells, header):
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(9)
    gold.texts.append(" | ".join(header))
    gold.table_rows.insert(len(gold.table_rows) - len([r for r in body if any(c.strip() for c in r)]),
                           [c for c in header if c.strip()])


OWN = {"brp": add_break_paragraph, "owners": add_owner_table}


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    """Runs of other items to ``h6_render`` (seeded by how much text is drawn so far), own items here."""
    for own, run in groupby(items, key=lambda item: item[0] in OWN):
        if not own:
            h6_render.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            continue
        for kind, content, *rest in run:
            OWN[kind](document, gold, content, **(rest[-1] if rest else {}))
