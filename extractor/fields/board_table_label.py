"""A table of names under a role label ("Varamedlemmer:" over Navn | Kommune, "Følgende har møtt
som observatører:" over Navn | Representerer): no role in its cells or headers, so the label on
the line right above it gives each name its role. Read as the label lists are (reader
``name_list``): the label says the role, the table only holds the names."""
from __future__ import annotations

from extractor.fields.board_line_labels import column_headers, label_of
from extractor.fields.board_mentions import Line, Mention
from extractor.fields.board_context import BoardContext
from extractor.fields.board_table_cells import cell_name, unit_above
from extractor.nlp.role_spans import Role

READER = "name_list"


def label_over_table(ctx: BoardContext, cells: dict) -> Role | None:
    """The role (not an organ) a label line right above the table names, if any."""
    above = unit_above(ctx, cells)
    if above is None or not (lines := ctx.lines(above)):
        return None
    role = label_of(lines[-1])
    return role if role is not None and role.kind == "ROLE" and lines[-1].tokens[-1].text.endswith(":") else None


def names_under_label(ctx: BoardContext, grid: list[list[str]], cells: dict, lines: dict[tuple[int, int], Line | None],
                      role: Role, listing) -> list[Mention]:
    """Each cell that is a name, past a header row of column words ("Navn | Representerer")."""
    start = 1 if any(line is not None and column_headers(line) for c in range(len(grid[0]))
                     if (line := lines.get((0, c)))) else 0
    found = []
    for r in range(start, len(grid)):
        for c, text in enumerate(grid[r]):
            if (i := cells.get((r, c))) is not None and (name := cell_name(text)) is not None:
                found.append(Mention(name.name, role, READER, ctx.units[i], text, name.first_name, listing))
    return found
