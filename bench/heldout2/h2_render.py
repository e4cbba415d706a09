"""Lay out one report of the second held-out set as a Word document or as HTML (for a PDF made
by LibreOffice's HTML import, another route than Word's), registering gold as it goes.

Items (tuples; the last element may be a dict of options):

    ("h", level, text)            a heading (Word Heading 1-3, HTML h1-h3)   -> gold heading
    ("bh", text)                  a bold paragraph that reads as a heading     -> gold heading
    ("p", text, {bold, italic, align})     ("li", text)     ("break",)
    ("table", rows, {ruled, header, gold, shade, widths})   rows of cells    -> gold table rows
    ("stmt", Statement, {ruled})  a financial statement (h2_finance)          -> gold rows, key figures
    ("box2", title, left, right)  a shaded box, title across two columns of lines (layout only)
    ("tabs", [(left, right)])     lines with a dot-leader tab stop between label and name
    ("sign", place_date, [(name, title)])   signatures in a borderless row (layout only)
    ("side", [items], [items])    HTML only: two blocks side by side (a borderless layout table)

A statement's title is printed above it as a bold line and is a gold heading.

All text goes through ``gold.render`` (markup for places and percentages, see make_heldout2.py).
"""
from __future__ import annotations

import html

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from h2_finance import Statement
from heldout_docx import fill_with_fields, set_font

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def opts_of(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def register_rows(gold, rows: list[list[str]]) -> None:
    for cells in rows:
        kept = [c for c in cells if c.strip()]
        if len(kept) >= 2:
            gold.table_rows.append(kept)
            gold.row_texts.append(" | ".join(kept))


def render_rows(gold, rows: list[list[str]]) -> list[list[str]]:
    """Cells through the markup; a percentage in a cell is about its row's first cell."""
    out = []
    for row in rows:
        about = gold.strip(row[0]) if row and row[0] else None
        out.append([gold.render(c, about=about) for c in row])
    return out


def statement_rows(gold, st: Statement) -> tuple[list[str], list[tuple[bool, list[str]]]]:
    gold.statements.append(st)
    header = [gold.render(h) for h in st.header_row()]
    body = [(line.bold, [gold.render(c) for c in cells]) for line, cells in st.body_rows()]
    register_rows(gold, [header] + [cells for _, cells in body])
    return header, body


# ---------- Word ----------

def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _cell_text(cell, text: str, bold=False, align="left", size=None) -> None:
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    para.alignment = ALIGN[align]


def _docx_table(document, rows: list[list[str]], ruled=True, header=True, bold_rows=None, shade=None,
                widths=None, numeric_from=1, size=None):
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if ruled:
        table.style = document.styles["Table Grid"]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            bold = (header and i == 0) or bool(bold_rows and bold_rows[i])
            align = "right" if j >= numeric_from and i > 0 or (header and i == 0 and j >= numeric_from) else "left"
            _cell_text(cell, text, bold=bold, align=align, size=size)
            if shade and i == 0 and header:
                _shade(cell, shade)
            if widths:
                cell.width = Cm(widths[j])
    if widths:
        table.autofit = False
        for j, width in enumerate(widths):
            table.columns[j].width = Cm(width)
    return table


def statement_widths(st: Statement, text_cm: float = 16.0) -> list[float]:
    col = 2.2 if len(st.cols) > 3 else 2.5
    note = 1.5 if st.note_col else 0
    label = min(8.0, text_cm - note - col * len(st.cols))
    return [label] + [note] * st.note_col + [col] * len(st.cols)


def new_document(report: dict, gold, fixed_time) -> docx.Document:
    document = docx.Document()
    font = report.get("font", "DejaVu Sans")
    set_font(document.styles["Normal"], font, report.get("body_pt", 10))
    colour = RGBColor.from_string(report.get("heading_colour", "203040"))
    for level, size in {1: 16, 2: 13, 3: 11}.items():
        set_font(document.styles[f"Heading {level}"], report.get("heading_font", font), size, colour)
    props = document.core_properties
    props.author = props.last_modified_by = report.get("author", "Heldout2 generator")
    props.title = gold.strip(report["title"])
    props.created = props.modified = fixed_time
    props.revision = 1
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(report.get("margin_mm", 22))
    if report.get("header"):
        head = section.header.paragraphs[0]
        fill_with_fields(head, gold, report["header"])
        for run in head.runs:
            run.font.size = Pt(8)
    if report.get("footer"):
        foot = section.footer.paragraphs[0]
        fill_with_fields(foot, gold, report["footer"])
        foot.alignment = ALIGN["center"]
    return document


def add_docx_items(document, gold, items: list[tuple]) -> None:
    page_break = False
    for item in items:
        kind, opts = item[0], opts_of(item)
        if kind == "break":
            page_break = True
            continue
        if kind == "h":
            para = document.add_heading(gold.render(item[2]), level=item[1])
            gold.headings.append(gold.strip(item[2]))
        elif kind == "bh":
            para = document.add_paragraph()
            run = para.add_run(gold.render(item[1]))
            run.bold = True
            run.font.size = Pt(11)
            gold.headings.append(gold.strip(item[1]))
        elif kind in ("p", "li"):
            para = document.add_paragraph(style="List Bullet" if kind == "li" else None)
            run = para.add_run(gold.render(item[1]))
            run.bold, run.italic = opts.get("bold", False), opts.get("italic", False)
            para.alignment = ALIGN[opts.get("align", "left")]
        elif kind == "table":
            rows = render_rows(gold, item[1])
            if opts.get("gold", True):
                register_rows(gold, rows)
            table = _docx_table(document, rows, ruled=opts.get("ruled", True), header=opts.get("header", True),
                                shade=opts.get("shade"), widths=opts.get("widths"), size=opts.get("size"),
                                numeric_from=opts.get("numeric_from", 99))
            para = table.rows[0].cells[0].paragraphs[0]
        elif kind == "stmt":
            st = item[1]
            para = document.add_paragraph()
            run = para.add_run(gold.render(st.title))
            run.bold = True
            run.font.size = Pt(11)
            gold.headings.append(gold.strip(st.title))
            if st.above:
                document.add_paragraph().add_run(gold.render(st.above)).italic = True
            header, body = statement_rows(gold, st)
            _docx_table(document, [header] + [cells for _, cells in body], ruled=opts.get("ruled", False),
                        bold_rows=[True] + [b for b, _ in body], shade=opts.get("shade"),
                        numeric_from=1, size=9, widths=statement_widths(st))
            if st.below:
                document.add_paragraph().add_run(gold.render(st.below)).italic = True
        elif kind == "box2":
            _, title, left, right = item[:4]
            table = document.add_table(rows=2, cols=2)
            table.style = document.styles["Table Grid"]
            top = table.cell(0, 0).merge(table.cell(0, 1))
            _cell_text(top, gold.render(title), bold=True, size=12)
            for col, lines in enumerate((left, right)):
                cell = table.cell(1, col)
                for k, line in enumerate(lines):
                    para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    para.add_run(gold.render(line))
                _shade(cell, "EAF1E4")
            _shade(top, "C9DDBA")
            para = top.paragraphs[0]
        elif kind == "tabs":
            para = None
            for left, right in item[1]:
                p = document.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(7), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.space_after = Pt(1)
                p.add_run(f"{gold.render(left)}\t{gold.render(right)}")
                para = para or p
        elif kind == "sign":
            _, place_date, people = item[:3]
            para = document.add_paragraph(gold.render(place_date))
            table = document.add_table(rows=3, cols=len(people))
            for j, (name, title) in enumerate(people):
                _cell_text(table.cell(0, j), "")
                _cell_text(table.cell(1, j), gold.render(name), size=9)
                _cell_text(table.cell(2, j), gold.render(title), size=9)
        else:
            raise ValueError(f"unknown item {kind!r}")
        if page_break and para is not None:
            para.paragraph_format.page_break_before = True
            page_break = False


# ---------- HTML (for LibreOffice's HTML import) ----------

def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_table(rows: list[list[str]], ruled=True, header=True, bold_rows=None, numeric_from=99) -> str:
    out = [f'<table {"border=1 " if ruled else ""}cellspacing="0" cellpadding="3" width="100%">']
    for i, row in enumerate(rows):
        cells = []
        for j, text in enumerate(row):
            tag = "th" if header and i == 0 else "td"
            align = ' align="right" nowrap' if j >= numeric_from else ""
            body = _esc(text)
            if bold_rows and bold_rows[i] and tag == "td":
                body = f"<b>{body}</b>"
            cells.append(f"<{tag}{align}>{body}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out + ["</table>"])


def html_items(gold, items: list[tuple]) -> str:
    out = []
    for item in items:
        kind, opts = item[0], opts_of(item)
        if kind == "break":
            out.append('<p style="page-break-before: always"></p>')
        elif kind == "h":
            out.append(f"<h{item[1]}>{_esc(gold.render(item[2]))}</h{item[1]}>")
            gold.headings.append(gold.strip(item[2]))
        elif kind == "bh":
            out.append(f"<p><b>{_esc(gold.render(item[1]))}</b></p>")
            gold.headings.append(gold.strip(item[1]))
        elif kind == "p":
            text = _esc(gold.render(item[1]))
            text = f"<b>{text}</b>" if opts.get("bold") else text
            text = f"<i>{text}</i>" if opts.get("italic") else text
            out.append(f"<p>{text}</p>")
        elif kind == "li":
            out.append(f"<ul><li>{_esc(gold.render(item[1]))}</li></ul>")
        elif kind == "table":
            rows = render_rows(gold, item[1])
            if opts.get("gold", True):
                register_rows(gold, rows)
            out.append(html_table(rows, ruled=opts.get("ruled", True), header=opts.get("header", True),
                                  numeric_from=opts.get("numeric_from", 99)))
        elif kind == "stmt":
            st = item[1]
            out.append(f"<p><b>{_esc(gold.render(st.title))}</b></p>")
            gold.headings.append(gold.strip(st.title))
            if st.above:
                out.append(f"<p><i>{_esc(gold.render(st.above))}</i></p>")
            header, body = statement_rows(gold, st)
            out.append(html_table([header] + [c for _, c in body], ruled=opts.get("ruled", False),
                                  bold_rows=[True] + [b for b, _ in body], numeric_from=1))
            if st.below:
                out.append(f"<p><i>{_esc(gold.render(st.below))}</i></p>")
        elif kind == "side":
            out.append('<table width="100%" cellpadding="6"><tr><td valign="top" width="50%">'
                       + html_items(gold, item[1]) + '</td><td valign="top" width="50%">'
                       + html_items(gold, item[2]) + "</td></tr></table>")
        elif kind == "sign":
            _, place_date, people = item[:3]
            out.append(f"<p>{_esc(gold.render(place_date))}</p>")
            cells = "".join(f"<td><br><br>{_esc(gold.render(n))}<br>{_esc(gold.render(t))}</td>" for n, t in people)
            out.append(f'<table width="100%"><tr>{cells}</tr></table>')
        else:
            raise ValueError(f"unknown HTML item {kind!r}")
    return "\n".join(out)


def html_document(report: dict, gold) -> str:
    body = html_items(gold, report["items"])
    size = "297mm 210mm" if report.get("landscape") else "210mm 297mm"
    font = report.get("font", "DejaVu Serif")
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{_esc(gold.strip(report["title"]))}'
            f"</title>\n<style>@page {{ size: {size}; margin: 14mm }} body {{ font-family: '{font}'; font-size: 9.5pt }}"
            f" h1 {{ font-size: 16pt }} h2 {{ font-size: 12.5pt }} th, td {{ font-size: 9pt }}</style></head>\n"
            f"<body>\n{body}\n</body></html>\n")
