"""A name cut at a wrap: a narrow box or column of "Role: Name, address" lines ("Styreleder: Kari
Løvaas" / "Berg, Skogveien 14 B"), where the member's last surname went to the next line (or the
next row of a table, its label cell empty) before the comma that ends the name. The words before
that comma complete the name when the whole reads as one cell: the name, then a flat, an address
or an office (``board_table_cells.cell_name``).
"""
from __future__ import annotations

import re

from extractor.fields.board_mentions import Mention, join_broken_names
from extractor.fields.board_table_cells import cell_name
from extractor.fields.context import TextUnit
from extractor.fields.people import first_name_evidence

_REST = re.compile(r"(?P<rest>(?:[A-ZÆØÅ][\w'’-]*\s+){0,1}[A-ZÆØÅ][\w'’-]*),(?:\s+(?P<tail>\S.*))?$")


def join_cut_names(units: list[TextUnit], index: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """Names a layout cut in two, made whole: a first name ending the line before
    (``board_mentions.join_broken_names``), a surname opening the line after (``join_wrapped_surnames``)."""
    return join_wrapped_surnames(units, index, join_broken_names(units, index, mentions))


def join_wrapped_surnames(units: list[TextUnit], index: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """Each mention whose name ends its unit takes the surname the next line or row opens with, up
    to a comma (see the module)."""
    for m in mentions:
        i = index.get(id(m.unit))
        if i is None or not m.unit.text.rstrip().endswith(m.name):
            continue
        j = _next_line(units, i)
        found = _REST.match(units[j].text.strip()) if j is not None else None
        if found is None or first_name_evidence(found.group("rest").split()[0]) == "known":
            continue  # "Kari Dahl" / "Ola Moe, leil. 3": the next line's own person
        after = _next_line(units, j) if not found.group("tail") else None
        tail = found.group("tail") or (units[after].text.strip() if after is not None else "")
        if not tail[:1].islower() and not any(ch.isdigit() for ch in tail):
            continue  # a flat, an address or an office, not a place: "Kari Dahl" / "Nordvik, Hamar"
        joined = cell_name(f"{m.name} {found.group('rest')}, {tail}".strip())
        if joined is not None and joined.name == f"{m.name} {found.group('rest')}":
            m.name = joined.name
    return mentions


def _next_line(units: list[TextUnit], i: int) -> int | None:
    """The unit of the line after unit ``i`` on its page: the next block, or in a table the cell
    under it when that row's other cells are empty (a value wrapped in its column)."""
    unit = units[i]
    if unit.table is not None:
        under = next((j for j in range(i + 1, min(i + 4, len(units))) if units[j].table is unit.table
                      and units[j].col == unit.col and units[j].row == (unit.row or 0) + 1), None)
        row = unit.table.rows[units[under].row] if under is not None else []
        lone = under is not None and all(not c.text.strip() for k, c in enumerate(row) if k != unit.col)
        return under if lone else None
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.block is None or nxt.is_heading or nxt.prov.page != unit.prov.page \
            or nxt.section != unit.section:
        return None
    return i + 1
