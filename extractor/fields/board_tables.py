"""Board listings set in tables, read into ``Mention``s.

``table``: role and name in neighbouring cells ("Styreleder:" | "Per S. Thoresen", two pairs
per row in a 4-column table), name then role ("Kari Nordmann" | "Styreleder", a club function
such as "Økonomiansvarlig og klubbkontakt"), role words as column headers ("Styreleder" |
"Nestleder"), a "Valgt av" column naming the employees, and signatures set in a table (names
in one row, titles in the row below or above). Members beside their personal deputies are
``board_deputies``' reader; what a cell or a header row says is ``board_table_cells``, what the
lines of a grid of portrait cards are ``board_card_lines``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.fields.board_card_lines import (card_columns, line_kinds, noted_cells, noted_row, noted_under, title_role,
                                               unwrapped_names, wrapped_name_cells, wrapped_names)
from extractor.fields.board_deputies import deputy_for_row, deputy_for_rows, labelled_deputies, other_organ_above, representatives_table
from extractor.fields.board_line_offices import acting_aside
from extractor.fields.board_mentions import Line, Mention
from extractor.fields.board_line_roles import line_roles
from extractor.fields.board_readers import Reader
from extractor.fields.board_context import BoardContext
from extractor.fields.board_table_cells import (HELD_UNTIL, VALGT_AV_WORDS, as_employee, board_header,
                                                bracketed_cell_role, cell_line, cell_name, cell_names, cell_role,
                                                chosen_by_employees, deputy_columns, employees_piece, entity_column,
                                                header_roles, names_by_line, organ_label, other_organ_header,
                                                unit_above)
from extractor.fields.board_table_list import tables_of
from extractor.fields.board_table_label import label_over_table, names_under_label
from extractor.fields.people import text_to_name
from extractor.parse import LONE_YEAR
from extractor.nlp.role_spans import BOARD_CODES, Role
from extractor.nlp.roles import is_employee_elected
from extractor.nlp.vocab import scope_words


MIN_BESIDE = 3  # names beside the members, rows enough to call a column that


_LIST_OPEN = re.compile(r"(?:,|\s(?:og|&|and))\s*$", re.IGNORECASE)


def _continued(lines: dict, r: int, c: int, width: int) -> str:
    """Cell (r, c)'s text, with the cell under it when the cell ends on a list's join ("Kari Dahl og"
    / "Ola Moe": two names a narrow column wrapped) and that row holds nothing else."""
    text = lines[(r, c)].text
    below = lines.get((r + 1, c))
    if not _LIST_OPEN.search(text) or below is None or not below.text.strip() \
            or any(k != c and (other := lines.get((r + 1, k))) is not None and other.text.strip() for k in range(width)):
        return text
    return f"{text} {below.text}"


class TableReader(Reader):
    name = "table"

    def read(self, ctx):
        for table, cells in tables_of(ctx):
            grid = table.text_rows()
            entity = entity_column(grid)
            header = [cell_line(ctx, cells, 0, c) for c in range(len(grid[0]))] if grid else []
            organ = bool(grid) and (other_organ_header(header)
                                    or not board_header(header) and other_organ_above(ctx, unit_above(ctx, cells))
                                    or representatives_table(ctx, grid[0], cells, unit_above(ctx, cells)))
            for m in self.read_one(ctx, table, cells, ("table", id(table))):
                if entity is not None and m.unit.table is table and m.unit.row is not None:
                    m.owner_org = grid[m.unit.row][entity].strip() or m.owner_org
                if organ and m.body is None:
                    m.body = "OTHER"
                yield m

    def read_one(self, ctx, table, cells, listing):
        grid = table.text_rows()
        if not grid:
            return
        if (keep := year_columns(grid, ctx.analysis.report_year)) is not None:  # last year's board beside this
            grid = [[row[c] for c in keep if c < len(row)] for row in grid]
            cells = {(r, k): cells[(r, c)] for r in range(len(grid)) for k, c in enumerate(keep) if (r, c) in cells}
        lines = {(r, c): cell_line(ctx, cells, r, c) for r in range(len(grid)) for c in range(len(grid[r]))}
        headers = header_roles([lines[(0, c)] for c in range(len(grid[0]))])
        if deputy_columns(headers, grid[0], grid[1:]):
            return  # the deputies reader's
        if any(s.role.code == "GROUP" for c in range(len(grid[0])) if lines[(0, c)] for s in lines[(0, c)].roles):
            return  # "Gruppe | Leiar | Kasserar": the groups' own boards
        roled = any((role := cell_role(line)) and role.code in BOARD_CODES for line in lines.values())
        if not any(headers) and not roled and (label := label_over_table(ctx, cells)) is not None:
            yield from names_under_label(ctx, grid, cells, lines, label, listing)  # "Varamedlemmer:" over names
            return
        # a first row "Varamedlemer | Kari Dahl, Ola Lie" is a row label and its names, no headers
        if any(headers) and not any(cell_name(t) or cell_names(t) for t in grid[0] if t) and not _repeated_role_rows(lines, grid) \
                and not _role_column(lines, grid, headers):
            yield from self._by_header(ctx, grid, cells, lines, headers, listing)
            return
        found: list[Mention] = []
        above: dict[int, Role] = {}  # a column's role carried into rows that leave it blank
        beside = beside_member_columns(grid, lines)
        group = False  # under a row "Valgt av og blant de ansatte": the employees' members
        past = False  # below the board's rows, a row of another office (valgkomité, revisor)
        deputies = deputy_for_rows(grid)  # under a deputies' label row ("Personlige varamedlemmer:"): rows "for A | B"
        for r, row in enumerate(grid):
            if (chooser := _chooser_row(row, [lines.get((r, c)) for c in range(len(row))])) is not None:
                group = chooser
                continue
            if deputies and (paired := deputy_for_row(ctx, cells, r, row, self.name, listing)) is not None:
                found += paired
                continue
            deputies = _deputies_label_row(row, lines, r)
            row_found = self._row(ctx, cells, lines, r, len(row), listing, above, beside)
            for c, text in enumerate(row):
                if text.strip():
                    above.pop(c, None)
                    if (role := cell_role(lines.get((r, c)))) is not None and role.code in ("MEDL", "VARA", "OBS"):
                        above[c] = role  # one chair only: a blank under "Leder" repeats nothing
            if past:  # "Leder jollegruppa", "Havneansvarleg" under the valgkomité: the club's other offices
                row_found = [m for m in row_found if m.role is None or m.role.kind != "FUNCTION"]
            past = past or _other_office_row(lines.get((r, 0)), found)
            # a cell listing names, each with its own bracket ("A (eiervalgt) og B (ansattvalgt)"), said whom already
            if chosen_by_employees([t for t in row if not cell_names(t)]):
                row_found = _employee_cells(row, row_found)
            elif group:
                row_found = [as_employee(m) for m in row_found]
            found += row_found
        wrapped = {id(ctx.units[cells[rc]]) for rc in wrapped_name_cells(grid, lines) if rc in cells}
        yield from (m for m in found if id(m.unit) not in wrapped or m.first_name == "known")
        yield from self._column_stacks(ctx, grid, cells, lines, {m.name for m in found}, listing)

    def _by_header(self, ctx, grid, cells, lines, headers, listing):
        grid = unwrapped_names(grid, lines)
        found: list[Mention] = []
        above: dict[int, list[Mention]] = {}  # by column: a line under a name may say who chose it
        for r, row in enumerate(grid[1:], start=1):
            noted, under = noted_cells(row), noted_row(grid, r)
            for c, text in enumerate(row):
                i = cells.get((r, c))
                if c >= len(headers) or headers[c] is None or i is None or not text:
                    continue
                employee = (chosen_by_employees(row) if noted is None else c in noted) or noted_under(grid, r, c) or c in under
                inline = [m for line in ctx.lines(i) for m in ctx.line_mentions(line, self.name, listing)]
                if headers[c].code == "VARA":
                    inline = labelled_deputies(inline, headers[c])
                if not inline and (name := cell_name(text)):
                    role = replace(headers[c], employee=headers[c].employee or employee)
                    inline = [Mention(name.name, role, self.name, ctx.units[i], f"{grid[0][c]}: {text}",
                                      name.first_name, listing)]
                elif not inline and noted is None and chosen_by_employees([text]):
                    # "Styremedlem" over "Eli Dahl" over "Vald av dei tilsette": a card's line under its name
                    for m in above.get(c, ()):
                        as_employee(m)
                inline = [as_employee(m) if employee else m for m in inline]
                above[c] = inline or above.get(c, [])
                found += inline
        yield from found

    def _row(self, ctx, cells, lines, r, width, listing, above, beside=frozenset()) -> list[Mention]:
        """Role cell then name cell, name cell then role cell, or both in one cell; a blank role
        cell under "Styremedlem" holds that role again (one label, several names). A role a cell of
        a column ``beside`` the members names of itself, other than a deputy's, is a doubt."""
        out: list[Mention] = []
        organ = organ_label(lines.get((r, 0)))  # the row is that organ's
        c = 0
        while c < width:
            i = cells.get((r, c))
            here, nxt = lines.get((r, c)), lines.get((r, c + 1))
            unit = ctx.units[i] if i is not None else None
            role, name = cell_role(here), cell_name(here.text) if here else None
            if role is None and (here is None or not here.text.strip()):
                role = above.get(c)
            single = cell_name(nxt.text) if role and nxt is not None else None
            if role and nxt is not None and (others := [(single, employees_piece(nxt.text)[1])] if single
                                             else cell_names(_continued(lines, r, c + 1, width))):
                acting = here is not None and any(acting_aside(here, s) for s in here.roles)  # "Leiar (fungerande):"
                listed = [Mention(other.name, role, self.name, ctx.units[cells[(r, c + 1)]],
                                  f"{here.text if here else ''} {nxt.text}".strip(), other.first_name, listing,
                                  new=acting) for other, _ in others]  # "Varamenn | Einar Ås, Tor Lie": each of them
                if single and HELD_UNTIL.search(nxt.text):
                    listed[0].left = True  # "Kasserer | Torill Sundby (til 1. september)": the seat ended in the year
                out += [as_employee(m) if chosen else m for m, (_, chosen) in zip(listed, others)]
                c += 2
                continue
            if role and (listed := names_by_line(ctx, cells.get((r, c + 1)))):
                out += [Mention(other.name, bracketed_cell_role(line, role), self.name,
                                ctx.units[cells[(r, c + 1)]],
                                f"{here.text if here else ''} {line}".strip(), other.first_name, listing)
                        for line, other in listed]  # "Varamedlemmer | Ola Dahl¶Kari Moe (vara)": each of them
                c += 2
                continue
            if name and (back := cell_role(nxt)):
                out.append(Mention(name.name, back, self.name, unit, f"{here.text} {nxt.text}", name.first_name,
                                   listing))
                c += 2
                continue
            if i is not None:
                for line in ctx.lines(i):
                    for m in ctx.line_mentions(line, self.name, listing):
                        if c in beside and m.code != "VARA":
                            m.context.append("beside_members")
                        if c and organ and m.body is None:
                            m.body = "OTHER"  # "Valgkomité | Tordis Bakken (leder), Knut Sveen": that organ's
                        out.append(m)
            c += 1
        return out

    def _column_stacks(self, ctx, grid, cells, lines, taken, listing):
        """Signatures set in a table: a name cell over a title cell, or a title over a name, all
        one way round (the first row holding names or titles decides; titles first and titles alone
        in the last row are a doubt), blank rows and signature rules between. A table that starts
        and ends with names, one title fewer than names in a column, has its first titles on the
        line above it (the title over each name)."""
        columns = [wrapped_names(col)[0] for col in card_columns(grid, lines)]
        kinds = [line_kinds(col) for col in columns]
        first = min(((r, c, k) for c, (col, ks) in enumerate(zip(columns, kinds)) for (r, _), k in zip(col, ks)
                     if k != "O"), default=None)
        order = {"R": "role_first", "N": "name_first"}.get(first[2] if first else None)
        last_row = max((r for col in columns for r, _ in col), default=None)
        last = {k for col, ks in zip(columns, kinds) for (r, _), k in zip(col, ks) if r == last_row and k not in "OQ"}
        lead, lead_text = _lead_roles(ctx, cells) if order == "name_first" else (None, "")
        named = [k for k in kinds if k]
        if lead and len(lead) == len(named) and all(k[0] == k[-1] == "N" and k.count("N") == k.count("R") + 1
                                                    for k in named):
            order = "role_first"
        else:
            lead = None
        # titles over names end on names; a grid that starts and ends on titles alone does not tell
        # which way it goes (names over titles may end on names: members signing without a title)
        unclear = not lead and first is not None and first[2] == "R" and last_row > first[0] and last == {"R"}
        for c, (col, kind) in enumerate(zip(columns, kinds)):
            if lead and kind:
                (r, line), role = col[0], lead[len([k for k in kinds[:c] if k])]
                if (name := text_to_name(line.text)) and name.name not in taken:
                    yield Mention(name.name, role, self.name, ctx.units[cells[(r, c)]],
                                  f"{lead_text}\n{line.text}", name.first_name, listing)
            for k, ((r, upper), (below, lower)) in enumerate(zip(col, col[1:])):
                name_line, role_line = (upper, lower) if order == "name_first" else (lower, upper)
                name, role = text_to_name(name_line.text), title_role(role_line)
                if name and role and name.name not in taken:
                    row = r if order == "name_first" else below
                    found = Mention(name.name, role, self.name, ctx.units[cells[(row, c)]],
                                    f"{upper.text}\n{lower.text}", name.first_name, listing)
                    # a third line under the pair saying who chose the member ("vald av dei tilsette"); with
                    # titles over names, only a line that is no next card's title ("Q": no name under it)
                    chosen = k + 2 < len(col) and chosen_by_employees([col[k + 2][1].text]) \
                        and (order == "name_first" or kind[k + 2] == "Q")
                    if unclear:
                        found.context.append("grid_unclear")
                    yield as_employee(found) if chosen else found


