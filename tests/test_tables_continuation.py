"""Tables continued over a page break are joined: repeated headers dropped, split rows merged."""
from __future__ import annotations

from extractor.document import Cell, Provenance, Table
from extractor.tables import find_tables, merge_continuations

from test_tables_support import pdf_pages


def _table(page: int, top: float, bottom: float, rows: list[list[str]], header_rows: int = 0) -> Table:
    edges = [84.0, 192.0, 300.0, 408.0, 516.0][: len(rows[0]) + 1]
    cells = [
        [Cell(text, Provenance(page=page, bbox=(edges[i], top, edges[i + 1], bottom))) for i, text in enumerate(row)]
        for row in rows
    ]
    return Table(cells, Provenance(page=page, bbox=(edges[0], top, edges[-1], bottom)), "ruled", 0.9, header_rows, [page])


def test_tables_continuation_asker_pages_4_and_5(corpus_dir):
    pages = pdf_pages(corpus_dir / "asker-produkt-2022.pdf")
    tables = merge_continuations([t for p in pages[3:5] for t in find_tables(p)], {4: 792.0, 5: 792.0})
    assert [t.pages for t in tables] == [[4], [4, 5]]
    rows = tables[1].text_rows()
    assert ["Frokostmøte med nettverk NO 17 om bærekraft", "6 ansatte", "0,5 dag", "April"] in rows
    assert not any(r[0] == "bærekraft" for r in rows)
    assert rows[-1][0].startswith("Digitalisering Office 365")
    assert tables[1].prov.page == 4


def test_tables_continuation_drops_repeated_header():
    first = _table(1, 500, 740, [["Dato", "Tema"], ["01.01.22", "Kurs"]], header_rows=1)
    second = _table(2, 70, 200, [["Dato", "Tema"], ["02.02.22", "Møte"]], header_rows=1)
    (merged,) = merge_continuations([first, second])
    assert merged.text_rows() == [["Dato", "Tema"], ["01.01.22", "Kurs"], ["02.02.22", "Møte"]]
    assert merged.pages == [1, 2]


def test_tables_continuation_merges_complementary_split_row():
    first = _table(1, 500, 740, [["Fag", "Dato"], ["Studie-", ""]], header_rows=1)
    second = _table(2, 70, 200, [["tur", "Mai"], ["Kurs", "Juni"]])
    (merged,) = merge_continuations([first, second])
    assert merged.text_rows() == [["Fag", "Dato"], ["Studie-tur", "Mai"], ["Kurs", "Juni"]]


def test_tables_continuation_keeps_a_new_table_apart():
    bottom = _table(1, 500, 740, [["A", "B"], ["1", "2"]])
    cases = [
        _table(2, 70, 200, [["A", "B", "C"], ["1", "2", "3"]]),  # other column count
        _table(2, 400, 600, [["A", "B"], ["1", "2"]]),  # starts mid-page
        _table(3, 70, 200, [["A", "B"], ["1", "2"]]),  # skips a page
    ]
    for other in cases:
        assert len(merge_continuations([bottom, other])) == 2
    mid_page = _table(1, 200, 400, [["A", "B"], ["1", "2"]])
    assert len(merge_continuations([mid_page, _table(2, 70, 200, [["A", "B"], ["1", "2"]])])) == 2
