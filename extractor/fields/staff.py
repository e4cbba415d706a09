"""Staff: ordinary person-years (årsverk), employees, women/men and sick leave.

Evidence comes from the spans of the staff ruler (``patterns/staff.jsonl``, bokmål and
nynorsk): ARSVERK ("38,5 årsverk", "Antall årsverk: 38,5"), EMPLOYEES ("45 ansatte", "Tal
tilsette 19"), the terms alone for label | value tables, and SICK_LEAVE, the word for sick
leave, whose level is the PERCENT span after it that is not a change or an earlier year's
("ned 1,2 prosentpoeng til 5,4 prosent" -> 5.4; "7,3 % mot 6,9 % i fjor" -> 7.3). Figures in
quoted newspaper pieces are left out.
"""
from __future__ import annotations

import re

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.text import sentence_at, sentence_bounds
from extractor.fields.years import other_year, paired_year, report_year_value
from extractor.nlp.components import doc_text
from extractor.parse import parse_number, parse_percent
from schemas.fields import Extracted, Staff

WOMEN_MEN = re.compile(r"(\d+)\s+kvinner\s+og\s+(\d+)\s+menn", re.IGNORECASE)
WEIGHTS = {
    "total_word": 0.7,  # "totalt 22 årsverk": the sum, not a part
    "labelled": 0.5,  # "Antall årsverk: 38,5"
    "staff_section": 0.6,  # under a heading about staff (Ansatte, Personal, Arbeidsmiljø)
    "table_row": 0.4,  # a label | value row of a table
    "program_sentence": -1.2,  # the sentence is about VTA/AFT participants, not staff
    "change_word": -2.0,  # "en økning på 3 årsverk": a change, not the level
    "first_of_several": -0.6,  # several different figures: the first is a guess
    "year_paired": 0.3,  # "Årsverk 2022: 13,0 / 2023: 14,5": the report year's of several years'
    "in_words": -0.4,  # "har to ansatte": small counts are spelled out, a part ("to ansatte i permisjon") as often as the staff
}
PRIOR = 0.6
STAFF_HEADING = re.compile(r"ansatt|personal|arbeidsmiljø|organisasjon|bemanning|tilsette|medarbeid", re.IGNORECASE)
PROGRAM_WORDS = re.compile(r"\bVTA|\bAFT\b|deltaker|deltakar|arbeidstaker|arbeidstakar|tiltak", re.IGNORECASE)
TOTAL_COLUMN = re.compile(r"(?:totalt?|sum|samla|samlet|i alt)\b", re.IGNORECASE)
TOTAL = re.compile(r"\b(?:totalt|samlet|samla|til sammen|i alt)\b", re.IGNORECASE)
CHANGE = re.compile(r"\b(?:økning|økte|auke|auka|nedgang|reduksjon|redusert|ned|opp|flere|fleire|færre|nye)\b"
                    r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# Before a percentage that is not the level: an earlier year's, a starting point, a change.
NOT_LEVEL = re.compile(r"(?:\bmot|\bfra|\bfrå|\benn|\bi fjor|\bopp|\bned|\bøkning på|\bnedgang på|\breduksjon på|"
                       r"\bendring på|\bauke på|\b(?:ned|opp|økte|økt|auka|auke|sank|steg|falt|redusert|reduserte) med)\s*$",
                      re.IGNORECASE)
_TIL_BEFORE = re.compile(r"\btil\s*$")
# "Sykefraværsprosent: 7,9": the term names the unit, so a bare number after its colon is the level.
PERCENT_LABEL_VALUE = re.compile(r"^\s*[:=]\s*(\d{1,2}(?:[.,]\d+)?)(?![\d.,]*\d)(?!\s*[:–-])")


def _field(unit: TextUnit, text: str, value, reasons: list[str]):
    ocr = unit.prov.ocr_confidence
    if any(STAFF_HEADING.search(h) for h in unit.headings):
        reasons = reasons + ["staff_section"]
    return Extracted(value=value, confidence=combine(PRIOR, reasons, WEIGHTS, ocr),
                     reasons=reasons + ocr_reason(ocr), source=prov_to_ref(unit.prov, text))


def best(fields: list[Extracted]) -> Extracted | None:
    fields = [f for f in fields if "change_word" not in f.reasons] or fields
    if not fields:
        return None
    top = max(fields, key=lambda f: f.confidence)
    if len({f.value for f in fields}) > 1 and "total_word" not in top.reasons:
        top = top.model_copy(update={
            "reasons": top.reasons + ["first_of_several"],
            "confidence": combine(top.confidence, ["first_of_several"], WEIGHTS),
        })
    return top


def _own(analysis: Analysis):
    return ((u, d) for u, d in analysis.units_with_docs() if not u.quoted and not u.is_heading)


def iter_count_spans(analysis: Analysis, label: str, pick=None):
    """Extracted values of the staff ruler's ``label`` spans in prose (``pick`` takes one part of
    a compound value)."""
    for unit, doc in _own(analysis):
        if unit.in_table:
            continue
        spans = [sp for sp in doc.spans.get("staff", []) if sp.label_ == label and sp._.value is not None]
        bounds = sentence_bounds(doc_text(doc)) if spans else []
        for span in spans:
            s, e = sentence_at(doc_text(doc), span.start_char, bounds)
            sentence, before = doc_text(doc)[s:e], doc_text(doc)[s:span.start_char]
            if other_year(sentence, span.start_char - s, span.end_char - s, analysis.report_year):
                continue  # "mot 13,0 årsverk i 2022": the year before's figure
            reasons = []
            if TOTAL.search(before[-20:] + span.text):
                reasons.append("total_word")
            if span[0].lower_ in ("antall", "tal", "sum") or ":" in span.text:
                reasons.append("labelled")
            if PROGRAM_WORDS.search(sentence) or any(s <= sp.start_char < e for sp in doc.spans.get("programs", [])):
                reasons.append("program_sentence")
            if CHANGE.search(before):
                reasons.append("change_word")
            if not any(t.text[:1].isdigit() for t in span):
                reasons.append("in_words")
            yield _field(unit, sentence.strip(), span._.value if pick is None else pick(span._.value), reasons)


def iter_year_figures(analysis: Analysis, label: str, count_label: str):
    """The report year's figure after a staff term in a sentence giving it for several years
    ("Antall årsverk: 2023: 14,5", "Årsverk i 2023 var 14,5 mot 13,0 i 2022"); the term may be
    a count span that took the year for its figure and so has none."""
    for unit, doc in _own(analysis):
        terms = [sp for sp in doc.spans.get("staff", [])
                 if sp.label_ == label or (sp.label_ == count_label and sp._.value is None)]
        if not terms or unit.in_table:
            continue
        bounds = sentence_bounds(doc_text(doc))
        for term in terms:
            s, e = sentence_at(doc_text(doc), term.start_char, bounds)
            sentence = doc_text(doc)[s:e]
            if (value := report_year_value(sentence, analysis.report_year, term.end_char - s)) is not None:
                yield _field(unit, sentence.strip(), float(value), ["labelled", "year_paired"])


def iter_table_values(analysis: Analysis, label: str, parse=parse_number):
    """Values of table rows whose first cell is the staff term ``label`` ("Årsverk | 38,5"):
    the report year's column where the header names it, else the row's first number."""
    for unit, doc in _own(analysis):
        if not unit.in_table or unit.col != 0 or not any(sp.label_ == label for sp in doc.spans.get("staff", [])):
            continue
        rows = unit.table.text_rows()
        row, head = rows[unit.row], rows[0] if unit.row else []
        cols = [c for c in range(1, len(row)) if analysis.report_year and str(analysis.report_year) in
                (head[c] if c < len(head) else "")] or list(range(1, len(row)))
        for c in cols:
            if (value := parse(row[c])) is not None:
                yield _field(unit, " | ".join(row), value, ["table_row"])
                break


def cell_percent(text: str) -> float | None:
    """A table cell's percentage, "%" printed or not; a number over 100 (a year in a header row,
    "Fravær | 2023 | 2022") is none."""
    value = parse_percent(text if "%" in text else text + " %")
    return value if value is not None and 0 <= value <= 100 else None


def iter_sick_leave(analysis: Analysis):
    """The level after each SICK_LEAVE term: the report year's PERCENT in a sentence giving two
    years (fields/years.py), else the first that is not after "mot", "fra", "ned", ... nor
    another year's (a "til" level wins over its "fra")."""
    for unit, doc in _own(analysis):
        terms = [sp for sp in doc.spans.get("staff", []) if sp.label_ == "SICK_LEAVE"]
        if not terms or unit.in_table:
            continue
        bounds = sentence_bounds(doc_text(doc))
        for term in terms:
            s, e = sentence_at(doc_text(doc), term.start_char, bounds)
            percents = [sp for sp in doc.spans.get("quantities", []) if sp.label_ == "PERCENT"
                        and term.end_char <= sp.start_char < e and sp._.value is not None and 0 <= sp._.value <= 100]
            sentence = doc_text(doc)[s:e]
            years = [paired_year(sentence, sp.start_char - s, sp.end_char - s, analysis.report_year) for sp in percents]
            own = [sp for sp, y in zip(percents, years) if analysis.report_year and y == analysis.report_year]
            levels = [sp for sp, y in zip(percents, years) if not NOT_LEVEL.search(doc_text(doc)[s:sp.start_char])
                      and (y is None or not analysis.report_year or y == analysis.report_year)]
            to = [sp for sp in levels if _TIL_BEFORE.search(doc_text(doc)[s:sp.start_char])]
            # "Samlet sykefravær ble 5,0 %" after its parts (legemeldt, egenmeldt): the sum
            total = ["total_word"] if TOTAL.search(doc_text(doc)[s:term.end_char]) else []
            if chosen := (own or to or levels)[:1]:
                yield _field(unit, doc_text(doc)[s:e].strip(), chosen[0]._.value, total)
            elif term.text.lower().endswith("prosent") and (m := PERCENT_LABEL_VALUE.match(doc_text(doc)[term.end_char:e])):
                yield _field(unit, doc_text(doc)[s:e].strip(), parse_percent(m.group(1) + " %"), ["labelled"])
    yield from iter_table_values(analysis, "SICK_LEAVE", cell_percent)


def iter_sick_leave_tables(analysis: Analysis):
    """A sick-leave table (named so in its heading or first row) with a total column
    ("Korttid | Langtid | Totalt"): the report year's row, else the first, in that column; or
    with a total row under year columns: the report year's column, else the first."""
    def names_sick_leave(text: str) -> bool:
        doc = analysis.doc_of(text)  # held: a span group needs its Doc alive
        return any(sp.label_ == "SICK_LEAVE" for sp in doc.spans.get("staff", []))

    leads = _lead_lines(analysis)
    for table, headings in analysis.own_tables():
        rows = table.text_rows()
        named = (names_sick_leave(" ".join(headings[-1:])) or names_sick_leave(" ".join(rows[0]))
                 or names_sick_leave(leads.get(id(table), "")))
        if len(rows) < 2 or not named:
            continue
        total = next((c for c, h in enumerate(rows[0]) if TOTAL_COLUMN.match(h.strip())), None)
        total_row = next((i for i, row in enumerate(rows[1:], 1) if row and TOTAL_COLUMN.match(row[0].strip())), None)
        if total is not None:
            body = [r for r in rows[1:] if analysis.report_year and str(analysis.report_year) in r[0]] or rows[1:2]
            r, c = rows.index(body[0]), total
        elif total_row is not None:  # "Korttid | Langtid | Totalt" as rows under year columns
            year = str(analysis.report_year or "")
            r, c = total_row, next((i for i, h in enumerate(rows[0]) if i and year and year in h), 1)
        else:
            continue
        if c < len(rows[r]) and (value := cell_percent(rows[r][c])) is not None:
            cell = table.rows[r][c]
            unit = TextUnit(cell.text, cell.prov, None, headings, table=table)
            yield _field(unit, " | ".join(rows[r]), value, ["table_row"])


MAX_LEAD_WORDS = 12  # a caption line, not a paragraph of prose


def _lead_lines(analysis: Analysis) -> dict[int, str]:
    """``id(table)`` → the short line right above it ("Sjukefråvær i prosent:", or a heading the
    PDF set no larger than the body), which names the table as a heading would."""
    leads, before = {}, None
    for unit in analysis.units:
        if unit.table is None:
            before = unit
            continue
        if id(unit.table) not in leads:
            short = before is not None and len(before.text.split()) <= MAX_LEAD_WORDS
            leads[id(unit.table)] = before.text if short else ""
        before = None  # a table right under another has no line of its own
    return leads


def extract_staff(analysis: Analysis) -> Staff:
    person_years = [*iter_count_spans(analysis, "ARSVERK"), *iter_year_figures(analysis, "ARSVERK_TERM", "ARSVERK"),
                    *iter_table_values(analysis, "ARSVERK_TERM"), *iter_count_spans(analysis, "PERSONS_ARSVERK", lambda v: v[1])]
    employees = [*iter_count_spans(analysis, "EMPLOYEES"), *iter_count_spans(analysis, "PERSONS_ARSVERK", lambda v: v[0]),
                 *(f for f in iter_table_values(analysis, "EMPLOYEES_TERM") if f.value == int(f.value))]
    employees = [f.model_copy(update={"value": int(f.value)}) for f in employees]
    staff = Staff(person_years=best(person_years), employees=best(employees))
    for unit in analysis.text_units():
        if not unit.quoted and (m := WOMEN_MEN.search(unit.text)):
            staff.women = _field(unit, m.group(0), int(m.group(1)), [])
            staff.men = _field(unit, m.group(0), int(m.group(2)), [])
            break
    staff.sick_leave_percent = best([*iter_sick_leave(analysis), *iter_sick_leave_tables(analysis)])
    return staff