DEPUTIES_LABEL = re.compile(r"^(?:\w+\s+)?vara(?:medlem|representant|menn)\w*\s*:?$", re.IGNORECASE)


def _deputies_label_row(row: list[str], lines: dict, r: int) -> bool:
    """A row that is only a deputies' label ("Personlige varamedlemmer:", nn "Personlege varamedlemer:",
    whose adjective the role vocabulary may not know in that form)."""
    filled = [c for c, text in enumerate(row) if text.strip()]
    if len(filled) != 1 or cell_name(row[filled[0]]) is not None:
        return False
    role = cell_role(lines.get((r, filled[0])))
    return role is not None and role.code == "VARA" or bool(DEPUTIES_LABEL.match(row[filled[0]].strip()))


def _other_office_row(line: Line | None, found: list[Mention]) -> bool:
    """A row naming an office outside the board (a committee, the auditor) after the board's own
    rows: the table runs on into the organisation's other offices from here."""
    if line is None or not any(m.role is not None and m.role.kind == "ROLE" and m.code in BOARD_CODES for m in found):
        return False
    return any(s.role.kind == "NOT_BOARD" or s.role.kind == "BODY" and s.role.code == "OTHER" for s in line.roles)


def beside_member_columns(grid: list[list[str]], lines: dict) -> set[int]:
    """Columns of people beside the members, in a table with no header row: right of another
    column of names, most of their cells a name with no role of its own ("Siri Hovda, Nordvik"
    beside each member). They are personal deputies by that parallel, which nothing states, so
    a role other than a deputy's that one of their cells names of itself ("Ola Dahl,
    ansattrepresentant") is a doubt; a role from the cell left of it ("Styremedlem | Liv Berg") is not."""
    def bare(r: int, c: int) -> bool:
        line = lines.get((r, c))
        return cell_name(grid[r][c]) is not None and line is not None and not line.roles

    out = set()
    for c in range(1, max(map(len, grid))):
        rows = [r for r in range(len(grid)) if c < len(grid[r]) and grid[r][c].strip()]
        beside = [r for r in rows if bare(r, c) and any(cell_name(grid[r][k]) for k in range(c))]
        if len(beside) >= MIN_BESIDE and 2 * len(beside) > len(rows):
            out.add(c)
    return out


