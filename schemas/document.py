"""Public models for the document part of the output: the source file, its sections and tables."""
from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileFormat(StrEnum):
    pdf = "pdf"
    docx = "docx"
    doc = "doc"
    odt = "odt"
    rtf = "rtf"
    html = "html"
    mht = "mht"


class BlockKind(StrEnum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    image_text = "image_text"
    text_box = "text_box"


class TableStrategy(StrEnum):
    ruled = "ruled"
    text = "text"
    word = "word"


class SourceRef(Strict):
    """Where a value or a piece of text came from."""

    page: int | None = Field(None, description="1-based page number (PDF; Word where known).")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="Box on the page in PDF points, origin top-left: x0, top, x1, bottom."
    )
    path: str | None = Field(
        None, description='Structural path in a Word document, e.g. "body/tbl[2]/tr[1]/tc[0]/p[0]".'
    )
    text: str | None = Field(None, description="The exact text the value was read from.")
    ocr_confidence: float | None = Field(
        None, ge=0, le=1, description="Mean OCR word confidence of that text (0..1); null when not OCR'd."
    )


class SourceFile(Strict):
    path: str = Field(description="The input path as given.")
    sha256: str = Field(description="SHA-256 of the input file's bytes.")
    format: FileFormat = Field(description="Format detected from the file's leading bytes (html, mht: a Word "
                               "document saved as a web page, whatever its extension).")
    converted_from: FileFormat | None = Field(
        None, description="Set when the file was converted to DOCX with LibreOffice before reading."
    )
    pages: int | None = Field(None, description="Page count (PDF); null for Word files.")
    ocr_pages: list[int] = Field(
        default_factory=list, description="Pages without a text layer, or whose text layer cannot be read (fonts "
        "without a Unicode map: codes or letters that are not what the page shows), read by OCR."
    )
    image_ocr_pages: list[int] = Field(
        default_factory=list, description="Born-digital pages where text inside images was read by OCR."
    )
    unread_pages: list[int] = Field(
        default_factory=list, description="Pages with no readable text (no text layer, or one that cannot be "
        "read, and OCR unavailable or empty)."
    )
    warnings: list[str] = Field(default_factory=list, description="Things the reader could not do, in words.")


class Paragraph(Strict):
    kind: BlockKind = Field(description="paragraph, list_item, image_text (OCR of an image) or text_box.")
    text: str = Field(description="The paragraph's text, lines joined and hyphenation repaired.")
    source: SourceRef = Field(description="Where the paragraph stands.")


class Section(Strict):
    heading: str | None = Field(description="The heading's text; null for text before the first heading.")
    level: int | None = Field(None, description="Heading level, 1 = top.")
    page: int | None = Field(None, description="Page of the heading.")
    source: SourceRef | None = Field(None, description="Where the heading stands.")
    paragraphs: list[Paragraph] = Field(default_factory=list, description="The text under this heading.")
    tables: list[int] = Field(default_factory=list, description="Indexes into `tables` of the tables under it.")


class CellRef(Strict):
    bbox: tuple[float, float, float, float] | None = Field(None, description="The cell's box (PDF).")
    path: str | None = Field(None, description="The cell's Word path.")
    row_span: int = Field(1, description="Rows this cell spans.")
    col_span: int = Field(1, description="Columns this cell spans.")
    merged: bool = Field(False, description="True for a position covered by a merged cell to its left or above.")
    ocr_confidence: float | None = Field(
        None, ge=0, le=1, description="Mean OCR word confidence of the cell's text (0..1); null when not OCR'd.")


class TableOut(Strict):
    index: int = Field(description="Position of the table in `tables`.")
    page: int | None = Field(None, description="First page of the table.")
    pages: list[int] = Field(default_factory=list, description="Every page the table spans.")
    bbox: tuple[float, float, float, float] | None = Field(None, description="Box of the table on its first page.")
    path: str | None = Field(None, description="Word path of the table.")
    nested_in: str | None = Field(None, description="Word path of the cell that holds this table, when nested.")
    rows: list[list[str]] = Field(description="Rows of cell strings as the table reads; merged positions are empty.")
    header_rows: int = Field(0, description="How many leading rows are headers.")
    cells: list[list[CellRef]] = Field(default_factory=list, description="Provenance of each cell, parallel to rows.")
    strategy: TableStrategy = Field(description="Which strategy found it: ruled (lines), text (alignment), word.")
    confidence: float = Field(ge=0, le=1, description="How well the cells fit the grid; see docs/tables.md.")
