"""Layout for the sixtieth held-out set: the sixth set's items (``h6_render.add_items``) plus one
layout it does not have.

    ("dotlines", rows, {stop, size})   "Role ........ Name" lines: a right tab stop with a dot leader
                                       at ``stop`` cm, as a Word user types a list of office holders

Everything else goes to ``h6_render.add_items`` in runs.
"""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

import h6_render


def add_dotlines(document, gold, rows: list[list[str]], stop: float = 14.0, size=None) -> None:
    for cells in rows:
        para = document.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_after = Pt(1)
        fmt.tab_stops.add_tab_stop(Cm(stop), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        run = para.add_run("\t".join(gold.render(c) for c in cells))
        if size:
            run.font.size = Pt(size)
    document.add_paragraph()


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    run: list[tuple] = []

    def flush():
        if run:
            h6_render.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            run.clear()

    for item in items:
        if item[0] != "dotlines":
            run.append(item)
            continue
        flush()
        opts = item[-1] if isinstance(item[-1], dict) else {}
        add_dotlines(document, gold, item[1], **opts)
    flush()
