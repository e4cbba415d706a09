"""A statement's last lines carried onto the next page, too few there for the text finder.

A balance whose "Sum gjeld" and "Sum eigenkapital og gjeld" fall on the next page leaves one to
three lines there, perhaps under its header repeated ("2023  2022"): too few rows for a table of
their own, so they stayed text. On a wide page the gap between label and figures even cut each line
into a label line and a figures line in two column regions, and a bold total became a heading.
Where a page's last body item is a statement table ending in its lower part, the next page's first
body lines are read on that table's columns: each row of lines level with each other (a label at the
label column, then one amount for each figure column, the last flush under the table's right edge)
is a row of it; a row repeating the table's header is dropped; the first other line ends the run.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.document import Cell, Provenance, Table
from extractor.ingest.layout import Line, Placed
from extractor.tables.continuation import column_edges
from extractor.tables.trailing_rows import figure_columns, is_amount

BOTTOM_SHARE = 0.6  # the table ends below this share of its page
TOP_SHARE = 0.3  # the first carried line starts above this share of the next
EDGE_SLACK = 0.04  # a carried line starts at the label column, ends at the right edge, within this share of the table's width
GAP_LINES = 2.5  # a carried row stands at most this many line heights under the one before
CELL_GAP_EM = 0.9  # words this many font sizes apart or more stand in two cells


def carry_rows(reads, furniture: set[int]) -> None:
    """Move each run of carried lines (see the module) from the top of its page into the table that
    ends the page before; ``reads`` are the document's pages (``PageRead``), ``furniture`` the ids
    of their running headers' and footers' lines, which may stand between."""
    for before, read in zip(reads, reads[1:]):
        if read.number != before.number + 1 or before.to_page or read.to_page:
            continue
        body = [i for i in before.items if id(i) not in furniture]
        last = body[-1] if body else None
        if not isinstance(last, Placed) or not isinstance(last.item, Table) or last.bottom < BOTTOM_SHARE * before.height:
            continue
        rows, used = _carried(last.item, [i for i in read.items if id(i) not in furniture], read)
        if rows:
            pages = last.item.pages or [last.item.prov.page]
            last.item = replace(last.item, rows=[*last.item.rows, *rows], pages=[*pages, read.number])
            read.items = [i for i in read.items if id(i) not in used]


def _carried(table: Table, items: list, read) -> tuple[list[list[Cell]], set[int]]:
    """(rows of ``table`` read from the first of ``items``, ids of the lines they took)."""
    edges = column_edges(table)
    width = len(table.rows[0]) if table.rows else 0
    if len(edges) != width + 1 or width < 2 or not figure_columns(table):
        return [], set()
    slack = EDGE_SLACK * (edges[-1] - edges[0])
    header = [" ".join(c.text for c in row if c.text.strip()) for row in table.rows[:max(1, table.header_rows)]]
    rows: list[list[Cell]] = []
    used: set[int] = set()
    previous: tuple[float, float] | None = None
    for level in _levels(sorted(items, key=lambda i: (i.top, i.x0))):
        if any(not isinstance(i, Line) for i in level):
            break
        top, bottom = min(i.top for i in level), max(i.bottom for i in level)
        if previous is None and top > TOP_SHARE * read.height or \
                previous is not None and top - previous[1] > GAP_LINES * (previous[1] - previous[0]):
            break
        cells = _cells(level)
        if not rows and not used and " ".join(text for _, _, text in cells) in header:
            used |= {id(i) for i in level}  # the header repeated on top of the page
            previous = (top, bottom)
            continue
        if len(cells) != width or is_amount(cells[0][2]) or not all(is_amount(c[2]) for c in cells[1:]) \
                or abs(cells[0][0] - edges[0]) > slack or abs(cells[-1][1] - edges[-1]) > slack:
            break
        rows.append([Cell(text, Provenance(read.number, (x0, top, x1, bottom))) for x0, x1, text in cells])
        used |= {id(i) for i in level}
        previous = (top, bottom)
    return (rows, used) if rows else ([], set())


def _cells(level: list[Line]) -> list[tuple[float, float, str]]:
    """The words of lines level with each other as cells (left edge, right edge, text): a gap of
    ``CELL_GAP_EM`` or more starts a new cell ("Sum gjeld", "522 150", "445 800")."""
    size = max(line.size for line in level)
    cells: list[tuple[float, float, str]] = []
    for x0, x1, text in sorted((span for line in level for span in line.spans), key=lambda s: s[0]):
        if cells and x0 - cells[-1][1] < CELL_GAP_EM * size:
            cells[-1] = (cells[-1][0], x1, f"{cells[-1][2]} {text}")
        else:
            cells.append((x0, x1, text))
    return cells


def _levels(items: list) -> list[list]:
    """``items`` (top to bottom) grouped into rows of those level with each other: each one's
    vertical centre inside the first's span."""
    levels: list[list] = []
    for item in items:
        centre = (item.top + item.bottom) / 2
        if levels and levels[-1][0].top <= centre <= levels[-1][0].bottom:
            levels[-1].append(item)
        else:
            levels.append([item])
    return levels
