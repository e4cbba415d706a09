"""Mechanics the thirteenth held-out set adds to the earlier sets' (imported, not copied):

    ("tracked", before, deleted, inserted, after, {comment, author})
            a Word paragraph with tracked changes: ``deleted`` in a w:del run (a former board member
            struck out, not accepted), ``inserted`` in a w:ins run, an optional comment anchored on
            the inserted name. Gold is the document as accepted: the deleted text is not registered.
    ("colstmt", Statement, {right_cm, step_cm, size})
            a statement typed with right tab stops inside a narrow column of a two-column section
            (the first set's tab statement assumes the full text width)
    ("landscape", [items])
            the items on a landscape page of their own (a wide statement), portrait again after;
            ``rotate_landscape_pages`` then stores each landscape page of LibreOffice's PDF as a
            portrait page with its content turned and /Rotate 90, as a scanner-office PDF does
    slides  a report with ``slides`` is a deck exported from presentation software: 16:9 landscape
            pages, a big title, bullets (the fourth set's HTML items), one key figure per slide, the
            board as photo cards with name and role under each; printed by Chromium

A ("cols", [items]) section (the first set's) may hold these items too. Everything else goes to the twelfth set's ``h12_render.add_items`` (and through it the sixth, third
and first sets' items).
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import h4_html
import h5_web
import h12_render
from heldout_tables import set_widths
from make_devset import set_cols
from make_heldout import soffice
from make_samples import docx_bytes_reproducible

LANDSCAPE_WIDEN = 24.5 / 16.4  # text width of landscape A4 over portrait's
REVISION_DATE = "2024-03-04T10:15:00Z"  # fixed, so the DOCX is reproducible


def _run(text: str, deleted: bool = False):
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def _revision(tag: str, rid: int, author: str, run) -> object:
    rev = OxmlElement(tag)
    rev.set(qn("w:id"), str(rid))
    rev.set(qn("w:author"), author)
    rev.set(qn("w:date"), REVISION_DATE)
    rev.append(run)
    return rev


def add_tracked(document, gold, before: str, deleted: str, inserted: str, after: str,
                comment: str | None = None, author: str = "Sekretær") -> None:
    """One paragraph: before, a deletion, an insertion, after. Only the accepted text is gold."""
    para = document.add_paragraph()
    para.add_run(gold.render(before))
    para._p.append(_revision("w:del", 901, author, _run(deleted, deleted=True)))
    ins_run = para.add_run(gold.render(inserted))
    para._p.remove(ins_run._r)
    para._p.append(_revision("w:ins", 902, author, ins_run._r))
    para.add_run(gold.render(after))
    if comment:
        document.add_comment(ins_run, text=comment, author=author, initials=author[:2].upper())


def add_column_statement(document, gold, st, right_cm=7.9, step_cm=2.2, size=8) -> None:
    """The statement's title in bold, then one tabbed line a row, values on right tab stops."""
    gold.statements.append(st)
    title = document.add_paragraph().add_run(gold.render(st.title))
    title.bold = True
    gold.headings.append(title.text)
    stops = [Cm(right_cm - step_cm * (len(st.cols) - 1 - i)) for i in range(len(st.cols))]
    rows = [(True, st.header_row())] + [(line.bold, cells) for line, cells in st.body_rows()]
    for bold, cells in rows:
        cells = [gold.render(c) for c in cells]
        para = document.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        for pos in stops:
            para.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)
        run = para.add_run("\t".join(cells))
        run.bold = bold
        run.font.size = Pt(size)
        if any(c.strip() for c in cells[1:]):
            gold.table_rows.append([c for c in cells if c.strip()])
    document.add_paragraph()


def add_landscape(document, gold, items: list[tuple], seed: int = 0) -> None:
    def turn(orient):
        section = document.add_section(WD_SECTION.NEW_PAGE)
        width, height = section.page_width, section.page_height
        if (orient == WD_ORIENT.LANDSCAPE) != (width > height):
            section.page_width, section.page_height = height, width
        section.orientation = orient

    turn(WD_ORIENT.LANDSCAPE)
    before = len(document.tables)
    h12_render.add_items(document, gold, items, seed=seed)
    for table in document.tables[before:]:  # laid out for a portrait page: widen to the landscape one
        set_widths(table, [cell.width / Cm(1) * LANDSCAPE_WIDEN for cell in table.rows[0].cells])
    turn(WD_ORIENT.PORTRAIT)


def add_items(document, gold, items: list[tuple], seed: int = 0) -> None:
    pending: list[tuple] = []
    for item in items + [("end",)]:
        if item[0] not in ("tracked", "colstmt", "cols", "landscape", "end"):
            pending.append(item)
            continue
        if pending:
            h12_render.add_items(document, gold, pending, seed=seed + len(gold.texts))
            pending = []
        opts = item[-1] if isinstance(item[-1], dict) else {}
        if item[0] == "tracked":
            add_tracked(document, gold, *item[1:5], **opts)
        elif item[0] == "cols":  # the first set's two-column section, holding this set's items too
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 2)
            add_items(document, gold, item[1], seed=seed + 100)
            set_cols(document.add_section(WD_SECTION.CONTINUOUS), 1)
        elif item[0] == "colstmt":
            add_column_statement(document, gold, item[1], **opts)
        elif item[0] == "landscape":
            add_landscape(document, gold, item[1], seed=seed + 500)


