"""NAV programs run by the organisation, with approved places, person-years and participants.

A count of places belongs to the program named in the same phrase ("41 VTA-plasser"), else
in the same sentence, else in the heading path above it ("Arbeidsforberedende trening, AFT").
Counts in quoted newspaper pieces ("null nye VTA-plasser" in the state budget) are not ours.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.text import iter_sentences, sentence_around
from extractor.parse import parse_number
from schemas.fields import Program, ProgramCode

# Names of each program, longest first so "varig tilrettelagt arbeid i ordinær virksomhet" wins.
PROGRAM_NAMES: dict[ProgramCode, tuple[str, ...]] = {
    ProgramCode.VTO: (r"varig tilrettelagt arbeid i ordin\w+ virksomhet", r"\bVTO\b", r"\bVTA-?O\b"),
    ProgramCode.VTA: (r"varig(?:e)? tilrettelag\w* arbeid", r"\bVTA"),
    ProgramCode.AFT: (r"arbeidsf[oø]r(?:bere|ebu)\w*\s+trening", r"\bAFT\b"),
    ProgramCode.LAEREKANDIDAT: (r"l[æa]rekandidat",),
}
PROGRAM_RE = {code: re.compile("|".join(names), re.IGNORECASE) for code, names in PROGRAM_NAMES.items()}

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
}
PRIOR = 0.55
APPROVED = re.compile(r"avtale|godkjent|tildelt|fast|tilsagn|ramme", re.IGNORECASE)
CHANGE = re.compile(r"\b(?:nye|nytt|flere|fleire|ekstra|økt|økning|auke|redus\w*|færre|kutt\w*)\b", re.IGNORECASE)
PLACES_HEADER = re.compile(r"plass", re.IGNORECASE)
PERSON_YEARS = re.compile(r"(\d+(?:[,.]\d+)?)\s+årsverk", re.IGNORECASE)
PARTICIPANTS = re.compile(r"(?:fordelt på|totalt|har hatt)?\s*(\d+)\s+(?:personer|deltakere|deltagere)", re.IGNORECASE)


@dataclass
class Candidate:
    code: ProgramCode
    places: int
    unit: TextUnit
    text: str
    reasons: list[str] = field(default_factory=list)


def iter_mentions(text: str):
    """(start, end, code) of every program name; a VTO name is not also a VTA mention."""
    found = [(m.start(), m.end(), code) for code, rx in PROGRAM_RE.items() for m in rx.finditer(text)]
    vto = [(s, e) for s, e, code in found if code is ProgramCode.VTO]
    return sorted((s, e, code) for s, e, code in found
                  if code is not ProgramCode.VTA or not any(s < ve and vs < e for vs, ve in vto))


def programs_in(text: str) -> set[ProgramCode]:
    return {code for _, _, code in iter_mentions(text)}


def nearest_program(text: str, start: int, end: int, others: list[tuple[int, int]]) -> ProgramCode | None:
    """The program named closest to the count at ``start:end`` without reaching past another
    count: in "25 plasser i VTA og 6 plasser i VTO" each count keeps its own program."""
    lo = max((e for s, e in others if e <= start), default=0)
    hi = min((s for s, e in others if s >= end), default=len(text))
    mentions = [(min(abs(s - end), abs(start - e)), code) for s, e, code in iter_mentions(text)
                if lo <= s and e <= hi]
    return min(mentions)[1] if mentions else None


def heading_program(unit: TextUnit) -> ProgramCode | None:
    for heading in reversed(unit.headings):
        found = programs_in(heading)
        if len(found) == 1:
            return next(iter(found))
    return None


def iter_span_candidates(analysis: Analysis):
    """Counts written as "41 VTA-plasser", "12 tildelte plasser", in prose or a cell."""
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.is_heading:
            continue
        counts = [sp for sp in doc.spans.get("quantities", []) if sp.label_ == "PLACES_COUNT" and sp._.value]
        for span in counts:
            sentence = sentence_around(doc.text, span.start_char, span.end_char)
            offset = doc.text.find(sentence)
            others = [(sp.start_char - offset, sp.end_char - offset) for sp in counts if sp is not span]
            start, end = span.start_char - offset, span.end_char - offset
            in_phrase = programs_in(span.text)
            reasons = ["table_cell"] if unit.in_table else []
            if len(in_phrase) == 1:
                code, reasons = next(iter(in_phrase)), reasons + ["named_in_phrase"]
            elif (code := nearest_program(sentence, start, end, others)) is not None:
                reasons.append("named_in_sentence")
            elif (code := heading_program(unit)) is not None:
                reasons.append("named_in_heading")
            else:
                continue
            if APPROVED.search(sentence):
                reasons.append("agreement_word")
            if CHANGE.search(span.text) or CHANGE.search(sentence[max(0, start - 12):start]):
                reasons.append("change_word")
            yield Candidate(code, int(span._.value), unit, sentence, reasons)


def iter_table_candidates(analysis: Analysis):
    """Rows of a table whose row label names one program, under a "Plasser" column."""
    for table, _ in analysis.own_tables():
        rows = table.text_rows()
        columns = {c: text for r in range(min(table.header_rows or 1, len(rows)))
                   for c, text in enumerate(rows[r]) if PLACES_HEADER.search(text)}
        for r in range(table.header_rows or 1, len(rows)):
            found = programs_in(rows[r][0]) if rows[r] else set()
            if len(found) != 1:
                continue
            for c, header in columns.items():
                value = parse_number(rows[r][c]) if c < len(rows[r]) else None
                if value is not None and value == int(value) and 0 < value < 10000:
                    cell = table.rows[r][c]
                    unit = TextUnit(rows[r][c], cell.prov, None, (), table=table, row=r, col=c)
                    yield Candidate(next(iter(found)), int(value), unit,
                                    f"{rows[r][0]} | {header} | {rows[r][c]}", ["table_cell", "named_in_row"])


def iter_candidates(analysis: Analysis):
    yield from iter_span_candidates(analysis)
    yield from iter_table_candidates(analysis)


def best_per_program(candidates: list[Candidate]) -> dict[ProgramCode, tuple[Candidate, list[str]]]:
    by_code: dict[ProgramCode, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_code[cand.code].append(cand)
    for code, cands in by_code.items():  # a change in places says nothing against the approved number
        if any("change_word" not in c.reasons for c in cands):
            by_code[code] = [c for c in cands if "change_word" not in c.reasons]
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


def program_detail(analysis: Analysis, code: ProgramCode, rx: re.Pattern) -> float | None:
    """Person-years or participants stated in a sentence that names the program."""
    for unit in analysis.text_units():
        if unit.quoted:
            continue
        for sentence in iter_sentences(unit.text):
            if code in programs_in(sentence) and (m := rx.search(sentence)):
                return parse_number(m.group(1))
    return None


def extract_programs(analysis: Analysis) -> list[Program]:
    out = []
    for code, (best, reasons) in sorted(best_per_program(list(iter_candidates(analysis))).items()):
        ocr = best.unit.prov.ocr_confidence
        participants = program_detail(analysis, code, PARTICIPANTS)
        out.append(Program(
            code=code,
            places=best.places,
            person_years=program_detail(analysis, code, PERSON_YEARS),
            participants=int(participants) if participants is not None else None,
            confidence=combine(PRIOR, reasons, WEIGHTS, ocr),
            reasons=reasons + ocr_reason(ocr),
            source=prov_to_ref(best.unit.prov, best.text),
        ))
    return out
