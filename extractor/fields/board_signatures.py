"""Signatures: the board signing its report, and e-signature certificate pages.

``signature``: the blocks and tables near a place-and-date line ("Drammen, 14. mars 2024") or
a signature rule ("__________"): names over titles or titles over names, in columns or run
together, and names signed without a title (a member whose role the listing gives).
``esign``: a certificate page of an e-signing service lists the signers as "Surname, Given
names" ("Nordmann, Kari Elisabeth") beside words such as "BankID", "Serienummer", "signert
digitalt": each is a signer, role unknown unless a title stands under the name.
"""
from __future__ import annotations

import re

from dataclasses import replace

from extractor.document import BlockKind
from extractor.fields.board_mentions import Line, Mention
from extractor.fields.board_names import is_field_label
from extractor.fields.board_line_roles import RULE, column_role, kind_of, line_names
from extractor.fields.board_readers import Reader
from extractor.fields.board_stacks import run_to_stacks
from extractor.fields.board_context import BoardContext
from extractor.fields.board_table_list import tables_of
from extractor.fields.board_tables import TableReader
from extractor.fields.people import first_name_evidence, is_name_word
from extractor.nlp.role_spans import BOARD_CODES, Role
from extractor.nlp.roles import is_employee_elected
from extractor.nlp.vocab import header_words, scope_words

AFTER, BEFORE = 10, 3  # blocks after and before a place/date line that may hold its signatures
MAX_FORMULA_CHARS = 60  # a signing formula's line ("for styret i Vekst IL"); a longer one is a sentence
SURNAME_WORDS = 2  # "Eide Nygård, Lene": at most this many words before the comma are the surname
SEPARATORS = frozenset({"|", "/", "·", "–", "—", "-", "("})  # "Nordmann, Kari | Styreleder | BankID": a certificate's columns


def _signing_formulas(units) -> set[int]:  # noqa: ANN001 - TextUnits
    """Units that sign for the board ("for styret", "på vegne av styret") over a name and title."""
    formulas = tuple(scope_words()["signing_formulas"])
    return {i for i, unit in enumerate(units)
            if len(unit.text) <= MAX_FORMULA_CHARS and unit.text.strip(" ,.").casefold().startswith(formulas)}


def signature_zones(ctx: BoardContext, formulas: set[int]) -> set[int]:
    """Unit indexes of the blocks and table cells that may hold a signature; ``formulas``: the
    units that sign for the board (``_signing_formulas``)."""
    from extractor.fields.report import iter_place_dates

    units = ctx.units
    starts = {i for i, *_ in iter_place_dates(ctx.analysis)} | formulas
    for i, unit in enumerate(units):
        if RULE.match(unit.text.strip()) or (unit.block is not None and any(RULE.match(ln) for ln in unit.text.split("\n"))):
            starts.add(i)
    return _around(units, starts)


def _around(units, starts: set[int], before: int = BEFORE) -> set[int]:  # noqa: ANN001 - TextUnits
    """The units from ``before`` blocks before each start to AFTER blocks after it, within its section."""
    zone: set[int] = set()
    for start in starts:
        for step, reach in ((1, AFTER), (-1, before)):
            k, seen = start, 0
            while 0 <= k < len(units) and seen <= reach:
                if units[k].is_heading and k != start:
                    break
                zone.add(k)
                if units[k].table is None or step < 0:
                    seen += 1
                k += step
    return zone


class SignatureReader(Reader):
    name = "signature"

    def read(self, ctx):
        formulas = _signing_formulas(ctx.units)
        zone = signature_zones(ctx, formulas)
        # below "for styret" the names sign for the board: a title there ("leder") is the board's
        for_board = _around(ctx.units, formulas, before=0)
        for m in self._read(ctx, zone):
            if m.body is None and ctx.index.get(id(m.unit)) in for_board:
                m.body = "BOARD"
            yield m

    def _read(self, ctx, zone: set[int]):
        run: list = []
        for i, unit in ctx.block_units():
            if i not in zone or unit.is_heading:
                yield from self._run(ctx, run)
                run = []
                continue
            for line in ctx.lines(i):
                if line.roles:
                    yield from ctx.line_mentions(line, self.name, ("signature", i))
                if kind_of(line) == "O":
                    yield from self._run(ctx, run)
                    run = []
                else:
                    run.append((line, i))
        yield from self._run(ctx, run)
        for table, cells in tables_of(ctx):
            if any(i in zone for i in cells.values()) or any(RULE.match(t or "x") for row in table.text_rows()
                                                            for t in row):
                yield from self._table(ctx, table, cells)

    def _run(self, ctx, run):
        if not run:
            return
        listing = ("signature", run[0][1])
        stacked = run_to_stacks(run, self.name, listing)
        yield from stacked
        taken = {m.name for m in stacked}
        for line, i in run:
            if kind_of(line) == "N":
                for name in line_names(line) or []:
                    if name.name not in taken:
                        yield Mention(name.name, None, self.name, line.unit, line.text, name.first_name, listing)

    def _table(self, ctx, table, cells):
        listing = ("table", id(table))
        found = [m for m in TableReader().read_one(ctx, table, cells, listing)]
        for m in found:
            m.reader = self.name
        yield from found
        taken = {m.name for m in found}
        for (r, c), i in cells.items():
            for line in ctx.lines(i):
                for name in line_names(line) or []:
                    if name.name not in taken and not line.roles:
                        yield Mention(name.name, None, self.name, line.unit, line.text, name.first_name, listing)


