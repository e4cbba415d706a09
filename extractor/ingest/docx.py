"""DOCX reader: python-docx over the package ``officezip`` has checked, into a ``Document``.

python-docx opens an in-memory copy of the checked bytes, so it inflates nothing itself. In
that copy content types follow the relationships: the main part is the plain document type
(python-docx refuses .docm and .dotx; macros are never run), parts not read here are opaque so
python-docx does not parse them, and a missing target gets an empty part (python-docx stops on
those: python-openxml/python-docx#797). python-docx supplies the parts and resolves styles; its
XML is walked here for what it does not model: content controls, text boxes, merged cells
(``row.cells`` repeats a merged cell) and nested tables.

Text is normalised as the PDF reader's is, so the same content gives the same blocks: NFC,
soft hyphens and zero-width spaces dropped, no-break spaces as one space, runs of whitespace
collapsed, trimmed. A paragraph keeps its line breaks as "\n" and its tabs as "\t" (stacked
lines, columns set with tab stops: the field readers split on them); headings, table cells and
headers/footers have them as spaces. A run of paragraphs whose lines are tab-separated columns
is a table (``docx_tables.tabbed_to_tables``). Empty paragraphs are dropped but still counted in
paths.

Paths: ``body/p[12]`` counts ``w:p`` among the body's blocks (content controls are looked
through, so indexes run over the flattened body); ``body/tbl[2]/tr[1]/tc[0]``; text boxes
``body/p[3]/txbx[0]/p[1]``; headers/footers ``header1/p[0]``; a picture's OCR'd text
``body/p[7]/img[0]:word/media/image1.png`` (see ``docx_images``). Pages are known only when Word
left rendered page-break marks (``w:lastRenderedPageBreak``); otherwise ``page`` is None.
"""
from __future__ import annotations

import posixpath
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Iterator

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.package import Package
from docx.parts.story import StoryPart
from docx.parts.styles import StylesPart
from docx.styles.styles import Styles
from lxml import etree

from extractor.document import Block, BlockKind, Document, Item, Provenance, SourceInfo, Table
from extractor.errors import Corrupt, Empty, UnsupportedFormat
from extractor.ingest import CellBudget, officezip
from extractor.ingest.block_headings import level_image_headings
from extractor.ingest.docx_images import A4_PT, WordImages, page_size
from extractor.ingest.docx_tables import RawCell, RawRow, header_rows_of, iter_children, rows_to_grid, tabbed_to_tables
from extractor.ingest.docx_tables import table_confidence, tc_to_span, tr_to_flags, w, w_val
from extractor.ingest.docx_styles import DOCX_MARKUP_ERRORS, Look, StyleBook, StyleInfo, half_points, is_on, outline_to_level
from extractor.ingest.docx_styles import lone_list_headings, mark_text_leads, promote_headings
from extractor.ingest.ocr_state import OcrState
from extractor.settings import Settings
from extractor.tables.base import LAYOUT_PARAGRAPHS, MAX_LAYOUT_COLUMNS

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Parts of a paragraph whose text is not the paragraph's: properties, field instructions,
# deleted revisions, text boxes (read as their own blocks) and mc:Fallback (a copy of mc:Choice).
_SKIP = {w("pPr"), w("rPr"), w("instrText"), w("delText"), w("del"), w("moveFrom"), w("fldData"), w("txbxContent"), MC_FALLBACK}
_TABS = {w("tab"), w("ptab")}
_BREAKS = {w("br"), w("cr")}
_BOX_OR_FALLBACK = {w("txbxContent"), MC_FALLBACK}
_WS = re.compile(r"\s+")
_SPACES = re.compile(r"[^\S\t\n]+")  # whitespace other than tabs and line breaks
_AROUND_BREAKS = re.compile(r" *([\t\n]) *")
_BREAK_RUN = re.compile(r"\n[\s]*\n")


