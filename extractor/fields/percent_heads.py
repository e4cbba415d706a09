"""The headers of a table cell a percentage stands in: its column's and its row's.

A percentage in a table measures what its column header(s) and row label say ("Sykefravær |
2023"); the header rows are the table's own, or guessed from the first rows that hold labels over
percentage columns, at most ``MAX_HEADER_ROWS``. Read from the table's text rows once, so a cell
costs no scan of the rows above it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.caches import WORD_CACHE
from extractor.fields.text import normalise_space
from extractor.parse import parse_year

_HEADER_STUB = re.compile(r"(?<=[a-zæøå]{4}) ([b-df-hj-zæø])(?= |$)")
_FIGURE_CELL = re.compile(r"[-\u2212\u2013(+]?[\d\s.,%]+\)?\s*(?:%|prosent|kr|,-)?")
MAX_HEADER_ROWS = 5  # header rows read for a column's heads; a longer "header" is a hostile file


class TableHeads:
    """The header texts of one table, found in one pass over its cells so that each cell's
    lookup costs the same however long the table is (a scan up the column per cell made
    a table of thousands of rows quadratic)."""

    def __init__(self, table, percent_cols: set[int]):
        rows = table.rows
        width = max((len(row) for row in rows), default=0)
        self.covering = [_row_to_covering(row, width) for row in rows]
        n_head = table.header_rows or _guess_header_rows(rows, percent_cols)
        self.n_head = min(n_head, MAX_HEADER_ROWS)
        self.label_above: list[list[str]] = []  # per row and column: the nearest label in the rows above
        above = [""] * width
        for covering in self.covering:
            self.label_above.append(above.copy())
            for c, text in enumerate(covering):
                if text and _is_label(text):
                    above[c] = text
        self.row_label = [_first_label(row) for row in rows]

    def of(self, r: int, c: int) -> tuple[list[str], list[str]]:
        """(column headers, row headers) of the cell at row ``r``, column ``c``."""
        col_heads = []
        for hr in range(min(self.n_head, r)):
            text = self.covering[hr][c]
            if text and text not in col_heads:
                col_heads.append(text)
        if not col_heads and self.label_above[r][c]:  # no header row: the nearest labelled cell above
            col_heads.append(self.label_above[r][c])
        first, text = self.row_label[r]
        return col_heads, [text] if first < c else []


def _row_to_covering(row, width: int) -> list[str]:
    """Per column, the text of the cell there or of the merged cell to its left that spans it."""
    out, owner, start, text = [], None, 0, ""
    for col in range(width):
        if col < len(row) and not row[col].merged:
            owner, text = row[col], header_text(row[col].text)
            start = col
        spans = owner is not None and (start == col or start + owner.col_span > col)
        out.append(text if spans else "")
    return out


def _first_label(row) -> tuple[int, str]:
    """(column, text) of the first cell of a row that reads as a label."""
    for c, cell in enumerate(row):
        text = header_text(cell.text)
        if text and not _is_value(text):
            return c, text
    return len(row), ""


@lru_cache(maxsize=WORD_CACHE)  # every header cell, for each percentage reader
def header_text(text: str) -> str:
    """A header cell's text with a letter cut off by a narrow column put back ("utdannin g")."""
    return _HEADER_STUB.sub(r"\1", normalise_space(text))


def _guess_header_rows(rows, percent_cols: set[int]) -> int:
    """One header row when the first row holds labels and no percentages or figures."""
    if len(rows) < 2:
        return 0
    cells = [(c, cell.text) for c, cell in enumerate(rows[0]) if cell.text.strip()]
    return int(bool(cells) and all(_is_label(t) and c not in percent_cols for c, t in cells))


def _is_label(text: str) -> bool:
    """Words or a year: something a header can be."""
    return not _is_value(text) or parse_year(text.strip()) is not None


def _is_value(text: str) -> bool:
    return bool(_FIGURE_CELL.fullmatch(text.strip()))
