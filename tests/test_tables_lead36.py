"""Lead's fixes of stop 36: a statement's years line left at a page's foot, older reports' dotted amounts."""
from __future__ import annotations

import pytest

from extractor.document import Block, BlockKind, Cell, Provenance, Table
from extractor.tables.trailing_rows import absorb_trailing_rows, row_of

HEIGHTS = {1: 842.0, 2: 842.0}
_BODY = (("Salgsinntekter", "1.210.400", "1.130.950"), ("Tilskudd", "870 000", "845 500"),
         ("Sum driftsinntekter", "2.080.400", "1.976.450"))


def _table(rows=_BODY, page=2, top=60.0) -> Table:
    cells = [[Cell(text, Provenance(page=page)) for text in row] for row in rows]
    return Table(cells, Provenance(page=page, bbox=(60.0, top, 520.0, top + 120.0)), "text", 0.9)


def _block(text, page=1, top=760.0) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Provenance(page=page, bbox=(60.0, top, 520.0, top + 10.0)))


def test_years_at_a_page_foot_head_the_table_on_the_next_page():
    items = absorb_trailing_rows([_block("Resultatregnskap", top=740.0), _block("2019 2018"),
                                  _block("Driftsinntekter", top=776.0), _table()], HEIGHTS)
    table = items[-1]
    assert [c.text for c in table.rows[0]] == ["", "2019", "2018"]
    assert table.header_rows == 1 and table.pages == [1, 2]
    assert [b.text for b in items[:-1]] == ["Resultatregnskap", "Driftsinntekter"]


@pytest.mark.parametrize("items", [
    [_block("2019 2018", top=300.0), _table()],  # mid-page: a line of its own, not left behind
    [_block("2019 2018"), _table(top=400.0)],  # the table does not open its page
    [_block("2019 2018 2017"), _table()],  # three years over two figure columns
    [_block("2019 2018"), _table(rows=(("", "2019", "2018"), *_BODY))],  # the table has its years
    [_block("2019 2018"), _block("Noter 1 og 2", top=776.0), _table()],  # a line with figures between
], ids=["mid-page", "table-low", "three-years", "own-header", "figures-between"])
def test_years_line_stays_text(items):
    out = absorb_trailing_rows(items, HEIGHTS)
    assert out[0] is items[0] and out[-1].rows == items[-1].rows


def test_dotted_thousands_are_amounts_of_a_trailing_row():
    assert [c.text for c in row_of(_block("Årsoverskudd 59.100 10.420"), 3)] == ["Årsoverskudd", "59.100", "10.420"]
    assert row_of(_block("Møtedato 14.02.1995 10.03.1995"), 3) is None
