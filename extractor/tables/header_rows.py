"""Join a header row found as a table of its own to the table under it.

A web page's statement draws a rule under its header row only ("Beløp i kr | Regnskap 2024 |
Budsjett 2025" over unruled figures): the ruled finder takes the header as a one-row table and
the text finder the figures as another, so neither knows its columns' years. A one-row table of
words set straight above a table with as many columns, each header over its column, is that
table's header.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Table
from extractor.tables.cells import is_numeric

MAX_GAP_ROWS = 1.5  # the body starts within this many header-row heights under the header
_YEAR = re.compile(r"(?:19|20)\d\d")


def _spans(row) -> list[tuple[float, float]] | None:
    boxes = [c.prov.bbox for c in row]
    return None if not all(boxes) else [(b[0], b[2]) for b in boxes]


def _heads(header: Table, body: Table) -> bool:
    """``header`` is one row of words straight above ``body``, each cell over a column of it."""
    if len(header.rows) != 1 or not body.rows or len(header.rows[0]) != len(body.rows[0]):
        return False
    texts = [c.text.strip() for c in header.rows[0]]
    if sum(bool(t) for t in texts) < 2 or any(t and is_numeric(t) and not _YEAR.fullmatch(t) for t in texts):
        return False  # a row of amounts is a table's row, not its header (a year heads a column)
    top, bottom = header.prov.bbox[1], header.prov.bbox[3]
    if not 0 <= body.prov.bbox[1] - bottom <= MAX_GAP_ROWS * max(bottom - top, 1.0):
        return False
    heads = _spans(header.rows[0])
    columns = next((s for row in body.rows if (s := _spans(row)) is not None), None)
    if heads is None or columns is None:
        return False
    # each column's centre under its own header cell, and under no other
    centres = [(x0 + x1) / 2 for x0, x1 in columns]
    return all(heads[k][0] <= c <= heads[k][1] and sum(a <= c <= b for a, b in heads) == 1
               for k, c in enumerate(centres))


def join_header_rows(tables: list[Table]) -> list[Table]:
    """A page's tables, top to bottom, with each header-only table joined to the table under it."""
    out: list[Table] = []
    for table in tables:
        if out and out[-1].prov.bbox and table.prov.bbox and _heads(out[-1], table):
            header = out.pop()
            a, b = header.prov.bbox, table.prov.bbox
            box = (min(a[0], b[0]), a[1], max(a[2], b[2]), b[3])
            out.append(replace(table, rows=header.rows + table.rows, prov=replace(table.prov, bbox=box),
                               header_rows=1 + table.header_rows,
                               confidence=round(min(header.confidence, table.confidence), 3)))
            continue
        out.append(table)
    return out
