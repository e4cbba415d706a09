"""Probes to files: a DOCX written with python-docx, and a PDF made of it by LibreOffice (a few
soffice runs for every probe that asks for a PDF, in a private profile). Renditions of web pages:
``html``, the items written as a web page and made a landscape PDF by LibreOffice's HTML import;
``web``, a probe's own ``Html`` markup exported by LibreOffice's web-page export (which leaves
the first page blank and drops the page's first line, as a report exported that way does).
Two more ask whether a reading depends on how the PDF was made: ``tight``, the DOCX set
without space between paragraphs (Word 2003's default and the "No Spacing" style) before
LibreOffice makes the PDF, and ``browser``, an HTML page printed by Chromium (``render_html``).
``scan`` is the probe's pictures alone, each an A4 page of an image-only PDF (``probe_to_scan``):
the tool reads it by OCR as a scanned typescript. Pictures and scans are drawn in ``render_images``, the
LibreOffice conversions and web pages written in ``render_office``."""
from __future__ import annotations

import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips

from probes.render_images import picture_to_png, portrait_png, probe_to_scan
from probes.render_office import FONT, docx_to_pdfs, html_to_pdfs, probe_to_html, probe_to_web
from probes.spec import H, P, T, Box, Break, CaptionRow, Cards, Columns, Header, Li, Picture, Printed, Probe, Side, Sign


def probe_to_docx(probe: Probe, path: Path, tight: bool = False) -> Path:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    if tight:  # body paragraphs no further apart than their lines
        for style in (normal, document.styles["List Bullet"]):
            style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
            style.paragraph_format.line_spacing = 1.0
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    if probe.title:
        document.add_heading(probe.title, level=1)
    add_items(document, probe.items)
    document.save(path)
    return path



def add_items(document, items) -> None:
    page_break = False
    for item in items:
        if isinstance(item, Break):
            page_break = True
            continue
        para = _add_item(document, item)
        if page_break and para is not None:
            para.paragraph_format.page_break_before = True
            page_break = False


def _add_item(document, item):
    if isinstance(item, H):
        return document.add_heading(item.text, level=item.level)
    if isinstance(item, P):
        para = _paragraph(document, item.text, item.style, item.bold, item.italic, item.size)
        if item.centered:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if item.tracking:
            _track(para, item.tracking, item.size or 10)
        for position in item.tabs:
            leader = WD_TAB_LEADER.DOTS if item.dot_leader else WD_TAB_LEADER.SPACES
            align = WD_TAB_ALIGNMENT.LEFT if item.left_tabs else WD_TAB_ALIGNMENT.RIGHT
            para.paragraph_format.tab_stops.add_tab_stop(Pt(position), align, leader)
        return para
    if isinstance(item, Li):
        return _paragraph(document, item.text, "List Bullet")
    if isinstance(item, T):
        table = _item_table(document, item)
        if item.new_page:
            table.rows[0].cells[0].paragraphs[0].paragraph_format.page_break_before = True
        return None
    if isinstance(item, Sign):
        _signatures(document, item)
        return None
    if isinstance(item, Box):
        return _text_box(document, item)
    if isinstance(item, Picture):
        return _picture(document, item)
    if isinstance(item, Cards):
        _cards(document, item)
        return None
    if isinstance(item, CaptionRow):  # a word processor sets the captions as an unruled table
        names, roles = tuple(n for n, _ in item.people), tuple(r for _, r in item.people)
        _table(document, (roles, names) if item.role_first else (names, roles), False, False)
        if item.note:
            _paragraph(document, item.note)
        return None
    if isinstance(item, Header):
        part = document.sections[0].footer if item.footer else document.sections[0].header
        part.paragraphs[0].text = item.text
        return None
    if isinstance(item, Printed):
        section = document.sections[0]
        section.header.paragraphs[0].text = f"{item.date}  {item.title}"
        section.footer.paragraphs[0].text = f"{item.url}  1/1"
        return None
    if isinstance(item, Side):
        _side(document, item)
        return None
    if isinstance(item, Columns):
        section = document.add_section(WD_SECTION.CONTINUOUS)
        _set_cols(section, item.count)
        before = len(document.tables)
        add_items(document, item.items)
        for table in document.tables[before:]:  # a table fits its column, as Word sets it there
            gutters = Twips(567) * (item.count - 1)
            _fit(table, (section.page_width - section.left_margin - section.right_margin - gutters) / item.count)
        _set_cols(document.add_section(WD_SECTION.CONTINUOUS), 1)
        return None
    raise TypeError(f"unknown probe item {item!r}")


