"""The lines of a grid of portrait cards read as a table's columns (``board_tables``' signature and
card reader): each column's cells top down, a name wrapped over two or three lines joined, what
each line is (a title, a name, a note under a name saying the employees chose the member), and
in a row of cards under their roles, the cells holding a name and that note, or a name wrapped into
the row under it.
"""
from __future__ import annotations

import re

from extractor.fields.board_asides import appointed_at
from extractor.fields.board_line_roles import RULE
from extractor.fields.board_mentions import Line
from extractor.fields.board_table_cells import cell_name, cell_role, chosen_by_employees
from extractor.fields.people import leading_name, text_to_name
from extractor.gazetteers import is_first_name, place
from extractor.nlp.marks import NOTE_MARK, PLAIN_NOTE_MARK
from extractor.nlp.role_spans import Role
from extractor.nlp.vocab import scope_words

_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def card_columns(grid: list[list[str]], lines: dict) -> list[list[tuple[int, Line]]]:
    """Each column's filled cells (row, line) top down, signature rules left out."""
    return [[(r, lines.get((r, c))) for r in range(len(grid)) if c < len(grid[r]) and grid[r][c].strip()
             and not RULE.match(grid[r][c]) and lines.get((r, c)) is not None]
            for c in range(max(len(row) for row in grid))]


MAX_WRAPPED_LINES = 3  # a long name under a narrow photo: "Marit Ingebjørg" / "Sæterhaug" / "Dokken"


def wrapped_names(col: list[tuple[int, Line]]) -> tuple[list[tuple[int, Line]], set[int]]:
    """A column's cells with a name wrapped onto two or three of them over its title joined into
    one ("Øystein" / "Bredesen" / "Styreleder": a photo card's caption set as a table's column),
    and the rows of the wrapped lines after the first."""
    out: list[tuple[int, Line]] = []
    continued: set[int] = set()
    k = 0
    while k < len(col):
        (r, upper) = col[k]
        for n in range(1, MAX_WRAPPED_LINES):
            rest = col[k + 1:k + n + 2]
            if len(rest) < n + 1 or cell_role(upper) or not cell_role(rest[-1][1]) \
                    or any(cell_role(line) or known_name(line.text) for _, line in rest[:-1]):
                continue
            joined = text_to_name(text := " ".join(line.text for line in (upper, *(x for _, x in rest[:-1]))))
            if joined is not None and joined.first_name == "known":
                parts = [upper, *(x for _, x in rest[:-1])]
                out.append((r, Line(upper.unit, [t for p in parts for t in p.tokens], [w for p in parts for w in p.words],
                                    [], [0], _text=text)))
                continued.update(row for row, _ in rest[:-1])
                k += n + 1
                break
        else:
            out.append(col[k])
            k += 1
    return out, continued


def known_name(text: str) -> bool:
    """A name of its own ("Kari Dahl"), not the rest of one ("Kvilhaugsvik Moe")."""
    return (name := text_to_name(text)) is not None and name.first_name == "known"


def wrapped_name_cells(grid: list[list[str]], lines: dict) -> set[tuple[int, int]]:
    """The cells (row, column) holding a card name's second or third line (``wrapped_names``): read
    with the next card's cell in the same text row they would make a second person."""
    return {(r, c) for c, col in enumerate(card_columns(grid, lines)) for r in wrapped_names(col)[1]}


APPOINTED_MEMBER = Role("ROLE", "MEDL", 0.9)  # a tile's title that only says who appointed the member


def title_role(line: Line | None) -> Role | None:
    """A signature's or a name tile's title: its role, or a member's where the title only names who
    appointed them ("Oppnemnd av fylkeskommunen" beside "Styreleiar, oppnemnd av kommunen")."""
    if (role := cell_role(line)) is not None or line is None:
        return role
    words = [w for w in line.words if w]
    appointed = appointed_at(line, 0) and len(words) <= 6 and all(s.start >= 2 for s in line.roles)
    return APPOINTED_MEMBER if appointed else None


def line_kinds(col: list[tuple[int, Line]]) -> list[str]:
    """Each line of a column of cards: "R" a title, "N" a name, "O" anything else, and "Q" a line under a name
    saying the employees chose the member, no name under it: that card's own note, not the next one's title."""
    kinds = ["R" if title_role(line) else "N" if text_to_name(line.text) else "O" for _, line in col]
    return ["Q" if k and kinds[k - 1] == "N" and kinds[k:k + 2] != ["R", "N"] and chosen_by_employees([line.text])
            and ((role := cell_role(line)) is None or role.kind == "EMPLOYEE_ELECTED") else kind
            for k, ((_, line), kind) in enumerate(zip(col, kinds))]


