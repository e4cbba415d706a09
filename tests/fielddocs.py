"""Small hand-made documents for field-extractor unit tests."""
from __future__ import annotations

from extractor.document import Block, BlockKind, Cell, Document, Format, Provenance, SourceInfo, Table


def heading(text: str, level: int = 1) -> Block:
    return Block(BlockKind.HEADING, text, Provenance(page=1), level=level)


def para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Provenance(page=1))


def table(rows: list[list[str]], strategy: str = "text", header_rows: int = 0) -> Table:
    cells = [[Cell(text, Provenance(page=1, bbox=(c * 50.0, r * 12.0, c * 50.0 + 48, r * 12.0 + 10)))
              for c, text in enumerate(row)] for r, row in enumerate(rows)]
    return Table(cells, Provenance(page=1), strategy, 0.9, header_rows=header_rows, pages=[1])


def document(*items) -> Document:
    return Document(SourceInfo(path="test", sha256="0", format=Format.PDF, pages=1), list(items))