def esign_zone(unit) -> object:
    """Where e-signature markers count together: a PDF's page; in a Word file, which has no
    pages, the section under one heading (else the whole file would be a certificate, and its
    prose "Nilsen, Tone Strand Jakobsen, ..." read as "Surname, Given names")."""
    return unit.prov.page if unit.prov.page is not None else ("section", unit.section)


def esign_zones(ctx: BoardContext) -> set:
    """The zones (``esign_zone``) that read as an e-signature certificate."""
    markers = scope_words()["esign_markers"]
    hits: dict = {}
    for unit in ctx.units:
        text = unit.text.casefold()
        found = {m for m in markers if m in text}
        if found:
            hits.setdefault(esign_zone(unit), set()).update(found)
    return {zone for zone, found in hits.items() if len(found) >= 2}


def _ends_a_name(words: list[str], floor: int, k: int) -> bool:
    """Whether word ``k`` ends a whole name: up to three name words before it (past ``floor``),
    one a known first name ("Arne Lunde", "Arne Bakke Lunde")."""
    before = []
    for j in range(k - 1, max(floor, k - 3) - 1, -1):
        if not is_name_word(words[j]):
            break
        before.append(words[j])
    return any(first_name_evidence(w) in ("known", "fuzzy") for w in before)


def iter_surname_first(line: Line):
    """(name, first-name evidence, token index after it) for each "Nordmann, Kari Elisabeth"
    on a line, also when the page's columns ran together into one line."""
    words = line.words
    k = after = 0
    while k + 2 < len(words):
        if not (is_name_word(words[k]) and line.tokens[k + 1].text == "," and is_name_word(words[k + 2])):
            k += 1
            continue
        if _ends_a_name(words, after, k):
            k += 1  # "Arne Lunde, Ida Holt, ...": a list of whole names, not "Lunde, Ida Holt"
            continue
        evidence = first_name_evidence(words[k + 2])
        end = k + 3
        role_starts = {s.start for s in line.roles}
        while end < len(words) and end - k - 2 < 4 and is_name_word(words[end]) and end not in role_starts \
                and not (end + 1 < len(words) and line.tokens[end + 1].text in (",", ":")):
            end += 1
        # given names the register lacks ("Buljo, Máret Ánne", North Sámi) count when the signer's
        # title follows them at once, as an e-signature row prints it
        if evidence not in ("known", "fuzzy") and end not in role_starts:
            k += 1
            continue
        first = k
        while first - 1 >= after and k - first < SURNAME_WORDS - 1 and is_name_word(words[first - 1]) \
                and first_name_evidence(words[first - 1]) != "known":
            first -= 1  # "Eide Nygård, Lene": a double surname
        yield " ".join([*words[k + 2:end], *words[first:k + 1]]), evidence, end
        k = after = end


def has_field_label(text: str) -> bool:
    """Whether a text may hold a field label ("Rolle:") or a list of names with roles in brackets:
    a cheap test before its lines are read."""
    folded = text.casefold()
    return ":" in folded and any(f"{word}:" in folded for word in header_words()) \
        or "(" in text and len(_BRACKETED_ENTRY.findall(text)) >= MIN_BRACKETED


# "Nes, Kari — Styreleder": a line that may be ``_titled_row``'s (a cheap test before its lines are read)
_TITLED_ROW = re.compile(r"^[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)?, [A-ZÆØÅ][^,\n]{1,40}?\s[|—–-]\s", re.MULTILINE)
_STAMP_END = re.compile(r"\d[:.]\d\d$|\d{4}$")  # a row's time stamp or date, which the next row follows
MIN_BRACKETED = 2  # "Surname, Given (role)" entries a line lists before it reads as such a list
_BRACKETED_ENTRY = re.compile(r"[A-ZÆØÅ][\w-]+, [A-ZÆØÅ][^,()]{1,40}\([^()]{1,40}\)")


def _role_in_brackets(line: Line, end: int) -> bool:
    return end + 1 < len(line.tokens) and line.tokens[end].text == "(" and any(s.start == end + 1 for s in line.roles)


