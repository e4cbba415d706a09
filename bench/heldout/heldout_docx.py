"""Lay out one held-out report as a Word document (python-docx), registering gold as it goes.

Items (tuples; the last element may be a dict of options):

    ("h", level, text)                 a Word heading (Heading 1-3)          -> gold heading
    ("bh", text, {size, caps})         a bold paragraph that reads as a heading -> gold heading
    ("p", text, {italic, size, align}) ("li", text) ("ol", text) ("quote", text)
    ("table", rows, {ruled, gold_rows, widths, shade, size, bold_first_col})
    ("stmt", Statement)                a financial statement (heldout_finance.py), ruled / unruled / tabs / image
    ("sign", place_date, [(name, title)], {cols, title_above})    a signature block
    ("esign", heading, intro, [signer lines])                      an e-signature page
    ("collage", [(name, role)], {per_row, title, caption})         portraits with names, as a picture
    ("photo", back, front, caption)    a group photo (no text in it) with a caption paragraph
    ("sidebar", [items], {width_pt, height_pt})                    a floating text box
    ("news", {source, title, byline, paras})                       a reprinted newspaper piece in a box
    ("cols", [items])                  a two-column section            ("break",) page break before next

All text goes through ``gold.render`` (markup for places and percentages, see make_heldout.py).
"""
from __future__ import annotations

import io

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

import heldout_images
from heldout_finance import Statement
from heldout_tables import ALIGN, add_table, keep_together, remove_borders, shade
from make_devset import set_cols

HEADING_PT = {1: 17, 2: 13, 3: 11}


