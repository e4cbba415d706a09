"""Board members beside their personal deputies ("Medlemmer" | "Personlige varamedlemmer"), as a
table or as tab-set columns of text, the members' column read for roles as well ("Arne Hansen,
styreleder" | "Siri Dahl"); a deputies' cell labelled by another body ("Repr.: A") is not the board's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.fields.board_asides import appointer_span
from extractor.fields.board_line_labels import COMPOSITION_VERBS
from extractor.fields.board_mentions import Line, Mention
from extractor import gazetteers
from extractor.fields.board_line_roles import line_names
from extractor.fields.board_readers import Reader
from extractor.fields.board_table_cells import (MEDL, as_employee, cell_line, cell_name, cell_role, chosen_by_employees,
                                                deputy_columns, header_roles, other_organ_header, unit_above)
from extractor.fields.board_table_list import tables_of
from extractor.nlp.role_spans import BOARD_CODES, Role
from extractor.nlp.roles import title_words
from extractor.nlp.vocab import scope_words


class DeputiesReader(Reader):
    """Members beside their personal deputies, in a table or in tab-set columns of text."""

    name = "deputies"

    def read(self, ctx):
        for table, cells in tables_of(ctx):
            grid = table.text_rows()
            if not grid:
                continue
            header = [cell_line(ctx, cells, 0, c) for c in range(len(grid[0]))]
            found = deputy_columns(header_roles(header), grid[0], grid[1:])
            if found and not other_organ_header(header):
                rows = [[(ctx.lines(cells[(r, c)]) if (r, c) in cells else []) for c in range(len(row))]
                        for r, row in enumerate(grid)]
                read = list(self._rows(ctx, rows[1:], found, ("table", id(table)), grid[1:]))
                chair = next((m.name for m in read if m.code == "LEDE"), None)
                above = unit_above(ctx, cells)
                organ = chair is not None and _chair_of_other_organ(ctx, above, chair) or _other_organ_composed(ctx, above) \
                    or _representatives_of(ctx, grid[0], found[0], cells, above) or other_organ_above(ctx, above)
                yield from (replace(m, body="OTHER") if organ else m for m in read)
        for i, _ in ctx.block_units():
            lines = ctx.lines(i)
            for n, line in enumerate(lines):
                cols = line.column_texts()
                if len(cols) < 2:
                    continue
                headers = header_roles([column_line(line, k) for k in range(len(cols))])
                below = [ln for ln in lines[n + 1:] if len(ln.columns) == len(cols)]
                found = deputy_columns(headers, cols, [ln.column_texts() for ln in below])
                if found:
                    body = [[[column_line(ln, k)] for k in range(len(ln.columns))] for ln in below]
                    yield from self._rows(ctx, body, found, ("deputies", i), [ln.column_texts() for ln in below])
            # line by line: "Personlige varamedlemmer:" and its "for A: B" lines broken by Shift+Enter are one paragraph
            for member, deputy in (pair for text in ctx.units[i].text.split("\n") for pair in deputy_for_text(text) or ()):
                yield Mention(deputy.name, VARA, self.name, ctx.units[i], ctx.units[i].text, deputy.first_name,
                              ("deputies", i), deputy_for=member)

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
            role = next((r for line in others if (r := cell_role(line)) and r.code in BOARD_CODES), MEDL)
            members = [m for line in row[member_col] if line for m in self._cell(ctx, line, role, listing)]
            employees = texts is not None and chosen_by_employees(texts[n])
            if employees:
                members = [as_employee(m) for m in members]
            member = members[0].name if members else None
            yield from members
            for c in deputy_cols:
                for line in row[c] if c < len(row) else []:
                    for m in self._cell(ctx, line, Role("ROLE", "VARA"), listing):
                        if m.code == "VARA":
                            m.deputy_for = member
                        yield as_employee(m) if employees else m  # the employees' row: their deputy too

    def _cell(self, ctx, line: Line, default: Role, listing) -> list[Mention]:
        inline = ctx.line_mentions(line, self.name, listing)
        if inline and default.code == "VARA":
            return labelled_deputies(inline, default)
        if inline:  # "Ordfører Kari Dal, leder" in the members' column: seated by her office
            seat = next((s.role for s in line.roles if s.role.kind == "ROLE" and s.role.code in BOARD_CODES), default)
            return [replace(m, role=seat) if _seated_by_office(m) else m for m in inline]
        names = line_names(line) or ([found] if len(line.columns) == 1 and (found := cell_name(line.text)) else [])
        found = [Mention(n.name, default, self.name, line.unit, line.text, n.first_name, listing) for n in names]
        return [m for m in found if not _label_before(m)]  # "Repr.: A": another body's deputy


OFFICE_LINKS = frozenset({"av", "i", "for"})  # "leder av representantskapet", nn "leiar i rådet"


def _chair_of_other_organ(ctx, before: int | None, chair: str) -> bool:
    """Whether the text right above a members-and-deputies table names its chair as another
    organ's leader ("Leder av representantskapet er ordfører Kari Dal." over Kommune | Medlem |
    Varamedlem): the table lists that organ (a representantskap of the owners' politicians), and
    the text names no board."""
    if before is None or chair not in ctx.units[before].text:
        return False
    lines = ctx.lines(before)
    if any(s.role.kind == "BODY" and s.role.code == "BOARD" for line in lines for s in line.roles):
        return False
    for line in lines:
        organs = [s for s in line.roles if s.role.kind == "BODY" and s.role.code == "OTHER"]
        chairs = [s for s in line.roles if s.role.kind == "ROLE" and s.role.code == "LEDE"]
        if any(o.end == c.start and line.words[o.end - 1].casefold().endswith("s")  # "representantskapets leder"
               or c.end + 1 == o.start and line.words[c.end].casefold() in OFFICE_LINKS for o in organs for c in chairs):
            return True
    return False


def _other_organ_composed(ctx, before: int | None) -> bool:
    """Whether the text right above a members-and-deputies table opens on another organ as the
    subject of its composition ("Rådsforsamlingen består av en representant med personlig vara
    fra hver av stifterne:" over Stifter | Representant | Personlig vara) and names no board:
    the table lists that organ's people; ``before`` is ``unit_above``'s (None: no text above)."""
    if before is None:
        return False
    lines = ctx.lines(before)
    if not lines or any(s.role.kind == "BODY" and s.role.code == "BOARD" for line in lines for s in line.roles):
        return False
    first = lines[0]
    opening = next((s for s in first.roles if s.start == 0), None)
    if opening is None or opening.role.kind != "BODY" or opening.role.code != "OTHER":
        return False
    verbs = [w.casefold() for w in first.words[opening.end:opening.end + 4] if w]
    return any(w in COMPOSITION_VERBS for w in verbs)


SENTENCE_ENDS = frozenset({".", "!", "?"})


def other_organ_above(ctx, before: int | None) -> bool:
    """Whether the text right above a table (unit ``before``, ``unit_above``'s) ends on a sentence
    naming another organ (``names_other_organ``): the table lists that organ's people, its
    "(leder)" that organ's leader."""
    return before is not None and bool(lines := ctx.lines(before)) and names_other_organ(lines[-1])


def names_other_organ(line: Line) -> bool:
    """Whether a line's last sentence names another organ and not the board ("Stiftelsen har også
    et fagråd:", "Valnemnda har vore:"); not a sentence of who chooses ("Følgende ble valgt av
    årsmøtet:", "Soknerådet i kvart sokn vel ein medlem") or naming people itself, nor staff
    ("administrasjonen")."""
    words = scope_words()
    ends = [k for k, t in enumerate(line.tokens[:-1]) if t.text in SENTENCE_ENDS]
    start = ends[-1] + 1 if ends else 0
    choosing = {*words["adopted_words"], *words["meetings"], *words["appointing_verbs"], *words["choosing_words"]}
    if any(w.casefold() in choosing for w in line.words[start:] if w) or _names_someone(line, start):
        return False
    spans = [s for s in line.roles if s.start >= start and s.role.kind == "BODY"]
    return not any(s.role.code == "BOARD" for s in spans) and any(
        s.role.code == "OTHER" and not appointer_span(line, s) and not _proposer(line, s)
        and line.words[s.end - 1].casefold().endswith(tuple(words["organ_endings"])) for s in spans)


def _names_someone(line: Line, start: int) -> bool:
    """A first name before a capitalised word from ``start`` on ("Kontrollutvalg: Olaug Hoff
    (leder), ..."): the sentence lists that organ's people itself, it introduces no table."""
    words = line.words
    return any(words[k] and gazetteers.is_first_name(words[k]) and words[k + 1][:1].isupper()
               for k in range(start, len(words) - 1))


PROPOSER_LINKS = frozenset({"fra", "frå", "av"})  # "etter framlegg frå valnemnda", "innstilling fra valgkomiteen"


def _proposer(line: Line, span) -> bool:
    """An organ named as who proposed or chose what the table lists ("Etter framlegg frå valnemnda
    vart valet slik:"), not as the table's subject."""
    return span.start > 0 and line.words[span.start - 1].casefold() in PROPOSER_LINKS


def _representatives_of(ctx, header: list[str], member_col: int, cells: dict, before: int | None) -> bool:
    """Whether a members' column of representatives (``representatives_header``) lists the owners'
    or members' representantskap, not the board: so unless the table's section heading or the text
    right above it leads in to it naming the board ("Styret har ein representant frå kvar kommune:");
    a sentence above that lists the board by itself ("Styret har vore A (leiar), B og C.") does not."""
    if not representatives_header(header, member_col) or ctx.is_board_heading(ctx.units[min(cells.values())].section):
        return False
    return before is None or not any(s.role.kind == "BODY" and s.role.code == "BOARD" and _leads_in(line)
                                     for line in ctx.lines(before) for s in line.roles)


def representatives_table(ctx, header: list[str], cells: dict, before: int | None) -> bool:
    """A table with a column of representatives beside what they sit for, as ``_representatives_of``."""
    return bool(cells) and any(_representatives_of(ctx, header, c, cells, before) for c in range(len(header)))


LABEL_WORDS = 3  # "Styret", "Styret i 2023": a label line over the table, no sentence


def _leads_in(line: Line) -> bool:
    """A line that introduces what follows it: a label, a line ending on a colon, or one that speaks
    of representatives."""
    return line.text.rstrip().endswith(":") or len([w for w in line.words if w]) <= LABEL_WORDS \
        or any(w.casefold().startswith("representant") for w in line.words)


def representatives_header(header: list[str], member_col: int) -> bool:
    """A members' column headed as representatives beside a column of what they sit for ("Eigar |
    Eigardel | Representant | Vara", "Kommune | Representant (leiar) | Vara")."""
    words = scope_words()
    folded = [re.sub(r"\s*\([^()]*\)\s*$", "", text).casefold().strip(" :") for text in header]
    return folded[member_col] in words["representative_headers"] \
        and any(c != member_col and text in words["represented_headers"] for c, text in enumerate(folded))


def labelled_deputies(inline: list[Mention], deputy: Role) -> list[Mention]:
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


DEPUTY_FOR = re.compile(r"^(?:(?:personleg|personlig)\s+)?(?:vara\s+)?for\s+(?P<member>\S.*)$", re.IGNORECASE)
VARA = Role("ROLE", "VARA")


_FOR = r"(?:(?:personleg|personlig)\s+)?(?:vara\s+)?for\s+[^:]{3,80}?:"
_FOR_SEGMENTS = re.compile(rf"(?:^|(?<=\s))(?P<head>{_FOR})\s*(?P<deputy>[^:]+?)(?=\s+{_FOR}|\s*$)", re.IGNORECASE)
_MEMBERS_SPLIT = re.compile(r",\s*|\s+og\s+")


def deputy_for_text(text: str) -> list[tuple[str, object]] | None:
    """(member, deputy's NameMatch) of each "for A: B" of a text made of such pieces only: tab
    lines under "Personlige varamedlemmer:" ("for Kari Dahl:⇥Ola Moe", "for Per Lie og Siv Rem:⇥Eva
    Lid") that a PDF's reader joined into one paragraph. Every member and deputy must be a name;
    the deputy of two members is listed once, as the first's; a place and date after the last deputy
    (the date line under the lines, run into them) is left out. None for other text."""
    text = " ".join(text.split())
    found = list(_FOR_SEGMENTS.finditer(text))
    if not found or found[0].start() != 0 or any(a.end() + 1 != b.start() for a, b in zip(found, found[1:])) \
            or found[-1].end() != len(text):
        return None
    out = []
    for m in found:
        head = DEPUTY_FOR.match(m.group("head").rstrip(":"))
        members = [cell_name(p) for p in _MEMBERS_SPLIT.split(head.group("member"))] if head else [None]
        deputy = cell_name(m.group("deputy")) or (_before_place_date(m.group("deputy")) if m is found[-1] else None)
        if deputy is None or not all(members):
            return None
        out.append((members[0].name, deputy))
    return out


DEPUTY_NAME_WORDS = (2, 3, 4)  # words of the last deputy's name before a place and date the PDF ran on


def _before_place_date(text: str):
    """The name opening ``text`` when a place and date follow it ("Trygve Moe Lillehammer, 12. mars
    2024": the signature block's date line, under the last deputy's line, read into its paragraph,
    with any lines under it: "... 2024 Styret i Nordvik Bygg AS")."""
    from extractor.fields.report import is_place_date

    words = text.split()
    for k in DEPUTY_NAME_WORDS:
        if k < len(words) and is_place_date(" ".join(words[k:]), opening=True) and (name := cell_name(" ".join(words[:k]))):
            return name
    return None


def deputy_for_rows(grid: list[list[str]]) -> bool:
    """A table of "for Kari Dahl: | Ola Moe" rows only: personal deputies' tab lines whose label stayed
    on the page before (the lines at a page's foot run on over the break), read as under it."""
    def paired(row: list[str]) -> bool:
        filled = [t for t in row if t.strip()]
        head = DEPUTY_FOR.match(" ".join(filled[0].split())) if len(filled) == 2 else None
        return head is not None and cell_name(head.group("member").rstrip(":")) is not None and cell_name(filled[1]) is not None
    return bool(grid) and all(paired(row) for row in grid)


def deputy_for_row(ctx, cells: dict, r: int, row: list[str], reader: str, listing) -> list[Mention] | None:
    """A row "for Kari Dahl | Ola Moe" under a deputies' label ("Personlige varamedlemmer:", tab
    lines a Word document sets as a table): the second cell's person is the deputy of the member
    the first names. None for another row."""
    filled = [c for c, text in enumerate(row) if text.strip()]
    if len(filled) != 2 or not (m := DEPUTY_FOR.match(" ".join(row[filled[0]].split()))):
        return None
    member, deputy = cell_name(m.group("member")), cell_name(row[filled[1]])
    if member is None or deputy is None or (r, filled[1]) not in cells:
        return None
    return [Mention(deputy.name, VARA, reader, ctx.units[cells[(r, filled[1])]], " ".join(row).strip(),
                    deputy.first_name, listing, deputy_for=member.name)]