def _signer_row(line: Line, found: tuple) -> bool:
    """A table cell whose line opens with the name and has its title at once after it ("Nes, Kari
    Styreleder 2025-02-27", one signer a cell): a signers' table, also under one certificate word."""
    name, _, end = found
    return line.unit.table is not None and end == len(name.split()) + 1 and any(s.start == end for s in line.roles)


def _titled_row(line: Line, found: tuple) -> bool:
    """A line that opens with the name and gives the title after a separator ("Nes, Kari — Styreleder
    — 2025-02-27 10:12", "Nes, Kari | Nestleder"): one signer's row of a certificate page that
    names its service once, or not at all; also after the row before it, where a PDF ran the rows
    into one line ("... — 2025-02-27 10:12 Lie, Ola — Styremedlem")."""
    name, _, end = found
    start = end - len(name.split()) - 1
    if (start > 0 and not _STAMP_END.search(line.tokens[start - 1].text)) or end >= len(line.tokens) \
            or line.tokens[end].text not in SEPARATORS:
        return False
    while end < len(line.tokens) and line.tokens[end].text in SEPARATORS:
        end += 1
    return any(s.start == end and s.role.code in BOARD_CODES for s in line.roles)


def _opens_signer(line: Line) -> bool:
    """A line that starts with a signer's "Surname, Given names": another entry of the page."""
    found = next(iter_surname_first(line), None)
    return found is not None and found[2] == len(found[0].split()) + 1


def labelled_signers(line: Line):
    """``iter_surname_first``'s names that a field label follows ("Nes, Kari Rolle: Styreleder"):
    a signer's entry, also where no certificate words mark the page; a signers' table cell
    (``_signer_row``); or names each with its role in brackets, in a list of them ("Rindal, Gunn
    Elise (leder), Aukrust, Oddvar (nestleder)", a members' magazine)."""
    found = list(iter_surname_first(line))
    bracketed = [f for f in found if _role_in_brackets(line, f[2])]
    return [f for f in found if is_field_label(line, f[2]) or _signer_row(line, f) or _titled_row(line, f)] \
        + (bracketed if len(bracketed) >= MIN_BRACKETED else [])


class ESignReader(Reader):
    name = "esign"

    def read(self, ctx):
        zones = ctx.esign_zones
        cells = {(u.table_index, u.row, u.col): i for i, u in enumerate(ctx.units) if u.table is not None}
        for i, unit in enumerate(ctx.units):
            if unit.block is not None and unit.block.kind is BlockKind.IMAGE_TEXT:
                continue
            in_zone = esign_zone(unit) in zones
            if not in_zone and not has_field_label(unit.text) and not (unit.table is not None and "," in unit.text) \
                    and not _TITLED_ROW.search(unit.text):
                continue
            lines = ctx.lines(i)
            for n, line in enumerate(lines):
                below = lines[n + 1] if n + 1 < len(lines) else None
                if below is None and unit.table is not None and (k := cells.get((unit.table_index, unit.row + 1,
                                                                                 unit.col))) is not None:
                    below = next(iter(ctx.lines(k)), None)  # the title in the cell under the name
                elif below is None and unit.table is None and i + 1 < len(ctx.units) \
                        and ctx.units[i + 1].block is not None and ctx.units[i + 1].prov.page == unit.prov.page:
                    below = next(iter(ctx.lines(i + 1)), None)  # a PDF's next line is the next block
                if below is not None and _opens_signer(below):
                    below = None  # the next signer's entry: its title and qualifier are not this one's
                beside = None
                if unit.table is not None and (k := cells.get((unit.table_index, unit.row, unit.col + 1))) is not None:
                    beside = next(iter(ctx.lines(k)), None)  # "Signert av | Rolle": the title in the next cell
                for name, evidence, end in iter_surname_first(line) if in_zone else labelled_signers(line):
                    yield Mention(name, self._role(line, end, below, beside), self.name, unit, line.text, evidence,
                                  ("esign", unit.prov.page))

    @staticmethod
    def _role(line: Line, end: int, below: Line | None, beside: Line | None = None) -> Role | None:
        """A title right after the name ("Nordmann, Kari Styreleder", "Nordmann, Kari Rolle:
        Styreleder"), on the line below, or in the table cell beside it."""
        if is_field_label(line, end):
            end += 2
        while end < len(line.tokens) and line.tokens[end].text in SEPARATORS:
            end += 1
        span = next((s for s in line.roles if s.start == end), None)
        if span is not None and span.role.code in BOARD_CODES and not span.role.employee:
            # "Styremedlem, valgt av de" / "ansatte | BankID": the qualifier wrapped onto the next line
            rest = " ".join(t.text for t in line.tokens[span.end:]) + " " + (below.text if below is not None else "")
            if is_employee_elected(rest.split("|")[0]):
                return replace(span.role, employee=True)
        if span is not None:
            return span.role
        for other in (below, beside):
            if other is not None and len(other.columns) == 1 and (role := column_role(other)) is not None:
                return role
        return None
