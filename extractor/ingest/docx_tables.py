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

from extractor.document import Block, BlockKind, Cell, Provenance, Table
from extractor.ingest import CellBudget
from extractor.parse import ascii_int
from extractor.tables.titles import PERIOD

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WRAPPERS = {f"{{{W_NS}}}sdt", f"{{{W_NS}}}sdtContent", f"{{{W_NS}}}customXml"}

CONFIDENCE_REGULAR = 1.0
CONFIDENCE_NESTED = 0.8  # a table inside a cell, or a table holding one: layout rather than data
CONFIDENCE_IRREGULAR = 0.7  # rows of unequal width or a vertical merge with nothing to continue
CONFIDENCE_TABBED = 0.8  # columns from tab stops: a missing tab shifts the rest of its row
TABBED_MIN_ROWS = 2  # lines cut by tabs into two or more filled cells that make a table
TABBED_MAX_LABEL_WORDS = 6  # a line without tabs inside the run is a group label ("Driftsinntekter")
_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$|^[•·▪\-–—*]$")

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
    lines: tuple[str, ...] = ()  # its paragraphs and broken lines when it has several


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
    span = ascii_int(w_val(tc_pr.find(w("gridSpan")))) or 1
    span = span if span < 1000 else 1
    vmerge_el = tc_pr.find(w("vMerge"))
    vmerge = None if vmerge_el is None else (w_val(vmerge_el) or "continue")
    return span, vmerge


def tr_to_flags(tr: etree._Element) -> tuple[int, bool]:
    """(gridBefore, is a repeated header row) from the row properties."""
    tr_pr = tr.find(w("trPr"))
    if tr_pr is None:
        return 0, False
    before = ascii_int(w_val(tr_pr.find(w("gridBefore")))) or 0
    header = tr_pr.find(w("tblHeader"))
    is_header = header is not None and w_val(header) not in ("0", "false", "off")
    return (before if before < 1000 else 0), is_header


def rows_to_grid(rows: list[RawRow], budget: CellBudget) -> tuple[list[list[Cell]], bool]:
    """Place every cell on the grid; returns (grid, irregular). The grid's size is taken from
    ``budget`` before it is built (spans multiply a few bytes of XML into many cells)."""
    budget.take(len(rows), max((r.grid_before + sum(c.col_span for c in r.cells) for r in rows), default=0))
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
            cell = Cell(raw.text, raw.prov, col_span=raw.col_span, lines=raw.lines)
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
    """Runs of paragraphs laid out with tab stops made into tables (strategy "text"), one row
    per paragraph, a cell per column: a statement or a board typed with tabs instead of a table.
    ``tabbed``: ``id(block)`` → the paragraph cut at its tabs. A run holds ``TABBED_MIN_ROWS``
    lines with two or more filled cells and may hold short lines without tabs between them
    (group labels); a list typed "1.<tab>Text" is no table, nor a line with one filled cell
    at either end (an indented line of prose)."""
    out, run = [], []
    following = [*items[1:], None]
    for item, after in zip([*items, None], [*following, None]):
        if isinstance(item, Block) and (_is_row(item, tabbed) or run and _continues(item, tabbed)
                                        or run and _is_label(item, tabbed) and not _opens_statement(after, tabbed)):
            run.append(item)
            continue
        tail = []  # labels after the last row belong to what follows
        while run and not _is_row(run[-1], tabbed) and not _continues(run[-1], tabbed):
            tail.insert(0, run.pop())
        out.extend(_run_to_table(run, tabbed) if sum(_is_row(b, tabbed) for b in run) >= TABBED_MIN_ROWS else run)
        out.extend(tail)
        run = []
        if item is not None:
            out.append(item)
    return out


def _is_row(block: Block, tabbed: dict[int, list[str]]) -> bool:
    cells = [c for c in tabbed.get(id(block), []) if c]
    return len(cells) >= 2 and not _ENUMERATOR.match(cells[0])


def _continues(block: Block, tabbed: dict[int, list[str]]) -> bool:
    """A row under a table's last with its first column empty: "<tab>Hallgeir Tronsmoen" under
    "VARAMENN<tab>Marta Nyhus", a second name under one label (short, no sentence)."""
    cells = tabbed.get(id(block), [])
    filled = [c for c in cells if c]
    return len(cells) >= 2 and not cells[0] and len(filled) == 1 and len(filled[0].split()) <= TABBED_MAX_LABEL_WORDS \
        and not filled[0].endswith(".")


def _opens_statement(block, tabbed: dict[int, list[str]]) -> bool:
    """The next line is a period header ("<tab>2023<tab>2022"): the line before it is the next
    statement's heading, not a group label of this one."""
    figures = [c for c in tabbed.get(id(block), [])[1:] if c and any(ch.isdigit() for ch in c)]
    return bool(figures) and all(PERIOD.fullmatch(c) for c in figures)


def _is_label(block: Block, tabbed: dict[int, list[str]]) -> bool:
    return (block.kind is BlockKind.PARAGRAPH and id(block) not in tabbed and "\n" not in block.text
            and len(block.text.split()) <= TABBED_MAX_LABEL_WORDS and not block.text.endswith("."))


def _run_to_table(run: list[Block], tabbed: dict[int, list[str]]) -> list[Table]:
    """Cells by column: the first (a label, or empty under a leading tab), then the filled ones;
    in a statement (figures in two rows or more) these stand right-aligned under the figure
    columns, whatever number of tabs reached them."""
    rows = []
    for block in run:
        cells = tabbed.get(id(block), [block.text])
        rows.append([cells[0], *[c for c in cells[1:] if c]])
    width = max(len(r) for r in rows)
    statement = sum(any(is_numeric(c) for c in r[1:]) for r in rows) >= 2
    grid = []
    for block, row in zip(run, rows):
        pad = [""] * (width - len(row))
        texts = [row[0], *pad, *row[1:]] if statement and len(row) > 1 else [*row, *pad]
        grid.append([Cell(text, block.prov) for text in texts])
    pages = sorted({b.prov.page for b in run if b.prov.page})
    return [Table(rows=grid, prov=run[0].prov, strategy="text", confidence=CONFIDENCE_TABBED,
                  header_rows=header_rows_of(grid, [False] * len(grid)), pages=pages)]
