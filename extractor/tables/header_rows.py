"""Join a header row found as a table of its own to the table under it.

A web page's statement draws a rule under its header row only ("Beløp i kr | Regnskap 2024 |
Budsjett 2025" over unruled figures): the ruled finder takes the header as a one-row table and
the text finder the figures as another, so neither knows its columns' years. A one-row table of
words set straight above a table with as many columns, each header over its column, is that
table's header. A designer's statement sets a bold group head ("Driftsinntekter") under its
tinted header band with no figure beside it: the text finder starts at the first line with
figures, so the head stands between the two tables; it is a row of the table they make
(``_heads_between``), not text the joined table's box covers and drops. A header whose labels
wrap in narrow columns ("Godkjente" / "plasser") comes as a table of two or three rows of words:
they are its one row (``_one_row``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Cell, Provenance, Table
from extractor.ingest.primitives import Word
from extractor.tables.cells import is_numeric, words_to_cell, words_to_lines
from extractor.tables.header_hyphens import join_header_lines
from extractor.tables.rows_under_header import rows_under_header

MAX_GAP_ROWS = 1.5  # the body starts within this many header-row heights under the header
_YEAR = re.compile(r"(?:19|20)\d\d")


def _spans(row) -> list[tuple[float, float]] | None:
    boxes = [c.prov.bbox for c in row]
    return None if not all(boxes) else [(b[0], b[2]) for b in boxes]


def _heads(header: Table, body: Table, between: list[list[Word]] = ()) -> bool:
    """``header`` is one row of words straight above ``body`` (or above the group heads ``between``
    them), each cell over a column of it."""
    if len(header.rows) != 1 or not body.rows or len(header.rows[0]) != len(body.rows[0]):
        return False
    texts = [c.text.strip() for c in header.rows[0]]
    if sum(bool(t) for t in texts) < 2 or any(t and is_numeric(t) and not _YEAR.fullmatch(t) for t in texts):
        return False  # a row of amounts is a table's row, not its header (a year heads a column)
    top, bottom = header.prov.bbox[1], header.prov.bbox[3]
    under = min(w.top for w in between[0]) if between else body.prov.bbox[1]
    if not 0 <= under - bottom <= MAX_GAP_ROWS * max(bottom - top, 1.0):
        return False
    heads = _spans(header.rows[0])
    columns = next((s for row in body.rows if (s := _spans(row)) is not None), None)
    if heads is None or columns is None:
        return False
    # each column's centre under its own header cell, and under no other
    centres = [(x0 + x1) / 2 for x0, x1 in columns]
    return all(heads[k][0] <= c <= heads[k][1] and sum(a <= c <= b for a, b in heads) == 1
               for k, c in enumerate(centres))


MAX_WRAPPED_LINES = 3  # a header cell wrapped in a narrow column ("Godkjente" / "plasser")


def _wordy(row: list[Cell]) -> bool:
    return not any(is_numeric(t) and not _YEAR.fullmatch(t) for c in row if (t := c.text.strip()))


def _one_row(header: Table) -> Table:
    """A header found as a table of two or three rows, its cells' words wrapped in narrow columns
    ("Tiltak | Godkjente | Belegg" over " | plasser | %"), as one row of joined labels; any other
    table as it is. The lines under the first fill fewer columns than it: they go on, not start rows."""
    rows = header.rows
    if not 2 <= len(rows) <= MAX_WRAPPED_LINES or len({len(r) for r in rows}) != 1 or not all(map(_wordy, rows)):
        return header
    filled = [sum(bool(c.text.strip()) for c in row) for row in rows]
    if filled[0] < 2 or any(n >= filled[0] for n in filled[1:]):
        return header
    row = []
    for column in zip(*rows):
        parts = tuple(c.text.strip() for c in column if c.text.strip())
        prov = column[0].prov
        for c in column[1:]:
            prov = prov.joined(c.prov) if prov.bbox else c.prov
        row.append(replace(column[0], text=join_header_lines(parts) if parts else "", lines=parts, prov=prov))
    return replace(header, rows=[row])


def _heads_between(header: Table, body: Table, words: list[Word]) -> list[list[Word]]:
    """The lines between a header row and the table under it, each in the body's label column
    alone (a group head, no figure beside it); none when any line between is more than that."""
    x0, top, x1, _ = body.prov.bbox
    lines = words_to_lines([w for w in words if header.prov.bbox[3] < (w.top + w.bottom) / 2 < top
                            and x0 - 1 <= w.x0 and w.x1 <= x1 + 1])
    labels_end = min((c.prov.bbox[0] for row in body.rows for c in row[1:] if c.text and c.prov.bbox), default=x0)
    return [] if any(max(w.x1 for w in line) > labels_end for line in lines) else lines


def _head_row(line: list[Word], body: Table) -> list[Cell]:
    """A group head's row: its words in the first cell, the others empty under the body's columns."""
    page, top, bottom = body.prov.page, min(w.top for w in line), max(w.bottom for w in line)
    spans = [(c.prov.bbox[0], c.prov.bbox[2]) if c.prov.bbox else (line[0].x0, line[-1].x1) for c in body.rows[0]]
    head = words_to_cell(line, page, (spans[0][0], top, max(spans[0][1], line[-1].x1), bottom))
    return [head] + [Cell("", Provenance(page=page, bbox=(a, top, b, bottom))) for a, b in spans[1:]]


def join_header_rows(tables: list[Table], words: list[Word] = ()) -> list[Table]:
    """A page's tables, top to bottom, with each header-only table joined to the table under it,
    the page's ``words`` between them in the body's label column (its group heads) as rows."""
    out: list[Table] = []
    for table in tables:
        if out and out[-1].prov.bbox and table.prov.bbox and len(out[-1].rows) > 1 \
                and _heads(wrapped := _one_row(out[-1]), table):
            out[-1] = wrapped  # a header's labels wrapped onto a second line
        between = _heads_between(out[-1], table, words) if out and out[-1].prov.bbox and table.prov.bbox else []
        if out and out[-1].prov.bbox and table.prov.bbox and _heads(out[-1], table, between):
            header = out.pop()
            a, b = header.prov.bbox, table.prov.bbox
            box = (min(a[0], b[0]), a[1], max(a[2], b[2]), b[3])
            out.append(replace(table, rows=header.rows + [_head_row(line, table) for line in between] + table.rows,
                               prov=replace(table.prov, bbox=box), header_rows=1 + table.header_rows,
                               confidence=round(min(header.confidence, table.confidence), 3)))
            continue
        out.append(table)
    # header-only tables (their labels perhaps wrapped) take the rows under them from the words no table holds
    heads = {k: one for k, table in enumerate(out) if len((one := _one_row(table)).rows) == 1 and _wordy(one.rows[0])}
    if not words or not heads:
        return out  # most pages: no table is a header alone, and the free words need not be sorted out
    free = [w for w in words if not any(_holds(t, w) for t in out)]
    for k, one in heads.items():
        if len((found := rows_under_header(one, free)).rows) > 1:
            out[k] = found
    return out


def _holds(table: Table, word: Word) -> bool:
    x0, top, x1, bottom = table.prov.bbox or (0, 0, 0, 0)
    return x0 <= (word.x0 + word.x1) / 2 <= x1 and top <= (word.top + word.bottom) / 2 <= bottom
