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
    ProgramCode.AFT: (r"arbeidsf[oø]rebu?\w* trening", r"\bAFT\b"),
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
}
PRIOR = 0.55
APPROVED = re.compile(r"avtale|godkjent|tildelt|fast|tilsagn|ramme", re.IGNORECASE)
PERSON_YEARS = re.compile(r"(\d+(?:[,.]\d+)?)\s+årsverk", re.IGNORECASE)
PARTICIPANTS = re.compile(r"(?:fordelt på|totalt|har hatt)?\s*(\d+)\s+(?:personer|deltakere|deltagere)", re.IGNORECASE)


@dataclass
class Candidate:
    code: ProgramCode
    places: int
    unit: TextUnit
    text: str
    reasons: list[str] = field(default_factory=list)


def programs_in(text: str) -> set[ProgramCode]:
    found = {code for code, rx in PROGRAM_RE.items() if rx.search(text)}
    if ProgramCode.VTO in found:  # "VTA i ordinær virksomhet" also matches the VTA pattern
        found.discard(ProgramCode.VTA)
    return found


def heading_program(unit: TextUnit) -> ProgramCode | None:
    for heading in reversed(unit.headings):
        found = programs_in(heading)
        if len(found) == 1:
            return next(iter(found))
    return None


def iter_candidates(analysis: Analysis):
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.is_heading:
            continue
        for span in doc.spans.get("quantities", []):
            if span.label_ != "PLACES_COUNT" or not span._.value:
                continue
            sentence = sentence_around(doc.text, span.start_char, span.end_char)
            in_phrase, in_sentence = programs_in(span.text), programs_in(sentence)
            reasons = ["table_cell"] if unit.in_table else []
            if len(in_phrase) == 1:
                code, reasons = next(iter(in_phrase)), reasons + ["named_in_phrase"]
            elif len(in_sentence) == 1:
                code, reasons = next(iter(in_sentence)), reasons + ["named_in_sentence"]
            elif (code := heading_program(unit)) is not None:
                reasons.append("named_in_heading")
            else:
                continue
            if APPROVED.search(sentence):
                reasons.append("agreement_word")
            yield Candidate(code, int(span._.value), unit, sentence, reasons)


def best_per_program(candidates: list[Candidate]) -> dict[ProgramCode, tuple[Candidate, list[str]]]:
    by_code: dict[ProgramCode, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_code[cand.code].append(cand)
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
