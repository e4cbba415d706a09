"""The rows under a header band that the text finder left as lines. A designer sets a small table
("Tiltak | Godkjente plasser | Deltakere") under a tinted header band, beside or between running
text: the band is found as a one-row table, but two or three rows of a label and figures under it
make no table for the text finder (too few rows, text beside them). The lines straight under the
header, inside its width, each a label under the first header cell and figures under the others,
are its rows, down to the first line that is not."""
from __future__ import annotations

from dataclasses import replace

from extractor.document import Cell, Provenance, Table
from extractor.ingest.primitives import Word
from extractor.tables.base import rounded_bbox
from extractor.tables.cells import is_numeric, words_to_cell, words_to_lines

MAX_GAP_LINES = 2.5  # a row stands at most this many of its line heights under the row above
EDGE_SLACK_PT = 2.0  # a word may stand this far outside the header's width
MAX_ROWS = 30


def _columns(row: list[Cell]) -> list[float] | None:
    """The edges between the header's columns: halfway between one cell's text and the next's."""
    boxes = [c.prov.bbox for c in row]
    if not all(boxes):
        return None
    return [(a[2] + b[0]) / 2 for a, b in zip(boxes, boxes[1:])]


def _line_to_row(line: list[Word], edges: list[float], header: list[Cell], page: int) -> list[Cell] | None:
    """A line as a row under the header: a label in the first column, a figure in each other
    column it fills (at least one), or None."""
    parts: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for word in line:
        centre = (word.x0 + word.x1) / 2
        parts[sum(centre > e for e in edges)].append(word)
    texts = [" ".join(w.text for w in part) for part in parts]
    if not texts[0] or is_numeric(texts[0]) or not any(texts[1:]) \
            or not all(is_numeric(t) for t in texts[1:] if t):
        return None
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    return [words_to_cell(part, page, (min(w.x0 for w in part), top, max(w.x1 for w in part), bottom)) if part
            else Cell("", Provenance(page=page, bbox=rounded_bbox((head.prov.bbox[0], top, head.prov.bbox[2], bottom))))
            for part, head in zip(parts, header)]


def rows_under_header(header: Table, words: list[Word]) -> Table:
    """``header`` (a one-row table of words) with the rows standing under it (see the module's
    docstring), or as it is when none does."""
    if len(header.rows) != 1 or not header.prov.bbox or (edges := _columns(header.rows[0])) is None \
            or sum(bool(c.text.strip()) for c in header.rows[0]) < 2 or any(is_numeric(c.text) for c in header.rows[0]):
        return header
    x0, _, x1, bottom = header.prov.bbox
    below = [w for w in words if w.top >= bottom - 1 and w.x0 >= x0 - EDGE_SLACK_PT and w.x1 <= x1 + EDGE_SLACK_PT]
    rows, last = [], bottom
    for line in words_to_lines(below)[:MAX_ROWS]:
        height = max(w.bottom - w.top for w in line)
        if min(w.top for w in line) - last > MAX_GAP_LINES * height \
                or (row := _line_to_row(line, edges, header.rows[0], header.prov.page)) is None:
            break
        rows.append(row)
        last = max(w.bottom for w in line)
    if not rows:
        return header
    box = rounded_bbox((x0, header.prov.bbox[1], x1, last))
    return replace(header, rows=header.rows + rows, header_rows=1, prov=replace(header.prov, bbox=box))
