"""DOCX reader: python-docx over the package ``officezip`` has checked, into a ``Document``.

python-docx opens an in-memory copy of the package (``docx_package``) and supplies the parts and
resolves styles; its XML is walked here for what it does not model: content controls, text boxes,
merged cells (``row.cells`` repeats a merged cell) and nested tables. A paragraph's text, kind and
look are read in ``docx_text``, which normalises text as the PDF reader does. A run of paragraphs
whose lines are tab-separated columns is a table (``docx_tables.tabbed_to_tables``). Empty
paragraphs are dropped but still counted in paths.

Paths: ``body/p[12]`` counts ``w:p`` among the body's blocks (content controls are looked
through, so indexes run over the flattened body); ``body/tbl[2]/tr[1]/tc[0]``; text boxes
``body/p[3]/txbx[0]/p[1]``; headers/footers ``header1/p[0]``; a picture's OCR'd text
``body/p[7]/img[0]:word/media/image1.png`` (see ``docx_images``). Pages are known only when Word
left rendered page-break marks (``w:lastRenderedPageBreak``); otherwise ``page`` is None.
"""
from __future__ import annotations

import posixpath
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.parts.story import StoryPart
from lxml import etree

from extractor.document import Block, BlockKind, Document, Item, Provenance, SourceInfo, Table
from extractor.errors import Empty
from extractor.ingest import CellBudget, officezip
from extractor.ingest.block_headings import level_image_headings
from extractor.ingest.docx_images import A4_PT, WordImages, page_size
from extractor.ingest.docx_package import image_members, open_document, styles_of
from extractor.ingest.docx_styles import Look, StyleBook, lone_list_headings, mark_text_leads, promote_headings
from extractor.ingest.docx_tables import RawCell, RawRow, header_rows_of, iter_children, rows_to_grid, tabbed_to_tables
from extractor.ingest.docx_tables import table_confidence, tc_to_span, tr_to_flags, w
from extractor.ingest.docx_text import (
    BOX_OR_FALLBACK, inside, iter_block_paths, iter_text_boxes, lays_out_text, leading_tab, normalize_text, paragraph_kind,
    paragraph_look, paragraph_text, parallel_lines, tab_cells,
)
from extractor.ingest.ocr_state import OcrState
from extractor.settings import Settings


