"""Word tables: the grid built from the XML (``w:tc``, ``w:gridSpan``, ``w:vMerge``), not from
python-docx's ``row.cells`` (which repeats a merged cell at every position it covers), and
tables laid out with tab stops (``tabbed_to_tables``).

A merged cell keeps its text at its top-left position with ``row_span``/``col_span``; the
positions it covers hold ``Cell("", merged=True)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

from extractor.document import Block, Cell, Provenance, Table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WRAPPERS = {f"{{{W_NS}}}sdt", f"{{{W_NS}}}sdtContent", f"{{{W_NS}}}customXml"}

CONFIDENCE_REGULAR = 1.0
CONFIDENCE_NESTED = 0.8  # a table inside a cell, or a table holding one: layout rather than data
CONFIDENCE_IRREGULAR = 0.7  # rows of unequal width or a vertical merge with nothing to continue
CONFIDENCE_TABBED = 0.8  # columns from tab stops: a missing value shifts the rest of its row
TABBED_MIN_ROWS = 3  # consecutive paragraphs set with tabs that make a table ...
TABBED_MIN_FIGURE_ROWS = 2  # ... with figures in this many of them

_NUMERIC = re.compile(
    r"^[(\-–−+]?\s*(kr\.?|nok)?\s*[\d\s.,:/%()\-–−+]*\d[\d\s.,:/%()\-–−+]*\s*(%|kr\.?|nok|,-|mill\.?|mrd\.?)?$",
    re.IGNORECASE,
)


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def w_val(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


def iter_children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children named ``tag``, looking through content-control and revision wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from iter_children(child, tag)


@dataclass(slots=True)
class RawCell:
    """One ``w:tc`` as written: its text and how far it spans."""

    text: str
    prov: Provenance
    col_span: int = 1
    vmerge: str | None = None  # "restart", "continue" or None


@dataclass(slots=True)
class RawRow:
    cells: list[RawCell]
    prov: Provenance
    grid_before: int = 0
    is_header: bool = False  # w:trPr/w:tblHeader


def tc_to_span(tc: etree._Element) -> tuple[int, str | None]:
    """(gridSpan, vMerge state) of a cell; a bare ``<w:vMerge/>`` means continue."""
    tc_pr = tc.find(w("tcPr"))
    if tc_pr is None:
        return 1, None
    span_val = w_val(tc_pr.find(w("gridSpan")))
    span = int(span_val) if span_val and span_val.isdigit() and 0 < int(span_val) < 1000 else 1
    vmerge_el = tc_pr.find(w("vMerge"))
    vmerge = None if vmerge_el is None else (w_val(vmerge_el) or "continue")
    return span, vmerge


def tr_to_flags(tr: etree._Element) -> tuple[int, bool]:
    """(gridBefore, is a repeated header row) from the row properties."""
    tr_pr = tr.find(w("trPr"))
    if tr_pr is None:
        return 0, False
    before = w_val(tr_pr.find(w("gridBefore")))
    header = tr_pr.find(w("tblHeader"))
    is_header = header is not None and w_val(header) not in ("0", "false", "off")
    return (int(before) if before and before.isdigit() and int(before) < 1000 else 0), is_header


def rows_to_grid(rows: list[RawRow]) -> tuple[list[list[Cell]], bool]:
    """Place every cell on the grid; returns (grid, irregular)."""
    grid: list[list[Cell]] = []
    origin_at: dict[int, Cell] = {}  # grid column → the cell a vertical merge there continues
    irregular = False
    for row in rows:
        out: list[Cell] = [Cell("", row.prov) for _ in range(row.grid_before)]
        for raw in row.cells:
            col = len(out)
            origin = origin_at.get(col)
            if raw.vmerge == "continue" and origin is not None and origin.col_span == raw.col_span:
                origin.row_span += 1
                out.extend(Cell("", raw.prov, merged=True) for _ in range(raw.col_span))
                continue
            irregular |= raw.vmerge == "continue"
            cell = Cell(raw.text, raw.prov, col_span=raw.col_span)
            out.append(cell)
            out.extend(Cell("", raw.prov, merged=True) for _ in range(raw.col_span - 1))
            origin_at[col] = cell
        # a column with no cell in this row ends any vertical merge through it
        for col in [c for c in origin_at if c >= len(out)]:
            del origin_at[col]
        grid.append(out)
    width = max((len(r) for r in grid), default=0)
    for row, out in zip(rows, grid):
        if len(out) < width:
            irregular = True
            out.extend(Cell("", row.prov) for _ in range(width - len(out)))
    return grid, irregular


def is_numeric(text: str) -> bool:
    return bool(text) and bool(_NUMERIC.match(text))


def header_rows_of(grid: list[list[Cell]], marked: list[bool]) -> int:
    """Rows marked ``w:tblHeader`` at the top; else a first row spanning every column (a title),
    plus the next row when it holds only labels while the rows below hold numbers."""
    marked_top = 0
    while marked_top < len(marked) and marked[marked_top]:
        marked_top += 1
    if marked_top or not grid:
        return marked_top
    width = len(grid[0])
    header = 1 if width > 1 and grid[0][0].col_span == width else 0
    if header < len(grid):
        labels = [c.text for c in grid[header] if c.text and not c.merged]
        below_has_numbers = any(is_numeric(c.text) for r in grid[header + 1 :] for c in r)
        if labels and not any(is_numeric(t) for t in labels) and below_has_numbers:
            header += 1
    return header


def table_confidence(nested: bool, irregular: bool) -> float:
    """A Word table's grid is explicit, so 1.0; 0.8 when nested in or holding another table
    (often layout, not data); 0.7 when rows disagree on the grid."""
    if irregular:
        return CONFIDENCE_IRREGULAR
    return CONFIDENCE_NESTED if nested else CONFIDENCE_REGULAR


def tabbed_to_tables(items: list, tabbed: dict[int, list[str]]) -> list:
    """Runs of consecutive paragraphs set with tabs (``tabbed``: ``id(block)`` → its cells) made
    into tables, one row per paragraph, cell by tab: a statement typed with tab stops instead
    of a table. A run needs ``TABBED_MIN_ROWS`` paragraphs, figures in ``TABBED_MIN_FIGURE_ROWS``
    of them and two filled cells in two of them, so indented prose stays prose; lines with one
    filled cell at its ends (an indented paragraph before or after) stay paragraphs."""
    out, run = [], []
    for item in [*items, None]:
        if isinstance(item, Block) and id(item) in tabbed:
            run.append(item)
            continue
        start, end = 0, len(run)  # a one-cell line at either end is an indented line, not a row
        while start < end and _filled(tabbed[id(run[start])]) < 2:
            start += 1
        while end > start and _filled(tabbed[id(run[end - 1])]) < 2:
            end -= 1
        body = run[start:end]
        out.extend(run[:start] + (_run_to_table(body, tabbed) if _is_tabbed_table(body, tabbed) else body) + run[end:])
        run = []
        if item is not None:
            out.append(item)
    return out


def _filled(cells: list[str]) -> int:
    return sum(bool(c) for c in cells)


def _is_tabbed_table(run: list[Block], tabbed: dict[int, list[str]]) -> bool:
    rows = [tabbed[id(b)] for b in run]
    figures = sum(any(is_numeric(c) for c in row[1:] if c) for row in rows)
    filled = sum(_filled(row) >= 2 for row in rows)
    return len(rows) >= TABBED_MIN_ROWS and figures >= TABBED_MIN_FIGURE_ROWS and filled >= 2


def _run_to_table(run: list[Block], tabbed: dict[int, list[str]]) -> list[Table]:
    width = max(len(tabbed[id(b)]) for b in run)
    grid = [[Cell(text, b.prov) for text in tabbed[id(b)]] + [Cell("", b.prov) for _ in range(width - len(tabbed[id(b)]))]
            for b in run]
    pages = sorted({b.prov.page for b in run if b.prov.page})
    return [Table(rows=grid, prov=run[0].prov, strategy="text", confidence=CONFIDENCE_TABBED,
                  header_rows=header_rows_of(grid, [False] * len(grid)), pages=pages)]
