"""Word tables for the held-out reports: ruled or unruled, shaded headers, fixed widths, rows kept
together. ``add_table`` registers the printed rows as gold table rows (``gold_rows``) and every row as
text the gold checks can read.
"""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from make_devset import remove_borders  # the dev set's helper: one way to unrule a table

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def shade(cell, hex_fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def bottom_rule(cell) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    el = OxmlElement("w:top")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), "6")
    el.set(qn("w:color"), "000000")
    borders.append(el)
    tc_pr.append(borders)


def set_cell(cell, text: str, bold=False, italic=False, size=None, align=None) -> None:
    cell.text = ""
    para = cell.paragraphs[0]
    para.paragraph_format.space_after = Pt(1)
    para.paragraph_format.space_before = Pt(1)
    run = para.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if align:
        para.alignment = ALIGN[align]


def is_number(text: str) -> bool:
    t = text.replace(" ", "").replace("\u00a0", "").replace(".", "").replace(",", "").strip("()-%")
    return t.isdigit()


def add_table(document, gold, rows: list[list[str]], ruled=True, gold_rows=True, widths=None, shade_header=None,
              size=None, header_bold=True, bold_rows=(), rule_rows=(), about_col=0):
    ncols = max(len(r) for r in rows)
    table = document.add_table(rows=0, cols=ncols)
    if ruled:
        table.style = document.styles["Table Grid"]
    else:
        remove_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for r, row in enumerate(rows):
        cells = table.add_row().cells
        label = gold.strip(row[about_col]) if row else ""
        printed = []
        for c, text in enumerate(row):
            out = gold.render(text, about=label or None)
            bold = (r == 0 and header_bold) or r in bold_rows
            set_cell(cells[c], out, bold=bold, size=size, align="right" if c and is_number(out) else None)
            if r == 0 and shade_header:
                shade(cells[c], shade_header)
            if r in rule_rows:
                bottom_rule(cells[c])
            printed.append(out)
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and any(p.strip() for p in printed):
            gold.table_rows.append([p for p in printed if p.strip()])
    if widths:
        set_widths(table, widths)
    document.add_paragraph()
    return table


def set_widths(table, widths: list[float]) -> None:
    """Fixed column widths: Word reads the cells, LibreOffice the table grid; set both."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)


def keep_together(table) -> None:
    """A block that must not break across pages: every paragraph keeps with the next."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.keep_with_next = True