class BodyReader:
    """Walks a body (or header, footer, text box) in document order, producing items."""

    def __init__(self, styles: StyleBook, track_pages: bool, budget: CellBudget, images: WordImages | None = None):
        self.styles, self.budget = styles, budget
        self.page: int | None = 1 if track_pages else None
        self.images = images  # None: pictures are not read (headers, footers)
        self.tabbed: dict[int, list[str]] = {}  # body paragraphs cut by tabs: id(block) -> cells
        self.looks: dict[int, tuple[Block, Look]] = {}  # unstyled body paragraphs, for promote_headings
        self.list_looks: dict[int, tuple[Block, Look]] = {}  # list items, for lone_list_headings

    def read(self, container: etree._Element, prefix: str, in_box: bool = False) -> list[Item]:
        items = self.items(container, prefix, in_box)
        return items if in_box else tabbed_to_tables(items, self.tabbed)

    def items(self, container: etree._Element, prefix: str, in_box: bool = False) -> list[Item]:
        items: list[Item] = []
        for el, kind, path in iter_block_paths(container, prefix):
            if kind == "p":
                items.extend(self.paragraph_items(el, path, in_box))
            elif lays_out_text(el):
                for tr_i, tr in enumerate(iter_children(el, w("tr"))):  # text set in columns: each cell's in turn
                    for c_i, tc in enumerate(iter_children(tr, w("tc"))):
                        items.extend(self.items(tc, f"{path}/tr[{tr_i}]/tc[{c_i}]", in_box))
            else:
                items.extend(self.table_items(el, path, nested_in=None))
        return items

    def paragraph_items(self, p: etree._Element, path: str, in_box: bool) -> list[Item]:
        text, page = self.read_paragraph(p)
        items: list[Item] = []
        if text:
            style = None if in_box else self.styles.of(p)
            kind, level = (BlockKind.TEXT_BOX, None) if in_box else paragraph_kind(p, style)
            block = Block(kind, text, Provenance(page=page, path=path), level)
            items.append(block)
            if kind is BlockKind.PARAGRAPH or kind is BlockKind.LIST_ITEM:
                looks = self.looks if kind is BlockKind.PARAGRAPH else self.list_looks
                looks[id(block)] = (block, paragraph_look(p, style, self.styles.default_size))
            if kind is not BlockKind.HEADING and ("\t" in text or leading_tab(p)):
                self.tabbed[id(block)] = tab_cells(p)
        items.extend(self.picture_items(p, path, page))
        for i, box in enumerate(iter_text_boxes(p)):
            items.extend(self.read(box, f"{path}/txbx[{i}]", in_box=True))
        return items

    def picture_items(self, p: etree._Element, path: str, page: int | None) -> list[Item]:
        if self.images is None:
            return []
        return self.images.items(p, path, page, lambda el: inside(el, p, BOX_OR_FALLBACK))

    def read_paragraph(self, p: etree._Element) -> tuple[str, int | None]:
        """(text, page it starts on); advances the page past rendered breaks inside it."""
        text = paragraph_text(p)
        if self.page is None:
            return text, None
        seen_text = False
        start = self.page
        for el in p.iter(w("t"), w("lastRenderedPageBreak")):
            if inside(el, p, BOX_OR_FALLBACK):
                continue
            if el.tag == w("t"):
                seen_text |= bool((el.text or "").strip())
            else:
                self.page += 1
                if not seen_text:
                    start = self.page
        return text, start

    def table_items(self, tbl: etree._Element, path: str, nested_in: str | None) -> list[Item]:
        """The table, then its nested tables, then text boxes anchored in its cells."""
        start_page = self.page
        rows: list[RawRow] = []
        extra: list[Item] = []
        for r_i, tr in enumerate(iter_children(tbl, w("tr"))):
            row_path = f"{path}/tr[{r_i}]"
            before, is_header = tr_to_flags(tr)
            cells = [self.cell_of(tc, f"{row_path}/tc[{c_i}]", extra) for c_i, tc in enumerate(iter_children(tr, w("tc")))]
            rows.append(RawRow(cells, Provenance(page=start_page, path=row_path), before, is_header))
        if len(rows) == 1 and all(c.col_span == 1 and not c.vmerge for c in rows[0].cells) \
                and parallel_lines([list(c.lines) for c in rows[0].cells]):
            rows = [RawRow([RawCell(c.lines[k], c.prov) for c in rows[0].cells], rows[0].prov)
                    for k in range(len(rows[0].cells[0].lines))]  # a row per line, as the eye reads it
        grid, irregular = rows_to_grid(rows, self.budget)
        if not any(c.text for row in grid for c in row):
            return extra
        holds_tables = any(isinstance(i, Table) for i in extra)
        table = Table(
            rows=grid,
            prov=Provenance(page=start_page, path=path),
            strategy="word",
            confidence=table_confidence(nested_in is not None or holds_tables, irregular),
            header_rows=header_rows_of(grid, [r.is_header for r in rows]),
            pages=list(range(start_page, self.page + 1)) if start_page and self.page else [],
            nested_in=nested_in,
        )
        return [table, *extra]

    def cell_of(self, tc: etree._Element, path: str, extra: list[Item]) -> RawCell:
        page = self.page
        texts: list[str] = []
        for el, kind, sub_path in iter_block_paths(tc, path):
            if kind == "tbl":
                extra.extend(self.table_items(el, sub_path, nested_in=path))
                continue
            text, page_of = self.read_paragraph(el)
            texts.append(text)
            extra.extend(self.picture_items(el, sub_path, page_of))
            for i, box in enumerate(iter_text_boxes(el)):
                extra.extend(self.read(box, f"{sub_path}/txbx[{i}]", in_box=True))
        span, vmerge = tc_to_span(tc)
        lines = tuple(t for t in (normalize_text(t) for text in texts for t in text.split("\n")) if t)
        return RawCell(" ".join(lines), Provenance(page=page, path=path), span, vmerge, lines if len(lines) > 1 else ())


