"""NAV programs run by the organisation, with approved places, person-years and participants.

Program names are the spaCy spans of ``patterns/programs.jsonl`` (``doc.spans["programs"]``:
VTA, AFT, VTO, lærekandidat, and historic names such as APS or ASVO under the code that
replaced them); which program a count belongs to is read in ``program_mentions``. Counts of
places come from running text (``program_prose``) and tables (``program_tables``); the count
with the most support is each program's; key-figure tiles ("26" over "VTA-plasser") are read
as the phrase they stand for (``program_tiles``). Person-years are the ARSVERK spans of the staff
ruler, participants "fordelt på 42 personer" in a sentence that names the program; a program
named only by a count of its participants ("seks lærekandidater") is reported without places.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis
from extractor.fields.program_mentions import Candidate, iter_mentions, programs_in
from extractor.fields.program_prose import iter_persons_in, iter_span_candidates
from extractor.fields.program_tables import iter_table_candidates
from extractor.fields.program_tiles import iter_tile_candidates, iter_tiles
from extractor.fields.text import sentence_bounds, sentence_span
from extractor.fields.years import other_year
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
    "department_count": 0.0,  # "en ny avdeling ... med fem VTA-plasser": a department's, set aside for another count
    "persons_in_program": 0.5,  # "I dag er 41 personer i VTA": people in it, read as its places only where nothing counts them
    "tile": 0.0,  # "26" over "VTA-plasser": a key-figure tile, read as the phrase it stands for
}
REVIEW_DOUBTS = ("persons_in_program",)  # people counted as places: to review whatever the fit says (calibrate)
PRIOR = 0.55
PARTICIPANTS = re.compile(r"(?:fordelt på|totalt|har hatt)?\s*(\d+)\s+(?:personer|deltakere|deltagere)", re.IGNORECASE)
# Programs whose name is also the word for its participants: "seks lærekandidater" says the program
# is run here even where no places are stated (a count of people, never of places).
PERSON_PROGRAMS = frozenset({ProgramCode.LAEREKANDIDAT})
_WORD_BEFORE = re.compile(r"(?<![\w,.])([\wæøå]+)\s+$")


def iter_candidates(analysis: Analysis):
    yield from iter_span_candidates(analysis)
    yield from iter_table_candidates(analysis)
    yield from iter_tile_candidates(analysis)


def best_per_program(candidates: list[Candidate]) -> dict[ProgramCode, tuple[Candidate, list[str]]]:
    by_code: dict[ProgramCode, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_code[cand.code].append(cand)
    # a change, another year's, area's or department's count, says nothing against the report's; an older
    # name read as today's program ("APS" as AFT) gives way to the program the report names itself ("AFT" beside APS)
    for code, cands in by_code.items():
        for reason in ("change_word", "other_year", "area_count", "historic_name", "department_count"):
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
    span of the staff ruler, "fordelt på 42 personer"; or in a key-figure tile ("14,5" over
    "årsverk i VTA")."""
    person_years = participants = None
    prose = ((u, d) for u, d in analysis.units_with_docs() if not (u.quoted or u.in_table))
    for unit, doc in chain(prose, iter_tiles(analysis)):
        if code not in programs_in(doc):
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
