"""Word layout of the fifty-eighth held-out set: the features an office worker reaches for in Word
itself, written as Word stores them (python-docx, raw OOXML where it has no API), registering gold
as it goes. Everything not named here goes to the fifteenth set's ``h15_render.add_items``
(headings, paragraphs, bullets, tables, signatures, e-signature pages, typed contents).

    ("txbox", [line], {title, width_pt, height_pt, vml, tabs, align})
        a floating text box (w:txbxContent) anchored to an empty paragraph: a DrawingML shape with a
        VML fallback, or (``vml``) VML only, as Word 2003 saved it. A line may hold a tab
        ("Styreleiar\\tName"), laid out on the box's own left tab stop ``tabs`` (cm).
    ("tocfield", [(title, page)], {title})
        a real table-of-contents field (fldChar begin, TOC \\o "1-3" \\h \\z \\u, separate, the cached
        lines with a dotted right tab, end), as Word leaves it after "Oppdater felt".
    ("columns", [items], {sep, space_cm})
        the items in a continuous section of two columns (w:cols, a line between with ``sep``),
        then a continuous section back to one column.
    ("leaders", [(left, right)], {pos_cm, leader, size})
        "Styreleder<TAB>Name" lines on one right (or left) tab stop with dotted leaders.
    ("nested", left_items, right_items, {widths})
        a borderless 1x2 layout table; each side a list of ("p", text, {bold}) paragraphs and
        ("tbl", rows, {ruled, gold_rows}) tables nested inside the cell.
    ("signlines", place_date, [(name, role)], {cols})
        a signature table whose name cells carry a rule above them (a cell border, not underscores).
    ("pasted", Statement, {title, band, spacer})
        a statement pasted from a spreadsheet: a merged band ("Regnskap") over the year columns
        (gridSpan), narrow empty spacer columns between the label and between the values.
"""
from __future__ import annotations

from itertools import groupby

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import h3_render
import h15_render
import heldout_docx
from heldout_finance import Statement
from heldout_tables import is_number, remove_borders, set_cell, set_widths

BOX_NS = heldout_docx.BOX_NS
EMU_PER_PT = 12700
esc = heldout_docx._xml_escape


# ---------- text boxes ----------

def _box_para(text: str, bold: bool, size: float, tab_twips: int | None) -> str:
    tabs = f'<w:tabs><w:tab w:val="left" w:pos="{tab_twips}"/></w:tabs>' if tab_twips else ""
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
    runs = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            runs.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if piece:
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{esc(piece)}</w:t></w:r>')
    return f'<w:p><w:pPr>{tabs}<w:spacing w:after="30"/></w:pPr>{"".join(runs)}</w:p>'


