"""The tables a board reader reads, as grids of cells and their units: two tables side by side that
a finder cut in two joined, and the lines a grid of cards left under a column as its rows."""
from __future__ import annotations

from dataclasses import replace

from extractor.document import Table
from extractor.fields.board_card_tails import column_tails
from extractor.fields.board_context import BoardContext

SIDE_GAP = 60.0  # points between two tables whose rows line up: one table the finder cut in two
ROW_SLACK = 3.0  # points row tops may differ by


def tables_of(ctx: BoardContext):
    """(table, {(row, col): unit index}) for every table; two tables side by side under one
    heading whose rows line up one for one are one ("Verv | Namn | ..." beside "Personleg
    vara | Krins", where a text table's wide gap cut it); the lines a grid of cards left under
    one column are its rows (``column_tails``)."""
    found: dict[int, tuple] = {}
    sections: dict[int, str | None] = {}
    for i, unit in enumerate(ctx.units):
        if unit.table is not None:
            found.setdefault(unit.table_index, (unit.table, {}))[1][(unit.row, unit.col)] = i
            sections.setdefault(unit.table_index, unit.section)
    out, keys = [], list(found)
    k = 0
    while k < len(keys):
        table, cells = found[keys[k]]
        if k + 1 < len(keys) and sections[keys[k]] == sections[keys[k + 1]] \
                and _side_by_side(table, nxt := found[keys[k + 1]][0]):
            width = len(table.rows[0])
            joined = replace(table, rows=[a + b for a, b in zip(table.rows, nxt.rows)])
            cells = {**cells, **{(r, c + width): i for (r, c), i in found[keys[k + 1]][1].items()}}
            out.append((joined, cells))
            k += 2
            continue
        out.append(column_tails(ctx, table, cells))
        k += 1
    return out


def continued_tails(ctx: BoardContext) -> set[int]:
    """Units a grid of cards left under a column (``column_tails``) that end the sentence of the
    cell over them ("Gardbruker og daglig leder i" / "Bakkelund Sag."): a card note's wrapped end,
    not a name for the list readers."""
    out: set[int] = set()
    for table, cells in tables_of(ctx):
        for (r, c), i in cells.items():
            text = ctx.units[i].text.strip()
            if ctx.units[i].table is not None or "\n" in text or not text.endswith("."):
                continue
            above = next((row[c].text.strip() for row in reversed(table.rows[:r]) if c < len(row) and row[c].text.strip()), "")
            if above[-1:].isalpha() and above.split()[-1].islower():
                out.add(i)
    return out


def _side_by_side(left: Table, right: Table) -> bool:
    a, b = left.prov.bbox, right.prov.bbox
    if not a or not b or left.prov.page != right.prov.page or len(left.rows) != len(right.rows) \
            or len(left.rows) < 2 \
            or not 0 <= b[0] - a[2] <= SIDE_GAP:
        return False
    tops = [[c.prov.bbox[1] for c in row if c.prov.bbox and c.text] for row in (*left.rows, *right.rows)]
    if not all(tops):
        return False
    n = len(left.rows)
    return all(abs(min(tops[r]) - min(tops[r + n])) <= ROW_SLACK for r in range(n))