def _side(document, side: Side) -> None:
    """A borderless one-row table of two cells in ``side.split``'s proportion, each filled with its
    items; ``close``: the left cell's text justified, the cells' margins narrowed to 4 pt."""
    table = _table(document, (("", ""),), ruled=False, bold_header=False)
    section = document.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    for col, share in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), side.split):
        col.set(qn("w:w"), str(int(width * share / sum(side.split)) // 635))  # EMU to twentieths of a point
    if side.close:
        margins = OxmlElement("w:tblCellMar")
        for edge in ("left", "right"):
            margin = OxmlElement(f"w:{edge}")
            margin.set(qn("w:w"), "80")  # 4 pt
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        table._tbl.tblPr.append(margins)
    for cell, items, col in zip(table.rows[0].cells, (side.left, side.right), table._tbl.tblGrid.findall(qn("w:gridCol"))):
        cell.width = Twips(int(col.get(qn("w:w"))))
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for item in items:
            if isinstance(item, H):
                cell.add_paragraph(item.text, style=f"Heading {item.level}")
            elif isinstance(item, P):
                para = _paragraph(cell, item.text, item.style, item.bold, item.italic, item.size)
                if side.close and items is side.left:
                    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif isinstance(item, T):
                _item_table(cell, item)
            else:
                raise TypeError(f"no {type(item).__name__} in a layout cell")


def _paragraph(document, text: str, style: str | None = None, bold: bool = False, italic: bool = False,
               size: float | None = None):
    para = document.add_paragraph(style=style)
    for i, line in enumerate(text.split("\n")):
        run = para.add_run(line)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
        if i:
            run._r.insert(0, OxmlElement("w:br"))
    return para


def _track(para, ems: float, size: float) -> None:
    """The paragraph's runs in capitals, spaced out by ``ems`` (Word's character spacing, in twips)."""
    for run in para.runs:
        run.font.all_caps = True
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(round(ems * size * 20)))
        run._r.get_or_add_rPr().append(spacing)


def _item_table(document, item: T):
    """A probe's table (``T``), its hairlines included."""
    table = _table(document, item.rows, item.ruled and not item.hairlines, item.bold_header and not item.hairlines,
                   item.sum_rules, item.merged, item.repeat_header, item.right_aligned, item.centred, item.figures_right,
                   item.last_right)
    if item.hairlines:
        _hairlines(table, caps=item.hairlines == "caps")
    return table


def _table(document, rows, ruled: bool, bold_header: bool, sum_rules: tuple[int, ...] = (),
           merged: tuple[tuple[int, int, int], ...] = (), repeat_header: bool = False,
           right_aligned: bool = False, centred: bool = False, figures_right: bool = False, last_right: bool = False):
    table = document.add_table(rows=0, cols=max(len(r) for r in rows))
    if ruled:
        table.style = "Table Grid"
    else:
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            borders.append(el)
        table._tbl.tblPr.append(borders)
    for r, row in enumerate(rows):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
            if centred:
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if r == 0 and bold_header and cell.paragraphs[0].runs:
                cell.paragraphs[0].runs[0].bold = True
            if r in sum_rules:
                _cell_rule(cell)
        if right_aligned or figures_right and r:
            for cell in table.rows[r].cells[1:]:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif last_right and r:
            table.rows[r].cells[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r, first, last in merged:  # Word's gridSpan: the merged cell keeps the first cell's text
        cells = table.rows[r].cells
        text = cells[first].text
        cells[first].merge(cells[last]).text = text
    if repeat_header:
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.add_paragraph()
    return table


def _fit(table, width) -> None:
    """Every column of ``table`` narrowed in proportion so the table is ``width`` (EMU) wide."""
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    total = sum(int(col.get(qn("w:w"))) for col in grid)
    twips = int(width) // 635  # EMU to twentieths of a point
    for col in grid:
        col.set(qn("w:w"), str(int(col.get(qn("w:w"))) * twips // total))
    for row in table.rows:
        for cell, col in zip(row.cells, grid):
            cell.width = Twips(int(col.get(qn("w:w"))))


def _cell_rule(cell, edge: str = "top", size: str = "6", color: str = "000000") -> None:
    """A rule on one edge of a cell (a sum's rule above it; a designer's hairline under it)."""
    borders = OxmlElement("w:tcBorders")
    rule = OxmlElement(f"w:{edge}")
    for key, value in (("w:val", "single"), ("w:sz", size), ("w:space", "0"), ("w:color", color)):
        rule.set(qn(key), value)
    borders.append(rule)
    cell._tc.get_or_add_tcPr().append(borders)


def _hairlines(table, caps: bool) -> None:
    """A designer's table (``T.hairlines``): a thin grey rule under every cell, the header's darker;
    with ``caps`` the header in small grey capitals."""
    for r, row in enumerate(table.rows):
        for cell in row.cells:
            _cell_rule(cell, "bottom", *(("6", "2D5016") if r == 0 else ("4", "BBBBBB")))
            for run in cell.paragraphs[0].runs if r == 0 and caps else ():
                run.font.all_caps, run.font.size, run.font.color.rgb = True, Pt(7), RGBColor(0x77, 0x77, 0x77)


def _signatures(document, sign: Sign) -> None:
    if sign.place_date:
        document.add_paragraph(sign.place_date)
    rows = []
    n = sign.per_row
    for i in range(0, len(sign.people), n):
        chunk = list(sign.people[i:i + n]) + [("", "")] * (n - len(sign.people[i:i + n]))
        names, titles = [p[0] for p in chunk], [p[1] for p in chunk]
        rule = ["_" * 18 if p[0] else "" for p in chunk]
        rows += [rule, titles, names] if sign.title_above else [rule, names, titles]
    _table(document, rows, ruled=False, bold_header=False)


def _text_box(document, box: Box):
    """A text box anchored in an empty paragraph: VML floating over the text, or (``wrap``) a
    DrawingML shape with square wrapping, as Word writes a sidebar; LibreOffice draws both."""
    size = f'<w:rPr><w:sz w:val="{round(box.size * 2)}"/></w:rPr>' if box.size else ""
    stops = "".join(f'<w:tab w:val="left" w:pos="{round(t * 20)}"/>' for t in box.tabs)
    props = f"<w:pPr><w:tabs>{stops}</w:tabs></w:pPr>" if stops else ""
    tab = '</w:t><w:tab/><w:t xml:space="preserve">'
    body = "".join(f'<w:p>{props}<w:r>{size}<w:t xml:space="preserve">{_xml(line).replace(chr(9), tab)}</w:t></w:r></w:p>'
                   for line in box.lines)
    stroke = 'stroked="t"' if box.frame else 'stroked="f" filled="f"'  # a frame, or plain text floating
    xml = _wrapped_box(box, body) if box.wrap else (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape style="position:absolute;margin-left:{box.left}pt;margin-top:0;width:{box.width}pt;'
        f'height:{box.height}pt;z-index:1" {stroke}><v:textbox><w:txbxContent>' + body +
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    para = document.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


EMU_PER_PT = 12700


def _wrapped_box(box: Box, body: str) -> str:
    x, cx, cy = round(box.left * EMU_PER_PT), round(box.width * EMU_PER_PT), round(box.height * EMU_PER_PT)
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="90" name="Sidebar"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        + ('<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln>' if box.frame else
           '<a:noFill/><a:ln><a:noFill/></a:ln>') + '</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
        'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _picture(document, picture: Picture):
    with tempfile.TemporaryDirectory(prefix="probe-img-") as tmp:
        png = Path(tmp) / "image.png"
        picture_to_png(picture, png)
        document.add_picture(str(png), width=Mm(150))
    return document.paragraphs[-1]


CARD_MM = 24  # a portrait's width


def _cards(document, cards: Cards) -> None:
    """An unruled table, a card to a cell: the portrait, then its caption's paragraphs."""
    rows = [cards.people[i:i + cards.per_row] for i in range(0, len(cards.people), cards.per_row)]
    table = document.add_table(rows=len(rows), cols=cards.per_row)
    with tempfile.TemporaryDirectory(prefix="probe-img-") as tmp:
        png = portrait_png(Path(tmp) / "portrait.png")
        for r, row in enumerate(rows):
            for c, (name, role) in enumerate(row):
                cell = table.rows[r].cells[c]
                height = Mm(card_height_mm(cards, c))
                cell.paragraphs[0].add_run().add_picture(str(png), width=Mm(CARD_MM), height=height)
                if cards.one_line:
                    cell.add_paragraph(f"{name}, {role}")
                else:
                    cell.add_paragraph().add_run(name).bold = True
                    cell.add_paragraph(role)


def card_height_mm(cards: Cards, column: int) -> float:
    """A portrait's height: 4:3, every other one cropped shorter when the cards are ragged."""
    return CARD_MM * 4 / 3 - (3 if cards.ragged and column % 2 else 0)



def _set_cols(section, n: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")



def render_all(probes: list[Probe], out_dir: Path, pdf: bool = True, browser: bool = False
               ) -> dict[tuple[str, str], Path]:
    """Every rendition of every probe: ``(probe id, format) -> path``. ``pdf``: LibreOffice is
    here (pdf, tight, html); ``browser``: Chromium is."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[tuple[str, str], Path] = {}
    want_pdf, want_html = [], []
    for probe in probes:
        if pdf and "html" in probe.formats:
            want_html.append(probe_to_html(probe, out_dir / f"{probe.id}-html.html"))
            files[(probe.id, "html")] = out_dir / f"{probe.id}-html.pdf"
        if pdf and "web" in probe.formats:
            want_pdf.append(probe_to_web(probe, out_dir / f"{probe.id}-web.html"))
            files[(probe.id, "web")] = out_dir / f"{probe.id}-web.pdf"
        if "scan" in probe.formats:
            files[(probe.id, "scan")] = probe_to_scan(probe, out_dir / f"{probe.id}.scan.pdf")
        if not {"docx", "pdf", "tight"} & set(probe.formats):
            continue  # web pages, scans and browser prints only: no Word document
        path = probe_to_docx(probe, out_dir / f"{probe.id}.docx")
        if "docx" in probe.formats:
            files[(probe.id, "docx")] = path
        if pdf and "pdf" in probe.formats:
            want_pdf.append(path)
            files[(probe.id, "pdf")] = out_dir / f"{probe.id}.pdf"
        if pdf and "tight" in probe.formats:
            want_pdf.append(probe_to_docx(probe, out_dir / f"{probe.id}.tight.docx", tight=True))
            files[(probe.id, "tight")] = out_dir / f"{probe.id}.tight.pdf"
    docx_to_pdfs(want_pdf, out_dir)
    html_to_pdfs(want_html, out_dir)
    if browser:
        from probes.render_html import probes_to_browser_pdfs

        printed = probes_to_browser_pdfs([p for p in probes if "browser" in p.formats], out_dir)
        files.update(((pid, "browser"), path) for pid, path in printed.items())
    return files
