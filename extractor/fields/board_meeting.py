"""The board before and after the annual meeting, listed both ("Styret fram til årsmøtet 14. mars:"
and "Styret etter årsmøtet:", "Styret har fram til årsmøtet 2023 bestått av ... Nytt styre fra 14.
mars: ...", or two periods of the year on lines of their own, "Fra 1. januar til 23. mai" over one
list and "Fra 23. mai" over the next). The output's board is the one at the year's end, the one
elected at the meeting: when a report names both sides, the mentions of the board before the
meeting are dropped, so a chair who stepped down is no chair and a member who left is none. One side alone changes nothing (a report
written before its meeting lists the sitting board "fram til årsmøtet"). A
nomination committee's proposal labelled in a paragraph ("Valgkomiteen legger fram følgende
forslag til styre for 2024:") lists next year's candidates (``proposal_lines``; ``board_scope``
drops them, but where the text says the proposal was adopted: ``adopted_sections``). Which side
a label or sentence opens on is ``board_sides``'s reading. Words in ``board_scope.json`` (meeting_sides, meetings,
new_board_words, proposal_labels, proposal_nouns, adopted_words).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.fields.board_headings import heading_line
from extractor.fields.board_labels import closing_label, line_no
from extractor.fields.board_line_labels import label_of
from extractor.fields.board_mentions import SENTENCE_BREAK, Line, Mention, last_sentence, sentence_bounds
from extractor.fields.board_sides import meeting_side, period_side
from extractor.fields.board_statements import NEW_WORDS
from extractor.nlp.role_spans import BOARD_CODES
from extractor.nlp.vocab import alternation, scope_words
from extractor.parse import MONTH_NAMES

def _sentence_side(m: Mention, nth: int) -> str | None:
    """The side the sentence holding the mention's name opens on, in running text: where the
    reader found it, else its ``nth`` occurrence in the line (a name may stand on both sides)."""
    at = m.at if m.at is not None else -1
    for _ in range(nth + 1 if m.at is None else 0):
        at = m.evidence.find(m.name, at + 1)
        if at < 0:
            return None
    start, _ = sentence_bounds(m.evidence, at)
    return meeting_side(m.evidence[start:at].replace(":", " ").split())


def _sides(ctx, marker, opening=lambda heading: None) -> dict[tuple[int, int], str]:
    """(unit index, line number) -> the side the last marker above it in its section gives, table
    cells included. ``marker(line)`` is (whether the line sets the side, the side it sets);
    ``opening`` gives the side a section's heading sets."""
    out: dict[tuple[int, int], str] = {}
    side = None
    for i, unit, opens in ctx.section_units(cells=True):
        side = opening(unit.section) if opens else side
        if unit.block is None:  # a table under the marker: "Styret etter årsmøtet:" over Verv | Namn
            if side is not None:
                out[(i, 0)] = side
            continue
        for n, line in enumerate(ctx.lines(i)):
            sets, found = marker(line)
            if sets:
                side = found
            elif side is not None:
                out[(i, n)] = side
    return out


def _board_label_side(line: Line | None) -> tuple[bool, str | None]:
    """An organ's label sets the side: the board's own by its words ("Styret etter årsmøtet:"),
    another organ's none."""
    found = label_of(line) if line is not None else None
    if found is None or found.kind != "BODY":
        return False, None
    return True, meeting_side(line.words) if found.code == "BOARD" else None


def _label_sides(ctx) -> dict[tuple[int, int], str]:
    """(unit index, line number) -> the side of the board label above it in its section, or of a
    board label a layout set as its heading ("Styret etter årsmøtet 24. mars:")."""
    return _sides(ctx, _board_label_side, _heading_side)


def _heading_side(heading: str | None) -> str | None:
    line = heading_line(heading) if heading and len(heading.split()) <= 12 else None
    return _board_label_side(line)[1]


def _period_sides(ctx) -> dict[tuple[int, int], str]:
    """(unit index, line number) -> the side of the period line above it in its section ("Fra 1.
    januar til 23. mai" over one list, "Fra 23. mai" over the next), or of the section's heading
    when a layout set the period as one, table cells included."""
    return _sides(ctx, lambda line: ((side := period_side(line.text)) is not None, side),
                  lambda heading: period_side(heading) if heading else None)