def normalize_text(text: str, keep_breaks: bool = False) -> str:
    """Whitespace and invisible characters as the PDF reader leaves them (see module doc);
    ``keep_breaks``: tabs and line breaks stay (empty lines dropped)."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    if not keep_breaks:
        return _WS.sub(" ", text).strip()  # \s covers tabs, newlines, U+00A0, U+2007, U+202F
    text = _AROUND_BREAKS.sub(r"\1", _SPACES.sub(" ", text))
    return _BREAK_RUN.sub("\n", text).strip()


def inside(el: etree._Element, stop: etree._Element, tags: set[str]) -> bool:
    """Whether an ancestor of ``el`` below ``stop`` has one of ``tags``."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def iter_run_text(el: etree._Element) -> Iterator[str]:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == w("t"):
            yield child.text or ""
        elif tag in _TABS:
            yield "\t"
        elif tag in _BREAKS:  # a page or column break inside a paragraph separates no lines
            yield " " if child.get(w("type")) in ("page", "column") else "\n"
        elif tag == w("noBreakHyphen"):
            yield "-"
        else:
            yield from iter_run_text(child)


def paragraph_text(p: etree._Element) -> str:
    """The paragraph's text with its tabs and line breaks (see module doc)."""
    return normalize_text("".join(iter_run_text(p)), keep_breaks=True)


def _leading_tab(p: etree._Element) -> bool:
    """A tab before the paragraph's text, which the trimmed text lost: an empty first column.
    Read only up to the first text (every paragraph without a tab in its text is asked)."""
    for piece in iter_run_text(p):
        if piece := piece.lstrip(" "):
            return piece.startswith("\t")
    return False


def tab_cells(p: etree._Element) -> list[str]:
    """The paragraph cut at its tabs, untrimmed (a leading tab is an empty first column)."""
    return [normalize_text(part) for part in "".join(iter_run_text(p)).split("\t")]


def iter_text_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """Text boxes anchored in ``p``, outermost only, skipping the mc:Fallback copies."""
    for box in p.iter(w("txbxContent")):
        if not inside(box, p, _BOX_OR_FALLBACK):
            yield box


def iter_blocks(container: etree._Element) -> Iterator[etree._Element]:
    """``w:p`` and ``w:tbl`` children, looking through content controls."""
    for child in container:
        if child.tag in (w("p"), w("tbl")):
            yield child
        elif child.tag in (w("sdt"), w("sdtContent"), w("customXml")):
            yield from iter_blocks(child)


def paragraph_look(p: etree._Element, style: StyleInfo | None, default_size: float) -> Look:
    """Dominant run size (by characters) and whether every run with text is bold."""
    style_size = style.size if style else default_size
    sizes: Counter[float] = Counter()
    bold = True
    for run in p.iter(w("r")):
        text = "".join(iter_run_text(run)).strip()
        if not text or inside(run, p, _BOX_OR_FALLBACK):
            continue
        rpr = run.find(w("rPr"))
        bold_el = rpr.find(w("b")) if rpr is not None else None
        bold &= is_on(bold_el) if bold_el is not None else bool(style and style.bold)
        sizes[(half_points(rpr.find(w("sz"))) if rpr is not None else None) or style_size] += len(text)
    return Look(sizes.most_common(1)[0][0] if sizes else style_size, bold and bool(sizes))


def paragraph_kind(p: etree._Element, style: StyleInfo | None) -> tuple[BlockKind, int | None]:
    """Heading by style name or outline level, list item by style or numbering, else paragraph
    (unstyled headings are found afterwards by ``promote_headings``)."""
    ppr = p.find(w("pPr"))
    outline = outline_to_level(w_val(ppr.find(w("outlineLvl")))) if ppr is not None else None
    level = (outline or None) if outline is not None else (style.heading_level if style else None)
    if level:
        return BlockKind.HEADING, level
    num_id = w_val(ppr.find(f"{w('numPr')}/{w('numId')}")) if ppr is not None else None
    if (num_id and num_id != "0") or (style and style.is_list and num_id != "0"):
        return BlockKind.LIST_ITEM, None
    return BlockKind.PARAGRAPH, None


