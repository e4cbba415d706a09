"""Staff: ordinary person-years (årsverk), employees, women/men and sick leave, from prose and
label:value tables. Figures in quoted newspaper pieces are left out."""
from __future__ import annotations

import re

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.parse import parse_number
from schemas.fields import Extracted, Staff

NUM = r"(\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?)"
PERSON_YEARS = re.compile(rf"(totalt\s+)?{NUM}\s+(?:[\w,]+\s+){{0,3}}?årsverk", re.IGNORECASE)
EMPLOYEES = re.compile(rf"{NUM}\s+(?:fast\s+|ordinært\s+)?(?:ansatte|medarbeidere|tilsette)\b", re.IGNORECASE)
WOMEN_MEN = re.compile(rf"{NUM}\s+kvinner\s+og\s+{NUM}\s+menn", re.IGNORECASE)
SICK_LEAVE = re.compile(rf"sykefravær\w*\D{{0,40}}?{NUM}\s*(?:%|prosent)", re.IGNORECASE)

WEIGHTS = {
    "total_word": 0.7,  # "totalt 22 årsverk": the sum, not a part
    "staff_section": 0.6,  # under a heading about staff (Ansatte, Personal, Arbeidsmiljø)
    "program_sentence": -1.2,  # the sentence is about VTA/AFT participants, not staff
    "first_of_several": -0.6,  # several different figures: the first is a guess
}
PRIOR = 0.6
STAFF_HEADING = re.compile(r"ansatt|personal|arbeidsmiljø|organisasjon|bemanning|tilsette", re.IGNORECASE)
PROGRAM_WORDS = re.compile(r"\bVTA|\bAFT\b|deltaker|arbeidstaker|tiltak", re.IGNORECASE)


def iter_matches(analysis: Analysis, rx: re.Pattern):
    for unit in analysis.units:
        if unit.quoted or unit.is_heading:
            continue
        for m in rx.finditer(unit.text):
            yield unit, m


def _field(unit: TextUnit, m: re.Match, value, reasons: list[str]):
    ocr = unit.prov.ocr_confidence
    if any(STAFF_HEADING.search(h) for h in unit.headings):
        reasons = reasons + ["staff_section"]
    if PROGRAM_WORDS.search(unit.text[max(0, m.start() - 60): m.end() + 20]):
        reasons = reasons + ["program_sentence"]
    return Extracted(value=value, confidence=combine(PRIOR, reasons, WEIGHTS, ocr),
                     reasons=reasons + ocr_reason(ocr), source=prov_to_ref(unit.prov, m.group(0)))


def best(fields: list[Extracted]) -> Extracted | None:
    if not fields:
        return None
    top = max(fields, key=lambda f: f.confidence)
    if len({f.value for f in fields}) > 1 and "total_word" not in top.reasons:
        top = top.model_copy(update={
            "reasons": top.reasons + ["first_of_several"],
            "confidence": combine(top.confidence, ["first_of_several"], WEIGHTS),
        })
    return top


def extract_staff(analysis: Analysis) -> Staff:
    person_years = []
    for unit, m in iter_matches(analysis, PERSON_YEARS):
        value = parse_number(m.group(2))
        if value is not None:
            person_years.append(_field(unit, m, value, ["total_word"] if m.group(1) else []))
    employees = [
        _field(unit, m, int(v), [])
        for unit, m in iter_matches(analysis, EMPLOYEES)
        if (v := parse_number(m.group(1))) is not None and v == int(v)
    ]
    staff = Staff(person_years=best(person_years), employees=best(employees))
    for unit, m in iter_matches(analysis, WOMEN_MEN):
        women, men = parse_number(m.group(1)), parse_number(m.group(2))
        if women is not None and men is not None:
            staff.women = _field(unit, m, int(women), [])
            staff.men = _field(unit, m, int(men), [])
            break
    sick = [_field(unit, m, v, []) for unit, m in iter_matches(analysis, SICK_LEAVE)
            if (v := parse_number(m.group(1))) is not None and 0 <= v <= 100]
    staff.sick_leave_percent = best(sick)
    return staff
