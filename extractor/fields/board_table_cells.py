"""A board table's grid and what its cells and header row say, for both table readers
(``board_tables``' roles beside names, ``board_deputies``' members beside their deputies): the
a cell's name or names, a cell's or a
header's role, a header naming another organ, a column of organisations, the deputies' columns,
a "Valgt av" cell naming the employees.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from extractor.caches import WORD_CACHE
from extractor.fields.board_asides import appointer_span
from extractor.fields.board_mentions import Line, Mention
from extractor.fields.board_line_roles import column_role, function_role
from extractor.fields.board_labels import header_column
from extractor.fields.board_context import BoardContext
from extractor.fields.board_headings import heading_line
from extractor.fields.people import NameMatch, leading_name, text_to_name
from extractor.nlp import vocab
from extractor.nlp.marks import MARK
from extractor.nlp.role_spans import BOARD_CODES, Role
from extractor.nlp.roles import is_employee_elected, role_code
from extractor.nlp.vocab import scope_words
from extractor.parse import MONTH_NAMES

MEDL = Role("ROLE", "MEDL")
# A cell's name held its seat until a day or month of the year ("Torill Sundby (til 1. september)",
# "(fram til mai)", "(t.o.m. juni)"): not on the board at year end. A term's end year ("til 2025") or
# meeting ("til årsmøtet 2024") says how long the seat runs, not that it ended.
HELD_UNTIL = re.compile(r"\(\s*(?:(?:fram|frem|inn)\s+)?(?:til|t\.\s?o\.\s?m\.?)\s+(?:\d{1,2}\.\s*)?"
                        rf"(?:{'|'.join(MONTH_NAMES)})\s*\)", re.IGNORECASE)


@lru_cache(maxsize=WORD_CACHE)  # each board reader asks about every cell of every table
def cell_name(text: str) -> NameMatch | None:
    """A cell's name, with the member's home place or office after a comma stepped over ("Gudrun
    Flatebø, Nordvik", "Eli Dahl, sokneprest"); a second person's name there is no place ("Kari
    Dahl, Ola Moe")."""
    if (found := text_to_name(text)) is not None:
        return found
    if (bare := _REMARK.sub("", text)) != text:
        return cell_name(bare)  # "Lene Myr (leil. 31)": a numbered remark in brackets after the name
    if (bare := _FOOTNOTE.sub("", text)) != text:
        return cell_name(bare)  # "Randi Dahl ¹)", "Ole Moe*": a mark a note under the table explains
    words = text.split()
    if words and words[0].islower() and (role_code(words[0]) or ("",))[0] == "DAGL":
        return text_to_name(" ".join(words[1:]))  # "disponent Kari Dahl" in a member's cell: her occupation
    if text.count(",") != 1:
        return None
    name, after = (part.strip() for part in text.split(","))
    words = after.split()
    if _chooser_aside(words):
        return text_to_name(name)  # "Eli Dahl, oppnevnt av kommunen", "Per Moe, valgt av de ansatte": who chose her
    # an office or a dwelling: "sokneprest", "leil. 14" (a borettslag's members by their flats)
    office = 0 < len(words) <= 3 and all(w[:1].islower() or w.isdigit() for w in words) and words[0][:1].islower()
    if _street_address(words):
        return text_to_name(name)  # "Kari Dahl, Skogveien 14 B": a borettslag's member by her address
    if not office and (not 0 < len(words) <= 2 or not words[0][:1].isupper() or leading_name(words) is not None):
        return None
    return text_to_name(name)


_HOUSE_NUMBER = re.compile(r"\d{1,4}\s?[A-Za-z]?")
ADDRESS_WORDS = 4  # "Øvre Skogveien 14 B"


def _street_address(words: list[str]) -> bool:
    """A street and its house number after a name ("Skogveien 14 B", "Øvre Bakke 3"): capitalised
    words, then a number, and at most a letter."""
    numbers = [k for k, w in enumerate(words) if _HOUSE_NUMBER.fullmatch(w)]
    return 1 < len(words) <= ADDRESS_WORDS and bool(numbers) and numbers[0] >= 1 \
        and all(w[:1].isupper() for w in words[:numbers[0]]) and len(words) - numbers[0] <= 2 \
        and all(len(w) == 1 and w.isalpha() for w in words[numbers[0] + 1:])


def _chooser_aside(words: list[str]) -> bool:
    """An aside saying who appointed or elected the member: an appointing verb ("oppnevnt",
    "utnemnd") or a participle of choosing ("valgt", "vald": ``chosen_after_som``) with "av"/"fra"
    after it, or an employee phrase in lower case ("ansattvalgt")."""
    vocabulary = scope_words()
    if len(words) >= 3 and words[1].casefold() in ("av", "fra", "frå") and words[0].casefold() in (
            *vocabulary["appointing_verbs"], *vocabulary["statement_words"]["chosen_after_som"]):
        return True
    # an employee phrase, not a next name with its own bracket ("Per Moe, Arvid Lie (ansattes representant)")
    return bool(words) and not words[0][:1].isupper() and is_employee_elected(" ".join(words))


_REMARK = re.compile(r"\s*\((?=[^()]*\d)(?:[^()\s]+\s*){1,3}\)\s*$")  # a flat, a term: no role
_FOOTNOTE = re.compile(rf"(?<=[^\W\d_])\s*(?:{MARK})\s*$")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|&|\bog\b|\band\b)\s*")


