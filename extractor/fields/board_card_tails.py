"""The lines a text table left under one of its columns: portrait cards set in a grid, where one
card's caption runs longer than the others' (a name wrapped over three lines, then the role and a
note "valgt av de ansatte" under it), so the table finder ended the table at the last line that
two cards share and read the rest as paragraphs. Each such line, right under the table at a
line's distance, starting at one column's left edge and ending before the next column, is that
column's next cell for the board's table readers.
"""
from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from extractor.document import Cell, Table
from extractor.fields.board_context import BoardContext

EDGE_SLACK_PT = 3.0  # a tail line starts this near its column's left edge
MAX_GAP_LINES = 1.0  # and stands at most a line's height under the line above it
MAX_HEIGHT_LINES = 1.5  # one line, not a paragraph
MIN_COLUMNS = 2
FIGURE = re.compile(r"[-–(]?\d[\d .,]*\)?")  # an amount or a year: the cell of a statement, not a card


def column_tails(ctx: BoardContext, table: Table, cells: dict) -> tuple[Table, dict]:
    """``table`` and its cells' units with the tail lines under its columns (see the module) as
    rows of their own, each holding one cell."""
    edges = _column_edges(table)
    if edges is None or not cells or table.prov.bbox is None:
        return table, cells
    lefts, height = edges
    rows, cells = list(table.rows), dict(cells)
    bottom, j = table.prov.bbox[3], max(cells.values()) + 1
    while j < len(ctx.units) and (unit := ctx.units[j]).block is not None and not unit.is_heading \
            and unit.prov.page == table.prov.page and (box := unit.prov.bbox) is not None \
            and -1.0 <= box[1] - bottom <= MAX_GAP_LINES * height and box[3] - box[1] <= MAX_HEIGHT_LINES * height:
        col = next((c for c, left in enumerate(lefts) if abs(box[0] - left) <= EDGE_SLACK_PT
                    and (c + 1 == len(lefts) or box[2] < lefts[c + 1])), None)
        if col is None:
            break
        row = [Cell("", unit.prov) for _ in lefts]
        row[col] = Cell(unit.text, unit.prov)
        cells[(len(rows), col)] = j
        rows.append(row)
        bottom, j = box[3], j + 1
    if len(rows) == len(table.rows):
        return table, cells
    return replace(table, rows=rows), cells


def _column_edges(table: Table) -> tuple[list[float], float] | None:
    """Each column's left edge and the table's line height, for a grid of one-line cells of two
    columns or more; None for another table."""
    width = len(table.rows[0]) if table.rows else 0
    if width < MIN_COLUMNS or len(table.rows) < 2 or any(len(row) != width for row in table.rows) \
            or any(FIGURE.fullmatch(cell.text.strip()) for row in table.rows for cell in row):
        return None  # a statement's figures: no cards
    lefts, heights = [], []
    for c in range(width):
        boxes = [row[c].prov.bbox for row in table.rows if row[c].text.strip() and row[c].prov.bbox]
        if not boxes:
            return None
        lefts.append(min(b[0] for b in boxes))
        heights += [b[3] - b[1] for b in boxes]
    return (lefts, median(heights)) if all(a < b for a, b in zip(lefts, lefts[1:])) else None