def add_txbox(document, gold, lines: list[str], title: str | None = None, width_pt: int = 190,
              height_pt: int = 200, vml: bool = False, tabs: float | None = None, align: str = "right",
              box_id: int = 1) -> None:
    tab_twips = int(tabs * 567) if tabs else None
    paras = []
    if title:
        paras.append(_box_para(gold.render(title), True, 10.5, None))
    for line in lines:
        paras.append(_box_para(gold.render(line), False, 9, tab_twips))
    content = f'<w:txbxContent>{"".join(paras)}</w:txbxContent>'
    fill, stroke = "F2F2EC", "7F7F5F"
    pict = (f'<w:pict><v:shape id="Tekstboks{box_id}" type="#_x0000_t202" filled="t" fillcolor="#{fill}" '
            f'stroked="t" strokecolor="#{stroke}" style="position:absolute;margin-left:0;margin-top:0;'
            f'width:{width_pt}pt;height:{height_pt}pt;z-index:{box_id};mso-position-horizontal:{align};'
            f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph">'
            f'<v:textbox>{content}</v:textbox><w10:wrap type="square"/></v:shape></w:pict>')
    if vml:
        xml = f"<w:r {BOX_NS}>{pict}</w:r>"
    else:
        cx, cy = width_pt * EMU_PER_PT, height_pt * EMU_PER_PT
        drawing = (
            f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251660000 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align>'
            f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{300 + box_id}" name="Tekstboks {box_id}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
            f'<a:ln w="6350"><a:solidFill><a:srgbClr val="{stroke}"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" '
            f'tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            f'</a:graphicData></a:graphic></wp:anchor></w:drawing>')
        xml = (f'<w:r {BOX_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
               f'<mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent></w:r>')
    document.add_paragraph()._p.append(parse_xml(xml))


# ---------- fields ----------

def _fld(kind: str):
    run = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    run.append(fld)
    return run


def add_tocfield(document, gold, lines: list[tuple[str, int]], title: str = "Innhald") -> None:
    head = document.add_paragraph()
    run = head.add_run(gold.render(title))
    run.bold = True
    run.font.size = Pt(14)
    gold.headings.append(run.text)
    for i, (text, page) in enumerate(lines):
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            para._p.append(_fld("begin"))
            instr = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-3" \\h \\z \\u '
            instr.append(it)
            para._p.append(instr)
            para._p.append(_fld("separate"))
        para.add_run(gold.render(f"{text}\t{page}"))
        if i == len(lines) - 1:
            para._p.append(_fld("end"))


# ---------- sections ----------

def _cols(section, n: int, sep: bool = False, space_cm: float = 1.0) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep and n > 1:
        cols.set(qn("w:sep"), "1")


def add_columns(document, gold, items: list[tuple], sep: bool = False, space_cm: float = 1.0, seed: int = 0) -> None:
    _cols(document.add_section(WD_SECTION.CONTINUOUS), 2, sep, space_cm)
    add_items(document, gold, items, seed=seed + 200)
    _cols(document.add_section(WD_SECTION.CONTINUOUS), 1)


# ---------- typed lists ----------

def add_leaders(document, gold, rows: list[tuple[str, str]], pos_cm: float = 9.0, leader: bool = True,
                right: bool = False, size: float | None = None) -> None:
    for left, value in rows:
        para = document.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_after = Pt(1)
        fmt.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT if right else WD_TAB_ALIGNMENT.LEFT,
                                   WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)
        run = para.add_run(gold.render(f"{left}\t{value}"))
        if size:
            run.font.size = Pt(size)
    document.add_paragraph()


# ---------- tables ----------

def _fill_cell(cell, gold, parts: list[tuple]) -> None:
    first = True
    for part in parts:
        kind, content, opts = part[0], part[1], (part[2] if len(part) > 2 else {})
        if kind == "p":
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            para.paragraph_format.space_after = Pt(1)
            run = para.add_run(gold.render(content))
            run.bold = opts.get("bold", False)
            run.font.size = Pt(opts.get("size", 9))
            if opts.get("heading"):
                gold.headings.append(run.text)
        else:  # "tbl": a table nested in the cell
            inner = cell.add_table(rows=0, cols=max(len(r) for r in content))
            if opts.get("ruled", True):
                inner.style = cell.part.document.styles["Table Grid"]
            else:
                remove_borders(inner)
            for r, row in enumerate(content):
                label = gold.strip(row[0])
                printed = [gold.render(text, about=label or None) for text in row]
                cells = inner.add_row().cells
                for c, text in enumerate(printed):
                    set_cell(cells[c], text, bold=r == 0 and opts.get("header", True), size=8.5,
                             align="right" if c and is_number(text) else None)
                gold.row_texts.append(" | ".join(printed))
                if opts.get("gold_rows", True) and sum(bool(p.strip()) for p in printed) >= 2:
                    gold.table_rows.append([p for p in printed if p.strip()])
            if opts.get("widths"):
                set_widths(inner, opts["widths"])
            cell.add_paragraph()
        first = False


def add_nested(document, gold, left: list[tuple], right: list[tuple], widths=(8.0, 8.4)) -> None:
    table = document.add_table(rows=1, cols=2)
    remove_borders(table)
    for cell, parts in zip(table.rows[0].cells, (left, right)):
        _fill_cell(cell, gold, parts)
    set_widths(table, list(widths))
    document.add_paragraph()


def _border(cell, edge: str, size: int = 6) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:color"), "000000")
    borders.append(el)
    tc_pr.append(borders)