SENTENCE_WORDS = 8  # words of a cell's sentence: running text, which no data table holds in two cells of a row
_SENTENCE_END = re.compile(r"[.!?»\"”)]\s*$")


def _sentence(text: str) -> bool:
    return len(text.split()) >= SENTENCE_WORDS and bool(_SENTENCE_END.search(text))


def lays_out_text(tbl: etree._Element) -> bool:
    """Whether a table only lays text out: one row of two or three cells, one holding many
    paragraphs (a facts column beside the text), or two or three columns whose rows mostly hold
    running text side by side (a text and its translation). Its cells are then read as text."""
    rows = [list(iter_children(tr, w("tc"))) for tr in iter_children(tbl, w("tr"))]
    if not rows or not all(2 <= len(r) <= MAX_LAYOUT_COLUMNS for r in rows):
        return False
    texts = [[[paragraph_text(el).strip() for el in iter_blocks(tc) if el.tag == w("p")] for tc in r] for r in rows]
    if len(rows) == 1 and max(sum(map(bool, ps)) for ps in texts[0]) >= LAYOUT_PARAGRAPHS:
        return True
    side_by_side = sum(sum(any(map(_sentence, ps)) for ps in r) >= 2 for r in texts)
    return len(rows) >= 2 and side_by_side * 2 >= len(rows)


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
        counts = {"p": 0, "tbl": 0}
        for el in iter_blocks(container):
            kind = "p" if el.tag == w("p") else "tbl"
            path = f"{prefix}/{kind}[{counts[kind]}]"
            counts[kind] += 1
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
            if kind is not BlockKind.HEADING and ("\t" in text or _leading_tab(p)):
                self.tabbed[id(block)] = tab_cells(p)
        items.extend(self.picture_items(p, path, page))
        for i, box in enumerate(iter_text_boxes(p)):
            items.extend(self.read(box, f"{path}/txbx[{i}]", in_box=True))
        return items

    def picture_items(self, p: etree._Element, path: str, page: int | None) -> list[Item]:
        if self.images is None:
            return []
        return self.images.items(p, path, page, lambda el: inside(el, p, _BOX_OR_FALLBACK))

    def read_paragraph(self, p: etree._Element) -> tuple[str, int | None]:
        """(text, page it starts on); advances the page past rendered breaks inside it."""
        text = paragraph_text(p)
        if self.page is None:
            return text, None
        seen_text = False
        start = self.page
        for el in p.iter(w("t"), w("lastRenderedPageBreak")):
            if inside(el, p, _BOX_OR_FALLBACK):
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
        counts = {"p": 0, "tbl": 0}
        for el in iter_blocks(tc):
            kind = "p" if el.tag == w("p") else "tbl"
            sub_path = f"{path}/{kind}[{counts[kind]}]"
            counts[kind] += 1
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


# The parts read here, typed by relationship so python-docx parses them and only them.
PART_TYPES = {RT.OFFICE_DOCUMENT: CT.WML_DOCUMENT_MAIN, RT.STYLES: CT.WML_STYLES, RT.HEADER: CT.WML_HEADER, RT.FOOTER: CT.WML_FOOTER}
OPAQUE = "application/octet-stream"
SIDE_PART_TYPES = {CT.WML_STYLES, CT.WML_HEADER, CT.WML_FOOTER}  # a document is read without them
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RELS_NAME = re.compile(r"(.*/)?_rels/[^/]*\.rels")
STRICT_MAIN = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
PACKAGE_RELS = f'<Relationships xmlns="{PR_NS}"><Relationship Id="rId1" Type="{RT.OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>'


