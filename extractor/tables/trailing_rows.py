"""A table's last row left outside it as a line of text: a statement's "Årsresultat 21 030,- 55 700,-"
carried alone over a page break, or its bold result line read as a heading under the rows. The line
right after the table (on its page, or first on the next page when the table ended its page) whose
text is a label and exactly one amount for each of the table's figure columns is a row of it.
The mirror: a statement's years line left at the foot of a page ("1994 1993", perhaps a group
label under it) over a table at the top of the next page whose rows name no year is its header.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.document import Block, Cell, Table
from extractor.parse import YEAR
from extractor.tables.continuation import in_margin

# One amount as statements print it: "21 030,-", "(1 234)", "-5 600", "12 345,50", older reports'
# "1.906.442"; greedy over digit groups.
_AMOUNT = r"[-–]?\(?\d{1,3}(?:[ \u00a0.]\d{3})*(?:,-|,\d{1,2})?\)?"
_ROW = re.compile(rf"^(?P<label>[^\d()\-–][^\d]*?)\s+(?P<figures>{_AMOUNT}(?:\s+{_AMOUNT})*)$")
_ONE = re.compile(_AMOUNT)
MAX_GAP_LINES = 4.0  # on the same page, the line stands at most this many of its heights below the table
TOP_SHARE = 0.3  # on the next page, the line starts above this share of the page
_YEARS = re.compile(rf"^{YEAR}(?:\s+{YEAR})+$")
MAX_LABELS_UNDER_YEARS = 1  # "Driftsinntekter" between the years at the foot and the page break


def row_of(block: Block, width: int) -> list[Cell] | None:
    """The block as a row of ``width`` cells (label, then one amount a column), or None. Bare
    years ("Balanse 2023 2022": the next statement's title) are no amounts."""
    match = _ROW.match(" ".join(block.text.split()))
    if match is None:
        return None
    figures = _ONE.findall(match.group("figures"))
    if len(figures) != width - 1 or all(re.fullmatch(YEAR, f) for f in figures):
        return None
    return [Cell(match.group("label").strip(), block.prov)] + [Cell(f, block.prov) for f in figures]


def is_amount(text: str) -> bool:
    """One amount as statements print it ("21 030,-", "(1 234)"), nothing else."""
    return _ONE.fullmatch(text.strip()) is not None


def figure_columns(table: Table) -> bool:
    """Every column but the first holds an amount in some body row: a statement's shape."""
    body = table.rows[table.header_rows:]
    width = len(table.rows[0]) if table.rows else 0
    return width >= 2 and all(any(is_amount(row[k].text) for row in body if len(row) == width)
                              for k in range(1, width))


def _next_to(table: Table, block: Block, page_heights: dict[int, float]) -> bool:
    """The block stands right under the table, or first on the next page after a table ending its own."""
    if not table.prov.bbox or not block.prov.bbox or table.prov.page is None or block.prov.page is None:
        return False
    last = table.pages[-1] if table.pages else table.prov.page
    if block.prov.page == last == table.prov.page:
        gap = block.prov.bbox[1] - table.prov.bbox[3]
        return -1.0 <= gap <= MAX_GAP_LINES * (block.prov.bbox[3] - block.prov.bbox[1])
    height = page_heights.get(block.prov.page)
    return block.prov.page == last + 1 and height is not None \
        and block.prov.bbox[1] <= TOP_SHARE * height


def _header_left_behind(items: Sequence[Block | Table], i: int, page_heights: dict[int, float]) -> int | None:
    """Index of the table whose header is the years line ``items[i]`` (see the module), or None."""
    block = items[i]
    if not isinstance(block, Block) or not _YEARS.match(" ".join(block.text.split())) or not block.prov.bbox:
        return None
    height = page_heights.get(block.prov.page)
    if height is None or block.prov.bbox[1] < (1 - TOP_SHARE) * height:
        return None
    labels, j = 0, i + 1
    while j < len(items) and isinstance(items[j], Block):
        if not in_margin(items[j], page_heights.get(items[j].prov.page)):
            if labels == MAX_LABELS_UNDER_YEARS or items[j].prov.page != block.prov.page \
                    or any(ch.isdigit() for ch in items[j].text):
                return None
            labels += 1
        j += 1
    table = items[j] if j < len(items) else None
    years = len(block.text.split())
    if not isinstance(table, Table) or not table.rows or table.prov.page != block.prov.page + 1 \
            or not table.prov.bbox or table.prov.bbox[1] > TOP_SHARE * page_heights.get(table.prov.page, 0) \
            or len(table.rows[0]) != years + 1 or not figure_columns(table) \
            or any(re.search(YEAR, cell.text) for row in table.rows[:2] for cell in row):
        return None
    return j


def absorb_trailing_rows(items: Sequence[Block | Table], page_heights: dict[int, float]) -> list[Block | Table]:
    """``items`` in reading order with each table's trailing row (see the module) moved into it,
    and a years line left at the foot of the page before it as its header; a running header or
    footer the reader kept may stand between."""
    items = list(items)
    out: list[Block | Table] = []
    skip: set[int] = set()
    for i, item in enumerate(items):
        if i in skip:
            continue
        if (j := _header_left_behind(items, i, page_heights)) is not None:
            table = items[j]
            header = [Cell("", item.prov)] + [Cell(year, item.prov) for year in item.text.split()]
            items[j] = replace(table, rows=[header, *table.rows], header_rows=table.header_rows + 1,
                               pages=[item.prov.page, *(table.pages or [table.prov.page])])
            continue
        if isinstance(item, Table) and item.rows and figure_columns(item):
            j = i + 1
            while j < len(items) and isinstance(items[j], Block) \
                    and in_margin(items[j], page_heights.get(items[j].prov.page)):
                j += 1
            block = items[j] if j < len(items) else None
            if isinstance(block, Block) and _next_to(item, block, page_heights) \
                    and (row := row_of(block, len(item.rows[0]))) is not None:
                pages = item.pages or [item.prov.page]
                item = replace(item, rows=[*item.rows, row],
                               pages=pages + [block.prov.page] if block.prov.page not in pages else pages)
                skip.add(j)
        out.append(item)
    return out
