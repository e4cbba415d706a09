"""Board listings set in tables, read into ``Mention``s: role:name tables (two pairs per row in a
4-column table), member/deputy column tables ("Medlemmer | Personlige varamedlemmer"), a
"Valgt av" column, and signatures set in a table (names in one row, roles below).
"""
from __future__ import annotations

from extractor.fields.board_layouts import (ELECTED_BY_EMPLOYEES, MEMBER_HEADERS, Mention, is_role_only,
                                           line_to_mentions, stack_to_mentions)
from extractor.fields.context import TextUnit
from extractor.fields.people import clean_token, text_to_name

def _header_roles(row: list[str]) -> list[tuple[str, bool, bool] | None]:
    """Per column: (code, employee, personal-deputy) when the header cell is a role word."""
    out = []
    for text in row:
        key = " ".join(clean_token(t) for t in text.split()).casefold()
        span = is_role_only(text)
        if span and span.code in ("LEDE", "NEST", "MEDL", "VARA", "OBS"):
            out.append((span.code, span.employee, "personlig" in key))
        elif key in MEMBER_HEADERS:
            out.append(("MEDL", False, False))
        else:
            out.append(None)
    return out


def _cell_mentions(texts: list[str], units: list[TextUnit | None], stop: frozenset[str]) -> list[Mention]:
    """Role cell then name cell ("Styreleder:" | "Per S. Thoresen"), name then role, or both in one cell."""
    out: list[Mention] = []
    c = 0
    while c < len(texts):
        unit = units[c]
        role = is_role_only(texts[c]) if texts[c] else None
        nxt = texts[c + 1] if c + 1 < len(texts) else ""
        if role and unit and (name := text_to_name(nxt)):
            out.append(Mention(name.name, role.code, role.score, role.employee, "table_cell", units[c + 1] or unit,
                               f"{texts[c]} {nxt}", name.first_name))
            c += 2
            continue
        name = text_to_name(texts[c]) if texts[c] else None
        back_role = is_role_only(nxt) if nxt else None
        if name and unit and back_role:
            out.append(Mention(name.name, back_role.code, back_role.score, back_role.employee, "table_cell", unit,
                               f"{texts[c]} {nxt}", name.first_name))
            c += 2
            continue
        if unit and texts[c]:
            lines = [ln for ln in texts[c].split("\n") if ln.strip()]
            stacked = stack_to_mentions(lines, unit, "table_cell")
            out += stacked or line_to_mentions(texts[c], unit, "table_cell", True, stop)
        c += 1
    return out


def table_to_mentions(units: list[TextUnit], stop: frozenset[str]) -> list[Mention]:
    """Mentions in one table, given the table's cell units."""
    if not units:
        return []
    table = units[0].table
    grid = table.text_rows()
    by_pos = {(u.row, u.col): u for u in units}
    out: list[Mention] = []
    headers = _header_roles(grid[0]) if grid else []
    if sum(h is not None for h in headers) >= 1 and all(not text_to_name(t) for t in grid[0] if t):
        member_col = next((i for i, h in enumerate(headers) if h and h[0] != "VARA"), None)
        for r, row in enumerate(grid[1:], start=1):
            member = None
            for c, text in enumerate(row):
                unit = by_pos.get((r, c))
                if c >= len(headers) or headers[c] is None or unit is None:
                    continue
                inline = line_to_mentions(text, unit, "table_cell", True, stop)
                if inline:
                    out += inline
                    member = inline[0].name if c == member_col else member
                    continue
                name = text_to_name(text)
                if name is None:
                    continue
                code, employee, personal = headers[c]
                deputy = member if code == "VARA" and personal else None
                out.append(Mention(name.name, code, 1.0, employee, "table_cell", unit,
                                   f"{grid[0][c]}: {text}", name.first_name, deputy_for=deputy))
                if c == member_col:
                    member = name.name
        return out
    for r, row in enumerate(grid):
        found = _cell_mentions(row, [by_pos.get((r, c)) for c in range(len(row))], stop)
        if any(t.strip().casefold() in ELECTED_BY_EMPLOYEES for t in row):
            for m in found:  # a "Valgt av" column saying "Ansatte"
                m.employee = True
        out += found
    return out + _column_stacks(grid, by_pos, {m.name for m in out})


def _column_stacks(grid: list[list[str]], by_pos: dict, taken: set[str]) -> list[Mention]:
    """A name cell over a role cell: signatures set in a table (names in one row, roles below)."""
    out = []
    for r in range(len(grid) - 1):
        for c, text in enumerate(grid[r]):
            below = grid[r + 1][c] if c < len(grid[r + 1]) else ""
            name, role = text_to_name(text), is_role_only(below) if below else None
            if name and role and name.name not in taken and (unit := by_pos.get((r, c))):
                out.append(Mention(name.name, role.code, role.score, role.employee, "table_cell", unit,
                                   f"{text}\n{below}", name.first_name))
    return out
