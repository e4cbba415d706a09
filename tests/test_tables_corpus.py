"""The scorer's `tables` figure on the Asker report: born-digital and scanned."""
from __future__ import annotations

import json

import pytest

from extractor.tables import find_tables, merge_continuations

from test_tables_support import pdf_pages, scan_page


def _score_tables(scorer, corpus_dir, tables, only_pages: set[int] | None = None) -> dict:
    gold = json.loads((corpus_dir / "asker-produkt-2022.gold.json").read_text(encoding="utf-8"))
    pred = {"tables": [{"rows": t.text_rows()} for t in tables]}
    return scorer.score_tables(gold, pred)


def test_tables_corpus_asker_pdf_finds_every_gold_row(scorer, corpus_dir):
    pages = pdf_pages(corpus_dir / "asker-produkt-2022.pdf")
    tables = merge_continuations([t for p in pages for t in find_tables(p)], {p.number: p.height for p in pages})
    result = _score_tables(scorer, corpus_dir, tables)
    assert result["recall"] >= 0.9, result["missing"]


@pytest.mark.needs_tesseract
def test_tables_corpus_asker_scan_board_list_and_split_table(corpus_dir):
    """OCR'd pages: the unruled board list, and the ruled table continued from page 4 to 5."""
    pages = [scan_page(n, corpus_dir / "asker-produkt-2022.scan.pdf") for n in (3, 4, 5)]
    tables = merge_continuations([t for p in pages for t in find_tables(p)], {p.number: p.height for p in pages})
    rows = [" | ".join(r).casefold() for t in tables for r in t.text_rows()]
    assert any("styreleder" in r and "per s. thoresen" in r for r in rows)
    assert any(r.startswith("renholdskonferanse | husøkonom | 2 dager | oktober") for r in rows)
    assert any("frokostmøte med nettverk no 17 om bærekraft" in r for r in rows)
    assert [t.pages for t in tables if len(t.pages) > 1] == [[4, 5]]
    ocr_cells = [c.prov.ocr_confidence for t in tables for row in t.rows for c in row if c.text]
    assert ocr_cells and all(0.0 < conf <= 1.0 for conf in ocr_cells)
