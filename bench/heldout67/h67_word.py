"""Word layout for the sixty-seventh held-out set: ordinary office documents as python-docx writes
them, registering gold as it goes (this set's own item loop and running headers; page setup, tables and
statement tables are the first set's ``heldout_docx`` / ``heldout_tables`` mechanics).

A report may open with a cover page; its running header (and footer with a page field) is then
left off the cover (Word's "different first page"), so the organisation's name is printed on the
cover and in the header only where a report wants it so.

Items (tuples; the last element may be a dict of options):

    ("cover", [(text, {size, bold, italic, before})])  the cover's lines, centred, then a page break
    ("h", level, text)                 a Word heading (Heading 1-3)                 -> gold heading
    ("p", text, {italic, size, align, indent, keep})   a paragraph; **...** marks bold runs
    ("ol", [texts], {start})           a numbered list (List Number), numbering restarted here
    ("li", [texts])                    a bulleted list (List Bullet)
    ("tabs", rows, {stops, size, bold_first, gold_rows})  lines with tab stops, no table: stops are
                                       (cm, "left"|"right"|"center"[, "dots"]); rows of cells
    ("table", rows, {...})             ``heldout_tables.add_table`` (its options)
    ("stmt", Statement, {title, level})    a statement with a Word heading above it (gold heading);
                                       ``render="tabs"`` statements use this set's tab stops
    ("sign", place_date, [(name, title)], {cols})   signature lines (``heldout_docx``)
    ("break",)                         the next item starts a new page
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

import heldout_docx
from heldout_docx import fill_with_fields
from heldout_finance import Statement
from heldout_tables import add_table

TAB_ALIGN = {"left": WD_TAB_ALIGNMENT.LEFT, "right": WD_TAB_ALIGNMENT.RIGHT,
             "center": WD_TAB_ALIGNMENT.CENTER, "decimal": WD_TAB_ALIGNMENT.DECIMAL}
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
BOLD = re.compile(r"\*\*(.+?)\*\*")


def opts_of(item: tuple) -> dict:
    return item[-1] if isinstance(item[-1], dict) else {}


# ---------- the document ----------

def new_document(report: dict, gold, fixed_time):
    # fonts, headings, properties, A4 and margins as the first set sets them; headers are this set's
    base = {k: v for k, v in report.items() if k not in ("header", "footer")}
    document = heldout_docx.new_document({"heading_delta": -2, "heading_colour": "000000", **base}, gold,
                                         fixed_time)
    section = document.sections[0]
    section.top_margin = Mm(22)
    section.header_distance = section.footer_distance = Mm(10)
    if any(item[0] == "cover" for item in report["items"]):
        section.different_first_page_header_footer = True
    for part, key, align in ((section.header, "header", "right"), (section.footer, "footer", "center")):
        if report.get(key):
            para = part.paragraphs[0]
            fill_with_fields(para, gold, report[key])
            para.alignment = ALIGN[report.get(f"{key}_align", align)]
            for run in para.runs:
                run.font.size = Pt(8.5)
                run.italic = key == "header"
    return document


# ---------- paragraphs and lists ----------

def add_runs(para, gold, text: str, size=None, italic=False) -> None:
    """The text's **bold** parts as bold runs; each part rendered (and registered) on its own."""
    pos = 0
    parts = []
    for m in BOLD.finditer(text):
        parts += [(text[pos:m.start()], False), (m.group(1), True)]
        pos = m.end()
    parts.append((text[pos:], False))
    for part, bold in parts:
        if not part:
            continue
        run = para.add_run(gold.render(part))
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def restart_numbering(document, start: int = 1) -> int:
    """A new w:num on the List Number style's abstract numbering, starting again at ``start``:
    two numbered lists in one Word document otherwise count on from each other."""
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    abstract = next(n for n in numbering.findall(qn("w:num")) if n.numId == style_num).abstractNumId.val
    new_id = max(n.numId for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), str(abstract))
    num.append(ab)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), str(start))
    override.append(so)
    num.append(override)
    numbering.append(num)
    return new_id


def set_num(para, num_id: int) -> None:
    ppr = para._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(nid)
    ppr.insert(0, num_pr)


def add_list(document, gold, texts: list[str], numbered: bool, start: int = 1, size=None):
    num_id = restart_numbering(document, start) if numbered else None
    first = None
    for text in texts:
        para = document.add_paragraph(style="List Number" if numbered else "List Bullet")
        para.paragraph_format.space_after = Pt(2)
        add_runs(para, gold, text, size=size)
        if num_id is not None:
            set_num(para, num_id)
        first = first or para
    document.add_paragraph().paragraph_format.space_after = Pt(0)
    return first


