"""Board layout readers as plug-ins: each reads one layout and yields ``Mention``s with its own
name as the first reason, the way camelot keeps one parser per table strategy.

``READERS`` maps a name to a reader; ``iter_mentions`` runs them all. Readers here: ``line``
(role and name on one line; "prose" when the line is running text), ``stack`` (name over role
or role over name on consecutive lines or blocks, in columns: the PCOS-style "Leder" /
"Kari Nordmann" / "kari@..." block), ``caption`` (the same in text OCR'd from an image, a photo
collage), ``name_list`` (bare names under a board heading or label, or under a role label such
as "Varamedlemmer:") and ``composition`` (every name of a sentence saying who the board is:
"Styret har bestått av ..."); here are ``Reader``, ``line``, ``composition`` and ``foreword``, and
the stack and caption readers are in ``board_stacks``, the name list's in ``board_lists``. Tables,
member/deputy columns, signature blocks and e-signature pages have their own modules
(``board_tables``, ``board_deputies``, ``board_signatures``); what a line holds is ``board_line_roles``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from extractor.fields.board_owners import genitive_before, org_after
from extractor.fields.board_mentions import SENTENCE_END, Line, Mention, char_at
from extractor.fields.board_sides import meeting_colon
from extractor.fields.board_headings import foreword_role
from extractor.fields.board_changes import change_mentions
from extractor.fields.board_context import BoardContext
from extractor.fields.board_statements import is_former
from extractor.fields.board_line_labels import COMPOSITION_VERBS
from extractor.fields.board_line_roles import column_role, line_names
from extractor.fields.people import leading_name
from extractor.nlp.vocab import scope_words


# --- readers ------------------------------------------------------------------------------------

class Reader:
    name = ""

    def read(self, ctx: BoardContext) -> Iterator[Mention]:
        raise NotImplementedError


class LineReader(Reader):
    """Role and name on one line: "Styreleder: Kari Nordmann", "Kari Nordmann (styreleder)"."""

    name = "line"

    def read(self, ctx):
        for i, unit in ctx.block_units():
            for line in ctx.lines(i):
                if line.roles:
                    yield from ctx.line_mentions(line, "line", ("unit", i))
                yield from change_mentions(line, "prose", ctx.stop, ("unit", i))  # "Kari Dahl ba om fritak"


class CompositionReader(Reader):
    """Every name in a sentence saying who the board is ("Styret har i 2023 bestått av Kari
    Nordmann, Ola Hansen og ..."), roles or not: the line reader gives the roles."""

    name = "composition"

    def read(self, ctx):
        for i, unit in ctx.block_units():
            for line in ctx.lines(i):
                subject = None  # the board opening the sentence before
                for lo, hi in line_sentences(line):
                    body = next((s for s in line.roles if lo <= s.start < hi and s.role.kind == "BODY"
                                 and s.role.code == "BOARD"), None)
                    if body is None and subject is not None and lo < hi and line.words[lo].casefold() in _BACK_REFERENCES:
                        body = replace(subject, start=lo, end=lo + 1)  # "... er rådets styre. Det har bestått av"
                    subject = body if body is not None and body.start == lo else None
                    if body is None and (verb := _appointed(ctx, unit, line, lo, hi)) is not None:
                        yield from self._names(line, verb, hi, ("unit", i), None)
                        continue
                    if body is None or not _verb_before(line, body, lo) and not any(
                            w.casefold() in COMPOSITION_VERBS or _colon_link(line, k)
                            for k, w in enumerate(line.words[body.end:min(hi, body.end + COMPOSITION_REACH)], start=body.end)) \
                            and not meeting_colon(line, lo, hi) and not _run_in_label(line, body, lo, hi):
                        continue
                    owner = org_after(line, body.end) or genitive_before(line, body)  # "Datterselskapets styre"
                    end = _past_semicolons(line, body.end, hi)
                    yield from self._names(line, body.end, end, ("unit", i), owner)

    def _names(self, line: Line, lo: int, hi: int, listing, owner):
        words = line.words[:hi]
        k = lo
        while k < hi:
            name = leading_name(words, k)
            if name and name.first_name != "unknown":
                if not is_former(line.words, name.start, name.end):
                    yield Mention(name.name, None, self.name, line.unit, line.text, name.first_name, listing,
                                  owner_org=owner, body="BOARD", at=char_at(line, name.start))
                k = name.end
            else:
                k += 1


# Words after the board its composition verb may stand: "Styret i det kommunalt eide selskapet har i
# 2023 bestått av ...", the board qualified by what it governs and the verb by a year.
COMPOSITION_REACH = 10
_BACK_REFERENCES = frozenset({"det", "dette", "it"})  # a sentence's subject that is the board before it
_COLON_LINKS = frozenset({"vært", "vore", "var", "er",  # "Styret har i 2008 vore: A (leiar), B ..."
                          # "Styret er dermed redusert frå ti til ni medlemmer: styreleiar A, B, ..."
                          "medlemmer", "medlemer", "medlemar", "members"})


def _verb_before(line: Line, body, lo: int) -> bool:
    """The composition verb right before the board, the sentence opening on when ("Ved årets slutt
    besto styret av A (leder), B og C", "Ved utgangen av året bestod styret av ...")."""
    return body.start - 1 >= lo and line.words[body.start - 1].casefold() in COMPOSITION_VERBS


def _colon_link(line: Line, k: int) -> bool:
    """A plain link verb, or the members counted, that a colon follows opens a list of the
    members, as "består av" does."""
    return line.words[k].casefold() in _COLON_LINKS and k + 1 < len(line.tokens) and line.tokens[k + 1].text == ":"


def _run_in_label(line: Line, body, lo: int, hi: int) -> bool:
    """ "Styret: A (styreleder), B, C (ansattes representant)": the board opening the sentence, a
    colon, and the members on after it (a footer's or fact line's run-in list), as "består av" says."""
    at = body.end
    return body.start == lo and at + 1 < hi and at < len(line.tokens) and line.tokens[at].text == ":"


def _appointed(ctx, unit, line: Line, lo: int, hi: int) -> int | None:
    """Where the names start in a sentence of a board section naming the members by appointing
    body ("Bykommunen har oppnevnt A (leder) og B, fylkeskommunen C og D, ..."): an appointing
    verb among its first words, and no person before it."""
    if not ctx.is_board_heading(unit.section):
        return None
    verbs = scope_words()["appointing_verbs"]
    words = line.words[:hi]
    for k in range(lo, min(hi, lo + 4)):
        if leading_name(words, k) is not None:
            return None
        if words[k].casefold() in verbs:
            return k + 1
    return None


def _past_semicolons(line: Line, lo: int, hi: int) -> int:
    """Where a list of the members ends when ";" parts it ("bestått av A (leder), rådgiver i X; B,
    lærer; og C, baker"): past each ";" a name (or "og" and a name) opens the part after, once the
    list has named someone before it (not "bestående av;" over another body's lines)."""
    if not any(leading_name(line.words[:hi], k) is not None for k in range(lo, hi)):
        return hi
    while hi < len(line.tokens) and line.tokens[hi].text == ";":
        k = hi + 1 + (hi + 1 < len(line.words) and line.words[hi + 1].casefold() == "og")
        name = leading_name(line.words, k)
        if name is None or name.start != k:
            break
        hi = next((j for j in range(k, len(line.tokens)) if line.tokens[j].text in SENTENCE_END), len(line.tokens))
    return hi


def line_sentences(line: Line) -> list[tuple[int, int]]:
    out, start = [], 0
    for k, token in enumerate(line.tokens):
        if token.text in SENTENCE_END:
            out.append((start, k))
            start = k + 1
    out.append((start, len(line.tokens)))
    return out


class ForewordReader(Reader):
    """The writer of a foreword headed by a title ("Daglig leder har ordet", "Synspunkt frå
    adm.dir."): the name signed on a line of its own at the end of that section."""

    name = "foreword"

    def read(self, ctx):
        signer, role = None, None
        for i, unit, opens in ctx.section_units(image=False):
            if opens:
                if signer is not None and role is not None:
                    yield signer
                role, signer = foreword_role(unit.section), None
            if role is None:
                continue
            for line in ctx.lines(i):
                names = line_names(line, 1) if not line.roles else None
                if names:
                    signer = Mention(names[0].name, role, self.name, unit, line.text, names[0].first_name)
                elif signer is not None and (title := column_role(line)) is not None and title.code != role.code:
                    signer = None  # "Leders hjørne" signed "Bente Nygaard / daglig leder": the signer's own title
        if signer is not None and role is not None:
            yield signer
