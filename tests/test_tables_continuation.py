"""Tables continued over a page break are joined (only across running headers and footers, with
the same columns): repeated headers dropped, split rows merged."""
from __future__ import annotations

from extractor.document import Block, BlockKind, Cell, Provenance, Table
from extractor.tables import absorb_break_titles, find_tables, items_to_page_edges, merge_continuations

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


def test_tables_continuation_with_an_empty_note_column_left_out():
    """A statement's last rows on the next page, their note column empty so the finder saw
    none: they join under the columns they stand in; words there, or figures in no column, do not."""
    first = _table(1, 500, 740, [["(i 1000 kr)", "Note", "2023", "2022"], ["Leverandørgjeld", "", "310", "295"]],
                   header_rows=1)

    def tail(rows, edges=(84.0, 300.0, 408.0, 516.0)):
        cells = [[Cell(t, Provenance(page=2, bbox=(edges[i] + 4, 70, edges[i + 1] - 4, 90))) for i, t in enumerate(r)]
                 for r in rows]
        return Table(cells, Provenance(page=2, bbox=(edges[0], 70, edges[-1], 200)), "text", 0.8, 0, [2])

    (merged,) = merge_continuations([first, tail([["Annen gjeld", "41", "38"], ["Sum gjeld", "351", "333"]])])
    assert merged.text_rows()[-2:] == [["Annen gjeld", "", "41", "38"], ["Sum gjeld", "", "351", "333"]]
    assert len(merge_continuations([first, tail([["Annen gjeld", "se note", "38"]])])) == 2
    assert len(merge_continuations([first, tail([["Annen gjeld", "41", "38"]], edges=(84.0, 120.0, 192.0, 516.0))])) == 2


def test_tables_continuation_only_when_nothing_stands_between():
    """``page_edges``: (last body item on its page, first body item on its page) per table."""
    first = _table(1, 500, 740, [["A", "B"], ["1", "2"]])
    second = _table(2, 70, 200, [["A", "B"], ["3", "4"]])
    assert len(merge_continuations([first, second], page_edges=[(True, True), (True, True)])) == 1
    assert len(merge_continuations([first, second], page_edges=[(False, True), (True, True)])) == 2  # text after
    assert len(merge_continuations([first, second], page_edges=[(True, True), (True, False)])) == 2  # heading before


def test_tables_continuation_over_three_pages_needs_a_middle_part_alone():
    parts = [_table(1, 500, 740, [["A", "B"]]), _table(2, 70, 740, [["1", "2"]]), _table(3, 70, 200, [["3", "4"]])]
    (merged,) = merge_continuations(parts, page_edges=[(True, True), (True, True), (True, True)])
    assert merged.pages == [1, 2, 3]
    split = merge_continuations(parts, page_edges=[(True, True), (False, True), (True, True)])
    assert [t.pages for t in split] == [[1, 2], [3]]


def test_tables_continuation_items_to_page_edges():
    def block(page: int) -> Block:
        return Block(BlockKind.PARAGRAPH, "tekst", Provenance(page=page, bbox=(72, 100, 500, 110)))

    board, statement, courses = (_table(p, 100, 200, [["A", "B"]]) for p in (1, 2, 2))
    items = [block(1), board, block(2), statement, courses, block(3)]
    assert items_to_page_edges(items) == [(True, False), (False, False), (True, False)]
    assert items_to_page_edges([board, statement]) == [(True, True), (True, True)]


def test_tables_continuation_without_comparable_columns_needs_a_repeated_header():
    """Cells without boxes give no column edges: then only a repeated header shows the same table."""
    def unboxed(page: int, top: float, rows: list[list[str]]) -> Table:
        cells = [[Cell(text, Provenance(page=page)) for text in row] for row in rows]
        return Table(cells, Provenance(page=page, bbox=(84, top, 516, top + 200)), "ruled", 0.9, 1, [page])

    first = unboxed(1, 540, [["Dato", "Tema"], ["01.01.22", "Kurs"]])
    repeated = unboxed(2, 70, [["Dato", "Tema"], ["02.02.22", "Møte"]])
    other = unboxed(2, 70, [["Post", "Beløp"], ["Drift", "12"]])
    assert len(merge_continuations([first, repeated])) == 1
    assert len(merge_continuations([first, other])) == 2


def test_tables_continuation_page_edges_ignore_text_in_the_page_margins():
    """A running header the furniture detector missed (OCR read it differently on each page)
    sits in the outer 6 % of the page; a heading at the top margin does not."""
    board, statement = _table(1, 600, 740, [["A", "B"]]), _table(2, 80, 200, [["A", "B"]])
    header = Block(BlockKind.PARAGRAPH, "Follo Vekst AS - årsrapport 2021", Provenance(page=2, bbox=(71, 36, 231, 47)))
    heading = Block(BlockKind.HEADING, "Resultatregnskap", Provenance(page=2, bbox=(71, 72, 200, 85)), level=2)
    heights = {1: 842.0, 2: 842.0}
    assert items_to_page_edges([board, header, statement], heights) == [(True, True), (True, True)]
    assert items_to_page_edges([board, header, statement]) == [(True, True), (True, False)]
    assert items_to_page_edges([board, heading, statement], heights) == [(True, True), (True, False)]


def _title(page: int, top: float, text: str, x0: float = 84.0) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Provenance(page=page, bbox=(x0, top, x0 + 60, top + 10)))


def test_tables_continuation_section_titles_either_side_of_the_break_are_rows():
    first = _table(1, 500, 740, [["Sum egenkapital", "1 108", "1 038"]])
    second = _table(2, 90, 200, [["Pantelån", "2 410", "2 600"]])
    items = [first, _title(1, 748, "Gjeld"), _title(2, 72, "Langsiktig gjeld"), second]
    out = absorb_break_titles(items, {1: 842.0, 2: 842.0})
    assert [type(i).__name__ for i in out] == ["Table", "Table"]
    assert out[0].text_rows()[-1] == ["Gjeld", "", ""]
    assert out[1].text_rows()[:2] == [["Langsiktig gjeld", "", ""], ["Pantelån", "2 410", "2 600"]]


def test_tables_continuation_text_that_is_no_section_title_stays_between():
    first = _table(1, 500, 740, [["Sum egenkapital", "1 108", "1 038"]])
    second = _table(2, 90, 200, [["Pantelån", "2 410", "2 600"]])
    cases = [
        [_title(2, 72, "Note 5 viser lånet")],  # a figure in it
        [_title(2, 72, "Langsiktig gjeld", x0=200.0)],  # not in the label column
        [_title(2, 30, "Langsiktig gjeld")],  # too far above the rows
        [_title(1, 748, "A"), _title(1, 760, "B"), _title(2, 50, "C"), _title(2, 72, "D")],  # more than three
    ]
    for between in cases:
        out = absorb_break_titles([first, *between, second], {1: 842.0, 2: 842.0})
        assert len(out) == 2 + len(between), between
    mid_page = _table(2, 400, 600, [["Pantelån", "2 410", "2 600"]])
    assert len(absorb_break_titles([first, _title(2, 382, "Langsiktig gjeld"), mid_page], {1: 842.0, 2: 842.0})) == 3
