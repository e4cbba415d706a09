"""A statement's rows the text finder left out: carried alone onto the next page, or set apart under it.

A balance whose "Sum gjeld" and "Sum eigenkapital og gjeld" fall on the next page leaves one to
three lines there, perhaps under its header repeated ("2023  2022"): too few rows for a table of
their own, so they stayed text. On a wide page the gap between label and figures even cut each line
into a label line and a figures line in two column regions, and a bold total became a heading. The
same befalls a total set apart under the table on its own page: a club's "Årets overskudd" as wide as
its Inntekter and Kostnader blocks side by side, its figures under the Kostnader block's columns.

Such lines are read on the table's columns: the first body lines on the next page, where the page
before ends with the table low on it, or the lines right under the table on its page. Each row of
lines level with each other whose words (cut into cells at wide gaps) are a label at the table's
label column and amounts each ending flush with one of its figure columns is a row of it, blank
where a column gets no amount; a row repeating the table's header on the next page is dropped; the
first other line ends the run.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.document import Cell, Provenance, Table
from extractor.ingest.layout import Line, Placed
from extractor.tables.trailing_rows import is_amount

BOTTOM_SHARE = 0.6  # the table ends below this share of its page
TOP_SHARE = 0.3  # the first carried line starts above this share of the next
EDGE_SLACK = 0.03  # a cell's edge stands this near its column's, as a share of the table's width
GAP_LINES = 2.5  # a row stands at most this many line heights under the one before
UNDER_GAP_LINES = 5.0  # a row set apart under its table on its page: at most this many line heights below
CELL_GAP_EM = 0.9  # words this many font sizes apart or more stand in two cells


def carry_rows(reads, furniture: set[int]) -> None:
    """Move the rows (see the module) under each table on its page, and those carried onto the next
    page, into the table; ``reads`` are the document's pages (``PageRead``), ``furniture`` the ids of
    their running headers' and footers' lines, which may stand between."""
    for read in reads:
        if not read.to_page:
            body = [i for i in read.items if id(i) not in furniture]
            for k, placed in enumerate(body):
                if isinstance(placed, Placed) and isinstance(placed.item, Table):
                    bottom = max(placed.bottom, placed.item.prov.bbox[3] if placed.item.prov.bbox else 0.0)
                    _take(placed, read, body[k + 1:], bottom, UNDER_GAP_LINES)
    for read, after in zip(reads, reads[1:]):
        body = [i for i in read.items if id(i) not in furniture]
        last = body[-1] if body else None
        if after.number == read.number + 1 and not read.to_page and not after.to_page and isinstance(last, Placed) \
                and isinstance(last.item, Table) and last.bottom >= BOTTOM_SHARE * read.height:
            _take(last, after, [i for i in after.items if id(i) not in furniture], None, TOP_SHARE * after.height)


def _take(placed: Placed, read, items: list, below: float | None, reach: float) -> None:
    """Move the rows ``items`` (top to bottom from ``below``, or from the page's top within ``reach``)
    give ``placed``'s table into it, and their lines out of ``read``."""
    lines = []
    for item in items:
        if not isinstance(item, Line):
            break
        lines.append(item)
    rows, used = _carried(placed.item, lines, below, reach, read.number)
    if rows:
        table = placed.item
        pages = table.pages or [table.prov.page]
        placed.item = replace(table, rows=[*table.rows, *rows],
                              pages=pages if read.number in pages else [*pages, read.number])
        read.items = [i for i in read.items if id(i) not in used]


def _carried(table: Table, lines: list[Line], below: float | None, reach: float,
             page: int) -> tuple[list[list[Cell]], set[int]]:
    """(rows of ``table`` read from ``lines``, ids of the lines they took); ``below``: the table's
    bottom on this page (rows set apart under it, at most ``reach`` line heights down), or None (the
    next page, the first row above ``reach``)."""
    columns = _columns(table)
    if columns is None:
        return [], set()
    label_x0, rights, slack = columns
    header = [" ".join(c.text for c in row if c.text.strip()) for row in table.rows[:max(1, table.header_rows)]]
    rows: list[list[Cell]] = []
    used: set[int] = set()
    previous: tuple[float, float] | None = None
    for level in _levels(sorted(lines, key=lambda i: (i.top, i.x0))):
        top, bottom = min(i.top for i in level), max(i.bottom for i in level)
        height = previous[1] - previous[0] if previous else bottom - top
        if previous is not None and top - previous[1] > GAP_LINES * height or previous is None and (
                top > reach if below is None else not 0 <= top - below <= reach * height):
            break
        cells = _cells(level)
        if below is None and not used and " ".join(text for _, _, text in cells) in header:
            used |= {id(i) for i in level}  # the header repeated on top of the page
            previous = (top, bottom)
            continue
        row = _row(cells, label_x0, rights, slack, page, top, bottom)
        if row is None:
            break
        rows.append(row)
        used |= {id(i) for i in level}
        previous = (top, bottom)
    return (rows, used) if rows else ([], set())


def _columns(table: Table) -> tuple[float, list[float | None], float] | None:
    """(the label column's left edge, each column's right edge where it holds figures (None where it
    does not), the slack) of a statement's table with positions, or None."""
    body = [row for row in table.rows[table.header_rows:] if len(row) == len(table.rows[0])]
    if not body or any(c.prov.bbox is None for row in body for c in row if c.text):
        return None
    firsts = [row[0].prov.bbox[0] for row in body if row[0].text and not is_amount(row[0].text)]
    rights: list[float | None] = [None]
    for c in range(1, len(body[0])):
        edges = [row[c].prov.bbox[2] for row in body if is_amount(row[c].text)]
        rights.append(max(edges) if edges else None)
    lefts = [c.prov.bbox[0] for row in body for c in row if c.text]
    if not firsts or not lefts or all(r is None for r in rights):
        return None
    width = max(r for r in rights if r is not None) - min(lefts)
    return min(firsts), rights, EDGE_SLACK * max(width, 1.0)


def _row(cells, label_x0: float, rights: list[float | None], slack: float, page: int, top: float,
         bottom: float) -> list[Cell] | None:
    """The cells as a row of the table: a label at its label column, then amounts each ending at one
    of its figure columns, left to right; None when they are not one."""
    if len(cells) < 2 or is_amount(cells[0][2]) or abs(cells[0][0] - label_x0) > slack:
        return None
    row = [Cell(cells[0][2], Provenance(page, (cells[0][0], top, cells[0][1], bottom)))]
    row += [Cell("", Provenance(page)) for _ in rights[1:]]
    column = 0
    for x0, x1, text in cells[1:]:
        column = next((c for c in range(column + 1, len(rights))
                       if rights[c] is not None and abs(rights[c] - x1) <= slack), None)
        if column is None or not is_amount(text):
            return None
        row[column] = Cell(text, Provenance(page, (x0, top, x1, bottom)))
    return row


def _cells(level: list[Line]) -> list[tuple[float, float, str]]:
    """The words of lines level with each other as cells (left edge, right edge, text): a gap of
    ``CELL_GAP_EM`` or more starts a new cell ("Sum gjeld", "522 150", "445 800")."""
    size = max(line.size for line in level)
    cells: list[tuple[float, float, str]] = []
    for x0, x1, text in sorted((span for line in level for span in line.spans()), key=lambda s: s[0]):
        if cells and x0 - cells[-1][1] < CELL_GAP_EM * size:
            cells[-1] = (cells[-1][0], x1, f"{cells[-1][2]} {text}")
        else:
            cells.append((x0, x1, text))
    return cells


def _levels(items: list[Line]) -> list[list[Line]]:
    """``items`` (top to bottom) grouped into rows of those level with each other: each one's
    vertical centre inside the first's span."""
    levels: list[list[Line]] = []
    for item in items:
        centre = (item.top + item.bottom) / 2
        if levels and levels[-1][0].top <= centre <= levels[-1][0].bottom:
            levels[-1].append(item)
        else:
            levels.append([item])
    return levels