@lru_cache(maxsize=1)
def side_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A side word before a meeting or a month ("fram til årsmøtet", "etter mai"): before, after;
    and a closed term, the board before a meeting ("styret frå årsmøtet 11. mars 2021 til
    årsmøtet 24. mars 2022")."""
    scope = scope_words()
    meetings = "|".join(re.escape(w) for w in (*scope["meetings"], *MONTH_NAMES))
    before, after = (re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in scope['meeting_sides'][side])})\s+"
                                rf"(?:{meetings}|\d)") for side in ("before", "after"))
    opening = "|".join(re.escape(w) for w in scope["meeting_side_after_board"])
    closing = "|".join(re.escape(w) for w in scope["period_to"])
    closed = re.compile(rf"\b(?:{opening})\s+(?:{meetings})\b.{{0,40}}?\s(?:{closing})\s+(?:{meetings}|\d)")
    return before, after, closed


def _both_sides(text: str, report_year: int | None) -> bool:
    """Whether the text names the board's time both before and after a meeting (a quick look
    before the mentions are placed), the meeting after not of a later year than the report's
    ("Styret etter årsmøtet 2024" in a report for 2023 is next year's board)."""
    scope = scope_words()
    before, after, closed = side_patterns()
    if before.search(text) is None and closed.search(text) is None:
        return False
    afters = [text[m.start():m.end() + 30] for m in after.finditer(text)]
    later = report_year is not None and any(int(y) > report_year for a in afters
                                            for y in re.findall(r"\b(?:19|20)\d\d\b", a))
    return not later and (bool(afters) or any(w in text for w in scope["new_board_words"]))