def _lead_roles(ctx: BoardContext, cells: dict) -> tuple[list[Role] | None, str]:
    """(roles, text) of the line just above a table ("Styreleder    Nestleder"), if it holds
    only roles."""
    above = unit_above(ctx, cells)
    if above is None or not (found := ctx.lines(above)):
        return None, ""
    return line_roles(found[-1]), found[-1].text


def _repeated_role_rows(lines: dict, grid: list[list[str]]) -> bool:
    """Titles in more than one row with names between (signatures set in a table, the title
    above each name): the first row's roles are then no column headers."""
    role_rows = [r for r, row in enumerate(grid)
                 if any(t.strip() for t in row) and all(cell_role(lines.get((r, c))) for c, t in enumerate(row)
                                                        if t.strip())]
    return len(role_rows) > 1 and role_rows[1] > role_rows[0] + 1


def _role_column(lines: dict, grid: list[list[str]], headers: list[Role | None]) -> bool:
    """A column under no role header whose cells are roles ("Verv | Namn | | Personleg vara":
    "Styreform. | Sigve Rygg | Varamedl. | ..."): each row says its own roles, so the header's
    roles are not the only ones."""
    for c, header in enumerate(headers):
        texts = [(r, row[c]) for r, row in enumerate(grid[1:], start=1) if c < len(row) and row[c].strip()]
        if header is None and len(texts) >= 2 and \
                sum(cell_role(lines.get((r, c))) is not None for r, _ in texts) * 2 > len(texts):
            return True
    return False


