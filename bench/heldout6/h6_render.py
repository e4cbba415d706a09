"""Layout for the sixth held-out set: the third set's items (``h3_render.add_items``) plus two
layouts it does not have, registering gold as it goes.

    ("tablines", rows, {stops, size, bold_first})  lines laid out with left tab stops (cm), no
                                                   table: a typed list of names and roles
    ("groupstmt", Statement, groups, {title})      a ruled statement with a row of column-group
                                                   names above the years ("Morselskap", "Konsern");
                                                   groups are (name, number of columns)

Everything else goes to ``h3_render.add_items`` in runs.
"""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

import h3_render
from heldout_finance import Statement
from heldout_tables import add_table

OWN = ("tablines", "groupstmt")


def add_tablines(document, gold, rows: list[list[str]], stops=(5.5, 11.0), size=None, bold_first=False) -> None:
    for r, cells in enumerate(rows):
        para = document.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_after = Pt(0)
        for pos in stops:
            fmt.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.LEFT)
        run = para.add_run("\t".join(gold.render(c) for c in cells))
        run.bold = bold_first and r == 0
        if size:
            run.font.size = Pt(size)
    document.add_paragraph()


def add_group_statement(document, gold, st: Statement, groups: list[tuple[str, int]], title: str) -> None:
    h3_render.add_statement_title(document, gold, title)
    gold.statements.append(st)
    top = [""] + ([""] if st.note_col is not None else [])
    for name, span in groups:
        top += [name] + [""] * (span - 1)
    rows = [top, st.header_row()] + [cells for _, cells in st.body_rows()]
    bold_rows = {0, 1} | {i + 2 for i, (line, _) in enumerate(st.body_rows()) if line.bold}
    note = [1.2] if st.note_col is not None else []
    value_w = 2.3
    widths = [16.4 - sum(note) - value_w * len(st.cols)] + note + [value_w] * len(st.cols)
    add_table(document, gold, rows, ruled=True, widths=widths, size=8.5, bold_rows=bold_rows,
              shade_header="E8EDF2")
    h3_render.add_below(document, gold, st)


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    run: list[tuple] = []

    def flush():
        if run:
            h3_render.add_items(document, gold, list(run), seed=seed + len(gold.texts))
            run.clear()

    for item in items:
        kind = item[0]
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if kind not in OWN:
            run.append(item)
            continue
        flush()
        if kind == "tablines":
            add_tablines(document, gold, item[1], **opts)
        else:
            add_group_statement(document, gold, item[1], item[2], title=opts.get("title", item[1].title))
    flush()