def drop_before_meeting(ctx, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those of the board before the meeting, when the board after it is
    named too; all of them otherwise."""
    if not mentions:
        return mentions
    periods = _period_sides(ctx)
    if not ({"before", "after"} <= set(periods.values())
            or _both_sides(" ".join(u.text.casefold() for u in ctx.units), ctx.analysis.report_year)):
        return mentions
    labels = {**_label_sides(ctx), **periods}
    seen: dict[tuple, int] = {}  # each reader yields a line's names in order: its k-th is the k-th occurrence
    sides = []
    for m in mentions:
        key = (m.reader, id(m.unit), m.evidence, m.name)
        nth = seen[key] = seen.get(key, -1) + 1
        sides.append(_sentence_side(m, nth) or labels.get((ctx.index[id(m.unit)], line_no(ctx, m))))
    if not ("before" in sides and "after" in sides):
        return mentions
    return [m for m, side in zip(mentions, sides) if side != "before"]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MIN_SITTING = 2  # board mentions that must stand outside next year's before it is dropped


def _names_later_year(text: str, report_year: int) -> bool:
    return any(int(y) > report_year for y in _YEAR.findall(text))


_FOR_YEAR = re.compile(r"\bfor\s+((?:19|20)\d\d)\b")  # "Styret for 2025:"


def _board_for_later_year(line: Line | None, report_year: int) -> bool:
    """A board label naming a later year as its term ("Styret for 2025:" in a report for 2024:
    the board proposed or elected for next year, not the one at this year's end)."""
    found = label_of(line) if line is not None else None
    year = _FOR_YEAR.search(line.text) if found is not None and found.kind == "BODY" and found.code == "BOARD" else None
    return year is not None and int(year.group(1)) > report_year


def _later_labels(ctx, report_year: int) -> set[tuple[int, int]]:
    """(unit index, line number) of the lines and table cells under a ``_board_for_later_year``
    label in their section, to the next organ's label."""
    def marker(line: Line) -> tuple[bool, str | None]:
        sets, _ = _board_label_side(line)
        return sets, ("later" if sets and _board_for_later_year(line, report_year) else None)
    return set(_sides(ctx, marker))


def _later_board(m: Mention, report_year: int) -> bool:
    """Whether the mention is of the board elected at a meeting after the report's year: under a
    heading naming the board after a later year's meeting ("Styret etter generalforsamlingen 2023"
    in a report for 2022) or for a later year ("Styret for 2023:"), or in a sentence opening on
    such a meeting ("Generalforsamlingen 26. april 2023 valgte X til ny styreleder")."""
    heading = m.unit.section
    if heading and len(heading.split()) <= 12 and (_heading_side(heading) == "after" and _names_later_year(heading, report_year)
                                                   or _board_for_later_year(heading_line(heading), report_year)):
        return True
    at = m.name_at()
    if at < 0:
        return False
    start, _ = sentence_bounds(m.evidence, at)
    opening = m.evidence[start:at].casefold()
    meetings = scope_words()["meetings"]
    # the meeting's own date, not a term's end ("valde styre fram til årsmøtet i 2010")
    return any(w.strip(".,:;") in meetings for w in opening.split()) \
        and any(int(y) > report_year for y in _event_date().findall(opening))


def drop_later_board(ctx, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those of next year's board (``_later_board``, ``_later_labels``) and of
    last year's in a table of its own (``_earlier_table``): the output's board is the one at the
    year's end. Only where the report names that board too (``MIN_SITTING`` board mentions
    besides): a report that lists only the board its meeting elected keeps it."""
    year = ctx.analysis.report_year
    if year is None or not mentions:
        return mentions
    labelled = _later_labels(ctx, year)
    later = [(m.role is None or m.code in BOARD_CODES)
             and (_later_board(m, year) or _earlier_table(m, year)
                  or (ctx.index[id(m.unit)], line_no(ctx, m)) in labelled) for m in mentions]
    sitting = sum(1 for m, off in zip(mentions, later) if not off and m.code in BOARD_CODES)
    if not any(later) or sitting < MIN_SITTING:
        return mentions
    return [m for m, off in zip(mentions, later) if not off]


def _earlier_table(m: Mention, report_year: int) -> bool:
    """Whether the mention is a cell of a table whose header names an earlier year beside its role
    column's word ("Verv 2012 | Navn" in a report for 2013): last year's board, set beside the
    sitting one for comparison."""
    table = m.unit.table if m.unit.in_table else None
    if table is None or not table.rows or m.unit.row == 0:
        return False
    headers = scope_words()["column_headers"]
    for cell in table.rows[0]:
        words = cell.text.casefold().split()
        if len(words) == 2 and words[0] in headers and _YEAR.fullmatch(words[1]) and int(words[1]) < report_year:
            return True
    return False


@lru_cache(maxsize=1)
def _event_date() -> re.Pattern:
    """A dated event's year: "4. mai 2024", "i mars 2024", "21.03.2024", "årsmøtet (i) 2024" (a term's
    end, "for perioden 2023–2025", "fram til årsmøtet i 2025", is no date)."""
    meetings = "|".join(re.escape(w) for w in scope_words()["meetings"])
    return re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)}|\d{{1,2}}\.\d{{1,2}}\.|(?<!til )(?:{meetings})(?:\s+i)?)\s*((?:19|20)\d\d)\b")


def _after_year(m: Mention, year: int) -> bool:
    """The sentence holding the mention's name tells of a date after the report year (or of a term
    from a later year: "valgt som nytt styremedlem fra 2022" in a report for 2021) or says
    "etter årets slutt", or its paragraph opens on that ("Hendelser etter årets slutt: ...")."""
    at = m.name_at()
    if at < 0:
        return False
    start, end = sentence_bounds(m.evidence, at)
    sentence, label = m.evidence[start:end].casefold(), m.evidence.casefold().partition(":")[0]
    words = scope_words()["after_year_words"]
    return any(w in sentence or len(label) < 60 and label.endswith(w) for w in words) \
        or any(int(y) > year for y in [*_event_date().findall(sentence), *_term_from().findall(sentence)])


@lru_cache(maxsize=1)
def _term_from() -> re.Pattern:
    """A seat's term starting in a year: "nytt styremedlem fra 2022", "frå og med 2025", "f.o.m. 1. januar 2024"."""
    return re.compile(rf"\b(?:{alternation(scope_words()['term_from'])})\s+(?:og\s+med\s+)?(?:\d{{1,2}}\.\s*januar\s+)?"
                      r"((?:19|20)\d\d)\b")


def _says_new(m: Mention) -> bool:
    """A word of taking a seat in the sentence holding the name ("Ny styreleder er C")."""
    at = m.name_at()
    start, end = sentence_bounds(m.evidence, max(at, 0))
    return any(w.strip(".,:;") in NEW_WORDS for w in m.evidence[start:end].casefold().split())