def year_columns(grid: list[list[str]], year: int | None) -> list[int] | None:
    """"Verv | Styret 2022 | Styret 2023", "Verv | 2023 | 2022": one name column per year beside
    the roles, headed alike but for the year, names under each. The columns to read: the report
    year's and those without a year (the others hold another year's board); None for any other."""
    if year is None or not grid or len(grid[0]) < 3:
        return None
    dated = [LONE_YEAR.findall(text) for text in grid[0]]
    years = {c: int(found[0]) for c, found in enumerate(dated) if c and len(found) == 1}
    if dated[0] or len(years) < 2 or year not in years.values() or len(set(years.values())) != len(years) \
            or len({LONE_YEAR.sub("", grid[0][c]).strip(" :").casefold() for c in years}) != 1:
        return None
    for c in years:  # names under each year: a statement's year columns hold figures
        filled = [row[c] for row in grid[1:] if c < len(row) and row[c].strip()]
        if not filled or sum(1 for text in filled if cell_name(text)) * 2 < len(filled):
            return None
    return [c for c in range(len(grid[0])) if c not in years or years[c] == year]


def _chooser_row(row: list[str], lines: list[Line | None]) -> bool | None:
    """A row naming only who chose the members under it, set across the table ("Valgt av
    generalforsamlingen" / "Valgt av og blant de ansatte" over "Styremedlem | Ole Dahl"): True
    when the employees chose them, False for another chooser, None for any other row (a name or a
    role in it, or no choosing word)."""
    texts = [t.strip() for t in row if t and t.strip()]
    if not texts or len(set(texts)) > 1 or any(cell_name(t) for t in texts):
        return None
    if any(line is not None and any(s.role.kind == "ROLE" for s in line.roles) and not is_employee_elected(texts[0])
           for line in lines):
        return None
    words = [w.casefold() for w in texts[0].split()[:2]]
    chose = set(scope_words()["adopted_words"]) | set(scope_words()["appointing_verbs"])
    if chosen_by_employees(texts[:1]) or is_employee_elected(texts[0]) and len(texts[0].split()) <= VALGT_AV_WORDS:
        return True  # a sentence saying so ("Styret har fem medlemmer, ... ett valgt av de ansatte.") heads no one
    return False if words and words[0] in chose and len(texts[0].split()) <= 6 else None


def _employee_cells(row: list[str], found: list[Mention]) -> list[Mention]:
    """A row that says the employees chose someone: all its members when it is one member's row
    ("Styremedlem | Ola Dahl | Ansattes representant"); in a row of people, one to a cell (a grid
    of portraits, "Name Styremedlem Ansattes representant" in each), only the cell's that says so."""
    columns = {m.unit.col for m in found if m.unit is not None and m.unit.row is not None}
    saying = {c for c in columns if c is not None and c < len(row) and chosen_by_employees([row[c]])}
    if len(columns) < 2 or not saying:  # "Ansattes representanter | Ola Dahl | Kari Moe": the label's row
        return [as_employee(m) for m in found]
    return [as_employee(m) if m.unit is not None and m.unit.col in saying else m for m in found]
