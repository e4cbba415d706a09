"""The labels that say whose the lines under them are: an organ's label line ("Valgkomité:",
"Styret:") or one closing a paragraph, an item of the minutes ("Sak 8: Val"), a table row or
column naming an organ ("Organ": "Representantskapet"; "Kontrollkomité" alone in its row).

``board_scope`` turns them into each mention's scope, ``board_meeting`` ends a proposal's lines
at them; this module sits below both. Words in ``board_scope.json`` (agenda_words,
election_items, organ_headers).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extractor.fields.board_headings import OWN_BOARD, own_org
from extractor.fields.board_line_labels import OTHER_ORGAN, label_of
from extractor.fields.board_mentions import Line, Mention, last_sentence
from extractor.fields.board_owners import org_after
from extractor.fields.context import TextUnit
from extractor.nlp.role_spans import Role
from extractor.nlp.vocab import alternation, scope_words

if TYPE_CHECKING:
    from extractor.fields.board_context import BoardContext

def line_labels(ctx: BoardContext) -> dict[tuple[int, int], Role]:
    """(unit index, line number) -> the organ label above it in its section ("Valgkomité:",
    "Styret:"); a role label ("Varamedlemmer:") ends an organ's scope, a generic role line
    ("Leder: ...") does not."""
    out: dict[tuple[int, int], Role] = {}
    label = None
    in_table: dict[int, Role] = {}  # a table's own separator rows ("Kontrollkomité" alone in its row)
    columns: dict[tuple[int, int], Role] = {}  # organs heading a table's columns ("Styret | Valgkomité")
    holders = _holder_labels(ctx)  # organs titling the cell a table is nested in ("Representantskapet")
    for i, unit, opens in ctx.section_units(cells=True):
        if opens:
            label = None
        if unit.block is None:
            if (found := _separator_label(ctx, i, unit)) is not None:
                in_table[unit.table_index] = found
            elif unit.row and (found := _row_organ(ctx, unit)) is not None:
                out[(i, 0)] = found
            elif unit.row == 0 and (found := _cell_label(ctx, i)) is not None:
                columns[(unit.table_index, unit.col)] = found
            elif (current := in_table.get(unit.table_index) or columns.get((unit.table_index, unit.col))
                  or holders.get(unit.table_index) or label) is not None:
                out[(i, 0)] = current
            continue
        for n, line in enumerate(ctx.lines(i)):
            closing = closing_label(ctx, line)
            if (item := agenda_item(line.text)) is not None:
                label = closing or (OWN_BOARD if item else None)
                continue
            found = label_of(line) or closing
            if found is not None and found.kind == "BODY":
                label = found
            elif found is not None and not found.generic:
                label = None
            elif label is not None:
                out[(i, n)] = label
    return out


def closing_label(ctx: BoardContext, line: Line) -> Role | None:
    """An organ's label closing a paragraph ("Sak 8 Val. Framlegget vart vedteke. Styret for
    2024:") labels the lines under it, as on a line of its own, and a label of others
    ("Revisorer:") ends the organ's scope; another organisation's board
    ("Styret i Arena AS for 2024:", on its own line or closing one) labels them another organ's."""
    if not line.tokens[-1].text.endswith(":"):
        return None
    tail = last_sentence(line)
    for part in (line, tail):
        board = next((s for s in part.roles if s.start == 0 and s.role.kind == "BODY"), None) if part else None
        if board is not None and board.role.code == "BOARD" and not own_org(org_after(part, board.end), ctx.org):
            return OTHER_ORGAN
    found = label_of(tail) if tail is not None else None
    # "... styrets representant. Revisorer:" (a PDF ran the label onto the line above): as on its own line
    return found if found is not None and found.kind in ("BODY", "NOT_BOARD") else None


@lru_cache(maxsize=1)
def _agenda() -> re.Pattern:
    return re.compile(rf"(?:{alternation(scope_words()['agenda_words'])})\s*\d{{1,2}}[a-z]?\b\s*[:.)\-–]?\s*(.*)", re.IGNORECASE)


def agenda_item(text: str) -> bool | None:
    """None unless the line is an item of the minutes ("Sak 8: Val", "Sak 7 Valg"); True when
    the item is the board's election, so the lines under it (to the next label or item) are the
    elected board; False for any other item ("Sak 1: Val av møteleiar")."""
    found = _agenda().fullmatch(text.strip())
    if found is None:
        return None
    title = " ".join(found.group(1).casefold().strip(" :.").split())
    return title in scope_words()["election_items"]


