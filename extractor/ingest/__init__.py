"""Ingestion: one file in, one ``Document`` out. The loader is chosen from the file's leading
bytes (``detect.sniff``), never from its extension."""
from __future__ import annotations

import hashlib
from pathlib import Path

from extractor.document import Document, Format, SourceInfo
from extractor.errors import Empty, ExtractorError, TooLarge
from extractor.settings import DEFAULT_SETTINGS, Settings


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_size(path: Path, settings: Settings) -> None:
    size = path.stat().st_size
    if size == 0:
        raise Empty("the file is empty (0 bytes)")
    if size > settings.max_file_mb * 1024 * 1024:
        raise TooLarge(f"the file is {size / 2**20:.0f} MB, over the {settings.max_file_mb:.0f} MB limit")


class CellBudget:
    """Table cells read so far in one document, against the per-table and per-document
    limits: merged cells (``w:gridSpan``, ``w:gridBefore``) or one ruled grid drawn on every
    page turn a small file into millions of cells, gigabytes of memory and of JSON."""

    def __init__(self, settings: Settings):
        self.table_max, self.document_max, self.used = settings.max_table_cells, settings.max_document_cells, 0

    def take(self, rows: int, columns: int) -> None:
        cells = rows * columns
        if cells > self.table_max:
            raise TooLarge(f"a table of {rows} rows and {columns} columns is over the {self.table_max} cell limit")
        self.used += cells
        if self.used > self.document_max:
            raise TooLarge(f"the tables hold more than {self.document_max} cells in all")


def load(path: str | Path, settings: Settings = DEFAULT_SETTINGS) -> Document:
    """Read any supported file into a ``Document``; raises ``ExtractorError`` with a stable code."""
    from extractor.ingest import detect

    path = Path(path)
    try:
        check_size(path, settings)
        fmt = detect.sniff(path, settings)
        source = SourceInfo(path=str(path), sha256=sha256_of(path), format=fmt)
        if fmt is Format.PDF:
            from extractor.ingest.pdf import load_pdf

            return load_pdf(path, source, settings)
        if fmt is Format.DOCX:
            from extractor.ingest.docx import load_docx

            return load_docx(path, source, settings)
        from extractor.ingest.convert import load_via_libreoffice

        return load_via_libreoffice(path, source, settings)
    except ExtractorError as exc:
        exc.path = exc.path or str(path)
        raise
