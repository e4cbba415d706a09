"""A header row found as a one-row table joins the table of figures under it (a web page's
statement with a rule under its header only)."""
from __future__ import annotations

from extractor.document import Cell, Provenance, Table
from extractor.tables import join_header_rows

HEAD_EDGES = (54.0, 190.0, 280.0, 360.0, 440.0)  # ruled header cells share their borders
BODY_SPANS = ((54.0, 185.0), (230.0, 270.0), (314.0, 354.0), (392.0, 432.0))  # text cells hug their figures


def _header(texts, top=600.0) -> Table:
    cells = [Cell(t, Provenance(page=1, bbox=(HEAD_EDGES[i], top, HEAD_EDGES[i + 1], top + 15))) for i, t in enumerate(texts)]
    return Table([cells], Provenance(page=1, bbox=(HEAD_EDGES[0], top, HEAD_EDGES[-1], top + 15)), "ruled", 0.9)


def _body(rows, top=633.0, spans=BODY_SPANS) -> Table:
    cells = [[Cell(t, Provenance(page=1, bbox=(spans[i][0], top + 12 * r, spans[i][1], top + 12 * r + 9)))
              for i, t in enumerate(row)] for r, row in enumerate(rows)]
    return Table(cells, Provenance(page=1, bbox=(spans[0][0], top, spans[-1][1], top + 12 * len(rows))), "text", 0.8)


ROWS = [["Kontingent", "86 400", "83 250", "88 000"], ["Sum inntekter", "113 518", "108 656", "114 500"]]


def test_header_table_over_its_columns_is_their_header():
    (table,) = join_header_rows([_header(["Beløp i kr", "Regnskap 2024", "Regnskap 2023", "Budsjett 2025"]), _body(ROWS)])
    assert table.header_rows == 1 and table.text_rows()[0][1] == "Regnskap 2024" and len(table.rows) == 3
    assert table.prov.bbox[1] == 600.0 and table.strategy == "text"
    (years,) = join_header_rows([_header(["", "2024", "2023", "Budsjett 2025"]), _body(ROWS)])
    assert years.text_rows()[0] == ["", "2024", "2023", "Budsjett 2025"]


def test_header_table_stays_apart_when_it_is_not_one():
    head = ["Beløp i kr", "Regnskap 2024", "Regnskap 2023", "Budsjett 2025"]
    cases = [
        [_header(head), _body(ROWS, top=700.0)],  # far below it
        [_header(["Renter", "3 118", "1 406", "2 500"]), _body(ROWS)],  # amounts: a row of a table, no header
        [_header(head), _body([r[:3] for r in ROWS], spans=BODY_SPANS[:3])],  # fewer columns
        [_header(head), _body(ROWS, spans=((54.0, 120.0), (130.0, 170.0), (175.0, 185.0), (392.0, 432.0)))],  # not under it
    ]
    for tables in cases:
        assert len(join_header_rows(tables)) == 2


def _wrapped_header(lines, top=600.0) -> Table:
    """A header band's labels wrapped in narrow columns: a table of rows of words, each line a row."""
    rows = [[Cell(t, Provenance(page=1, bbox=(HEAD_EDGES[i] + 4, top + 11 * k, HEAD_EDGES[i + 1] - 4, top + 11 * k + 9)))
             for i, t in enumerate(line)] for k, line in enumerate(lines)]
    return Table(rows, Provenance(page=1, bbox=(HEAD_EDGES[0], top, HEAD_EDGES[-1], top + 11 * len(lines))), "ruled", 0.9)


WRAPPED = [["Tiltak", "Godkjente", "Deltakere", "Belegg"], ["", "plasser", "", "%"]]


def test_header_rows_wrapped_labels_are_one_header_row():
    (table,) = join_header_rows([_wrapped_header(WRAPPED), _body([["VTA", "21", "20", "95,2"]], top=626.0)])
    assert table.text_rows()[0] == ["Tiltak", "Godkjente plasser", "Deltakere", "Belegg %"]
    assert table.header_rows == 1 and len(table.rows) == 2


def test_header_rows_two_rows_of_words_that_are_no_wrapped_header_stay():
    # the second line fills as many columns as the first: rows of their own, not a label's second line
    head = _wrapped_header([["Leder", "Nestleder", "Medlem", "Vara"], ["Kari", "Ola", "Per", "Liv"]])
    assert len(join_header_rows([head, _body([["VTA", "21", "20", "95,2"]], top=626.0)])) == 2


def _word(text, x0, top, width=None):
    from extractor.ingest.primitives import Word
    return Word(text, x0, top, x0 + (width or 5.5 * len(text)), top + 9)


def test_header_rows_lines_under_a_header_band_are_its_rows():
    """A header band found alone, two rows of a label and figures under it in its width (a small
    table floated beside text), running text beside and under them."""
    words = [_word("VTA", 60, 626), _word("21", 260, 626), _word("20", 340, 626), _word("95,2", 410, 626),
             _word("AFT", 60, 640), _word("34", 260, 640), _word("31", 340, 640), _word("91,2", 410, 640),
             _word("Teksten", 470, 626), _word("ved", 470, 640),  # text beside: outside the band's width
             _word("Året", 60, 666), _word("har", 90, 666), _word("vært", 200, 666), _word("godt.", 300, 666)]
    (table,) = join_header_rows([_wrapped_header(WRAPPED)], words)
    assert table.text_rows() == [["Tiltak", "Godkjente plasser", "Deltakere", "Belegg %"],
                                 ["VTA", "21", "20", "95,2"], ["AFT", "34", "31", "91,2"]]
    assert table.header_rows == 1 and table.prov.bbox[3] == 649.0


def test_header_rows_band_over_running_text_gets_no_rows():
    words = [_word("Året", 60, 620), _word("har", 90, 620), _word("vært", 260, 620), _word("godt.", 340, 620)]
    (table,) = join_header_rows([_header(["Tiltak", "Plasser", "Deltakere", "Årsverk"])], words)
    assert len(table.rows) == 1
