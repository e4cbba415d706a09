"""Minimal pair: the same content as DOCX and as the PDF LibreOffice made of it must read
the same — headings with their levels, paragraph texts, table rows, in the same order.

The samples differ only in format, so a difference here is a reader disagreeing with the other
one, not a property of the document. Running headers/footers (``Document.furniture``) are left
out: each format keeps them in a different place.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from extractor.document import Block, BlockKind, Document, Table
from extractor.ingest import load

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAIRS = sorted(p.stem for p in SAMPLES.glob("*.docx") if p.with_suffix(".pdf").exists())


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def heading_lines(doc: Document) -> list[str]:
    return [f"h{b.level}: {norm(b.text)}" for b in doc.blocks() if b.kind is BlockKind.HEADING]


def paragraph_lines(doc: Document) -> list[str]:
    return [f"{b.kind.value}: {norm(b.text)}" for b in doc.blocks() if b.kind is not BlockKind.HEADING]


def table_lines(table: Table) -> list[str]:
    return [" | ".join(norm(cell) for cell in row) for row in table.text_rows()]


def all_table_lines(doc: Document) -> list[str]:
    lines = []
    for index, table in enumerate(doc.tables()):
        lines += [f"table {index}: {row}" for row in table_lines(table)]
    return lines


def item_lines(doc: Document) -> list[str]:
    """The body in reading order, one line per block and per table row."""
    lines = []
    for item in doc.items:
        if isinstance(item, Block):
            level = f"{item.level}" if item.kind is BlockKind.HEADING else ""
            lines.append(f"{item.kind.value}{level}: {norm(item.text)}")
        else:
            lines += [f"row: {row}" for row in table_lines(item)]
    return lines


def assert_same(docx_lines: list[str], pdf_lines: list[str], what: str, name: str) -> None:
    if docx_lines == pdf_lines:
        return
    diff = "\n".join(difflib.unified_diff(docx_lines, pdf_lines, f"{name}.docx", f"{name}.pdf", lineterm="", n=1))
    pytest.fail(f"{what} differ between {name}.docx and {name}.pdf:\n{diff}", pytrace=False)


@pytest.fixture(scope="module", params=PAIRS)
def pair(request) -> tuple[str, Document, Document]:
    name = request.param
    return name, load(SAMPLES / f"{name}.docx"), load(SAMPLES / f"{name}.pdf")


def test_minimal_pair_samples_present():
    assert "fjordvekst-2023" in PAIRS


def test_minimal_pair_same_headings(pair):
    name, docx_doc, pdf_doc = pair
    assert heading_lines(docx_doc), "no headings read from the DOCX"
    assert_same(heading_lines(docx_doc), heading_lines(pdf_doc), "headings", name)


def test_minimal_pair_same_paragraphs(pair):
    name, docx_doc, pdf_doc = pair
    assert_same(paragraph_lines(docx_doc), paragraph_lines(pdf_doc), "paragraphs", name)


def test_minimal_pair_same_tables(pair):
    name, docx_doc, pdf_doc = pair
    assert all_table_lines(docx_doc), "no tables read from the DOCX"
    assert_same(all_table_lines(docx_doc), all_table_lines(pdf_doc), "table rows", name)


def test_minimal_pair_same_reading_order(pair):
    name, docx_doc, pdf_doc = pair
    assert_same(item_lines(docx_doc), item_lines(pdf_doc), "items in reading order", name)