def _row_organ(ctx: BoardContext, unit: TextUnit) -> Role | None:
    """The organ a row names in a column headed as the organs' ("Organ": "Representantskapet",
    "Styret"): the row's members are that organ's; None when the table has no such column."""
    rows = unit.table.rows
    col = header_column([c.text for c in rows[0]], "organ_headers")
    if col is None or unit.row == 0 or col == unit.col or col >= len(rows[unit.row]):
        return None
    kind = ctx.heading_kind(rows[unit.row][col].text.strip())
    return OWN_BOARD if kind == "board" else OTHER_ORGAN if kind in ("other", "foreign") else None


def header_column(headers: list[str], words: str) -> int | None:
    """The first column whose header is one of the ``board_scope.json`` list ``words``, or names
    one of them beside another ("Foretak / selskap")."""
    listed = scope_words()[words]
    return next((k for k, text in enumerate(headers)
                 if any(part.strip().rstrip(":") in listed for part in text.casefold().split("/"))), None)


def _separator_label(ctx: BoardContext, i: int, unit: TextUnit) -> Role | None:
    """The organ a table row names when it holds nothing else ("Styret", "Kontrollkomité",
    "Valgkomité" over their members in one table of all the elected bodies)."""
    if unit.table is None or any(c.text.strip() for k, c in enumerate(unit.table.rows[unit.row]) if k != unit.col):
        return None
    return _cell_label(ctx, i)


def _cell_label(ctx: BoardContext, i: int) -> Role | None:
    """The organ a table cell names and nothing else ("Valgkomité")."""
    lines = ctx.lines(i)
    found = label_of(lines[0]) if len(lines) == 1 else None
    return found if found is not None and found.kind == "BODY" else None


def _holder_labels(ctx: BoardContext) -> dict[int, Role]:
    """table index -> the organ the cell holding that (nested) table names and nothing else
    ("Representantskapet" over its members' table, "Styret" over the board's, side by side in
    one layout row). The holder is found by its cell's Word path: the path's cell number counts
    the row's ``w:tc``, not grid columns (a cell spanning two columns before it shifts these), and
    a row read as one row per line keeps it on every line (the first is the holder's)."""
    nested = {u.table_index: u.table.nested_in for u in ctx.units if u.table is not None and u.table.nested_in}
    if not nested:
        return {}
    cells: dict[str, int] = {}
    for i, u in enumerate(ctx.units):
        if u.table is not None and u.prov.path:
            cells.setdefault(u.prov.path, i)
    out: dict[int, Role] = {}
    for index, path in nested.items():
        i = cells.get(path)
        if i is not None and (found := _cell_label(ctx, i)) is not None:
            out[index] = found
    return out


def line_no(ctx: BoardContext, m: Mention) -> int:
    """The number of the line of its unit a mention was read from (0 in a table cell)."""
    i = ctx.index[id(m.unit)]
    if m.unit.block is None:
        return 0
    first = m.evidence.split("\n")[0]
    return next((n for n, line in enumerate(ctx.lines(i)) if line.text == first), 0)


def attendance_label(line: Line) -> bool:
    """A line opening on a meeting's attendance label: the words before its first colon end in
    one of ``attendance_words`` ("Til stede:", "Forfall:", "Faste medlemer som møtte:")."""
    head, colon, _ = line.text.partition(":")
    if not colon:
        return False
    words = " ".join(head.casefold().split())
    return any(words == w or words.endswith(" " + w) for w in scope_words()["attendance_words"])


def attendance_lines(ctx: BoardContext) -> set[tuple[int, int]]:
    """(unit index, line number) of a meeting's attendance: the line opening on an attendance
    label, the lines of its block after it, the cells of a table right under a block that ends in
    it ("Faste medlemer som møtte:" over Namn | Funksjon), and a table row whose first cell is
    one ("Forfall: | A (vara B møtte)"); to the next label."""
    out: set[tuple[int, int]] = set()
    table: object = None  # the table the last block's attendance runs into
    labelled = {(u.table_index, u.row) for i, u in enumerate(ctx.units)  # "Forfall: | A (vara B møtte)"
                if u.block is None and u.col == 0 and any(attendance_label(line) for line in ctx.lines(i))}
    for i, unit in enumerate(ctx.units):
        if unit.block is None:
            if table == "next" and unit.table_index is not None:
                table = unit.table_index
            if table is not None and unit.table_index == table or (unit.table_index, unit.row) in labelled:
                out.update((i, n) for n in range(max(1, len(ctx.lines(i)))))
            continue
        table, under = None, False
        if unit.is_heading:
            continue
        for n, line in enumerate(ctx.lines(i)):
            if attendance_label(line):
                under = True
            elif label_of(line) is not None or agenda_item(line.text) is not None:
                under = False
            if under:
                out.add((i, n))
        table = "next" if under else None
    return out


def board_meeting_section(heading: str | None) -> bool:
    """Whether a section's heading names a board meeting ("Protokoll fra styremøte 5. november"):
    its attendance is the board."""
    words = (heading or "").casefold()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", words) for w in scope_words()["board_meeting_words"])