def add_signlines(document, gold, place_date: str, people: list[tuple[str, str]], cols: int = 3) -> None:
    para = document.add_paragraph(gold.render(place_date))
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True
    table = document.add_table(rows=0, cols=2 * cols - 1)
    remove_borders(table)
    for i in range(0, len(people), cols):
        chunk = people[i:i + cols]
        space = table.add_row().cells
        space[0].paragraphs[0].paragraph_format.space_before = Pt(22)
        names, roles = table.add_row().cells, table.add_row().cells
        for j, (name, role) in enumerate(chunk):
            set_cell(names[2 * j], gold.render(name), size=9)
            set_cell(roles[2 * j], gold.render(role), italic=True, size=8.5)
            _border(names[2 * j], "top")
    set_widths(table, [4.6, 0.8] * (cols - 1) + [4.6])
    document.add_paragraph()


def _span(cell, n: int) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), str(n))
    tc_pr.append(span)


def add_pasted(document, gold, st: Statement, title: str | None = None, band: str = "Regnskap",
               spacer: bool = True) -> None:
    """Columns: label, [note], spacer, value, spacer, value ...; the band's cell spans the value
    and spacer columns. A merged cell is one cell in the XML: the band row has fewer cells."""
    if title or st.title:
        h3_render.add_statement_title(document, gold, title or st.title)
    gold.statements.append(st)
    header = [gold.render(h) for h in st.header_row()]
    body = [(line, [gold.render(c) for c in cells]) for line, cells in st.body_rows()]
    lead = 2 if st.note_col is not None else 1
    nvals = len(st.cols)
    ncols = lead + (2 * nvals if spacer else nvals)
    table = document.add_table(rows=0, cols=ncols)
    remove_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT

    def place(cells_text: list[str]) -> list[str]:
        out = list(cells_text[:lead])
        for value in cells_text[lead:]:
            out += (["", value] if spacer else [value])
        return out

    # band row: label header cell, then one merged cell over every value column
    row = table.add_row()
    first = row.cells[lead]
    merged = first.merge(row.cells[ncols - 1])
    set_cell(merged, gold.render(band), bold=True, size=8.5, align="center")
    _border(merged, "bottom")
    gold.row_texts.append(gold.render(band))
    widths = [7.4] + ([1.1] if st.note_col is not None else []) + ([0.5, 2.6] if spacer else [2.8]) * nvals
    rows = [(True, place(header))] + [(line.bold, place(cells)) for line, cells in body]
    for r, (bold, cells_text) in enumerate(rows):
        cells = table.add_row().cells
        for c, text in enumerate(cells_text):
            set_cell(cells[c], text, bold=bold, size=8.5, align="right" if c >= lead and text else None)
        gold.row_texts.append(" | ".join(cells_text))
        filled = [t for t in cells_text if t.strip()]
        if st.gold_rows and len(filled) >= 2:
            gold.table_rows.append(filled)
    set_widths(table, widths)
    h3_render.add_below(document, gold, st)
    document.add_paragraph()


OWN = {"txbox": add_txbox, "tocfield": add_tocfield, "leaders": add_leaders, "nested": add_nested,
       "signlines": add_signlines, "pasted": add_pasted}


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    """This set's items drawn here; each stretch of others handed to ``h15_render`` whole."""
    for is_own, stretch in groupby(items, key=lambda item: item[0] in OWN or item[0] == "columns"):
        stretch = list(stretch)
        if not is_own:
            h15_render.add_items(document, gold, stretch, seed=seed + len(gold.texts))
            continue
        for n, (kind, *args) in enumerate(stretch):
            opts = args.pop() if args and isinstance(args[-1], dict) else {}
            if kind == "columns":
                add_columns(document, gold, args[0], seed=seed + n, **opts)
            elif kind == "txbox":
                add_txbox(document, gold, *args, box_id=len(gold.texts) % 900 + 1, **opts)
            else:
                OWN[kind](document, gold, *args, **opts)


def new_document(report: dict, gold, fixed_time):
    """The first set's document (fonts, margins, one header line and one footer line with fields),
    plus ``footer_lines``: more footer paragraphs in small type (a board list at the page's foot)."""
    document = heldout_docx.new_document(report, gold, fixed_time)
    footer = document.sections[0].footer
    for line in report.get("footer_lines", []):
        para = footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(gold.render(line))
        run.font.size = Pt(7.5)
    for run in footer.paragraphs[0].runs:
        run.font.size = Pt(8)
    return document
