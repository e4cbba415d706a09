"""Join a table continued across a page break into one table.

Two consecutive tables (document order) are one when the first is the last table on its
page and ends in the lower part of it, the second is the first table on the next page and
starts in the upper part (below running headers), nothing but running headers and footers
stands between them (when the reader says so: ``page_edges``), and they have the same
columns: left edges at similar x-positions, or, where the edges cannot be compared, the
second part repeats the first part's header. On the continuation a repeated header row is
dropped, and a first row that is the tail of a row split by the page break is merged into
the previous row. Section titles printed in the label column on either side of the break
("Gjeld" at the foot of the page, "Langsiktig gjeld" on top of the next) are rows of the
table (``absorb_break_titles``), not text between the parts.
"""
from __future__ import annotations

from dataclasses import replace

from collections.abc import Sequence

from extractor.document import Block, BlockKind, Cell, Provenance, Table
from extractor.tables.cells import is_numeric

BOTTOM_SHARE = 0.6  # the first part ends below this share of the page height
TOP_SHARE = 0.3  # the continuation starts above this share
COLUMN_SLACK = 0.04  # column edges may differ by this share of the table width
MARGIN_SHARE = 0.06  # text this near the top or bottom edge is a running header or footer
TITLE_MAX_WORDS = 6  # a section title row is short ...
TITLE_GAP_LINES = 2.5  # ... and stands at most this many of its own heights from the rows next to it
MAX_BREAK_TITLES = 3  # section titles between a table and its continuation on the next page


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def column_edges(table: Table) -> list[float]:
    """Left edges of the columns, from the cells of the widest unmerged row."""
    for row in table.rows[table.header_rows :] or table.rows:
        if all(c.col_span == 1 and not c.merged and c.prov.bbox for c in row):
            return [c.prov.bbox[0] for c in row] + [row[-1].prov.bbox[2]]
    return []


def _page_height(tables: list[Table]) -> float:
    """Letter unless a table reaches below it (then A4); only a fallback for positions."""
    bottoms = [t.prov.bbox[3] for t in tables if t.prov.bbox]
    return 842.0 if bottoms and max(bottoms) > 792 else 792.0


def in_margin(item: Block | Table, page_height: float | None) -> bool:
    """A text block wholly inside the page's top or bottom margin band: a running header or
    footer that furniture detection missed (OCR reads it differently on every page)."""
    box = item.prov.bbox
    if isinstance(item, Table) or not box or not page_height:
        return False
    return box[3] <= MARGIN_SHARE * page_height or box[1] >= (1 - MARGIN_SHARE) * page_height


def items_to_page_edges(
    items: Sequence[Block | Table], page_heights: dict[int, float] | None = None
) -> list[tuple[bool, bool]]:
    """For each table among body items in reading order (running headers and footers left
    out): (nothing follows it on its page, nothing precedes it on its page). With
    ``page_heights``, text blocks inside the outer ``MARGIN_SHARE`` of a page are ignored."""
    heights = page_heights or {}
    kept = [item for item in items if not in_margin(item, heights.get(item.prov.page))]
    pages = [item.prov.page for item in kept]
    return [
        (i + 1 == len(kept) or pages[i + 1] != pages[i], i == 0 or pages[i - 1] != pages[i])
        for i, item in enumerate(kept)
        if isinstance(item, Table)
    ]


def follows_on(first: Table, second: Table, page_height: float) -> bool:
    """``first`` ends low on its page, ``second`` starts high on the next, with as many columns."""
    if not first.prov.bbox or not second.prov.bbox or not first.rows or not second.rows:
        return False
    if first.prov.page is None or second.prov.page != first.prov.page + 1:
        return False
    if first.prov.bbox[3] < BOTTOM_SHARE * page_height or second.prov.bbox[1] > TOP_SHARE * page_height:
        return False
    return len(first.rows[-1]) == len(second.rows[0]) or column_map(first, second) is not None


def column_map(first: Table, second: Table) -> list[int] | None:
    """For a continuation with fewer columns than ``first`` (a statement's note column left
    empty on the new page, so its finder saw none): the column of ``first`` each of its
    columns stands under, by the centres of its cells, the label column first and only
    figures in the others; None when they do not line up so."""
    edges, width = column_edges(first), len(second.rows[0])
    if not edges or width >= len(edges) - 1 or any(len(row) != width for row in second.rows):
        return None
    slack = COLUMN_SLACK * max(edges[-1] - edges[0], 1.0)
    found: list[int] = []
    for j in range(width):
        boxes = [row[j].prov.bbox for row in second.rows if row[j].prov.bbox and row[j].text]
        if not boxes or j and not all(is_numeric(row[j].text) for row in second.rows if row[j].text):
            return None
        centre = sum((b[0] + b[2]) / 2 for b in boxes) / len(boxes)
        column = next((i for i in range(len(edges) - 1) if edges[i] - slack <= centre < edges[i + 1] + slack), None)
        if column is None or (found and column <= found[-1]) or (j == 0 and column != 0):
            return None
        found.append(column)
    return found


