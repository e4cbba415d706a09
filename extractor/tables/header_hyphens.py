"""A table's header cell broken with a hyphen in a narrow column ("Fjellstue-" / "konsernet").

In a body cell a hyphen at a line's end is most often a real one ("arbeids-" / "trening" stays
"arbeids-trening", ``cells.lines_to_text``), but a header's labels are words and names a narrow
figure column breaks: the hyphen goes ("Fjellstuekonsernet") unless the next line opens with
"og"/"eller" ("Drifts- og vedlikehold") or a capital ("Nord-Fron"), or it follows an acronym or
a number ("VTA-plasser", "2022-2023"), which keep it: ``blocks.join_hyphenated`` with its header
switch, the paragraphs' joiner.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.document import Cell, Table
from extractor.ingest.blocks import join_hyphenated
from extractor.tables.cells import is_numeric

LINE_HYPHENS = ("-", "\u2010", "\u00ad")  # a hyphen, a typographic one (a browser's), a soft one
MAX_HEADER_LINES = 3  # a header's broken line stands among a table's first rows


def join_header_lines(lines: tuple[str, ...]) -> str:
    """A header cell's lines as one label (see the module's docstring)."""
    text = lines[0].strip()
    for line in lines[1:]:
        if piece := line.strip():
            text = join_hyphenated(text, piece, header=True)
    return text


def _header_count(table: Table) -> int:
    """The table's header rows; with none marked, a first row of words over rows with figures."""
    if table.header_rows or not table.rows:
        return table.header_rows
    first = [c.text for c in table.rows[0] if c.text.strip()]
    figures = any(is_numeric(c.text) for row in table.rows[1:] for c in row if c.text.strip())
    return int(bool(first) and figures and not any(is_numeric(t) for t in first))


def _joined(cell: Cell) -> Cell:
    if len(cell.lines) < 2 or not any(line.rstrip().endswith(LINE_HYPHENS) for line in cell.lines[:-1]):
        return cell
    return replace(cell, text=join_header_lines(cell.lines))


def _wordy(row: list[Cell]) -> bool:
    return not any(is_numeric(c.text) for c in row if c.text.strip())


def _broken_row(upper: list[Cell], lower: list[Cell]) -> bool:
    """``upper`` is a header's first line read as a row of its own: each of its cells a word broken
    with a hyphen, over a cell of ``lower`` that goes on with a letter."""
    filled = [k for k, c in enumerate(upper) if c.text.strip()]
    return bool(filled) and len(upper) == len(lower) and _wordy(upper) and _wordy(lower) and all(
        upper[k].text.rstrip().endswith(LINE_HYPHENS) and upper[k].text.rstrip("".join(LINE_HYPHENS))[-1:].isalpha()
        and lower[k].text.strip()[:1].isalpha() for k in filled)


def join_broken_header_row(table: Table) -> Table:
    """A header whose cells a text-aligned reading split into two rows at a broken word ("" |
    "Lyngheim-" | "" over "Beløp" | "konsernet" | "Morselskap") as one row."""
    for k in range(min(MAX_HEADER_LINES, len(table.rows) - 2)):
        upper, lower = table.rows[k], table.rows[k + 1]
        if not _broken_row(upper, lower):
            continue
        row = [replace(b, text=join_header_lines((a.text, b.text)), lines=(a.text, b.text), prov=b.prov.joined(a.prov))
               if a.text.strip() and not a.merged else b for a, b in zip(upper, lower)]
        return replace(table, rows=[*table.rows[:k], row, *table.rows[k + 2:]],
                       header_rows=max(table.header_rows - 1, 0) if table.header_rows > k + 1 else table.header_rows)
    return table


def join_header_hyphens(table: Table) -> Table:
    """``table`` with its header cells' broken words joined (the same table when none is)."""
    table = join_broken_header_row(table)
    count = _header_count(table)
    if not count:
        return table
    head = [[_joined(c) for c in row] for row in table.rows[:count]]
    if all(a is b for new, old in zip(head, table.rows) for a, b in zip(new, old)):
        return table
    return replace(table, rows=[*head, *table.rows[count:]])
