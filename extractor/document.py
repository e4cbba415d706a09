"""The internal document model: what every loader produces and every later stage reads.

Nothing after ``ingest`` touches pdfplumber or python-docx objects; it reads a ``Document``:
items in reading order (blocks and tables), each with its provenance.

Coordinates are PDF points with the origin at the top-left of the page (pdfplumber's
``x0, top, x1, bottom``), for OCR'd pages too (pixels are scaled back to points).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Iterator

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in points, origin top-left


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    DOC = "doc"
    ODT = "odt"
    RTF = "rtf"
    HTML = "html"  # a word processor's web-page export (``webpage``)
    MHT = "mht"  # the same as a one-file web archive


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a piece of text came from, so a reviewer can find it in seconds."""

    page: int | None = None  # 1-based; for Word only where known
    bbox: BBox | None = None
    path: str | None = None  # Word structural path: "body/p[12]", "body/tbl[2]/tr[1]/tc[0]/p[0]"
    ocr_confidence: float | None = None  # 0..1, mean Tesseract word confidence, None when not OCR'd

    def joined(self, first: Provenance) -> Provenance:
        """This provenance with its box grown to hold ``first``'s too (a label under its figure, a
        word's second half under its first), when both have boxes on one page."""
        a, b = first.bbox, self.bbox
        if a is None or b is None or first.page != self.page:
            return self
        box = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
        return replace(self, bbox=box)


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    IMAGE_TEXT = "image_text"  # text read by OCR from an image on a born-digital page
    TEXT_BOX = "text_box"  # Word text boxes / shapes


@dataclass(slots=True)
class Block:
    kind: BlockKind
    text: str
    prov: Provenance
    level: int | None = None  # heading level, 1 = top
    in_box: bool = False  # a heading standing in a sidebar: it titles the box's lines, not the body after it


@dataclass(slots=True)
class Cell:
    """One grid position. A merged cell holds its text at its top-left position; the positions
    it covers hold empty cells with ``merged=True``."""

    text: str
    prov: Provenance
    row_span: int = 1
    col_span: int = 1
    merged: bool = False
    lines: tuple[str, ...] = ()  # its lines when it has several (Word paragraphs, PDF text lines)
    same_line: bool = False  # OCR of an image read it on its row label's baseline, not paired by position


@dataclass(slots=True)
class Table:
    rows: list[list[Cell]]
    prov: Provenance  # page and bbox of the (first part of the) table, or its Word path
    strategy: str  # "ruled", "text", "word", "ocr" ("layout": a ruled grid the PDF reader reads as text)
    confidence: float  # 0..1, see extractor.tables.base.table_confidence
    header_rows: int = 0
    pages: list[int] = field(default_factory=list)  # every page the table spans
    nested_in: str | None = None  # Word path of the cell holding this table, when nested

    def text_rows(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


Item = Block | Table


@dataclass(slots=True)
class SourceInfo:
    path: str
    sha256: str
    format: Format
    pages: int | None = None
    ocr_pages: list[int] = field(default_factory=list)  # pages whose text came from OCR
    image_ocr_pages: list[int] = field(default_factory=list)  # born-digital pages with text read from images
    unread_pages: list[int] = field(default_factory=list)  # pages with no text we could read
    converted_from: Format | None = None  # .doc/.odt/.rtf read through a LibreOffice conversion
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    heading: Block | None
    blocks: list[Block]
    tables: list[Table]


@dataclass(slots=True)
class Document:
    source: SourceInfo
    items: list[Item]  # body in reading order
    furniture: list[Block] = field(default_factory=list)  # running headers, footers, page numbers

    def blocks(self) -> Iterator[Block]:
        return (i for i in self.items if isinstance(i, Block))

    def tables(self) -> Iterator[Table]:
        return (i for i in self.items if isinstance(i, Table))

    def sections(self) -> list[Section]:
        """Group the items under the heading that precedes them; text before the first
        heading forms a section without one."""
        sections: list[Section] = []
        current = Section(None, [], [])
        for item in self.items:
            if isinstance(item, Block) and item.kind is BlockKind.HEADING:
                if current.heading is not None or current.blocks or current.tables:
                    sections.append(current)
                current = Section(item, [], [])
            elif isinstance(item, Block):
                current.blocks.append(item)
            else:
                current.tables.append(item)
        if current.heading is not None or current.blocks or current.tables:
            sections.append(current)
        return sections
