"""NAV programs run by the organisation, with approved places, person-years and participants.

Program names are the spaCy spans of ``patterns/programs.jsonl`` (``doc.spans["programs"]``:
VTA, AFT, VTO, lærekandidat, and historic names such as APS or ASVO under the code that
replaced them). A count of places belongs to the program named in the same phrase ("41
VTA-plasser"), after it with a colon or in parentheses ("VTA: 32", "VTA (32)"), else in the
same sentence (not a total before several programs), else in the
heading path above it ("Arbeidsforberedende trening, AFT"); a table gives it per row or per
column under a places or capacity header. Person-years are the ARSVERK spans of the staff
ruler. Counts in quoted newspaper pieces ("null nye VTA-plasser" in the state budget) are not ours,
nor, unless nothing else counts the program, places counted for the country, a county or a NAV
office ("33 nye plasser i Agder fylke, hvorav 21 i VTA").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.text import sentence_around, sentence_bounds, sentence_span
from extractor.fields.years import other_year, report_year_value
from extractor.nlp.components import doc_text
from extractor.parse import parse_int_word, parse_number
from schemas.fields import Program, ProgramCode

# Log-odds weights of the evidence behind a count (see extractor.confidence).
WEIGHTS = {
    "named_in_phrase": 1.6,  # "41 VTA-plasser": the program is part of the count itself
    "named_in_sentence": 0.8,  # the sentence names exactly one program
    "named_in_heading": 0.5,  # only the section heading tells which program
    "agreement_word": 0.6,  # "avtale om", "godkjente", "tildelte", "faste": an approved number
    "repeated": 0.8,  # the same count found again elsewhere in the document
    "table_cell": 0.3,  # a results table states it
    "conflicting_counts": -2.2,  # another count for the same program disagrees
    "named_in_row": 1.0,  # a table row labelled with the program under a "Plasser" column
    "change_word": -2.5,  # "ti nye AFT-plasser": a change in places, not the approved number
    "labelled_count": 1.0,  # "VTA: 32" on its own line
    "historic_name": -0.4,  # "APS", "ASVO": read as the program that replaced it
    "other_year": -2.5,  # "(38 i 2022)": the count of another year than the report's
    "year_paired": 0.0,  # "38 VTA-plasser i 2022, i 2023 hadde vi 41": the report year's, after another's
    "persons_for_places": -0.6,  # "arbeidsplasser (VTA) for 29 personer": people counted, places may differ
    "participants_only": 0.9,  # "seks lærekandidater": run by us, but no places stated (left for review)
    "area_count": -2.5,  # "på landsbasis", "i Agder fylke", "NAV Hamar hadde": an area's or NAV's places, not ours
    "persons_in_program": 0.5,  # "I dag er 41 personer i VTA": people in it, read as its places only where nothing counts them
}
PRIOR = 0.55
# "godkjente plasser", not a provider's kind: "forhåndsgodkjent virksomhet", nn "førehandsgodkjend".
APPROVED = re.compile(r"avtale|(?<![\wæøå])godkjen[dt]|tildelt|fast|tilsagn|ramme", re.IGNORECASE)
CHANGE = re.compile(r"\b(?:nye|nytt|flere|fleire|ekstra|økt|økning|auke|redus\w*|færre|kutt\w*)\b", re.IGNORECASE)
# "33 nye plasser ..., hvorav 21 i VTA": a part of a change is a change.
BREAKDOWN = re.compile(r"\b(?:hvorav|herav|derav|kor\s+av|av\s+disse|av\s+dei)\b", re.IGNORECASE)
# Places counted for the whole country, a county or a NAV office: statistics, not the organisation's.
AREA = re.compile(r"\b(?i:på\s+landsbasis|i\s+hei?le\s+landet|nasjonalt|fylkesvis)\b"
                  r"|\bi\s+[A-ZÆØÅ][\wæøå-]+\s+fylke\b|\b(?:i|ved)\s+NAV\s+[A-ZÆØÅ]"
                  r"|\bNAV\s+[A-ZÆØÅ][\wæøå-]+\s+(?:hadde|har|fikk|fekk)\b")
PLACES_HEADER = re.compile(r"plass|kapasitet", re.IGNORECASE)
PROGRAM_LABELS = ("PROGRAM", "PROGRAM_HISTORIC")
# "VTA: 32" ends there, or goes on with a places word: "VTA: 32 plasser".
# Also with last year's count after it in parentheses: "VTA-plasser: 30 (28)".
_AFTER_LABELLED = re.compile(r"\s*(?:$|\n|[.;,)]|\(\d{1,4}\)|(?:godkjente\s+|faste\s+)?[\wæøå]*plass)",
                             re.IGNORECASE)
# After the name: "VTA: 32", "AFT – 18", or in parentheses "VTA (20)", "AFT (10 plasser)" (at most three
# digits there: "VTA (2023)" is a year).
_LABELLED = re.compile(r"^\s*(?:[:=–-]\s*|\((?=\d{1,3}\s*(?:\)|plass)))(\d{1,4})(?![\d,.]\d)")
# After a name that counts places: "Antall VTA-plasser var 25", nn "Talet på AFT-plassar var 14".
_VERB_COUNT = re.compile(r"^\s+(?:var|er|vart|blei|ble|utgjorde|utgjer|utgjør)\s+(\d{1,4})(?![\d,.]\d)"
                         r"(?!\s*(?:%|prosent|pst|personer|deltak|kr\b|kroner|årsverk))", re.IGNORECASE)
# ... or the people they are for: "varig tilrettelagte arbeidsplasser (VTA) for 29 yrkeshemmede personer".
_FOR_PERSONS = re.compile(r"^\s*(?:\([^)\d]{2,12}\)\s*)?(?:for|til)\s+(\d{1,4})\s+(?:[a-zæøå]+\s+)?"
                          r"(?:personer|deltakere|deltakarar|arbeidstakere|arbeidstakarar|brukere|brukarar)\b",
                          re.IGNORECASE)
# ... or after a verb offering the program: "gir varig tilrettelagt arbeid (VTA) til 26 arbeidstakere".
_OFFERS = re.compile(r"\b(?:gir|gav|ga|gjev|gjeve|tilbyr|tilbød|tilbyd|tilbaud)\s+$", re.IGNORECASE)
# ... or a change to it: "Talet på VTA-plassar auka frå 24 til 28" (the count it ended at).
_CHANGE_COUNT = re.compile(r"^\s+(?:økte|auka|auke|steg|steig|gikk\s+(?:opp|ned)|gjekk\s+(?:opp|ned)|sank"
                           r"|ble\s+redusert|vart\s+redusert|ble\s+utvidet|vart\s+utvida)"
                           r"\s+(?:fra|frå)\s+\d{1,3}\s+til\s+(\d{1,3})(?![\d,.]\d)"
                           r"(?!\s*(?:%|prosent|pst|personer|deltak|kr\b|kroner|årsverk))", re.IGNORECASE)
PARTICIPANTS = re.compile(r"(?:fordelt på|totalt|har hatt)?\s*(\d+)\s+(?:personer|deltakere|deltagere)", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"(?<![\d,.])(\d{1,4})\s+$")
# People counted in a program, before its name: "41 personer i VTA", "28 arbeidstakarar på VTA",
# "ved utgangen av året var 41 arbeidstakere i varig tilrettelagt arbeid".
_PERSONS_IN = re.compile(r"(?<![\d,.])(\d{1,4})\s+(?:[a-zæøå]+\s+)?(?:personer|personar|deltakere|deltakarar|deltagere|"
                         r"arbeidstakere|arbeidstakarar|brukere|brukarar)\s+(?:(?:er|var)\s+)?(?:i|på|innen|innan)\s+"
                         r"(?:tiltaket\s+)?$", re.IGNORECASE)
# Programs whose name is also the word for its participants: "seks lærekandidater" says the program
# is run here even where no places are stated (a count of people, never of places).
PERSON_PROGRAMS = frozenset({ProgramCode.LAEREKANDIDAT})
# "... og 12 i AFT": the count of the second program, its places word left out
_ELLIPTIC = re.compile(r"\bog\s+(\d{1,4})\s+(?:(?:i|innen|innan|på|til)\s+)?$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?<![\w,.])([\wæøå]+)\s+$")


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


def _within_counts(mentions, start: int, end: int, others: list[tuple[int, int]]):
    """The mentions between the counts before and after the count at ``start:end``."""
    lo = max((e for s, e in others if e <= start), default=0)
    hi = min((s for s, e in others if s >= end), default=10 ** 9)
    return [m for m in mentions if lo <= m[0] and m[1] <= hi]


_NEXT_ITEM = re.compile(r"^\s*(?:,|og\b|samt\b|and\b)", re.IGNORECASE)


def nearest_program(mentions, start: int, end: int, others: list[tuple[int, int]], sentence: str = ""):
    """The (code, historic) named closest to the count at ``start:end`` without reaching past
    another count: in "25 plasser i VTA og 6 plasser i VTO" each count keeps its own program; in
    "VTA med 38 plasser og AFT med 26 plasser" a program after "og" opens the next item, so the
    one before the count is its own though the next stands nearer."""
    near = [(s >= end and bool(_NEXT_ITEM.match(sentence[end:s])), _distance((s, e), start, end), code, historic)
            for s, e, code, historic in _within_counts(mentions, start, end, others)]
    return min(near)[2:] if near else None


def total_of_several(sentence: str, mentions, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """ "30 tiltaksplasser, fordelt på VTA (20) og AFT (10)": a count with two or more programs
    after it and none before it (between its neighbouring counts, also an elliptic one: "24 plasser
    i VTA og 12 i AFT") is their sum, no one program's."""
    elliptic = [(max(0, s - 24) + m.start(1), max(0, s - 24) + m.end(1)) for s, _, _, _ in mentions
                if (m := _ELLIPTIC.search(sentence[max(0, s - 24):s]))]
    inside = [m for m in _within_counts(mentions, start, end, others + elliptic)
              if not _nearer_another(m, start, end, others + elliptic)]
    return len({m[2] for m in inside}) > 1 and all(m[0] >= end for m in inside)


def _distance(mention, start: int, end: int) -> int:
    """Characters between a program's mention and the count at ``start:end``."""
    return min(abs(mention[0] - end), abs(start - mention[1]))


def _nearer_another(mention, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """ "38 plassar i VTA og tilbyr AFT med 30 plassar": AFT stands by the second count, so the
    first counts VTA alone, not the two together."""
    return any(_distance(mention, s, e) < _distance(mention, start, end) for s, e in others)


class HeadingPrograms:
    """Programs named in each heading text, read from the heading units' spaCy docs."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.found = {u.text: programs_in(d) for u, d in analysis.units_with_docs() if u.is_heading}

    def __call__(self, unit: TextUnit) -> ProgramCode | None:
        for heading in reversed(unit.headings):
            if heading not in self.found:
                self.found[heading] = programs_in(self.analysis.doc_of(heading))
            if len(self.found[heading]) == 1:
                return next(iter(self.found[heading]))
        return None


def _reasons_for(sentence: str, start: int, span_text: str) -> list[str]:
    reasons = []
    if APPROVED.search(sentence):
        reasons.append("agreement_word")
    parts = [m.start() for m in BREAKDOWN.finditer(sentence, 0, start)]
    if (CHANGE.search(span_text) or CHANGE.search(sentence[max(0, start - 12):start])
            or (parts and CHANGE.search(sentence, 0, parts[-1]))):
        reasons.append("change_word")
    if AREA.search(sentence):
        reasons.append("area_count")
    return reasons


def iter_span_candidates(analysis: Analysis):
    """Counts written as "41 VTA-plasser", "12 tildelte plasser", in prose or a cell."""
    heading_program = HeadingPrograms(analysis)
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.is_heading:
            continue
        counts = [sp for sp in doc.spans.get("quantities", []) if sp.label_ == "PLACES_COUNT" and sp._.value]
        mentions = iter_mentions(doc)
        for span in counts:
            offset, sentence_end = sentence_span(doc_text(doc), span.start_char, span.end_char)
            sentence = doc_text(doc)[offset:sentence_end]
            others = [(sp.start_char - offset, sp.end_char - offset) for sp in counts if sp is not span]
            start, end = span.start_char - offset, span.end_char - offset
            local = [(s - offset, e - offset, c, h) for s, e, c, h in mentions
                     if offset <= s and e <= offset + len(sentence)]
            in_phrase = {(c, h) for s, e, c, h in mentions if span.start_char <= s and e <= span.end_char}
            reasons = ["table_cell"] if unit.in_table else []
            if len({c for c, _ in in_phrase}) == 1:
                (code, historic), reasons = next(iter(in_phrase)), reasons + ["named_in_phrase"]
            elif total_of_several(sentence, local, start, end, others):
                continue
            elif (found := nearest_program(local, start, end, others, sentence)) is not None:
                (code, historic), reasons = found, reasons + ["named_in_sentence"]
            elif (code := heading_program(unit)) is not None:
                historic, reasons = False, reasons + ["named_in_heading"]
            else:
                continue
            reasons += ["historic_name"] if historic else []
            reasons += _reasons_for(sentence, start, span.text)
            if other_year(sentence, start, end, analysis.report_year):
                yield Candidate(code, int(span._.value), unit, sentence, reasons + ["other_year"])
                value = report_year_value(sentence, analysis.report_year, end)
                if value is not None and value == int(value):
                    yield Candidate(code, int(value), unit, sentence, reasons + ["year_paired"])
                continue
            yield Candidate(code, int(span._.value), unit, sentence, reasons)
        yield from iter_labelled_candidates(unit, doc, mentions, counts, analysis.report_year)
        yield from iter_counted_names(unit, doc, mentions, counts)
        yield from iter_elliptic_counts(unit, doc, mentions, counts)


def iter_elliptic_counts(unit: TextUnit, doc, mentions, counts):
    """ "24 plasser i VTA og 12 i AFT", "18 tiltaksplassar innan VTA og 9 innan AFT": the second
    program's count leaves out the word for places the count before it in the sentence has."""
    text = doc_text(doc)
    for s, e, code, historic in mentions:
        before = text[max(0, s - 24):s]
        m = _ELLIPTIC.search(before)
        if not m or any(sp.start_char <= s < sp.end_char for sp in counts):
            continue
        start = s - (len(before) - m.start())
        own = sentence_around(text, start, e)  # the count before it stands in this sentence
        if not any(sp.end_char <= start and sentence_around(text, sp.start_char, sp.end_char) == own for sp in counts):
            continue
        sentence = sentence_around(text, s, e)
        reasons = (["table_cell"] if unit.in_table else []) + ["named_in_sentence"] + (["historic_name"] if historic else [])
        yield Candidate(code, int(m.group(1)), unit, sentence, reasons + _reasons_for(sentence, 0, ""))


def iter_counted_names(unit: TextUnit, doc, mentions, counts):
    """ "27 varig tilrettelagte arbeidsplasser": a number right before a program name that
    itself names places (too many words between for a count span)."""
    for s, e, code, historic in mentions:
        m = _COUNT_BEFORE.search(doc_text(doc)[max(0, s - 8):s])
        if not m or not re.search(r"plass", doc_text(doc)[s:e], re.IGNORECASE):
            continue
        if any(sp.start_char <= s < sp.end_char for sp in counts):
            continue
        sentence = sentence_around(doc_text(doc), s, e)
        reasons = (["table_cell"] if unit.in_table else []) + ["named_in_phrase"] + (["historic_name"] if historic else [])
        yield Candidate(code, int(m.group(1)), unit, sentence, reasons + _reasons_for(sentence, 0, ""))


def iter_labelled_candidates(unit: TextUnit, doc, mentions, counts, report_year: int | None = None):
    """ "VTA: 32", "AFT – 18 plasser", "VTA (20)": a program name, a colon, dash or parenthesis,
    then the count; "Antall VTA-plasser var 25": a name that counts places, a verb, the count."""
    text = doc_text(doc)
    for s, e, code, historic in mentions:
        m = _LABELLED.match(text[e:])
        if not m or not _AFTER_LABELLED.match(text[e + m.end():]):
            counts_places = re.search(r"plass", text[s:e], re.IGNORECASE)
            m = (_VERB_COUNT.match(text[e:]) or _CHANGE_COUNT.match(text[e:]) or _FOR_PERSONS.match(text[e:])) \
                if counts_places else _FOR_PERSONS.match(text[e:]) if _OFFERS.search(text[:s]) else None
            if m is None:
                continue
        if any(sp.start_char <= e + m.start(1) < sp.end_char for sp in counts):
            continue  # "VTA: 32 plasser" is already a count span
        line = text[max(text.rfind("\n", 0, s) + 1, 0): e + m.end()]
        offset, sentence_end = sentence_span(text, s, e)
        sentence, at, end = text[offset:sentence_end], e + m.start(1) - offset, e + m.end(1) - offset
        reasons = (["table_cell"] if unit.in_table else []) + ["labelled_count"] + (["historic_name"] if historic else [])
        reasons += ["persons_for_places"] if m.re is _FOR_PERSONS else []
        reasons += _reasons_for(line, 0, "")
        if other_year(sentence, at, end, report_year):
            # "Antall VTA-plasser var 38 i 2022 og 41 i 2023": the report year's count follows
            value = report_year_value(sentence, report_year, end)
            if value is not None and value == int(value):
                yield Candidate(code, int(value), unit, sentence, reasons + ["year_paired"])
            reasons.append("other_year")
        yield Candidate(code, int(m.group(1)), unit, line.strip(), reasons)


def _cell_value(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) and 0 < value < 10000 else None


def iter_table_candidates(analysis: Analysis):
    """A table that gives places per program: rows labelled with one program under a
    "Plasser"/"Kapasitet" column (or in a table headed or captioned so, the first number of the
    row, the report year's column first), or
    columns headed with one program and a row labelled "Plasser"/"Godkjent kapasitet"."""
    cell_docs = {(id(u.table), u.row, u.col): d for u, d in analysis.units_with_docs() if u.in_table}
    captions = _captions(analysis)
    for table, headings in analysis.own_tables():
        rows = table.text_rows()
        first = table.header_rows or 1
        named = {(r, c): found for r in range(len(rows)) for c in range(len(rows[r]))
                 if len(found := programs_in(cell_docs[(id(table), r, c)]) if (id(table), r, c) in cell_docs else ()) == 1}
        titled = (any(PLACES_HEADER.search(h) for h in headings[-1:]) or bool(rows and PLACES_HEADER.search(rows[0][0]))
                  or bool(PLACES_HEADER.search(captions.get(id(table), ""))))
        year_col = _report_year_column(rows[:first], analysis.report_year)
        columns = {c: text for r in range(min(first, len(rows))) for c, text in enumerate(rows[r])
                   if c and PLACES_HEADER.search(text)}
        for r in range(first, len(rows)):
            if (r, 0) not in named:
                continue
            # a row that names its places ("VTA-plassar | 30 | 28") is headed like the table's title
            own = titled or bool(PLACES_HEADER.search(rows[r][0]))
            order = [year_col] * (year_col is not None) + [c for c in range(1, len(rows[r])) if c != year_col]
            cols = columns or ({c: "" for c in order} if own else {})
            for c, header in cols.items():
                if c < len(rows[r]) and (value := _cell_value(rows[r][c])) is not None:
                    yield _table_candidate(table, r, c, named[(r, 0)], value, f"{rows[r][0]} | {header} | {rows[r][c]}")
                    if not columns:
                        break  # headed only by the table's title: the row's first number
        for r in range(len(rows)):
            if rows[r] and PLACES_HEADER.search(rows[r][0]) and r >= first:
                for c in range(1, len(rows[r])):
                    if (0, c) in named and (value := _cell_value(rows[r][c])) is not None:
                        yield _table_candidate(table, r, c, named[(0, c)], value, f"{rows[0][c]} | {rows[r][0]} | {rows[r][c]}")


CAPTION_CHARS = 160  # a caption is one short sentence, not a paragraph that happens to precede a table


def _captions(analysis: Analysis) -> dict[int, str]:
    """The short prose line right before each table ("Tabellen viser godkjente plasser de siste
    fem årene"), which titles it as a heading would."""
    out, before = {}, ""
    for u in analysis.units:
        if u.in_table:
            out.setdefault(id(u.table), before)
            before = ""  # a table right after another has no caption of its own
        else:
            before = u.text if len(u.text) <= CAPTION_CHARS else ""
    return out


def _report_year_column(header: list[list[str]], year: int | None) -> int | None:
    """The column headed with the report's year ("Tiltak | 2023 | 2022"), if any."""
    return next((c for row in header for c, text in enumerate(row) if c and year and text.strip() == str(year)), None)


def _table_candidate(table, r: int, c: int, found: set[ProgramCode], value: int, text: str) -> Candidate:
    cell = table.rows[r][c]
    unit = TextUnit(cell.text, cell.prov, None, (), table=table, row=r, col=c)
    return Candidate(next(iter(found)), value, unit, text, ["table_cell", "named_in_row"])


def iter_candidates(analysis: Analysis):
    yield from iter_span_candidates(analysis)
    yield from iter_table_candidates(analysis)


def iter_persons_in(analysis: Analysis):
    """ "I dag er 41 personer i VTA": the people in a program, which a vekstbedrift's news and
    reports give where they state no places; read as its places (a doubt), and only for a
    program nothing else counts (``extract_programs``)."""
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.is_heading:
            continue
        text = doc_text(doc)
        for s, e, code, historic in iter_mentions(doc):
            if not (m := _PERSONS_IN.search(text, max(0, s - 60), s)):
                continue
            offset, sentence_end = sentence_span(text, s, e)
            sentence, at = text[offset:sentence_end], m.start(1) - offset
            reasons = ["persons_in_program"] + (["historic_name"] if historic else []) + _reasons_for(sentence, at, "")
            if other_year(sentence, at, at + len(m.group(1)), analysis.report_year):
                reasons.append("other_year")
            yield Candidate(code, int(m.group(1)), unit, sentence, reasons)


def best_per_program(candidates: list[Candidate]) -> dict[ProgramCode, tuple[Candidate, list[str]]]:
    by_code: dict[ProgramCode, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_code[cand.code].append(cand)
    for code, cands in by_code.items():  # a change, or another year's count, says nothing against the report's
        for reason in ("change_word", "other_year", "area_count"):
            if any(reason not in c.reasons for c in by_code[code]):
                by_code[code] = [c for c in by_code[code] if reason not in c.reasons]
    chosen = {}
    for code, cands in by_code.items():
        support: dict[int, float] = defaultdict(float)
        for c in cands:
            support[c.places] += 1 + sum(WEIGHTS.get(r, 0) for r in c.reasons)
        value = max(support, key=support.get)
        best = max((c for c in cands if c.places == value), key=lambda c: sum(WEIGHTS.get(r, 0) for r in c.reasons))
        reasons = list(best.reasons)
        if sum(1 for c in cands if c.places == value) > 1:
            reasons.append("repeated")
        if len(support) > 1:
            reasons.append("conflicting_counts")
        chosen[code] = (best, reasons)
    return chosen


def program_details(analysis: Analysis, code: ProgramCode) -> tuple[float | None, int | None]:
    """(person-years, participants) stated in a sentence that names the program: an ARSVERK
    span of the staff ruler, "fordelt på 42 personer"."""
    person_years = participants = None
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.in_table or code not in programs_in(doc):
            continue
        for start, end in sentence_bounds(doc_text(doc)):
            if code not in programs_in(doc, start, end):
                continue
            if person_years is None:
                person_years = next((sp._.value for sp in doc.spans.get("staff", []) if sp.label_ == "ARSVERK"
                                     and start <= sp.start_char < end and sp._.value is not None), None)
            if participants is None and (m := PARTICIPANTS.search(doc_text(doc)[start:end])):
                participants = int(parse_number(m.group(1)))
        if person_years is not None and participants is not None:
            break
    return person_years, participants


def iter_participant_counts(analysis: Analysis, skip: set[ProgramCode]):
    """(code, count, unit, sentence) of "6 lærekandidater", nn "fire lærekandidatar": a count right
    before a program name that names its participants, in our own text (not a quoted piece)."""
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.is_heading:
            continue
        text = doc_text(doc)
        for s, e, code, _ in iter_mentions(doc):
            if code not in PERSON_PROGRAMS or code in skip or not (m := _WORD_BEFORE.search(text[max(0, s - 16):s])):
                continue
            offset, sentence_end = sentence_span(text, s, e)
            sentence, at = text[offset:sentence_end], s - offset
            if (count := parse_int_word(m.group(1))) and not other_year(sentence, at, at + e - s, analysis.report_year):
                yield code, count, unit, sentence


def _participants_only(analysis: Analysis, skip: set[ProgramCode]) -> list[Program]:
    """A program named only by a count of its participants: reported without places, for review."""
    out: dict[ProgramCode, Program] = {}
    for code, count, unit, sentence in iter_participant_counts(analysis, skip):
        ocr = unit.prov.ocr_confidence
        out.setdefault(code, Program(
            code=code, places=None, participants=count, reasons=["participants_only"] + ocr_reason(ocr),
            confidence=combine(PRIOR, ["participants_only"], WEIGHTS, ocr), source=prov_to_ref(unit.prov, sentence)))
    return list(out.values())


def extract_programs(analysis: Analysis) -> list[Program]:
    chosen = best_per_program(list(iter_candidates(analysis)))
    chosen |= best_per_program([c for c in iter_persons_in(analysis) if c.code not in chosen])
    out = _participants_only(analysis, set(chosen))
    for code, (best, reasons) in sorted(chosen.items()):
        ocr = best.unit.prov.ocr_confidence
        person_years, participants = program_details(analysis, code)
        out.append(Program(
            code=code,
            places=best.places,
            person_years=person_years,
            participants=participants,
            confidence=combine(PRIOR, reasons, WEIGHTS, ocr),
            reasons=reasons + ocr_reason(ocr),
            source=prov_to_ref(best.unit.prov, best.text),
        ))
    return sorted(out, key=lambda p: p.code)