def continues(first: Table, second: Table, page_height: float) -> bool:
    """Position and columns only; whether anything stands between the parts is the
    caller's knowledge (``merge_continuations(page_edges=...)``)."""
    if not follows_on(first, second, page_height):
        return False
    if len(first.rows[-1]) != len(second.rows[0]):
        return True  # fewer columns, lined up under the first part's (``column_map``)
    a, b = column_edges(first), column_edges(second)
    if not a or not b or len(a) != len(b):
        return _is_repeated_header(first, second.rows[0])  # nothing finer to compare
    width = max(a[-1] - a[0], 1.0)
    return all(abs(x - y) <= COLUMN_SLACK * width for x, y in zip(a, b))


def _in_label_column(block: Block, table: Table) -> bool:
    """``block`` is one short line of words (no figure) set in ``table``'s label column, on its
    page: a section title row the table finder left out."""
    box, edges, words = block.prov.bbox, column_edges(table), block.text.split()
    if block.kind is not BlockKind.PARAGRAPH or not box or len(edges) < 3 or block.prov.page != table.prov.page:
        return False
    if "\n" in block.text or not 0 < len(words) <= TITLE_MAX_WORDS or any(is_numeric(w) for w in words):
        return False
    return abs(box[0] - edges[0]) <= COLUMN_SLACK * (edges[-1] - edges[0]) and box[2] < edges[1]


def _stacked(boxes: list) -> bool:
    """Each box starts right under the one before: at most ``TITLE_GAP_LINES`` of the title's
    height apart (a title's own height is the measure, the table's boxes are longer)."""
    for upper, lower in zip(boxes, boxes[1:]):
        height = min(upper[3] - upper[1], lower[3] - lower[1])
        if not -1 <= lower[1] - upper[3] <= TITLE_GAP_LINES * height:
            return False
    return True


def _break_titles(body: list[Block | Table], table: Table,
                  heights: dict[int, float]) -> tuple[Table, list[Block], list[Block]] | None:
    """(the table before, titles at the foot of its page, titles on top of ``table``'s page)
    when the last body items are a table ending its page and up to ``MAX_BREAK_TITLES``
    section titles in the label columns, and ``table`` follows on from it (``follows_on``:
    the titles belong to the statement even where the parts' columns were found apart and
    stay two tables); else None."""
    titles: list[Block] = []
    first: Table | None = None
    for item in reversed(body):
        if isinstance(item, Table):
            first = item
            break
        if not in_margin(item, heights.get(item.prov.page)):
            titles.insert(0, item)
        if len(titles) > MAX_BREAK_TITLES:
            return None
    if first is None or not titles:
        return None
    foot = [b for b in titles if b.prov.page == first.prov.page]
    top = [b for b in titles if b.prov.page == table.prov.page]
    if len(foot) + len(top) != len(titles) or not all(_in_label_column(b, first) for b in foot) \
            or not all(_in_label_column(b, table) for b in top):
        return None
    if not _stacked([first.prov.bbox, *(b.prov.bbox for b in foot)]) \
            or not _stacked([*(b.prov.bbox for b in top), table.prov.bbox]):
        return None
    if not follows_on(first, table, heights.get(first.prov.page, _page_height([first]))):
        return None
    return first, foot, top


def _title_row(block: Block, width: int) -> list[Cell]:
    return [Cell(block.text, block.prov)] + [Cell("", Provenance(page=block.prov.page)) for _ in range(width - 1)]