def noted_cells(row: list[str]) -> set[int] | None:
    """In a row of cards under their roles, the cells holding a name and then a note that the
    employees chose that member ("Gunvor Liabø Valgt av de ansatte" beside "Trygve Mølster"): the
    note is that card's alone; None where no cell does (a "Valgt av" cell speaks for its row)."""
    noted = {c for c, text in enumerate(row) if any(
        cell_name(" ".join(words[:k])) is not None and chosen_by_employees([" ".join(words[k:])])
        for words in [text.split()] for k in range(2, len(words)))}
    return noted or None


def chooser_line(text: str) -> bool:
    """A card's line saying who chose or appointed the member ("Valgt av representantskapet", nn
    "Oppnemnd av Kinn kommune", "Vald av dei tilsette")."""
    words = [w.casefold() for w in text.split()[:2]]
    verbs = {*scope_words()["appointing_verbs"], *scope_words()["adopted_words"]}
    return chosen_by_employees([text]) or len(words) == 2 and words[0] in verbs and words[1] in ("av", "fra", "frå")


def wrapped_under(text: str, below: Line | None) -> tuple[str, str] | None:
    """A card's name wrapped under its role label: the whole name and what is left of the line
    under the name ("Bjørn Egil" over "Ramberg", "Kristoffer" over "Nesheim Vald av dei tilsette"),
    or None where that line does not end the name: a role, a name of its own, words other than a
    chooser after one or two capitalised words, or a place under a name that has its surname
    already ("Kari Dahl" over "Vikersund": where she lives)."""
    if below is None or cell_role(below) is not None or known_name(below.text):
        return None
    first, words = text_to_name(text), below.text.split()
    if first is not None and (first.first_name != "known" or first.end != len(text.split())) or not words:
        return None
    bare = first is None or all(is_first_name(w) for w in text.split())  # "Bjørn Egil": no surname yet
    for n in (2, 1):  # a double surname first ("Holte Kvisler")
        head, rest = words[:n], " ".join(words[n:])
        if len(head) < n or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in head) \
                or rest and not chooser_line(rest) or not bare and any(place(w) for w in head):
            continue
        joined = text_to_name(f"{text} {' '.join(head)}")
        if joined is not None and joined.first_name == "known" and joined.end == len(text.split()) + n:
            return joined.name, rest
    return None


def unwrapped_names(grid: list[list[str]], lines: dict) -> list[list[str]]:
    """A grid of cards under their role labels with each name wrapped into the row under it joined
    (``wrapped_under``): the name in its cell, the rest of the line under it in that cell."""
    out = [list(row) for row in grid]
    for r in range(1, len(grid) - 1):
        for c in range(len(grid[r])):
            if out[r][c].strip() and c < len(grid[r + 1]) and (joined := wrapped_under(out[r][c], lines.get((r + 1, c)))):
                out[r][c], out[r + 1][c] = joined
    return out


def noted_under(grid: list[list[str]], r: int, c: int) -> bool:
    """Whether the cell under a name's cell at (``r``, ``c``) is that card's note that the employees
    chose the member: a row of cards under their roles with a note under every name ("Valgt 2019"
    ... "Valgt av de ansatte"). Only where no name follows in the column: over more names, a row
    "Valgt av de ansatte" heads the rows below it."""
    below = [row[c] for row in grid[r + 1:] if c < len(row)]
    return bool(below) and chosen_by_employees(below[:1]) and cell_name(below[0]) is None \
        and not any(cell_name(text) for text in below[1:] if text.strip())


def noted_row(grid: list[list[str]], r: int) -> set[int]:
    """In a row of cards under their roles, the columns whose name in row ``r`` has a note on the
    row under it saying the employees chose that member ("Gunvor Liabø" over "Valgt av de ansatte.
    Rådgiver i ..."): a row of notes, no name in it, each note its card's alone."""
    if r + 1 >= len(grid) or any(cell_name(text) for text in grid[r + 1] if text.strip()):
        return set()
    return {c for c, text in enumerate(grid[r + 1]) if text.strip() and employees_note(text)}


def employees_note(text: str) -> bool:
    """A card's note under a member's name and role whose first sentence says the employees chose
    the member ("Valgt av de ansatte. Arbeidsleder i ..."); not a label over names ("Valgt av de ansatte:"),
    nor the next person's line ("Rune Mæland, tilsettvald": a name of its own opens it), nor a
    footnote under the list ("¹ Valgt av og blant de ansatte": the marked member's, not the last card's)."""
    first = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]
    return not text.rstrip().endswith(":") and not NOTE_MARK.match(text) and not PLAIN_NOTE_MARK.match(text) \
        and leading_name(first.replace(",", " ,").split()) is None and chosen_by_employees([first])