def add_tab_lines(document, gold, rows: list[list[str]], stops, size=None, bold_first=False,
                  bold_rows=(), gold_rows=False):
    first = None
    for r, cells in enumerate(rows):
        para = document.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_after = Pt(1)
        for stop in stops:
            pos, align = stop[0], stop[1]
            leader = WD_TAB_LEADER.DOTS if len(stop) > 2 and stop[2] == "dots" else WD_TAB_LEADER.SPACES
            fmt.tab_stops.add_tab_stop(Cm(pos), TAB_ALIGN[align], leader)
        printed = [gold.render(c) for c in cells]
        # a typist stops at the last filled cell: no tab (and no dot leader) after a heading line
        run = para.add_run("\t".join(printed).rstrip("\t"))
        run.bold = (bold_first and r == 0) or r in bold_rows
        if size:
            run.font.size = Pt(size)
        gold.row_texts.append(" | ".join(printed))
        if gold_rows and sum(1 for p in printed if p.strip()) >= 2:
            gold.table_rows.append([p for p in printed if p.strip()])
        first = first or para
    document.add_paragraph().paragraph_format.space_after = Pt(0)
    return first


# ---------- statements ----------

@dataclass
class Tabbed(Statement):
    """A statement typed with tab stops: amounts right-aligned at ``text_width`` and ``step`` cm
    apart, dot leaders up to the first amount where ``dots``; ``kroner`` adds ",-"."""
    text_width: float = 16.0
    step: float = 2.7
    dots: bool = False
    kroner: bool = False

    def fmt(self, value):
        text = super().fmt(value)
        return text + ",-" if text and self.kroner else text

def add_statement(document, gold, st: Statement, title: str | None, level: int, seed: int):
    first = None
    if title:
        first = document.add_heading(gold.render(title), level=level)
        first.paragraph_format.keep_with_next = True
        gold.headings.append(first.text)
    if st.render != "tabs":
        if st.above and first is None:
            first = document.add_paragraph()
        heldout_docx.add_statement(document, gold, st, seed=seed)
        return first
    # tab stops: label at the margin, a centred note column, right-aligned amounts
    gold.statements.append(st)
    if st.above:
        para = document.add_paragraph()
        run = para.add_run(gold.render(st.above))
        run.italic = True
        run.font.size = Pt(9)
        first = first or para
    values = [st.text_width - st.step * (len(st.cols) - 1 - i) for i in range(len(st.cols))]
    dots = "dots" if st.dots else None
    stops = []
    if st.note_col is not None:
        stops.append((values[0] - st.step - 0.4, "center"))
    stops += [(v, "right", dots) if i == 0 and dots else (v, "right") for i, v in enumerate(values)]
    rows = [st.header_row()] + [cells for _, cells in st.body_rows()]
    bold_rows = {0} | {i + 1 for i, (line, _) in enumerate(st.body_rows()) if line.bold}
    para = add_tab_lines(document, gold, rows, stops, size=9.5, bold_rows=bold_rows, gold_rows=st.gold_rows)
    if st.below:
        below = document.add_paragraph().add_run(gold.render(st.below))
        below.italic = True
        below.font.size = Pt(8)
    return first or para


# ---------- the item loop ----------

def add_cover(document, gold, lines: list[tuple[str, dict]]) -> None:
    for text, fmt in lines:
        para = document.add_paragraph()
        para.alignment = ALIGN[fmt.get("align", "center")]
        para.paragraph_format.space_before = Pt(fmt.get("before", 6))
        run = para.add_run(gold.render(text))
        run.bold = fmt.get("bold", False)
        run.italic = fmt.get("italic", False)
        run.font.size = Pt(fmt.get("size", 12))


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    page_break_next = False
    for n, item in enumerate(items):
        kind, opts = item[0], opts_of(item)
        first = None
        if kind == "break":
            page_break_next = True
            continue
        if kind == "cover":
            add_cover(document, gold, item[1])
            page_break_next = True
            continue
        if kind == "h":
            first = document.add_heading(gold.render(item[2]), level=item[1])
            gold.headings.append(first.text)
        elif kind == "p":
            first = document.add_paragraph()
            add_runs(first, gold, item[1], size=opts.get("size"), italic=opts.get("italic", False))
            if opts.get("align"):
                first.alignment = ALIGN[opts["align"]]
            if opts.get("indent"):
                first.paragraph_format.left_indent = Cm(opts["indent"])
            first.paragraph_format.keep_with_next = opts.get("keep", False)
        elif kind in ("ol", "li"):
            first = add_list(document, gold, item[1], kind == "ol", opts.get("start", 1), opts.get("size"))
        elif kind == "tabs":
            first = add_tab_lines(document, gold, item[1], opts["stops"], size=opts.get("size"),
                                  bold_first=opts.get("bold_first", False), gold_rows=opts.get("gold_rows", False))
        elif kind == "table":
            if page_break_next:
                document.add_paragraph().paragraph_format.page_break_before = True
                page_break_next = False
            add_table(document, gold, item[1], **opts)
        elif kind == "stmt":
            if page_break_next and not opts.get("title"):
                document.add_paragraph().paragraph_format.page_break_before = True
                page_break_next = False
            first = add_statement(document, gold, item[1], opts.get("title"), opts.get("level", 2), seed + n)
        elif kind == "sign":
            if page_break_next:
                document.add_paragraph().paragraph_format.page_break_before = True
                page_break_next = False
            heldout_docx.add_signatures(document, gold, item[1], item[2], **opts)
        else:
            raise ValueError(f"unknown item kind {kind!r}")
        if page_break_next and first is not None:
            first.paragraph_format.page_break_before = True
            page_break_next = False
