"""What the document is (årsrapport, årsberetning, årsmelding), the year it covers, and where
and when it was signed.

The year is voted: "Årsrapport 2022" in the title or a running header counts most, the same
words elsewhere less; a signature date's year never outvotes a title year (a 2022 report is
signed in 2023). Without any report word the most common plausible year is given, flagged.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractor import gazetteers
from extractor.assemble import prov_to_ref
from extractor.confidence import combine
from extractor.document import Provenance
from extractor.fields.context import Analysis
from extractor.parse import parse_date
from schemas import fields as f

PRIOR = 0.5
WEIGHTS = {
    "title": 2.2,  # the first heading names the report: "Årsrapport 2022"
    "running_header": 1.6,  # repeated on every page
    "report_word": 0.8,  # "årsberetning for 2014" somewhere in the text
    "agree": 0.6,  # title, header and text give the same year
    "disagree": -1.2,  # another year is voted nearly as often
    "most_common_year": -1.4,  # no report word next to it: a guess
    "place_known": 1.0,  # the signing place is a Norwegian place name
    "place_unknown": -1.2,
    "date_parsed": 1.0,
    "near_names": 0.6,  # the place/date line has names around it: a signature block
    "not_a_report": -1.5,
}
YEAR_MIN, YEAR_MAX = 1980, 2100
EARLY_UNITS = 12  # the cover page: title, subtitle, first paragraph
SIGNATURE_SPAN = 6  # units around a place/date line that count as its signature block
KINDS = {"årsrapport": f.ReportKind.arsrapport, "årsberetning": f.ReportKind.arsberetning,
         "årsmelding": f.ReportKind.arsmelding}
# "Årsrapport 2022", "Årsberetning for 2014", "ÅRSMELDING 2019", OCR "Arsrapport"; nynorsk
# "årsmelding(a)"; "styrets årsberetning".
_KIND = re.compile(r"\b[åaÅA][rR][sS](rapport|beretning|melding)\w*", re.IGNORECASE)
_KIND_YEAR = re.compile(r"\b[åa]rs(rapport|beretning|melding)\w*\s*(?:for\s+)?(?:(?:året|år|driftsåret)\s+)?"
                        r"((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PLACE_DATE = re.compile(
    r"^\s*(?P<place>[A-ZÆØÅ][\wæøåÆØÅ.-]*(?:\s[A-ZÆØÅ][\wæøåÆØÅ-]*){0,2})\s*[,/]?\s+(?:den\s+)?"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4}|\d{4}-\d\d-\d\d)\s*\.?\s*$")


@dataclass(slots=True)
class Vote:
    year: int
    weight: float
    reason: str
    prov: Provenance
    text: str


def _kind_of(text: str) -> f.ReportKind | None:
    m = _KIND.search(text)
    return KINDS.get(f"års{m.group(1).casefold()}") if m else None


def title_units(analysis: Analysis):
    early = analysis.units[:EARLY_UNITS]
    heads = [u for u in early if u.is_heading]
    return heads[:2] or early[:2]


def report_kind(analysis: Analysis):
    """(kind, reason, prov, text) from the title, the running header or the cover page; None
    when the document never calls itself a report (an article)."""
    for u in title_units(analysis):
        if kind := _kind_of(u.text):
            return kind, "title", u.prov, u.text
    for b in analysis.document.furniture:
        if kind := _kind_of(b.text):
            return kind, "running_header", b.prov, b.text
    for u in analysis.units[:EARLY_UNITS]:
        if len(u.text) < 120 and (kind := _kind_of(u.text)):
            return kind, "report_word", u.prov, u.text
    return None


def iter_year_votes(analysis: Analysis):
    titles = {id(u) for u in title_units(analysis)}
    for u in analysis.units:
        for m in _KIND_YEAR.finditer(u.text):
            weight, reason = (3.0, "title") if id(u) in titles else (1.0, "report_word")
            yield Vote(int(m.group(2)), weight, reason, u.prov, u.text)
    seen = set()
    for b in analysis.document.furniture:
        for m in _KIND_YEAR.finditer(b.text):
            # A header repeated on every page is one piece of evidence, not one per page.
            if (m.group(2), b.text) not in seen:
                seen.add((m.group(2), b.text))
                yield Vote(int(m.group(2)), 2.0, "running_header", b.prov, b.text)


def _year(analysis: Analysis, is_report: bool) -> f.Extracted[int] | None:
    votes = [v for v in iter_year_votes(analysis) if YEAR_MIN <= v.year <= YEAR_MAX]
    if not votes:
        return _most_common_year(analysis)
    tally: Counter[int] = Counter()
    for v in votes:
        tally[v.year] += v.weight
    (year, top), *rest = tally.most_common()
    best = max((v for v in votes if v.year == year), key=lambda v: v.weight)
    reasons = [best.reason]
    kinds = {v.reason for v in votes if v.year == year}
    if len(kinds) > 1:
        reasons.append("agree")
    if rest and rest[0][1] >= 0.6 * top:
        reasons.append("disagree")
    if not is_report:
        reasons.append("not_a_report")
    return f.Extracted[int](value=year, confidence=combine(PRIOR, reasons, WEIGHTS), reasons=reasons,
                            source=prov_to_ref(best.prov, best.text))


def _most_common_year(analysis: Analysis) -> f.Extracted[int] | None:
    tally: Counter[int] = Counter()
    first = {}
    for u in analysis.units:
        for m in _YEAR.finditer(u.text):
            y = int(m.group(1))
            if YEAR_MIN <= y <= YEAR_MAX:
                tally[y] += 1
                first.setdefault(y, u)
    if not tally:
        return None
    year = tally.most_common(1)[0][0]
    reasons = ["most_common_year"]
    return f.Extracted[int](value=year, confidence=combine(PRIOR, reasons, WEIGHTS), reasons=reasons,
                            source=prov_to_ref(first[year].prov, first[year].text))


# --- signature: "Asker, 27.04.2021" ---------------------------------------------------------

def iter_place_dates(analysis: Analysis):
    """(unit index, place, date, evidence line) for each "Place, date" line."""
    for i, u in enumerate(analysis.units):
        if u.in_table or len(u.text) > 200:
            continue
        for line in u.text.split("\n"):
            m = _PLACE_DATE.match(line)
            if m and (when := parse_date(m.group("date"))):
                yield i, m.group("place").strip(" ,."), when, line.strip()


def signature_unit_indexes(analysis: Analysis) -> set[int]:
    out: set[int] = set()
    for i, *_ in iter_place_dates(analysis):
        out.update(range(max(0, i - SIGNATURE_SPAN), i + SIGNATURE_SPAN + 1))
    return out


def _signature(analysis: Analysis, report_year: int | None):
    found = list(iter_place_dates(analysis))
    if not found:
        return None, None
    # The last one is the signing of the report; earlier ones may be dates of meetings.
    plausible = [x for x in found if report_year is None or x[2].year in (report_year, report_year + 1)]
    i, place, when, line = (plausible or found)[-1]
    unit = analysis.units[i]
    reasons = ["date_parsed"]
    known = gazetteers.place(place) or gazetteers.post_town(place)
    reasons.append("place_known" if known else "place_unknown")
    if _has_names_near(analysis, i):
        reasons.append("near_names")
    ref = prov_to_ref(unit.prov, line)
    return (f.Extracted[str](value=place, confidence=combine(PRIOR, reasons, WEIGHTS), reasons=reasons, source=ref),
            f.Extracted[str](value=when.isoformat(), confidence=combine(PRIOR, reasons[:1] + reasons[2:], WEIGHTS),
                             reasons=reasons[:1] + reasons[2:], source=ref))


def _has_names_near(analysis: Analysis, index: int) -> bool:
    from extractor.fields.people import text_to_name

    near = analysis.units[max(0, index - SIGNATURE_SPAN): index + SIGNATURE_SPAN + 1]
    return any(text_to_name(part) for u in near for part in re.split(r"\n|\t|\s{3,}", u.text) if part.strip())


def extract_report(analysis: Analysis) -> f.ReportInfo:
    found = report_kind(analysis)
    kind = None
    if found:
        value, reason, prov, text = found
        kind = f.Extracted[f.ReportKind](value=value, confidence=combine(PRIOR, [reason], WEIGHTS),
                                         reasons=[reason], source=prov_to_ref(prov, text))
    year = _year(analysis, found is not None)
    place, date = _signature(analysis, year.value if year else None)
    return f.ReportInfo(kind=kind, year=year, signed_place=place, signed_date=date)
