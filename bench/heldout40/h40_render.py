"""Word layout the fortieth held-out set adds to the fifteenth set's ``h15_render`` (which brings the
sixth, third and first sets' items), registering gold as it goes. Office-made Word files:

    ("mtable", rows, {widths, size, repeat_header, gold_rows, shade_header})
        a ruled table with merged cells: a cell ``None`` continues the cell above it (vMerge), a row
        of one cell spans the whole width (gridSpan, a section row "Styret"); ``repeat_header`` marks
        the first row to repeat on each page the table runs over (w:tblHeader). Gold rows (when
        asked) are the rows with no merged cell, as printed
    ("nested", [(title, rows)], {size})
        a borderless layout table of side-by-side cells, each a bold title over a ruled table of its
        own nested inside the cell (no gold rows: a reader may take it either way)
    ("mlstmt", Statement, {title})
        a statement whose detail lines are typed into one row, several lines per cell (one paragraph
        a line), the way a statement is kept in step when pasted into Word; sum lines are rows of
        their own and are the gold rows
    ("longstmt", Statement, {title})
        a statement as one ruled table (``mtable``) whose header row repeats over a page break
    ("multicell", [[lines, ...]], {widths, size})
        a borderless table whose cells each hold several lines (roles in one cell, names in the next)

Everything else goes to ``h15_render.add_items`` in runs.
"""
from __future__ import annotations

from itertools import groupby

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

import h3_render
import h15_render
from heldout_finance import Statement
from heldout_tables import is_number, remove_borders, set_cell, set_widths, shade


def _vmerge(cell, restart: bool) -> None:
    el = OxmlElement("w:vMerge")
    if restart:
        el.set(qn("w:val"), "restart")
    cell._tc.get_or_add_tcPr().append(el)


def _repeat_header(row) -> None:
    el = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(el)


def add_mtable(document, gold, rows: list[list], widths=None, size=9, repeat_header=False, gold_rows=True,
               shade_header="E8EDF2") -> None:
    ncols = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=ncols)
    table.style = document.styles["Table Grid"]
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        if len(row) == 1 and ncols > 1:  # a section row across the table
            merged = cells[0].merge(cells[-1])
            set_cell(merged, gold.render(row[0]), bold=True, size=size)
            shade(merged, "F2F2F2")
            gold.row_texts.append(gold.strip(row[0]))
            continue
        label = gold.strip(row[0]) if row[0] else ""
        printed = []
        for c, text in enumerate(row):
            if text is None:
                _vmerge(cells[c], restart=False)
                continue
            below = r + 1 < len(rows) and len(rows[r + 1]) == ncols and rows[r + 1][c] is None
            if below:
                _vmerge(cells[c], restart=True)
            out = gold.render(text, about=label or None)
            set_cell(cells[c], out, bold=r == 0, size=size, align="right" if c and is_number(out) else None)
            if r == 0 and shade_header:
                shade(cells[c], shade_header)
            printed.append(out)
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and None not in row and len([p for p in printed if p.strip()]) >= 2:
            gold.table_rows.append([p for p in printed if p.strip()])
    if repeat_header:
        _repeat_header(table.rows[0])
    if widths:
        set_widths(table, widths)
    document.add_paragraph()


def _fill_lines(cell, lines: list[str], size, bold=False, align=None) -> None:
    cell.text = ""
    for j, line in enumerate(lines):
        para = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        run = para.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if align is not None:
            para.alignment = align


def add_nested(document, gold, blocks: list[tuple[str, list[list[str]]]], size=8.5) -> None:
    outer = document.add_table(rows=1, cols=len(blocks))
    remove_borders(outer)
    for cell, (title, rows) in zip(outer.rows[0].cells, blocks):
        cell.text = ""
        run = cell.paragraphs[0].add_run(gold.render(title))
        run.bold = True
        run.font.size = Pt(10)
        inner = cell.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        inner.style = document.styles["Table Grid"]
        for r, row in enumerate(rows):
            printed = []
            for c, text in enumerate(row):
                out = gold.render(text)
                set_cell(inner.rows[r].cells[c], out, size=size)
                printed.append(out)
            gold.row_texts.append(" | ".join(printed))
        cell.add_paragraph()
    document.add_paragraph()


def add_multicell(document, gold, rows: list[list[list[str]]], widths=None, size=9.5) -> None:
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    remove_borders(table)
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            _fill_lines(table.rows[r].cells[c], [gold.render(x) for x in lines], size, bold=c == 0)
    if widths:
        set_widths(table, widths)
    document.add_paragraph()


def add_ml_statement(document, gold, st: Statement, title: str | None = None) -> None:
    """Runs of detail lines share one row; a bold (sum or head) line stands alone."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    h3_render.add_statement_title(document, gold, title or st.title)
    gold.statements.append(st)
    header = [gold.render(h) for h in st.header_row()]
    body = st.body_rows()
    groups: list[list] = []
    for bold, run in groupby(body, key=lambda lc: lc[0].bold or lc[0].key):
        run = list(run)
        if bold:
            groups += [[lc] for lc in run]
        else:
            groups.append(run)
    ncols = len(header)
    table = document.add_table(rows=1 + len(groups), cols=ncols)
    table.style = document.styles["Table Grid"]
    for c, text in enumerate(header):
        _fill_lines(table.rows[0].cells[c], [text], 9, bold=True,
                    align=WD_ALIGN_PARAGRAPH.RIGHT if c else None)
    gold.row_texts.append(" | ".join(header))
    for g, group in enumerate(groups, start=1):
        cols = list(zip(*[[gold.render(x, about=gold.strip(cells[0])) for x in cells] for _, cells in group]))
        single = len(group) == 1
        for c, lines in enumerate(cols):
            _fill_lines(table.rows[g].cells[c], list(lines), 9, bold=single and group[0][0].bold,
                        align=WD_ALIGN_PARAGRAPH.RIGHT if c else None)
        for _, cells in group:
            gold.row_texts.append(" | ".join(cells))
        if single and sum(1 for x in group[0][1] if x.strip()) >= 2 and st.gold_rows:
            gold.table_rows.append([x for x in group[0][1] if x.strip()])
    note = [1.3] if st.note_col is not None else []
    widths = [16.4 - sum(note) - 2.6 * len(st.cols)] + note + [2.6] * len(st.cols)
    set_widths(table, widths)
    document.add_paragraph()
    h3_render.add_below(document, gold, st)


def add_long_statement(document, gold, st: Statement, title: str | None = None) -> None:
    """A statement as one ruled table whose header row Word repeats on the next page."""
    h3_render.add_statement_title(document, gold, title or st.title)
    gold.statements.append(st)
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()]
    note = [1.3] if st.note_col is not None else []
    widths = [16.4 - sum(note) - 2.8 * len(st.cols)] + note + [2.8] * len(st.cols)
    add_mtable(document, gold, rows, widths=widths, repeat_header=True, gold_rows=st.gold_rows)
    h3_render.add_below(document, gold, st)


OWN = {"mtable": add_mtable, "longstmt": add_long_statement, "nested": add_nested, "mlstmt": add_ml_statement, "multicell": add_multicell}


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    for is_own, stretch in groupby(items, key=lambda item: item[0] in OWN):
        stretch = list(stretch)
        if is_own:
            for kind, *args in stretch:
                opts = args.pop() if args and isinstance(args[-1], dict) else {}
                OWN[kind](document, gold, *args, **opts)
        else:
            h15_render.add_items(document, gold, stretch, seed=seed + len(gold.texts))