def _around(box, blocks: list[Block]):  # noqa: ANN001, ANN202 - BBox
    boxes = [box, *(b.prov.bbox for b in blocks)]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def absorb_break_titles(items: Sequence[Block | Table],
                        page_heights: dict[int, float] | None = None) -> list[Block | Table]:
    """Items in reading order with the section titles printed in the label column on either
    side of a page break, between a table and its continuation (``_break_titles``), moved into
    the table as rows of their own (one cell with the title, the others empty): those at the
    foot of the first page close the first part, those on top of the next open the second."""
    heights = page_heights or {}
    out: list[Block | Table] = []
    for item in items:
        found = _break_titles(out, item, heights) if isinstance(item, Table) and item.header_rows == 0 else None
        if found:
            first, foot, top = found
            width = len(item.rows[0])
            grown = replace(first, rows=[*first.rows, *(_title_row(b, width) for b in foot)],
                            prov=replace(first.prov, bbox=_around(first.prov.bbox, foot)))
            item = replace(item, rows=[*(_title_row(b, width) for b in top), *item.rows],
                           prov=replace(item.prov, bbox=_around(item.prov.bbox, top)))
            moved = {id(b) for b in foot + top}
            out = [grown if i is first else i for i in out if id(i) not in moved]
        out.append(item)
    return out


def _is_repeated_header(first: Table, row: list[Cell]) -> bool:
    texts = [_norm(c.text) for c in row]
    return any(texts == [_norm(c.text) for c in header] for header in first.rows[: max(1, first.header_rows)])


def _is_split_tail(prev: list[Cell], row: list[Cell]) -> bool:
    """The first row on the new page is the rest of the last row on the old one: most of its
    cells are empty and what is there continues in lowercase, or the old row is visibly
    incomplete (a cell ending in "-" or ",", or empty where the new row has text) and the
    new row's first cell is empty or continues in lowercase."""
    filled = [c.text for c in row if c.text]
    if not filled:
        return False
    if len(filled) <= len(row) / 2 and all(t[:1].islower() or t[:1] in ",.;)" for t in filled):
        return True
    incomplete = any(a.text.endswith(("-", ",")) or (not a.text and b.text) for a, b in zip(prev, row))
    first = row[0].text
    return incomplete and (not first or first[:1].islower()) and not all(is_numeric(t) for t in filled)


def _join_text(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    glue = "" if a.endswith("-") and b[:1].islower() else " "
    return a + glue + b


def _widened(first: Table, second: Table) -> list[list[Cell]]:
    """``second``'s rows on ``first``'s columns (``column_map``), empty cells where it has none."""
    columns = column_map(first, second) if len(first.rows[-1]) != len(second.rows[0]) else None
    if columns is None:
        return list(second.rows)
    width = len(first.rows[-1])
    out = []
    for row in second.rows:
        wide = [Cell("", replace(row[0].prov, bbox=None)) for _ in range(width)]
        for j, column in enumerate(columns):
            wide[column] = row[j]
        out.append(wide)
    return out


def merge_pair(first: Table, second: Table) -> Table:
    rest = _widened(first, second)
    if rest and _is_repeated_header(first, rest[0]):
        rest = rest[max(1, second.header_rows) :]
    rows = [list(r) for r in first.rows]
    if rest and rows and _is_split_tail(rows[-1], rest[0]):
        rows[-1] = [
            c if c.merged else replace(c, text=_join_text(c.text, extra.text)) for c, extra in zip(rows[-1], rest[0])
        ]
        rest = rest[1:]
    pages = first.pages + [p for p in second.pages if p not in first.pages]
    confidence = round(min(first.confidence, second.confidence), 3)
    return replace(first, rows=rows + rest, pages=pages, confidence=confidence)


def merge_continuations(
    tables: list[Table],
    page_heights: dict[int, float] | None = None,
    page_edges: Sequence[tuple[bool, bool]] | None = None,
) -> list[Table]:
    """Tables in document order → the same with page-break continuations joined.

    ``page_heights`` (page → height in points) makes the position checks exact; without it
    Letter/A4 is assumed. ``page_edges`` (one pair per table, see ``items_to_page_edges``)
    says whether a table is the last body item on its page and the first on its page; with
    it, a table continues only across running headers and footers, never across a heading or
    text."""
    if page_edges is not None and len(page_edges) != len(tables):
        raise ValueError(f"page_edges has {len(page_edges)} entries for {len(tables)} tables")
    fallback = _page_height(tables)
    out: list[Table] = []
    last_parts: list[Table] = []  # the latest page's part of each output table
    last_ends_page = True  # whether the latest part is the last body item on its page
    for index, table in enumerate(tables):
        ends_page, starts_page = page_edges[index] if page_edges is not None else (True, True)
        if out and table.prov.page is not None and last_parts[-1].prov.page is not None:
            tail = last_parts[-1]
            height = (page_heights or {}).get(tail.prov.page, fallback)
            if last_ends_page and starts_page and continues(tail, table, height):
                out[-1] = merge_pair(out[-1], table)
                last_parts[-1], last_ends_page = table, ends_page
                continue
        out.append(table)
        last_parts.append(table)
        last_ends_page = ends_page
    return out