def drop_after_year(ctx, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the changes told as after the report year ("På generalforsamlingen 4.
    mai 2024 gikk A ut av styret, og B ble valgt" in a report for 2023; "Hendelser etter årets
    slutt: ... Ny styreleder er C"): who left then sat through the year (the leaving would cancel
    the member), who was elected then is next year's board."""
    year = ctx.analysis.report_year
    if year is None:
        return mentions
    return [m for m in mentions if not ((m.left or m.new or _says_new(m)) and _after_year(m, year) and not _signed(m))]


def _signed(m: Mention) -> bool:
    """An e-signature's entry ("Vikøren, Sunniva | Styremedlem, valgt av de ansatte | BankID |
    23.03.2023"): its date is the signing's, after the year, not an election's."""
    text = m.evidence.casefold()
    return any(marker in text for marker in scope_words()["esign_markers"])


def proposal_label(line: Line) -> bool:
    """A line (or its last sentence) ending in a colon that names a proposal for the board
    ("Valgkomiteen legger fram følgende forslag til styre for 2024:") and no adoption."""
    if not line.tokens or not line.tokens[-1].text.endswith(":"):
        return False
    part = last_sentence(line) or line
    return _names_proposal(w.casefold() for w in part.words if w)


TITLE_WORDS = 8  # a proposal's title on a line of its own: a few words, no sentence


def proposal_title(text: str) -> bool:
    """A short line of its own that names a proposal for the board as a label does, without the
    colon ("Valgkomiteens innstilling" set in bold over the candidates, a slide's sub-title)."""
    if text.rstrip().endswith((".", ":")):
        return False
    words = re.findall(r"\w+", text.casefold())
    return len(words) <= TITLE_WORDS and _names_proposal(words)


def inline_proposal(line: Line) -> bool:
    """A proposal label with its candidates after the colon on the same line ("Valgkomiteens
    forslag til nytt styre: leder Kari Holm, nestleder ...") and no adoption in it."""
    texts = [t.text for t in line.tokens]
    colon = next((k for k, t in enumerate(texts[:-1]) if t.endswith(":")), None)
    return colon is not None and _names_proposal(w.casefold() for w in line.words[:colon + 1] if w) \
        and not _names_adoption(w.casefold() for w in line.words[colon + 1:] if w)


def _names_adoption(words) -> bool:
    return _says(words, "adopted_words")


def _says(words, key: str) -> bool:
    """Whether the words hold a phrase of board_scope's ``key`` list, as whole words."""
    text = f" {' '.join(words)} "
    return any(f" {w} " in text for w in scope_words()[key])


def proposal_heading(heading: str | None) -> bool:
    """A section heading that names a proposal for the board as a label would ("Valnemnda sitt
    framlegg til styre for 2025", "Valgkomiteens forslag til nytt styre"): its lines, to the first
    label, are next year's candidates even with no label line over them."""
    return bool(heading) and _names_proposal(re.findall(r"\w+", heading.casefold()))


def _under_proposal_heading(ctx, headings: tuple[str, ...]) -> bool:
    """A sub-heading right under a proposal heading that names no organ of its own, at most the
    meeting the proposal goes to ("Valnemnda si innstilling" over "Til årsmøtet 2025" and "Går ut
    av styret" on a slide): still the proposal."""
    return len(headings) >= 2 and proposal_heading(headings[-2]) and ctx.heading_kind(headings[-1]) in (None, "meeting")


def _names_proposal(words) -> bool:
    words = list(words)
    return _says(words, "proposal_labels") and not _names_adoption(words)


def proposal_lines(ctx) -> set[tuple[int, int]]:
    """(unit index, line number) of the lines under a proposal label (``proposal_label``), title
    (``proposal_title``) or heading (``proposal_heading``), to the next label or heading of its
    section; a table's cells there too ("Valgkomiteens innstilling:" over a table of candidates),
    which neither open nor close a label."""
    out: set[tuple[int, int]] = set()
    under = False
    for i, unit, opens in ctx.section_units(cells=True):
        if opens:
            under = proposal_heading(unit.section) or _under_proposal_heading(ctx, unit.headings)
        if unit.block is None:
            out.update((i, n) for n in range(len(ctx.lines(i))) if under)
            continue
        lines = ctx.lines(i)
        for n, line in enumerate(lines):
            if proposal_label(line) or len(lines) == 1 and proposal_title(unit.text):
                under = True
            elif inline_proposal(line):
                out.add((i, n))
            elif label_of(line) is not None or closing_label(ctx, line) is not None:
                under = False
            elif under:
                out.add((i, n))
    return out


def adopted_sections(ctx) -> set[str | None]:
    """Sections holding a sentence that names a proposal and says it was adopted ("Innstillingen
    ble enstemmig vedtatt", nn "Framlegget vart samrøystes vedteke"): a meeting's minutes, where
    the proposal is what the meeting elected."""
    out: set[str | None] = set()
    for _, unit, _ in ctx.section_units():
        for sentence in (part for line in unit.text.split("\n") for part in SENTENCE_BREAK.split(line)):
            words = re.findall(r"\w+", sentence.casefold())
            if _says(words, "proposal_nouns") and _names_adoption(words):
                out.add(unit.section)
                break
    return out
