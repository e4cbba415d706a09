"""Kinds a measuring set showed in stop 39 (docs/phrasings.md §125): an owners' table that joins
the representantskap, a board in one sentence above another body's table, every deputy of a
constituency sentence, a village after "på"."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance
from extractor.fields.board_deputies import representatives_header
from extractor.tables.cells import rows_to_header_count


def _row(*texts: str) -> list[Cell]:
    return [Cell(t, Provenance(page=1)) for t in texts]


@pytest.mark.parametrize(("rows", "bold", "expected"), [
    # a bold header over rows whose share column holds figures: the first row is the body's
    ([_row("Eigar", "Eigardel", "Representant"), _row("Kommune A", "40 %", "Kari Dal (leiar)"),
      _row("Kommune B", "35 %", "Ola Lie")], [True, False, False], 1),
    ([_row("Eier", "Eierandel"), _row("Kommune A", "60 %"), _row("Kommune B", "40 %")], None, 1),
    # years over figures head the columns still
    ([_row("Note", "2014", "2013"), _row("1", "16 917 863", "15 002 114"), _row("2", "1 200", "1 100")], None, 1),
])
def test_tables_header_rows_stop_at_a_figure_over_figures(rows, bold, expected):
    assert rows_to_header_count(rows, bold) == expected


@pytest.mark.parametrize(("header", "member_col", "expected"), [
    (["Eigar", "Eigardel", "Representant", "Vara"], 2, True),
    (["Kommune", "Representant", "Vararepresentant"], 1, True),
    (["Eierkommune:", "Representanter", "Vara"], 1, True),
    (["Kommune", "Styremedlem", "Vara"], 1, False),  # the board's members, each for a municipality
    (["Verv", "Representant", "Vara"], 1, False),  # no column of what they sit for
])
def test_board_representatives_header(header, member_col, expected):
    assert representatives_header(header, member_col) is expected