def opts_of(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


def set_font(style, font: str, size: float | None = None, color: RGBColor | None = None) -> None:
    """Name the font for every script: a theme font (Calibri) would be substituted by LibreOffice."""
    style.font.name = font
    if size:
        style.font.size = Pt(size)
    if color is not None:
        style.font.color.rgb = color
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:hAnsi"), font)


def add_field(paragraph, instr: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def fill_with_fields(paragraph, gold, text: str) -> None:
    """Header/footer text with {PAGE} and {NUMPAGES} fields."""
    parts = text.replace("{NUMPAGES}", "\x00NUMPAGES\x00").replace("{PAGE}", "\x00PAGE\x00").split("\x00")
    for part in parts:
        if part in ("PAGE", "NUMPAGES"):
            add_field(paragraph, part)
        elif part:
            paragraph.add_run(gold.render(part))


def new_document(report: dict, gold, fixed_time) -> docx.Document:
    document = docx.Document()
    font = report.get("font", "DejaVu Sans")
    head_font = report.get("heading_font", font)
    colour = RGBColor.from_string(report.get("heading_colour", "1F3B5A"))
    set_font(document.styles["Normal"], font, report.get("body_pt", 10))
    for level, size in HEADING_PT.items():
        set_font(document.styles[f"Heading {level}"], head_font, size + report.get("heading_delta", 0), colour)
    props = document.core_properties
    props.author = props.last_modified_by = report.get("author", "Heldout generator")
    props.title = report["title"]
    props.created = props.modified = fixed_time
    props.revision = 1
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(report.get("margin_mm", 22))
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    if report.get("header"):
        head = section.header.paragraphs[0]
        fill_with_fields(head, gold, report["header"])
        head.alignment = ALIGN[report.get("header_align", "left")]
        for run in head.runs:
            run.font.size = Pt(8)
    if report.get("footer"):
        foot = section.footer.paragraphs[0]
        fill_with_fields(foot, gold, report["footer"])
        foot.alignment = ALIGN[report.get("footer_align", "center")]
    return document


# ---------- statements ----------

def add_statement(document, gold, st: Statement, seed: int) -> None:
    gold.statements.append(st)
    header = [gold.render(h) for h in st.header_row()]
    body = [(line, [gold.render(c) for c in cells]) for line, cells in st.body_rows()]
    if st.above:
        para = document.add_paragraph()
        run = para.add_run(gold.render(st.above))
        run.italic = True
    if st.render == "image":
        rows = [(line.bold, cells) for line, cells in body]
        widths = [560] + ([110] if st.note_col is not None else []) + [200] * len(st.cols)
        title = gold.render(st.title)
        png = heldout_images.statement_png(title, gold.render(st.label_header) if st.label_header else None,
                                          [""] + header[1:], rows, widths, seed=seed)
        gold.image_texts.append(title)
        document.add_picture(io.BytesIO(png), width=Cm(15.5))
        if st.gold_rows:
            for _, cells in body:
                if any(c.strip() for c in cells[1:]):
                    gold.table_rows.append([c for c in cells if c.strip()])
            gold.image_texts += [" | ".join(cells) for _, cells in body]
    elif st.render == "tabs":
        add_tab_rows(document, gold, [(True, header)] + [(line.bold, cells) for line, cells in body], st)
    else:
        note = [1.3] if st.note_col is not None else []
        longest = max(len(c) for _, cells in body for c in cells[1:] + header[1:])
        value_w = min(max(2.3, 0.21 * longest + 0.5), (16.4 - 6.0 - sum(note)) / len(st.cols))
        widths = [16.4 - sum(note) - value_w * len(st.cols)] + note + [value_w] * len(st.cols)
        rows = [header] + [cells for _, cells in body]
        bold_rows = {i + 1 for i, (line, _) in enumerate(body) if line.bold}
        rule_rows = {i + 1 for i, (line, _) in enumerate(body) if line.key} if st.render == "unruled" else ()
        add_table(document, gold, rows, ruled=st.render == "ruled", gold_rows=st.gold_rows, widths=widths,
                  size=9, bold_rows=bold_rows, rule_rows=rule_rows, shade_header="E8EDF2" if st.render == "ruled" else None)
    if st.below:
        para = document.add_paragraph()
        run = para.add_run(gold.render(st.below))
        run.italic = True
        run.font.size = Pt(8)


def add_tab_rows(document, gold, rows: list[tuple[bool, list[str]]], st: Statement) -> None:
    """A statement laid out with tab stops, as many Word users do: no table at all."""
    ncols = len(rows[0][1])
    right = 16.4  # the last value ends at the right margin of a 16.6 cm text width
    step = min(3.3, 9.6 / max(1, len(st.cols) - 1))
    values = [right - step * (len(st.cols) - 1 - i) for i in range(len(st.cols))]
    stops = ([Cm(values[0] - step + 0.3)] if st.note_col is not None else []) + [Cm(v) for v in values]
    for bold, cells in rows:
        para = document.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_after = Pt(1)
        for i, pos in enumerate(stops):
            fmt.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CENTER if (st.note_col is not None and i == 0)
                                       else WD_TAB_ALIGNMENT.RIGHT)
        run = para.add_run("\t".join(cells[:ncols]))
        run.bold = bold
        run.font.size = Pt(9)
        if any(c.strip() for c in cells[1:]) and st.gold_rows:
            gold.table_rows.append([c for c in cells if c.strip()])
    document.add_paragraph()


# ---------- people ----------

def add_signatures(document, gold, place_date: str, people: list[tuple[str, str]], cols=3, title_above=False) -> None:
    para = document.add_paragraph(gold.render(place_date))
    para.paragraph_format.space_before = Pt(12)
    para.paragraph_format.keep_with_next = True
    rows = []
    for i in range(0, len(people), cols):
        chunk = people[i:i + cols] + [("", "")] * (cols - len(people[i:i + cols]))
        line = ["_" * 20 if n else "" for n, _ in chunk]
        names, titles = [n for n, _ in chunk], [t for _, t in chunk]
        # a spacer row after each group, so a title above reads with the name below it, not the one above
        rows += ([titles, [""] * cols, line, names, [""] * cols] if title_above
                 else [[""] * cols, line, names, titles])
    table = add_table(document, gold, rows, ruled=False, gold_rows=False, header_bold=False, size=9)
    keep_together(table)


def add_esign(document, gold, heading: str, intro: str, signers: list[list[str]]) -> None:
    """A signing service's last page: one block per signer, "Surname, Given names" first."""
    para = document.add_paragraph()
    para.paragraph_format.page_break_before = True
    run = para.add_run(gold.render(heading))
    run.bold = True
    run.font.size = Pt(13)
    small = document.add_paragraph()
    r = small.add_run(gold.render(intro))
    r.font.size = Pt(8)
    table = document.add_table(rows=0, cols=2)
    remove_borders(table)
    for i in range(0, len(signers), 2):
        cells = table.add_row().cells
        for cell, lines in zip(cells, signers[i:i + 2]):
            cell.text = ""
            for j, line in enumerate(lines):
                p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                run = p.add_run(gold.render(line))
                run.font.size = Pt(8 if j > 1 else 9)
                run.bold = j == 0
    document.add_paragraph()


def add_collage(document, gold, people: list[tuple[str, str]], per_row=4, title=None, caption=None, seed=0) -> None:
    printed = [(gold.render(n), gold.render(r)) for n, r in people]
    gold.image_texts += [f"{n} {r}" for n, r in printed]
    if title:
        gold.image_texts.append(gold.render(title))
    png = heldout_images.collage_png(printed, per_row=per_row, seed=seed, title=title)
    document.add_picture(io.BytesIO(png), width=Cm(15.5))
    if caption:
        para = document.add_paragraph()
        run = para.add_run(gold.render(caption))
        run.italic = True
        run.font.size = Pt(8.5)


def add_photo(document, gold, back: int, front: int, caption: str, seed=0) -> None:
    png = heldout_images.group_photo_png(back, front, seed=seed)
    document.add_picture(io.BytesIO(png), width=Cm(14))
    para = document.add_paragraph()
    run = para.add_run(gold.render(caption))
    run.italic = True
    run.font.size = Pt(8.5)


# ---------- boxes ----------

BOX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
EMU_PER_PT = 12700


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _box_paragraph(text: str, bold=False, size=9) -> str:
    rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{int(size * 2)}"/></w:rPr>'
    return (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r>{rpr}'
            f'<w:t xml:space="preserve">{_xml_escape(text)}</w:t></w:r></w:p>')


def add_sidebar(document, gold, items: list[tuple], width_pt=165, height_pt=300, box_id=1) -> None:
    """A floating text box at the right margin, as Word writes one: a DrawingML shape with a VML
    fallback in mc:AlternateContent (so the box's text is stored twice in the file)."""
    paras = []
    for item in items:
        kind, text = item[0], gold.render(item[1])
        paras.append(_box_paragraph(text, bold=True, size=10.5) if kind in ("h", "bh") else _box_paragraph(text))
    content = f'<w:txbxContent>{"".join(paras)}</w:txbxContent>'
    cx, cy = width_pt * EMU_PER_PT, height_pt * EMU_PER_PT
    choice = (
        f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + box_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapSquare wrapText="left"/><wp:docPr id="{100 + box_id}" name="Tekstboks {box_id}"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="EEF2F6"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="5B7A95"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" '
        f'tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    fallback = (
        f'<w:pict><v:shape id="Tekstboks{box_id}" type="#_x0000_t202" filled="t" fillcolor="#eef2f6" '
        f'stroked="t" strokecolor="#5b7a95" style="position:absolute;margin-left:0;margin-top:0;'
        f'width:{width_pt}pt;height:{height_pt}pt;z-index:{box_id};mso-position-horizontal:right;'
        f'mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph">'
        f'<v:textbox>{content}</v:textbox><w10:wrap type="square" side="left"/></v:shape></w:pict>')
    xml = (f'<w:r {BOX_NS}><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
           f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(xml))


def add_news(document, gold, piece: dict) -> None:
    """A reprinted newspaper piece: a shaded, ruled one-cell box (a layout table, not data)."""
    table = document.add_table(rows=1, cols=1)
    table.style = document.styles["Table Grid"]
    cell = table.rows[0].cells[0]
    shade(cell, "F4F1EA")
    cell.text = ""
    lines = [(piece["source"], dict(italic=True, size=7.5)), (piece["title"], dict(bold=True, size=14)),
             (piece["byline"], dict(italic=True, size=8))] + [(p, dict(size=9)) for p in piece["paras"]]
    for j, (text, fmt) in enumerate(lines):
        p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
        run = p.add_run(gold.render(text, about=None))
        run.bold = fmt.get("bold", False)
        run.italic = fmt.get("italic", False)
        run.font.name = "DejaVu Serif"
        run.font.size = Pt(fmt["size"])
    document.add_paragraph()


# ---------- the item loop ----------

def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    page_break_next = False
    for n, item in enumerate(items):
        kind, opts = item[0], opts_of(item)
        para = None
        if kind == "break":
            page_break_next = True
            continue
        if page_break_next and kind not in ("h", "bh", "p", "quote", "li", "ol"):
            document.add_paragraph().paragraph_format.page_break_before = True
            page_break_next = False
        if kind == "h":
            para = document.add_heading(gold.render(item[2]), level=item[1])
            gold.headings.append(para.text)
        elif kind == "bh":
            para = document.add_paragraph()
            text = gold.render(item[1])
            run = para.add_run(text.upper() if opts.get("caps") else text)
            run.bold = True
            run.font.size = Pt(opts.get("size", 11.5))
            para.paragraph_format.space_before = Pt(10)
            para.paragraph_format.keep_with_next = True
            gold.headings.append(run.text)
        elif kind in ("p", "quote"):
            para = document.add_paragraph()
            run = para.add_run(gold.render(item[1]))
            run.italic = opts.get("italic", kind == "quote")
            run.bold = opts.get("bold", False)
            if opts.get("size"):
                run.font.size = Pt(opts["size"])
            if opts.get("align"):
                para.alignment = ALIGN[opts["align"]]
            if kind == "quote":
                para.paragraph_format.left_indent = Pt(24)
        elif kind in ("li", "ol"):
            para = document.add_paragraph(gold.render(item[1]), style="List Bullet" if kind == "li" else "List Number")
        elif kind == "table":
            add_table(document, gold, item[1], **{k: v for k, v in opts.items()})
        elif kind == "stmt":
            add_statement(document, gold, item[1], seed=seed + n)
        elif kind == "sign":
            add_signatures(document, gold, item[1], item[2], **opts)
        elif kind == "esign":
            add_esign(document, gold, item[1], item[2], item[3])
        elif kind == "collage":
            add_collage(document, gold, item[1], seed=seed + n, **opts)
        elif kind == "photo":
            add_photo(document, gold, item[1], item[2], item[3], seed=seed + n)
        elif kind == "sidebar":
            add_sidebar(document, gold, item[1], box_id=n, **opts)
        elif kind == "news":
            add_news(document, gold, item[1])
        elif kind == "cols":
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 2)
            add_items(document, gold, item[1], seed=seed + 100)
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 1)
        else:
            raise ValueError(f"unknown item kind {kind!r}")
        if page_break_next and para is not None:
            para.paragraph_format.page_break_before = True
            page_break_next = False
