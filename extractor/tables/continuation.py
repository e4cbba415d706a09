"""Join a table continued across a page break into one table.

Two consecutive tables (document order) are one when the first is the last table on its
page and ends in the lower part of it, the second is the first table on the next page and
starts in the upper part (below running headers), nothing but running headers and footers
stands between them (when the reader says so: ``page_edges``), and they have the same
columns: left edges at similar x-positions, or, where the edges cannot be compared, the
second part repeats the first part's header. On the continuation a repeated header row is
dropped, and a first row that is the tail of a row split by the page break is merged into
the previous row. A section title printed in the label column right above the continuation
("Langsiktig gjeld", first on the new page) is the continuation's first row
(``absorb_lead_titles``), not text between the parts.
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
TITLE_GAP_LINES = 2.5  # ... and stands at most this many of its own heights above the rows it heads


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _column_edges(table: Table) -> list[float]:
    """Left edges of the columns, from the cells of the widest unmerged row."""
    for row in table.rows[table.header_rows :] or table.rows:
        if all(c.col_span == 1 and not c.merged and c.prov.bbox for c in row):
            return [c.prov.bbox[0] for c in row] + [row[-1].prov.bbox[2]]
    return []


def _page_height(tables: list[Table]) -> float:
    """Letter unless a table reaches below it (then A4); only a fallback for positions."""
    bottoms = [t.prov.bbox[3] for t in tables if t.prov.bbox]
    return 842.0 if bottoms and max(bottoms) > 792 else 792.0


def _in_margin(item: Block | Table, page_height: float | None) -> bool:
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
    kept = [item for item in items if not _in_margin(item, heights.get(item.prov.page))]
    pages = [item.prov.page for item in kept]
    return [
        (i + 1 == len(kept) or pages[i + 1] != pages[i], i == 0 or pages[i - 1] != pages[i])
        for i, item in enumerate(kept)
        if isinstance(item, Table)
    ]


def continues(first: Table, second: Table, page_height: float) -> bool:
    """Position and columns only; whether anything stands between the parts is the
    caller's knowledge (``merge_continuations(page_edges=...)``)."""
    if not first.prov.bbox or not second.prov.bbox or not first.rows or not second.rows:
        return False
    if second.prov.page != first.prov.page + 1:
        return False
    if first.prov.bbox[3] < BOTTOM_SHARE * page_height or second.prov.bbox[1] > TOP_SHARE * page_height:
        return False
    if len(first.rows[-1]) != len(second.rows[0]):
        return False
    a, b = _column_edges(first), _column_edges(second)
    if not a or not b or len(a) != len(b):
        return _is_repeated_header(first, second.rows[0])  # nothing finer to compare
    width = max(a[-1] - a[0], 1.0)
    return all(abs(x - y) <= COLUMN_SLACK * width for x, y in zip(a, b))


def _titles(block: Block, table: Table) -> bool:
    """``block`` is one short line of words (no figure) in ``table``'s label column, just above
    it on the same page: a section title row the table finder left out."""
    box, top = block.prov.bbox, table.prov.bbox
    edges = _column_edges(table)
    words = block.text.split()
    if block.kind is not BlockKind.PARAGRAPH or not box or not top or len(edges) < 3 or block.prov.page != table.prov.page:
        return False
    if "\n" in block.text or not 0 < len(words) <= TITLE_MAX_WORDS or any(is_numeric(w) for w in words):
        return False
    height = box[3] - box[1]
    slack = COLUMN_SLACK * (edges[-1] - edges[0])
    return abs(box[0] - edges[0]) <= slack and box[2] < edges[1] and -1 <= top[1] - box[3] <= TITLE_GAP_LINES * height


def absorb_lead_titles(items: Sequence[Block | Table], page_heights: dict[int, float] | None = None) -> list[Block | Table]:
    """Items in reading order with a section title that opens a page, between a table ending
    the page before and that table's continuation (``continues``), moved into the
    continuation as its first row: one cell with the title, the others empty."""
    heights = page_heights or {}
    out: list[Block | Table] = []
    for item in items:
        body = _last_body(out, heights)
        if isinstance(item, Table) and item.header_rows == 0 and len(body) == 2 and isinstance(body[0], Table) \
                and isinstance(body[1], Block) and _titles(body[1], item):
            first, block = body
            height = heights.get(first.prov.page, _page_height([first]))
            if first.prov.page is not None and continues(first, item, height):
                title = [Cell(block.text, block.prov)] + [Cell("", Provenance(page=item.prov.page)) for _ in item.rows[0][1:]]
                x0, _, x1, y1 = item.prov.bbox
                item = replace(item, rows=[title, *item.rows],
                               prov=replace(item.prov, bbox=(min(x0, block.prov.bbox[0]), block.prov.bbox[1], x1, y1)))
                out = [i for i in out if i is not block]
        out.append(item)
    return out


def _last_body(items: list[Block | Table], heights: dict[int, float]) -> list[Block | Table]:
    """The last two items that are not in a page's margin band, in order."""
    found: list[Block | Table] = []
    for item in reversed(items):
        if not _in_margin(item, heights.get(item.prov.page)):
            found.insert(0, item)
            if len(found) == 2:
                break
    return found


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


def merge_pair(first: Table, second: Table) -> Table:
    rest = list(second.rows)
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