def rotate_landscape_pages(source: Path, target: Path) -> None:
    """Each landscape page stored portrait with its content turned a quarter left and /Rotate 90
    (a viewer shows it upright and landscape); portrait pages as they are."""
    src = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    for index in range(len(src)):
        width, height = src[index].get_size()
        obj = src.page_as_xobject(index, out).as_pageobject()
        if width > height:
            page = out.new_page(height, width)
            obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, height, 0))
            page.insert_obj(obj)
            page.set_rotation(90)
        else:
            page = out.new_page(width, height)
            page.insert_obj(obj)
        page.gen_content()
    out.save(str(target))


SLIDE_CSS = """
@page { size: 338.7mm 190.5mm; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1d2a33; }
.slide { position: relative; width: 338.7mm; height: 190.5mm; box-sizing: border-box; padding: 16mm 22mm;
         break-after: page; overflow: hidden; border-top: 9mm solid %(accent)s; }
.slide h2 { font-size: 34pt; color: %(accent)s; border: 0; margin: 0 0 10mm 0; }
.slide ul { font-size: 26pt; line-height: 1.45; }
.slide p { font-size: 20pt; }
.slide table { font-size: 15pt; border-collapse: collapse; }
.slide td, .slide th { padding: 0.6mm 9mm 0.6mm 0; text-align: left; }
.slide td.num, .slide th.num { text-align: right; }
.slide tr.key td { font-weight: bold; }
.slide .big { font-size: 72pt; font-weight: bold; color: %(accent)s; margin: 8mm 0 4mm 0; }
.slide .under { font-size: 22pt; color: #555; }
.slide .foot { position: absolute; bottom: 6mm; left: 22mm; right: 22mm; font-size: 10pt; color: #888; }
.people { display: flex; flex-wrap: wrap; gap: 6mm 8mm; }
.person { width: 44mm; text-align: center; font-size: 15pt; }
.person .pic { width: 34mm; height: 40mm; margin: 0 auto 3mm auto; border-radius: 50%%;
               background: linear-gradient(170deg, #c9d3da, #7f8f9a); }
.person b { display: block; font-size: 15pt; }
.person span { color: #555; font-size: 13pt; }
.cover h1 { font-size: 48pt; color: %(accent)s; margin-top: 40mm; }
.cover p { font-size: 24pt; }
"""


def slide_html(gold, slide: dict, footer: str) -> str:
    parts = []
    if slide.get("cover"):
        parts.append(f'<h1>{h4_html._esc(gold.render(slide["cover"]))}</h1>')
        gold.headings.append(gold.texts[-1])
    if slide.get("title"):
        text = gold.render(slide["title"])
        gold.headings.append(text)
        parts.append(f"<h2>{h4_html._esc(text)}</h2>")
    if slide.get("big"):
        parts.append(f'<div class="big">{h4_html._esc(gold.render(slide["big"]))}</div>'
                     f'<div class="under">{h4_html._esc(gold.render(slide["under"]))}</div>')
    if slide.get("people"):
        cards = [f'<div class="person"><div class="pic"></div><b>{h4_html._esc(gold.render(n))}</b>'
                 f'<span>{h4_html._esc(gold.render(r))}</span></div>' for n, r in slide["people"]]
        parts.append('<div class="people">' + "".join(cards) + "</div>")
    parts.append(h4_html.items_html(gold, slide.get("items", [])))
    foot = f'<div class="foot">{h4_html._esc(gold.render(footer))}</div>' if footer else ""
    cls = "slide cover" if slide.get("cover") else "slide"
    return f'<section class="{cls}">' + "".join(parts) + foot + "</section>"


def slides_html(report: dict, gold) -> str:
    style = SLIDE_CSS % {"accent": "#" + report.get("accent", "1F3B5A")}
    body = "\n".join(slide_html(gold, s, report.get("slide_footer", "")) for s in report["slides"])
    title = h4_html._esc(gold.strip(report["title"]))
    return (f'<!DOCTYPE html>\n<html lang="no"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{style}</style></head>\n<body>\n{body}\n</body></html>\n")


def print_page(report: dict, document, tmp: Path, out_dir: Path) -> bool:
    """``make_heldout3.write_built``'s hook: a browser report (slides too) printed by Chromium; a
    report with ``rotate`` written as DOCX and its LibreOffice PDF with landscape pages turned."""
    if h5_web.print_page(report, document, tmp, out_dir):
        return True
    if not report.get("rotate"):
        return False
    name = report["name"]
    docx_path = out_dir / f"{name}.docx"
    docx_path.write_bytes(docx_bytes_reproducible(document))
    soffice([docx_path], tmp, "pdf")  # the PDF to turn goes to tmp, the DOCX stays a rendition
    rotate_landscape_pages(tmp / f"{name}.pdf", out_dir / f"{name}.pdf")
    return True

