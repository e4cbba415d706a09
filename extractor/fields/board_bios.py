"""Bios: a paragraph about one person that opens with the name ("Kari Holm (f. 1966) er jurist
...", "Kari Holm er rådgiver ...") and gives the board role in a sentence of its own whose subject
is left out ("Styrets leder siden 2017.", "Nestleder, styremedlem siden 2015.", nn "Styremedlem
sidan 2020."): the role is the named person's. A board's portrait pages print no other list of
roles; the line reader pairs a role only with a name in its own sentence.
"""
from __future__ import annotations

from collections.abc import Iterator

from extractor.document import BlockKind
from extractor.fields.board_context import BoardContext
from extractor.fields.board_mentions import SENTENCE_END, Line, Mention
from extractor.fields.board_names import FROM_WORDS
from extractor.fields.board_readers import Reader, line_sentences
from extractor.fields.people import leading_name
from extractor.nlp.role_spans import BOARD_CODES, Role

BIO_OPENERS = frozenset({"er", "var", "har"})  # "Kari Holm er jurist", "Kari Holm har ledet ..."
BIRTH_MARKS = frozenset({"f", "f.", "født", "fødd", "b", "b."})  # "(f. 1966)", "(født 1966)"
ROLE_JOINERS = frozenset({",", "og", "/"})  # "Nestleder, styremedlem siden 2015"


def _opens_bio(line: Line, end: int) -> bool:
    """The name opens the line and a bio's words follow it: a birth year in brackets or "er"."""
    toks = [t.text.casefold() for t in line.tokens]
    if end >= len(toks):
        return False
    if toks[end] == "(":
        return end + 1 < len(toks) and (toks[end + 1] in BIRTH_MARKS or toks[end + 1].isdigit())
    return line.words[end].casefold() in BIO_OPENERS


def _tenure_role(line: Line, lo: int, hi: int) -> Role | None:
    """The role of a sentence made of board roles and a tenure ("Nestleder, styremedlem siden
    2015"): the first role, which is the office held now."""
    spans = sorted((s for s in line.roles if lo <= s.start < hi), key=lambda s: s.start)
    if not spans or spans[0].start != lo or spans[0].role.code not in BOARD_CODES:
        return None
    k = spans[0].end
    for span in spans[1:]:
        while k < span.start and line.tokens[k].text.casefold() in ROLE_JOINERS:
            k += 1
        if k != span.start:
            break
        k = span.end
    words = [t.text for t in line.tokens[k:hi]]
    if len(words) == 2 and words[0].casefold() in FROM_WORDS and words[1].isdigit() and len(words[1]) == 4:
        return spans[0].role
    return None


class BioReader(Reader):
    """The role a bio's tenure sentence gives the person it opens with."""

    name = "bio"

    def read(self, ctx: BoardContext) -> Iterator[Mention]:
        for i, unit in enumerate(ctx.units):
            if unit.block is not None and unit.block.kind is BlockKind.IMAGE_TEXT:
                continue
            for line in ctx.lines(i):
                if not line.roles:
                    continue
                name = leading_name(line.words)
                if name is None or name.start != 0 or not _opens_bio(line, name.end):
                    continue
                for lo, hi in line_sentences(line):
                    role = _tenure_role(line, lo, hi) if lo > name.end else None
                    if role is not None:
                        yield Mention(name.name, role, self.name, unit, line.text, name.first_name, ("bio", i), at=0)
                        break
