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