_BRACKETED = re.compile(r"\(([^()]{2,30})\)\s*$")


def bracketed_cell_role(text: str, role: Role) -> Role:
    """A cell line's own role in brackets over its label's: "Siri Lund (vara)", "Ola Dahl (nestleder)"
    in a cell beside "Styremedlemmer" (``board_asides.bracketed_role`` reads a Line's); the
    label's role where they name none."""
    found = _BRACKETED.search(text)
    own = role_code(found.group(1)) if found else None
    if own is None or own[1] < 1.0 or own[0] not in BOARD_CODES or own[0] == role.code:
        return role
    return replace(role, code=own[0], generic=False)


def cell_names(text: str) -> list[tuple[NameMatch, bool]]:
    """The names a cell lists ("Einar Ås, Tor Lie", "Siv Rem og Per Aas"), each with whether the
    employees chose that one: "Per Aas (valgt av de ansatte)", or the constituency before the name
    ("Siv Rem og Per Aas, for de ansatte Eva Lie": a "Label:⇥names" line a converted .doc sets as two
    cells); every piece a name, two at least; else none."""
    pieces = [employees_piece(p) for p in _outside_brackets(_LIST_SPLIT, text.strip()) if p]
    names = [(text_to_name(p), chosen) for p, chosen in pieces]
    return names if len(names) >= 2 and all(name for name, _ in names) else []


def _outside_brackets(pattern: re.Pattern, text: str) -> list[str]:
    """``text`` split where ``pattern`` matches outside brackets ("Per Aas (valgt av og blant de ansatte)"
    stays one piece)."""
    pieces, start, depth, open_at = [], 0, 0, []
    for c in text:
        depth += (c == "(") - (c == ")")
        open_at.append(depth > 0)
    for found in pattern.finditer(text):
        if not (found.start() and open_at[found.start() - 1]):
            pieces.append(text[start:found.start()])
            start = found.end()
    return pieces + [text[start:]]


def employees_piece(piece: str) -> tuple[str, bool]:
    """A listed piece without what says the employees chose the name, and whether it says so: a
    bracket after the name ("Per Aas (ansattvalgt)"), a constituency before it ("for de ansatte Eva
    Lie"; ``board_asides.past_constituency`` reads it in a line)."""
    if (bracket := _BRACKETED.search(piece)) and is_employee_elected(bracket.group(1)):
        return piece[:bracket.start()].strip(), True
    words = piece.split()
    if len(words) > 2 and words[0].casefold() in ("for", "fra", "frå"):
        chosen = scope_words()["elected_by_employees"]
        for k in range(min(len(words) - 1, 4), 1, -1):
            if " ".join(words[1:k]).casefold() in chosen and words[k][:1].isupper():
                return " ".join(words[k:]), True
    return piece, False


def names_by_line(ctx: BoardContext, index: int | None) -> list[tuple[str, NameMatch]]:
    """A cell's names one per line (paragraphs in Word, text lines in a PDF) where its text run
    together is no name ("Ola Dahl Kari Moe"): every line a name, two at least; else none."""
    if index is None:
        return []
    lines = _printed_lines(ctx.units[index])
    names = [(line, cell_name(line)) for line in lines]
    return names if len(names) >= 2 and all(name for _, name in names) else []


def cell_line(ctx: BoardContext, cells: dict, r: int, c: int) -> Line | None:
    """The cell's one line, or its two short lines as one when together they are a role (a
    portrait card's "Styremedlem" / "ansattvalgt" under the picture)."""
    i = cells.get((r, c))
    lines = ctx.lines(i) if i is not None else []
    if len(lines) == 2:
        return _two_line_role([line.text for line in lines], lines[1].unit)
    if len(lines) == 1 and cell_role(lines[0]) is None:  # a Word cell's lines read as one
        unit = ctx.units[i]
        printed = _printed_lines(unit)
        return (_two_line_role(printed, unit) if len(printed) == 2 else None) or lines[0]
    return lines[0] if len(lines) == 1 else None


def _printed_lines(unit) -> tuple[str, ...]:
    """A table cell's lines as printed; none for a block taken as a cell (``column_tails``)."""
    return unit.table.rows[unit.row][unit.col].lines if unit.table is not None else ()


def unit_above(ctx: BoardContext, cells: dict) -> int | None:
    """The unit right above a table (``cells``: its units by row and column) when it is a block of
    text, not another table's cell; None for a table that opens the document."""
    above = min(cells.values(), default=0) - 1
    return above if above >= 0 and ctx.units[above].block is not None else None


CELL_ROLE_LINE_WORDS = 2  # words on each line of a role wrapped in a cell


