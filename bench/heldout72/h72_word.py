"""Word layout for this set's Word reports: the first set's ``heldout_docx`` items, plus what these
reports print that it has no item for. Every string goes through ``gold.render``.

    ("roster", [(line, [under, ...])])  bulleted lines, each with indented lines under it
                                         (a board member with the personal deputy under the name)
    ("pi", text, {indent_cm, italic, size})  a paragraph indented from the left margin
    ("break",)                           the next item starts a new page
Any other item is ``heldout_docx``'s (h, bh, p, li, table, stmt, sign, sidebar, cols, ...).
"""
from __future__ import annotations

from docx.shared import Cm, Pt

import heldout_docx


def add_roster(document, gold, entries: list[tuple[str, list[str]]]) -> None:
    for line, under in entries:
        para = document.add_paragraph(gold.render(line), style="List Bullet")
        para.paragraph_format.space_after = Pt(0 if under else 2)
        for k, text in enumerate(under):
            sub = document.add_paragraph()
            sub.paragraph_format.left_indent = Cm(1.27)
            sub.paragraph_format.space_after = Pt(2 if k == len(under) - 1 else 0)
            run = sub.add_run(gold.render(text))
            run.font.size = Pt(9)


def add_indented(document, gold, text: str, indent_cm: float = 1.0, italic: bool = False, size: float | None = None) -> None:
    para = document.add_paragraph()
    para.paragraph_format.left_indent = Cm(indent_cm)
    run = para.add_run(gold.render(text))
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    for n, item in enumerate(items):
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind == "break":
            document.add_paragraph().paragraph_format.page_break_before = True
        elif kind == "roster":
            add_roster(document, gold, item[1])
        elif kind == "pi":
            add_indented(document, gold, item[1], **opts)
        else:
            heldout_docx.add_items(document, gold, [item], seed=seed + n)
