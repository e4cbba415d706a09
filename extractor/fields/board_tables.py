"""Board listings set in tables, read into ``Mention``s.

``table``: role and name in neighbouring cells ("Styreleder:" | "Per S. Thoresen", two pairs
per row in a 4-column table), name then role ("Kari Nordmann" | "Styreleder", a club function
such as "Økonomiansvarlig og klubbkontakt"), role words as column headers ("Styreleder" |
"Nestleder"), a "Valgt av" column naming the employees, and signatures set in a table (names
in one row, titles in the row below or above). ``deputies``: members beside their personal
deputies ("Medlemmer" | "Personlige varamedlemmer"), as a table or as tab-set columns, the
members' column read for roles as well ("Arne Hansen, styreleder" | "Siri Dahl").
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Table
from extractor.fields.board_asides import appointer_span
from extractor.fields.board_lines import acting_aside
from extractor.fields.board_mentions import Line, Mention
from extractor.fields.board_line_roles import RULE, column_role, function_role, line_names, line_roles
from extractor.fields.board_readers import Reader
from extractor.fields.board_labels import header_column
from extractor.fields.board_scope import BoardContext, scope_words
from extractor.fields.board_table_label import label_over_table, names_under_label
from extractor.fields.people import NameMatch, leading_name, text_to_name
from extractor.nlp import vocab
from extractor.nlp.role_spans import BOARD_CODES, Role
from extractor.nlp.roles import is_employee_elected, role_code, title_words

MEDL = Role("ROLE", "MEDL")


SIDE_GAP = 60.0  # points between two tables whose rows line up: one table the finder cut in two
ROW_SLACK = 3.0  # points row tops may differ by


def tables_of(ctx: BoardContext):
    """(table, {(row, col): unit index}) for every table; two tables side by side under one
    heading whose rows line up one for one are one ("Verv | Namn | ..." beside "Personleg
    vara | Krins", where a text table's wide gap cut it)."""
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
        out.append((table, cells))
        k += 1
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


def cell_name(text: str) -> NameMatch | None:
    """A cell's name, with the member's home place or office after a comma stepped over ("Gudrun
    Flatebø, Nordvik", "Eli Dahl, sokneprest"); a second person's name there is no place ("Kari
    Dahl, Ola Moe")."""
    if (found := text_to_name(text)) is not None:
        return found
    if (bare := _REMARK.sub("", text)) != text:
        return cell_name(bare)  # "Lene Myr (leil. 31)": a numbered remark in brackets after the name
    words = text.split()
    if words and words[0].islower() and (role_code(words[0]) or ("",))[0] == "DAGL":
        return text_to_name(" ".join(words[1:]))  # "disponent Kari Dahl" in a member's cell: her occupation
    if text.count(",") != 1:
        return None
    name, after = (part.strip() for part in text.split(","))
    words = after.split()
    # an office or a dwelling: "sokneprest", "leil. 14" (a borettslag's members by their flats)
    office = 0 < len(words) <= 3 and all(w[:1].islower() or w.isdigit() for w in words) and words[0][:1].islower()
    if not office and (not 0 < len(words) <= 2 or not words[0][:1].isupper() or leading_name(words) is not None):
        return None
    return text_to_name(name)


_REMARK = re.compile(r"\s*\((?=[^()]*\d)(?:[^()\s]+\s*){1,3}\)\s*$")  # a flat, a term: no role
_LIST_SPLIT = re.compile(r"\s*(?:,|;|&|\bog\b|\band\b)\s*")


def cell_names(text: str) -> list[NameMatch]:
    """The names a cell lists ("Einar Ås, Tor Lie", "Siv Rem og Per Aas"): every piece a name,
    two at least; else none."""
    pieces = [p for p in _LIST_SPLIT.split(text.strip()) if p]
    names = [text_to_name(p) for p in pieces]
    return names if len(names) >= 2 and all(names) else []


def _names_by_line(ctx: BoardContext, index: int | None) -> list[tuple[str, NameMatch]]:
    """A cell's names one per line (paragraphs in Word, text lines in a PDF) where its text run
    together is no name ("Ola Dahl Kari Moe"): every line a name, two at least; else none."""
    if index is None:
        return []
    unit = ctx.units[index]
    lines = unit.table.rows[unit.row][unit.col].lines
    names = [(line, cell_name(line)) for line in lines]
    return names if len(names) >= 2 and all(name for _, name in names) else []


def _cell_line(ctx: BoardContext, cells: dict, r: int, c: int) -> Line | None:
    i = cells.get((r, c))
    lines = ctx.lines(i) if i is not None else []
    return lines[0] if len(lines) == 1 else None


def _cell_role(line: Line | None) -> Role | None:
    return None if line is None else (column_role(line) or function_role(line))


def _header_role(line: Line | None) -> Role | None:
    """A column header naming the role of the names below it ("Varamedlemmer", "Medlemmer",
    "Daglig leder" over a signature)."""
    if line is None:
        return None
    role = column_role(line)
    if role is not None and (role.code in BOARD_CODES or role.code == "DAGL"):  # signatures: titles over names
        return role
    if role is not None and role.kind == "EMPLOYEE_ELECTED":  # "Ansattes representant", nn "Tilsette sin ..."
        return replace(MEDL, employee=True)
    return MEDL if line.text.casefold().strip(" :") in scope_words()["member_headers"] else None


HEADER_WORDS = 5  # a header cell is a short phrase; a portrait cell under no header holds a name, a role, a remark


def other_organ_header(row: list[Line | None]) -> bool:
    """A header row naming another organ and not the board ("Kommune | Utsendinger til årsmøtet |
    Vararepresentanter", "Representantskapet | Vara"): the table lists that organ's people, its
    deputies too. A header saying who chose the members ("Valgt av årsmøtet", "Oppnevnt av
    representantskapet") names no organ of its own."""
    adopted = scope_words()["adopted_words"]
    if any(line is not None and line.word_count() > HEADER_WORDS for line in row):
        return False
    bodies = [s.role.code for line in row if line is not None
              and not any(w.casefold() in adopted for w in line.words if w)
              for s in line.roles if s.role.kind == "BODY" and not appointer_span(line, s)]
    board = any(s.role.kind == "BODY" and s.role.code == "BOARD" for line in row if line is not None for s in line.roles)
    return "OTHER" in bodies and not board


def header_roles(row: list[Line | None]) -> list[Role | None]:
    """The roles a header row gives its columns; a header naming only the board ("Styret") heads
    its members' column when another header names another body ("Eierkommune | Representantskapet
    | Styret | Varamedlemmer": one table of bodies), not as a group title over roles alone."""
    bodies = any(line is not None and any(s.role.kind == "BODY" and s.role.code == "OTHER" for s in line.roles)
                 for line in row)
    return [MEDL if bodies and _body_only(line, "BOARD") else _header_role(line) for line in row]


def _body_only(line: Line | None, code: str) -> bool:
    """A cell that names one body and nothing else: the board ("Styret", "Styre"; ``code``
    BOARD), another organ ("Valgkomité", "Kontrollkomiteen"; OTHER)."""
    return line is not None and len(line.roles) == 1 and line.roles[0].role.kind == "BODY" \
        and line.roles[0].role.code == code and len([w for w in line.words if w]) == line.roles[0].end - line.roles[0].start


VALGT_AV_WORDS = 8  # a "Valgt av" cell is a phrase, not a layout cell's whole text ("Board of Directors\nChair ...")


def _employees(texts: list[str]) -> bool:
    """A "Valgt av" cell saying the employees chose this member: the body alone ("De ansatte") or
    an employee phrase in it ("Valgt av og blant de ansatte", "Ansattvalgt 2023-2025"), not a
    label of the next cell ("Ansattvalg:" beside another member in a four-column table)."""
    words = scope_words()["elected_by_employees"]
    # a cell in two languages is read side by side ("Bargit / De ansatte": North Sámi and bokmål)
    parts = [p for t in texts if t for p in (t, *t.split(" / ")[1:])]
    return any(t.strip(" .:").casefold() in words or is_employee_elected(t) and not t.rstrip().endswith(":")
               and "\n" not in t.strip() and len(t.split()) <= VALGT_AV_WORDS for t in parts if t)


def entity_column(grid: list[list[str]]) -> int | None:
    """A column of organisations in a header row ("Selskap | Daglig leder | Styreleder", "Regionlag |
    Leder | Medlemmer", "Klubb | Leiar"): each row's people hold their roles in the row's
    organisation (a subsidiary's chair, a branch's or a member club's leader is not the report's).
    An organisation-kind word heads such a column only as the first one, the rows' subject: after
    the names ("Verv | Navn | Klubb") it is the member's home club, and what members sit for
    ("Kommune | Representant") is none."""
    if not grid:
        return None
    found = header_column(grid[0], "entity_headers")
    if found is not None:
        return found
    word = grid[0][0].strip().casefold().rstrip(":") if grid[0] else ""
    kind = word and " " not in word and word not in scope_words()["represented_headers"] and vocab.is_org_kind_word(word, 3)
    return 0 if kind and len(grid[0]) > 1 and not _role_cells(grid[1:]) else None


def _role_cells(rows: list[list[str]]) -> bool:
    """Whether a column holds a role in most rows ("Klubb | Navn | Verv" with "Leder", "Styremedlem"
    down it): a board whose members come from the clubs, not the clubs' own leaders."""
    width = max((len(r) for r in rows), default=0)
    return any(sum(bool(c < len(r) and role_code(r[c])) for r in rows) * 2 >= len(rows) for c in range(1, width))


def _is_deputy_header(role: Role | None, text: str) -> bool:
    return role is not None and role.code == "VARA" or "vara" in text.casefold()


def deputy_columns(headers: list[Role | None], texts: list[str]) -> tuple[int, list[int]] | None:
    """(member column, deputy columns) of a header row such as "Medlemmer | Personlige varamedlemmer",
    or "Verv | Navn | Personleg vara" (the members under a name header, their roles in a column)."""
    deputies = [c for c, (role, text) in enumerate(zip(headers, texts)) if _is_deputy_header(role, text)]
    members = [c for c, role in enumerate(headers) if role is not None and c not in deputies] or \
        [c for c, text in enumerate(texts) if text.casefold().strip(" :") in scope_words()["name_headers"]
         and deputies and c < deputies[0] and all(texts[k].strip() for k in range(c + 1, deputies[0]))]
    # a name header beside the deputies, or with headed columns between ("Navn | Kommune | Personlig
    # varamedlem": the member's home); a column between with no header holds the deputies' roles
    if any(headers[c] is not None and headers[c].code != "MEDL" for c in members):
        return None  # "Styreleder | Nestleder | ... | Varamedlem": roles over names, not deputies
    return (members[0], deputies) if members and deputies and members[0] < deputies[0] else None


MIN_BESIDE = 3  # names beside the members, rows enough to call a column that


class TableReader(Reader):
    name = "table"

    def read(self, ctx):
        for table, cells in tables_of(ctx):
            grid = table.text_rows()
            entity = entity_column(grid)
            organ = bool(grid) and other_organ_header([_cell_line(ctx, cells, 0, c) for c in range(len(grid[0]))])
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
        lines = {(r, c): _cell_line(ctx, cells, r, c) for r in range(len(grid)) for c in range(len(grid[r]))}
        headers = header_roles([lines[(0, c)] for c in range(len(grid[0]))])
        if deputy_columns(headers, grid[0]):
            return  # the deputies reader's
        if any(s.role.code == "GROUP" for c in range(len(grid[0])) if lines[(0, c)] for s in lines[(0, c)].roles):
            return  # "Gruppe | Leiar | Kasserar": the groups' own boards
        roled = any((role := _cell_role(line)) and role.code in BOARD_CODES for line in lines.values())
        if not any(headers) and not roled and (label := label_over_table(ctx, cells)) is not None:
            yield from names_under_label(ctx, grid, cells, lines, label, listing)  # "Varamedlemmer:" over names
            return
        if any(headers) and not any(cell_name(t) for t in grid[0] if t) and not _repeated_role_rows(lines, grid) \
                and not _role_column(lines, grid, headers):
            yield from self._by_header(ctx, grid, cells, headers, listing)
            return
        found: list[Mention] = []
        above: dict[int, Role] = {}  # a column's role carried into rows that leave it blank
        beside = beside_member_columns(grid, lines)
        for r, row in enumerate(grid):
            row_found = self._row(ctx, cells, lines, r, len(row), listing, above, beside)
            for c, text in enumerate(row):
                if text.strip():
                    above.pop(c, None)
                    if (role := _cell_role(lines.get((r, c)))) is not None and role.code in ("MEDL", "VARA", "OBS"):
                        above[c] = role  # one chair only: a blank under "Leder" repeats nothing
            if _employees(row):
                row_found = _employee_cells(row, row_found)
            found += row_found
        yield from found
        yield from self._column_stacks(ctx, grid, cells, lines, {m.name for m in found}, listing)

    def _by_header(self, ctx, grid, cells, headers, listing):
        for r, row in enumerate(grid[1:], start=1):
            employee = _employees(row)
            for c, text in enumerate(row):
                i = cells.get((r, c))
                if c >= len(headers) or headers[c] is None or i is None or not text:
                    continue
                inline = [m for line in ctx.lines(i) for m in ctx.line_mentions(line, self.name, listing)]
                if headers[c].code == "VARA":
                    inline = _labelled_deputies(inline, headers[c])
                if not inline and (name := cell_name(text)):
                    role = replace(headers[c], employee=headers[c].employee or employee)
                    inline = [Mention(name.name, role, self.name, ctx.units[i], f"{grid[0][c]}: {text}",
                                      name.first_name, listing)]
                yield from (_as_employee(m) if employee else m for m in inline)

    def _row(self, ctx, cells, lines, r, width, listing, above, beside=frozenset()) -> list[Mention]:
        """Role cell then name cell, name cell then role cell, or both in one cell; a blank role
        cell under "Styremedlem" holds that role again (one label, several names). A role a cell of
        a column ``beside`` the members names of itself, other than a deputy's, is a doubt."""
        out: list[Mention] = []
        organ = _body_only(lines.get((r, 0)), "OTHER")  # the row is that organ's
        c = 0
        while c < width:
            i = cells.get((r, c))
            here, nxt = lines.get((r, c)), lines.get((r, c + 1))
            unit = ctx.units[i] if i is not None else None
            role, name = _cell_role(here), cell_name(here.text) if here else None
            if role is None and (here is None or not here.text.strip()):
                role = above.get(c)
            if role and nxt is not None and (others := [found] if (found := cell_name(nxt.text)) else cell_names(nxt.text)):
                acting = here is not None and any(acting_aside(here, s) for s in here.roles)  # "Leiar (fungerande):"
                out += [Mention(other.name, role, self.name, ctx.units[cells[(r, c + 1)]],
                                f"{here.text if here else ''} {nxt.text}".strip(), other.first_name, listing,
                                new=acting)
                        for other in others]  # "Varamenn | Einar Ås, Tor Lie": each of them
                c += 2
                continue
            if role and (listed := _names_by_line(ctx, cells.get((r, c + 1)))):
                out += [Mention(other.name, role, self.name, ctx.units[cells[(r, c + 1)]],
                                f"{here.text if here else ''} {line}".strip(), other.first_name, listing)
                        for line, other in listed]  # "Varamedlemmer | Ola Dahl¶Kari Moe": each of them
                c += 2
                continue
            if name and (back := _cell_role(nxt)):
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
        one way round (the first row holding names or titles decides), blank rows and signature
        rules between. A table that starts and ends with names, one title fewer than names in a
        column, has its first titles on the line above it (the title over each name)."""
        columns = [_wrapped_names([(r, lines.get((r, c))) for r in range(len(grid)) if c < len(grid[r])
                                   and grid[r][c].strip() and not RULE.match(grid[r][c]) and lines.get((r, c)) is not None])
                   for c in range(max(len(row) for row in grid))]
        kinds = [["R" if _cell_role(line) else "N" if text_to_name(line.text) else "O" for _, line in col]
                 for col in columns]
        first = min(((r, c, k) for c, (col, ks) in enumerate(zip(columns, kinds)) for (r, _), k in zip(col, ks)
                     if k != "O"), default=None)
        order = {"R": "role_first", "N": "name_first"}.get(first[2] if first else None)
        lead, lead_text = _lead_roles(ctx, cells) if order == "name_first" else (None, "")
        named = [k for k in kinds if k]
        if lead and len(lead) == len(named) and all(k[0] == k[-1] == "N" and k.count("N") == k.count("R") + 1
                                                    for k in named):
            order = "role_first"
        else:
            lead = None
        for c, (col, kind) in enumerate(zip(columns, kinds)):
            if lead and kind:
                (r, line), role = col[0], lead[len([k for k in kinds[:c] if k])]
                if (name := text_to_name(line.text)) and name.name not in taken:
                    yield Mention(name.name, role, self.name, ctx.units[cells[(r, c)]],
                                  f"{lead_text}\n{line.text}", name.first_name, listing)
            for k, ((r, upper), (below, lower)) in enumerate(zip(col, col[1:])):
                name_line, role_line = (upper, lower) if order == "name_first" else (lower, upper)
                name, role = text_to_name(name_line.text), _cell_role(role_line)
                if name and role and name.name not in taken:
                    row = r if order == "name_first" else below
                    found = Mention(name.name, role, self.name, ctx.units[cells[(row, c)]],
                                    f"{upper.text}\n{lower.text}", name.first_name, listing)
                    # names over titles: a third line under the pair saying who chose the member ("vald av
                    # dei tilsette"); with titles over names, the line after a name is the next one's title
                    chosen = order == "name_first" and k + 2 < len(col) and _employees([col[k + 2][1].text])
                    yield _as_employee(found) if chosen else found


def _wrapped_names(col: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """A column's cells with a name wrapped onto two of them over its title joined into one
    ("Øystein" / "Bredesen" / "Styreleder": a photo card's caption set as a table's column)."""
    out: list[tuple[int, Line]] = []
    k = 0
    while k < len(col):
        (r, upper), rest = col[k], col[k + 1:k + 3]
        joined = text_to_name(text := f"{upper.text} {rest[0][1].text}") if len(rest) == 2 else None
        if joined is not None and joined.first_name == "known" and not _cell_role(upper) \
                and not _cell_role(rest[0][1]) and _cell_role(rest[1][1]) and not text_to_name(rest[0][1].text):
            lower = rest[0][1]
            out.append((r, Line(upper.unit, upper.tokens + lower.tokens, upper.words + lower.words, [], [0], _text=text)))
            k += 2
            continue
        out.append(col[k])
        k += 1
    return out


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
    first = min(cells.values(), default=0) - 1
    if first < 0 or ctx.units[first].block is None or not (found := ctx.lines(first)):
        return None, ""
    return line_roles(found[-1]), found[-1].text


def _repeated_role_rows(lines: dict, grid: list[list[str]]) -> bool:
    """Titles in more than one row with names between (signatures set in a table, the title
    above each name): the first row's roles are then no column headers."""
    role_rows = [r for r, row in enumerate(grid)
                 if any(t.strip() for t in row) and all(_cell_role(lines.get((r, c))) for c, t in enumerate(row)
                                                        if t.strip())]
    return len(role_rows) > 1 and role_rows[1] > role_rows[0] + 1


def _role_column(lines: dict, grid: list[list[str]], headers: list[Role | None]) -> bool:
    """A column under no role header whose cells are roles ("Verv | Namn | | Personleg vara":
    "Styreform. | Sigve Rygg | Varamedl. | ..."): each row says its own roles, so the header's
    roles are not the only ones."""
    for c, header in enumerate(headers):
        texts = [(r, row[c]) for r, row in enumerate(grid[1:], start=1) if c < len(row) and row[c].strip()]
        if header is None and len(texts) >= 2 and \
                sum(_cell_role(lines.get((r, c))) is not None for r, _ in texts) * 2 > len(texts):
            return True
    return False


def _employee_cells(row: list[str], found: list[Mention]) -> list[Mention]:
    """A row that says the employees chose someone: all its members when it is one member's row
    ("Styremedlem | Ola Dahl | Ansattes representant"); in a row of people, one to a cell (a grid
    of portraits, "Name Styremedlem Ansattes representant" in each), only the cell's that says so."""
    columns = {m.unit.col for m in found if m.unit is not None and m.unit.row is not None}
    saying = {c for c in columns if c is not None and c < len(row) and _employees([row[c]])}
    if len(columns) < 2 or not saying:  # "Ansattes representanter | Ola Dahl | Kari Moe": the label's row
        return [_as_employee(m) for m in found]
    return [_as_employee(m) if m.unit is not None and m.unit.col in saying else m for m in found]


def _as_employee(m: Mention) -> Mention:
    if m.role is not None and m.role.code in BOARD_CODES:
        m.role = replace(m.role, employee=True)
    return m


class DeputiesReader(Reader):
    """Members beside their personal deputies, in a table or in tab-set columns of text."""

    name = "deputies"

    def read(self, ctx):
        for table, cells in tables_of(ctx):
            grid = table.text_rows()
            if not grid:
                continue
            header = [_cell_line(ctx, cells, 0, c) for c in range(len(grid[0]))]
            found = deputy_columns(header_roles(header), grid[0])
            if found and not other_organ_header(header):
                rows = [[(ctx.lines(cells[(r, c)]) if (r, c) in cells else []) for c in range(len(row))]
                        for r, row in enumerate(grid)]
                yield from self._rows(ctx, rows[1:], found, ("table", id(table)), grid[1:])
        for i, _ in ctx.block_units():
            lines = ctx.lines(i)
            for n, line in enumerate(lines):
                cols = line.column_texts()
                if len(cols) < 2:
                    continue
                headers = header_roles([column_line(line, k) for k in range(len(cols))])
                found = deputy_columns(headers, cols)
                if found:
                    below = [ln for ln in lines[n + 1:] if len(ln.columns) == len(cols)]
                    body = [[[column_line(ln, k)] for k in range(len(ln.columns))] for ln in below]
                    yield from self._rows(ctx, body, found, ("deputies", i), [ln.column_texts() for ln in below])

    def _rows(self, ctx, rows, columns, listing, texts=None):
        """Each row's member (its role from the member's cell, else from a role column: "Verv |
        Medlem | Personleg varamedlem"; employee-elected when a "Valgt av" cell says so) and its
        deputies."""
        member_col, deputy_cols = columns
        for n, row in enumerate(rows):
            if member_col >= len(row):
                continue
            others = [line for c, cell in enumerate(row) if c != member_col and c not in deputy_cols
                      for line in cell if line]
            role = next((r for line in others if (r := _cell_role(line)) and r.code in BOARD_CODES), MEDL)
            members = [m for line in row[member_col] if line for m in self._cell(ctx, line, role, listing)]
            employees = texts is not None and _employees(texts[n])
            if employees:
                members = [_as_employee(m) for m in members]
            member = members[0].name if members else None
            yield from members
            for c in deputy_cols:
                for line in row[c] if c < len(row) else []:
                    for m in self._cell(ctx, line, Role("ROLE", "VARA"), listing):
                        if m.code == "VARA":
                            m.deputy_for = member
                        yield _as_employee(m) if employees else m  # the employees' row: their deputy too

    def _cell(self, ctx, line: Line, default: Role, listing) -> list[Mention]:
        inline = ctx.line_mentions(line, self.name, listing)
        if inline and default.code == "VARA":
            return _labelled_deputies(inline, default)
        if inline:  # "Ordfører Kari Dal, leder" in the members' column: seated by her office
            seat = next((s.role for s in line.roles if s.role.kind == "ROLE" and s.role.code in BOARD_CODES), default)
            return [replace(m, role=seat) if _seated_by_office(m) else m for m in inline]
        names = line_names(line) or ([found] if len(line.columns) == 1 and (found := cell_name(line.text)) else [])
        found = [Mention(n.name, default, self.name, line.unit, line.text, n.first_name, listing) for n in names]
        return [m for m in found if not _label_before(m)]  # "Repr.: A": another body's deputy


def _labelled_deputies(inline: list[Mention], deputy: Role) -> list[Mention]:
    """Names under a deputies header labelled by their body ("Repr.: A / Styre: B"): the board's
    (or an unlabelled one) is a deputy; another body's ("Repr.:", a label naming no board) is not."""
    return [replace(m, role=deputy) if (m.role is None and m.body != "OTHER") or _seated_by_office(m) else m
            for m in inline if not (m.role is None and m.body is None and _label_before(m))]


def _seated_by_office(m: Mention) -> bool:
    """ "Varaordførar Kari Dal" in a deputies column, "Ordfører Per Lie" in a members' column:
    the office that seats them (a title before the name, read as another organ's role), not a
    role elsewhere."""
    before = m.evidence[:max(m.evidence.find(m.name), 0)].split()
    return m.role is not None and m.role.kind == "NOT_BOARD" and len(before) == 1 \
        and before[0].casefold() in title_words()


def _label_before(m: Mention) -> bool:
    """A label ends right before the name ("Repr.: A"), or was read as its first word ("Repr A")."""
    at = m.evidence.find(m.name)
    first = re.escape(m.name.split()[0])
    return bool(at > 0 and re.search(r"[^\W\d_][\w.]*\s*:\s*$", m.evidence[:at])
                or re.search(rf"(?<!\w){first}\.?\s*:", m.evidence))


def column_line(line: Line, k: int) -> Line:
    """Column ``k`` of a line as a line of its own."""
    bounds = [*line.columns, len(line.tokens)]
    lo, hi = bounds[k], bounds[k + 1]
    roles = [type(s)(s.start - lo, s.end - lo, s.role) for s in line.roles if lo <= s.start and s.end <= hi]
    return Line(line.unit, line.tokens[lo:hi], line.words[lo:hi], roles, [0])