def furniture_of(document: DocxDocument, styles: StyleBook, budget: CellBudget) -> list[Block]:
    """Header and footer text (every header/footer part of the document, referenced by a
    section or not), one block per paragraph or table row, duplicates dropped."""
    parts = [r.target_part for r in document.part.rels.values() if r.reltype in (RT.HEADER, RT.FOOTER) and not r.is_external]
    blocks: list[Block] = []
    seen: set[str] = set()
    for part in sorted((p for p in parts if isinstance(p, StoryPart)), key=lambda p: p.partname):
        stem = posixpath.splitext(part.partname.filename)[0]
        for item in BodyReader(styles, False, budget).read(part.element, stem):
            if isinstance(item, Table):
                found = [Block(BlockKind.PARAGRAPH, normalize_text(" ".join(c.text for c in r)), r[0].prov) for r in item.rows]
            else:
                found = [Block(BlockKind.PARAGRAPH, normalize_text(item.text), item.prov)]
            for block in found:
                if block.text and block.text not in seen:
                    seen.add(block.text)
                    blocks.append(block)
    return blocks


NOTE_PARTS = (("word/footnotes.xml", "footnote", "footnotes"), ("word/endnotes.xml", "endnote", "endnotes"))


def note_items(pkg: officezip.OfficeZip, reader: BodyReader, warnings: list[str]) -> list[Item]:
    """The text of the footnotes and endnotes, after the body ("Herav 58 prosent fra Fredrikstad"
    under a figure): part of the report, which python-docx does not read. Ids below 1 are the
    separator lines Word keeps there; a notes part that is not XML is left out with a warning."""
    items: list[Item] = []
    for part, tag, prefix in NOTE_PARTS:
        if not pkg.has(part):
            continue
        data = pkg.read(part)
        officezip.check_no_dtd(data, part)
        try:
            root = parse_xml(data)  # python-docx's elements: the styles are read through them
        except etree.XMLSyntaxError as exc:
            warnings.append(f"malformed XML part {part} left out: {exc}")
            continue
        for note in root.iterchildren(w(tag)):
            number = note.get(w("id"))
            if number is not None and number.lstrip("-").isdigit() and int(number) >= 1:
                items.extend(reader.read(note, f"{prefix}/{tag}[{number}]"))
    return items


def load_docx(path: Path, source: SourceInfo, settings: Settings) -> Document:
    """Read a DOCX (or DOCM: text only, macros never run) into a ``Document``; pictures are
    read by OCR (``docx_images``) while the checked package is open."""
    with officezip.open_package(Path(path), settings) as pkg:
        if officezip.is_macro_enabled(pkg):
            source.warnings.append("macro-enabled document: macros were not run, only the text was read")
        if not pkg.has("[Content_Types].xml"):
            source.warnings.append("the package has no [Content_Types].xml; read anyway")
        document = open_document(pkg, source.warnings)
        root = document.element
        styles = StyleBook(styles_of(document))
        bodies = list(root.iterchildren(w("body")))  # python-docx's .body is the first only
        images = WordImages(pkg, image_members(document), OcrState(settings, source),
                            page_size(bodies[0]) if bodies else A4_PT)
        budget = CellBudget(settings)
        reader = BodyReader(styles, next(root.iter(w("lastRenderedPageBreak")), None) is not None, budget, images)
        items: list[Item] = []
        for i, body in enumerate(bodies):
            items.extend(reader.read(body, "body" if i == 0 else f"body{i}"))
        items.extend(note_items(pkg, reader, source.warnings))
    styled = [b.level for b in items if isinstance(b, Block) and b.kind is BlockKind.HEADING and b.level]
    mark_text_leads(items, reader.looks)
    lone_list_headings(items, reader.list_looks, reader.looks)
    promote_headings(reader.looks, styled)
    for block in (i for i in items if isinstance(i, Block) and i.kind is BlockKind.HEADING):
        block.text = normalize_text(block.text)  # "3.1<tab>Økonomi", a title broken over two lines
    level_image_headings(items)
    furniture = furniture_of(document, styles, budget)
    if not items:
        note = " (only header/footer text)" if furniture else ""
        raise Empty(f"the document has no body text{note}")
    if reader.page is not None:
        source.pages = reader.page
    return Document(source=source, items=items, furniture=furniture)
