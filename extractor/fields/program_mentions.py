"""Which program a count of places belongs to, from the program names around it.

Program names are the spaCy spans of ``patterns/programs.jsonl`` (``doc.spans["programs"]``:
VTA, AFT, VTO, lærekandidat, and historic names such as APS or ASVO under the code that
replaced them). A count belongs to the program named nearest it in its sentence without reaching
past another count (``nearest_program``), not to several named after it (``total_of_several``;
those named after "i tillegg" or "dessuten" are besides the count, not in it),
else to the one program the heading path above it names (``HeadingPrograms``). ``Candidate`` is
one count so read, with the evidence behind it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.fields.context import Analysis, TextUnit
from extractor.nlp.components import doc_text
from extractor.nlp.vocab import alternation, read_json
from schemas.fields import ProgramCode

PROGRAM_LABELS = ("PROGRAM", "PROGRAM_HISTORIC")
# "... og 12 i AFT": the count of the second program, its places word left out
ELLIPTIC = re.compile(r"\bog\s+(\d{1,4})\s+(?:(?:i|innen|innan|på|til)\s+)?$", re.IGNORECASE)
_NEXT_ITEM = re.compile(r"^\s*(?:,|og\b|samt\b|and\b)", re.IGNORECASE)
# "... trening (AFT) og 12 plasser for VTA": a program before the count that "og" or a comma closes
# belongs to the item before; the count's own program follows it.
_PREVIOUS_ITEM = re.compile(r"^[\s)\]]*(?:,\s*)?(?:,|og|samt|and)\s*$", re.IGNORECASE)
# "36 plasser i VTA, og i tillegg APS og AB": what comes after is besides the count, not in it
ADDITION = re.compile(rf"\b(?:{alternation(read_json('program_words.json')['addition'], any_space=True)})\b", re.IGNORECASE)


@dataclass
class Candidate:
    code: ProgramCode
    places: int
    unit: TextUnit
    text: str
    reasons: list[str] = field(default_factory=list)


def iter_mentions(doc) -> list[tuple[int, int, ProgramCode, bool]]:
    """(start char, end char, code, historic) of every program span; a VTO name is not also a
    VTA mention (the ruler keeps the longest)."""
    return [(sp.start_char, sp.end_char, ProgramCode(sp.id_), sp.label_ == "PROGRAM_HISTORIC")
            for sp in doc.spans.get("programs", []) if sp.label_ in PROGRAM_LABELS]


def programs_in(doc, start: int = 0, end: int | None = None) -> set[ProgramCode]:
    """Programs named in ``doc`` (between the character offsets ``start`` and ``end``)."""
    end = len(doc_text(doc)) if end is None else end
    return {code for s, e, code, _ in iter_mentions(doc) if start <= s and e <= end}


def historic_only(doc, code: ProgramCode) -> bool:
    """Whether ``doc`` names ``code`` only by an older name ("Arbeidspraksis i skjermet virksomhet
    (APS)" for AFT; "VTA, tidligere ASVO" names VTA itself)."""
    return all(historic for _, _, found, historic in iter_mentions(doc) if found == code)


def _within_counts(mentions, start: int, end: int, others: list[tuple[int, int]]):
    """The mentions between the counts before and after the count at ``start:end``."""
    lo = max((e for s, e in others if e <= start), default=0)
    hi = min((s for s, e in others if s >= end), default=10 ** 9)
    return [m for m in mentions if lo <= m[0] and m[1] <= hi]


def nearest_program(mentions, start: int, end: int, others: list[tuple[int, int]], sentence: str = ""):
    """The (code, historic) named closest to the count at ``start:end`` without reaching past
    another count: in "25 plasser i VTA og 6 plasser i VTO" each count keeps its own program; in
    "VTA med 38 plasser og AFT med 26 plasser" a program after "og" opens the next item, so the
    one before the count is its own though the next stands nearer; in "20 plasser i AFT og 12
    plasser for VTA" a program before the count that "og" closes is the item before's, so the
    one after is its own though both stand as near."""
    near = [(_other_item(sentence, s, e, start, end), _distance((s, e), start, end), code, historic)
            for s, e, code, historic in _within_counts(mentions, start, end, others)]
    return min(near)[2:] if near else None


def _other_item(sentence: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether "og" or a comma parts the mention at ``s:e`` from the count at ``start:end``."""
    if s >= end:
        return bool(_NEXT_ITEM.match(sentence[end:s]))
    return bool(sentence) and e <= start and bool(_PREVIOUS_ITEM.match(sentence[e:start]))


def total_of_several(sentence: str, mentions, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """ "30 tiltaksplasser, fordelt på VTA (20) og AFT (10)": a count with two or more programs
    after it and none before it (between its neighbouring counts, also an elliptic one: "24 plasser
    i VTA og 12 i AFT") is their sum, no one program's."""
    elliptic = [(max(0, s - 24) + m.start(1), max(0, s - 24) + m.end(1)) for s, _, _, _ in mentions
                if (m := ELLIPTIC.search(sentence[max(0, s - 24):s]))]
    inside = [m for m in _within_counts(mentions, start, end, others + elliptic)
              if not _nearer_another(m, start, end, others + elliptic) and not _added(sentence, end, m[0])]
    return len({m[2] for m in inside}) > 1 and all(m[0] >= end for m in inside)


def _added(sentence: str, end: int, at: int) -> bool:
    """A program named after "i tillegg" or "dessuten" past the count ending at ``end``: one the
    place offers besides the counted ones ("36 plasser i VTA, og i tillegg APS og AB")."""
    return at > end and ADDITION.search(sentence, end, at) is not None


def _distance(mention, start: int, end: int) -> int:
    """Characters between a program's mention and the count at ``start:end``."""
    return min(abs(mention[0] - end), abs(start - mention[1]))


def _nearer_another(mention, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """ "38 plassar i VTA og tilbyr AFT med 30 plassar": AFT stands by the second count, so the
    first counts VTA alone, not the two together."""
    return any(_distance(mention, s, e) < _distance(mention, start, end) for s, e in others)


class HeadingPrograms:
    """Programs named in each heading text, read from the heading units' spaCy docs: (code,
    historic) of the one program the nearest heading naming any names."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.found = {u.text: self._named(d) for u, d in analysis.units_with_docs() if u.is_heading}

    @staticmethod
    def _named(doc) -> dict[ProgramCode, bool]:
        return {code: historic_only(doc, code) for code in programs_in(doc)}

    def __call__(self, unit: TextUnit) -> tuple[ProgramCode, bool] | None:
        for heading in reversed(unit.headings):
            if heading not in self.found:
                self.found[heading] = self._named(self.analysis.doc_of(heading))
            if len(self.found[heading]) == 1:
                return next(iter(self.found[heading].items()))
        return None