def _two_line_role(texts: list[str], unit) -> Line | None:
    """Two short lines read as one role: wrapped ("Employee" / "Representative") or a role and its
    qualifier, the line break standing for a comma ("Styremedlem" / "ansattvalgt")."""
    if max(len(t.split()) for t in texts) > CELL_ROLE_LINE_WORDS:
        return None
    for joint in (" ", ", "):
        joined = heading_line(joint.join(texts))
        if joined is not None and cell_role(joined) is not None:
            return replace(joined, unit=unit)
    return None


def cell_role(line: Line | None) -> Role | None:
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


def board_header(row: list[Line | None]) -> bool:
    """A header row with a cell naming the board alone ("Styret | Navn | Valgt fra"): the table is
    the board's, whatever organ the sentence above it spoke of."""
    return any(_body_only(line, "BOARD") for line in row)


def _body_only(line: Line | None, code: str) -> bool:
    """A cell that names one body and nothing else: the board ("Styret", "Styre"; ``code``
    BOARD), another organ ("Valgkomité", "Kontrollkomiteen"; OTHER)."""
    return line is not None and len(line.roles) == 1 and line.roles[0].role.kind == "BODY" \
        and line.roles[0].role.code == code and len([w for w in line.words if w]) == line.roles[0].end - line.roles[0].start


def organ_label(line: Line | None) -> bool:
    """A row label ending on another organ ("Valgkomité", "Til stede fra kontrollkomiteen:"): the
    names beside it are that organ's, their bracketed "(leder)" too."""
    if line is None or len(line.roles) != 1:
        return False
    span = line.roles[0]
    return span.role.kind == "BODY" and span.role.code == "OTHER" and not any(line.words[span.end:])


VALGT_AV_WORDS = 8  # a "Valgt av" cell is a phrase, not a layout cell's whole text ("Board of Directors\nChair ...")


def chosen_by_employees(texts: list[str]) -> bool:
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
    down it): a board whose members come from the clubs, not the clubs' own leaders. The first
    column counts by its filled cells: a sidebar's label over role words ("ORGANISASJON" over
    "STYRELEDER", "NESTLEDER", ..., blank beside the main column's text) is no column of bodies."""
    width = max((len(r) for r in rows), default=0)
    first = [r[0] for r in rows if r and r[0].strip()]
    return any(sum(bool(c < len(r) and role_code(r[c])) for r in rows) * 2 >= len(rows) for c in range(1, width)) \
        or bool(first) and sum(bool(role_code(t)) for t in first) * 2 > len(first)


def _is_deputy_header(role: Role | None, text: str) -> bool:
    return role is not None and role.code == "VARA" or "vara" in text.casefold()


CARD_NOTE_ROWS = 3  # a card's note under its name, wrapped over up to three lines


def _card_row(texts: list[str], body: list[list[str]]) -> bool:
    """Portrait cards side by side under their roles, a "Styremedlem" card beside a "Varamedlem"
    card: right under the roles a row of names and nothing else, then at most ``CARD_NOTE_ROWS``
    rows of notes with no name, and no header calls the deputy personal. Each is then its own
    board entry; a member's personal deputy is one the report calls so ("Personlig vara"). Not a
    table of members and deputies seated by an office ("Ordfører Kari Dal | Varaordfører Per Lie")."""
    if any(word in t.casefold() for t in texts for word in scope_words()["personal_words"]):
        return False
    if not body or len(body) > 1 + CARD_NOTE_ROWS or not all(cell_name(t) for t in body[0] if t.strip()):
        return False
    return not any(cell_name(t) for row in body[1:] for t in row if t.strip())


def deputy_columns(headers: list[Role | None], texts: list[str], body: list[list[str]] | None = None
                   ) -> tuple[int, list[int]] | None:
    """(member column, deputy columns) of a header row such as "Medlemmer | Personlige varamedlemmer",
    or "Verv | Navn | Personleg vara" (the members under a name header, their roles in a column);
    none over a row of cards (``_card_row``; ``body``: the rows under the header, when known)."""
    if body is not None and _card_row(texts, body):
        return None
    deputies = [c for c, (role, text) in enumerate(zip(headers, texts)) if _is_deputy_header(role, text)]
    members = [c for c, role in enumerate(headers) if role is not None and c not in deputies] or \
        [c for c, text in enumerate(texts) if text.casefold().strip(" :") in scope_words()["name_headers"]
         and deputies and c < deputies[0] and all(texts[k].strip() for k in range(c + 1, deputies[0]))]
    # a name header beside the deputies, or with headed columns between ("Navn | Kommune | Personlig
    # varamedlem": the member's home); a column between with no header holds the deputies' roles
    if any(headers[c] is not None and headers[c].code != "MEDL" for c in members) \
            or len(members) > 1 and deputies and members[1] < deputies[0]:
        return None  # "Styreleder | Nestleder | ... | Varamedlem", "Styremedlem | Styremedlem | Varamedlem": roles over names
    return (members[0], deputies) if members and deputies and members[0] < deputies[0] else None


def as_employee(m: Mention) -> Mention:
    if m.role is not None and m.role.code in BOARD_CODES:
        m.role = replace(m.role, employee=True)
    return m