def part_types_of(members: dict[str, bytes], broken: list[str] | None = None) -> dict[str, str]:
    """Content type per member, from the relationships pointing at it. Repairs what python-docx
    stops on: a missing target is added empty (so opaque), a relationship without a target dropped,
    and a styles, header or footer part that is not XML left opaque (its name added to ``broken``):
    the body is still read, where python-docx would refuse the whole file."""
    types: dict[str, str] = {}
    for rels_name in [n for n in members if RELS_NAME.fullmatch(n)]:
        try:
            rels = etree.fromstring(members[rels_name], officezip.safe_xml_parser())
        except etree.XMLSyntaxError:
            continue  # python-docx reports it if the part is reachable
        base = "/" + posixpath.dirname(posixpath.dirname(rels_name))
        for rel in rels.findall(f"{{{PR_NS}}}Relationship"):
            if not rel.get("Target"):
                rels.remove(rel)
                members[rels_name] = etree.tostring(rels)
            elif rel.get("TargetMode") != "External":
                name = PackURI.from_rel_ref(base, rel.get("Target")).membername
                if members.setdefault(name, b"") and types.get(name, OPAQUE) == OPAQUE:
                    types[name] = PART_TYPES.get(rel.get("Type"), OPAQUE)
                    if types[name] in SIDE_PART_TYPES and not parses(members[name]):
                        types[name] = OPAQUE
                        if broken is not None and name not in broken:
                            broken.append(name)
    return types


def parses(data: bytes) -> bool:
    try:
        etree.fromstring(data, officezip.safe_xml_parser())
    except etree.XMLSyntaxError:
        return False
    return True


def content_types_xml(members: dict[str, bytes], broken: list[str] | None = None) -> bytes:
    types = part_types_of(members, broken)
    root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    etree.SubElement(root, f"{{{CT_NS}}}Default", Extension="rels", ContentType=CT.OPC_RELATIONSHIPS)
    for name in [n for n in members if not RELS_NAME.fullmatch(n) and n != "[Content_Types].xml"]:
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=types.get(name, OPAQUE))
    return etree.tostring(root)


def open_document(pkg: officezip.OfficeZip, warnings: list[str] | None = None) -> DocxDocument:
    """python-docx's ``Document`` over an in-memory copy of the checked package (see module doc);
    a styles, header or footer part that is not XML is left out, with a line in ``warnings``."""
    members = officezip.read_members(pkg)
    members.setdefault("_rels/.rels", PACKAGE_RELS.encode())
    broken: list[str] = []
    try:
        members["[Content_Types].xml"] = content_types_xml(members, broken)
        main = Package.open(officezip.members_to_zip(members)).main_document_part
    except etree.XMLSyntaxError as exc:
        raise Corrupt(f"an XML part is malformed or nested too deeply: {exc}") from exc
    except (KeyError, *DOCX_MARKUP_ERRORS) as exc:  # python-docx on a broken package graph
        if STRICT_MAIN in members["_rels/.rels"]:
            raise UnsupportedFormat("a Strict Open XML document; save it as a standard Word document") from exc
        raise Corrupt(f"the package has no readable main Word document part: {exc}") from exc
    if main.content_type != CT.WML_DOCUMENT_MAIN:
        raise Corrupt("the package has no main Word document part")
    if main.element.tag != w("document"):
        raise UnsupportedFormat(f"the main part is not a WordprocessingML document ({etree.QName(main.element).namespace})")
    if broken and warnings is not None:
        warnings.append(f"malformed XML part(s) left out, the text read without them: {', '.join(broken)}")
    return main.document


def styles_of(document: DocxDocument) -> Styles | None:
    """The document's styles; None when it has no styles part (python-docx would add its
    own template's styles)."""
    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.STYLES and not r.is_external), None)
    return part.styles if isinstance(part, StylesPart) else None


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


def image_members(document: DocxDocument) -> dict[str, str]:
    """Relationship id → package member name, for the main part's internal targets."""
    return {rid: rel.target_part.partname.membername for rid, rel in document.part.rels.items()
            if not rel.is_external}


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
