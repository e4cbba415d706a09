"""What the document is (årsrapport, årsberetning, årsmelding, årsmøtepapirer,
virksomhetsrapport, årsregnskap; the forms are data in ``patterns/report_kinds.jsonl``), the
year it covers, and where and when it was signed.

The year is voted: "Årsrapport 2022" in the title or a running header counts most (also when
the year is the next line of the cover: "ÅRSMELDING" / "2022"), the same words elsewhere less,
"regnskapsåret 2022" a little; meeting papers name the meeting's year ("Årsmøte 2025"), which
votes for the year before. A signature date's year never outvotes a title year (a 2022 report
is signed in 2023). Without any report word the most common plausible year is given, flagged.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from extractor import gazetteers
from extractor.assemble import prov_to_ref
from extractor.confidence import combine
from extractor.document import Provenance
from extractor.fields.context import Analysis
from extractor.nlp import vocab
from extractor.parse import YEAR, parse_date
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
    "meeting_year": -0.4,  # "Årsmøte 2025": the report covers the year before
    "fiscal_year": 0.3,  # "regnskapsåret 2024"
    "period_years": -3.0,  # "Årsmelding 2021–2023": several years; the last is a guess at the report's
}
YEAR_MIN, YEAR_MAX = 1900, 2100  # a year a report word names ("Årsmelding for 1979": decades of reports)
COMMON_YEAR_MIN = 1980  # the most common year of a text without one: older years there are founding years
EARLY_UNITS = 12  # the cover page: title, subtitle, first paragraph
SIGNATURE_SPAN = 6  # units around a place/date line that count as its signature block
# "Årsmelding og regnskap 2008", nn "Årsmelding og rekneskap 2014": the accounts named beside the report word.
_WITH_ACCOUNTS = r"(?:(?:og|med|&|\+)\s+(?:års)?(?:regnskap|rekneskap|reknskap)(?:et)?[\s,:–-]+)?"
# "for 2014", "for året 2014", "for driftsåret 2014" after a report word.
_YEAR_AFTER = re.compile(r"^[\s,:–-]*" + _WITH_ACCOUNTS + r"(?:for\s+)?(?:(?:året|år|driftsåret|rekneskapsåret|regnskapsåret)\s+)?"
                         rf"({YEAR})(?:\s*[/–-]\s*(?:19|20)?(\d\d))?\b", re.IGNORECASE)
# A title naming the organisation between the report word and the year: "Årsmelding for Breivik
# sogelag 2019–2022", "ÅRSMELDING FOR NORDFJELL MÅLUNGDOM 2021", "Årsmøtedokumentasjon Lysvik
# Idrettslag 2014" (a capitalised name with no preposition); the year ends the line.
_NAME_THEN_YEAR = re.compile(rf"^\s+(?:(?:for|frå|fra|i)\s+|(?=(?-i:[A-ZÆØÅ])))[^\d\n]{{2,80}}?\s({YEAR})(?:\s*[/–-]\s*(?:19|20)?(\d\d))?\s*$",
                             re.IGNORECASE)
# A numbered section heading ("1. Årsmøtet 2019", "2.1 Styret"): a part of the report, not its title.
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\D")
_FISCAL = re.compile(rf"\b(?:regnskapsåret|rekneskapsåret|driftsåret|beretningsåret|meldingsåret)\s+({YEAR})\b",
                     re.IGNORECASE)
_SPACED = (re.compile(r"\b(?:[A-Za-zÆØÅæøå] ){2,}[A-Za-zÆØÅæøå]\b"), re.compile(r"\b(?:\d ){3}\d\b"))
_YEAR = re.compile(rf"(?<!\d)({YEAR})(?!\d)")
_PLACE_DATE_TEXT = (r"^\s*(?P<place>[A-ZÆØÅ][\wæøåÆØÅ.-]*(?:\s[A-ZÆØÅ][\wæøåÆØÅ-]*){0,2})\s*[,/]?\s+(?:den\s+)?"
                    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+[a-zæøå]+\.?\s+\d{4}|\d{4}-\d\d-\d\d)")
_PLACE_DATE = re.compile(_PLACE_DATE_TEXT + r"\s*\.?\s*$")
_PLACE_DATE_OPENING = re.compile(_PLACE_DATE_TEXT + r"\.?(?:\s|$)")  # a place and date, then what a PDF ran on


@dataclass(slots=True)
class Vote:
    year: int
    weight: float
    reason: str
    prov: Provenance
    text: str
    meeting: bool = False  # read from a meeting's year
    period: bool = False  # the later year of a period longer than a season ("2021–2023")
    shifted: bool = False  # the year before the meeting's printed year ("Årsmøte 2025" -> 2024)


def despace(text: str) -> str:
    """ "Å R S R A P P O R T 2 0 1 3" -> "ÅRSRAPPORT 2013" (a title set with letter spacing)."""
    for spaced in _SPACED:  # letters and digits apart: "T 2 0 1 3" is a word and a year
        text = spaced.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text


def iter_kinds(text: str, title: bool = False):
    """(form, match) for each report word in ``text``; cover-only forms only when ``title``."""
    if not vocab.report_kind_anywhere().search(text):
        return
    for form in vocab.report_kind_forms():
        if form.title_only and not title:
            continue
        for m in form.regex.finditer(text):
            yield form, m


def _kind_of(text: str, title: bool = False) -> f.ReportKind | None:
    found = sorted(iter_kinds(despace(text), title), key=lambda fm: fm[1].start())
    return f.ReportKind(found[0][0].kind) if found else None


def title_units(analysis: Analysis):
    early = analysis.units[:EARLY_UNITS]
    heads = [u for u in early if u.is_heading and not _NUMBERED.match(u.text)]
    return heads[:2] or [u for u in early if not _NUMBERED.match(u.text)][:2]


def report_kind(analysis: Analysis):
    """(kind, reason, prov, text) from the title, the running header or the cover page; None
    when the document never calls itself a report (an article)."""
    for u in title_units(analysis):
        if kind := _kind_of(u.text, title=True):
            return kind, "title", u.prov, u.text
    for b in analysis.document.furniture:
        if kind := _kind_of(b.text):
            return kind, "running_header", b.prov, b.text
    for u in analysis.units[:EARLY_UNITS]:
        if len(u.text) < 120 and (kind := _kind_of(u.text)):
            return kind, "report_word", u.prov, u.text
    return None


def _years_after(form, text: str, end: int, title: bool = False):
    """(year, meeting, period, shifted) for the year printed right after a report word (in a title also
    after the organisation's name there); None when none is. Of two years the later: a season
    "2011/2012" reports on the year it ends; a longer period ("2021–2023") names no one year, so
    ``period`` marks the guess."""
    m = _YEAR_AFTER.match(text[end:])
    named = None if m or not title else _NAME_THEN_YEAR.match(text[end:])
    if not (m := m or named):
        return None
    year = int(m.group(1)) if not m.group(2) else int(m.group(1)[:2] + m.group(2))
    period = year - int(m.group(1)) > 1
    # "Årsmøte for 2023" is about 2023; "Årsmøtepapirer for Breivik IL 2024" is the 2024 meeting.
    meeting = form.meeting and (bool(named) or not re.match(r"[\s,:–-]*for\b", text[end:], re.IGNORECASE))
    return (year - 1 if meeting else year), form.meeting, period, meeting


def _cover_year(analysis: Analysis, unit) -> int | None:
    """A year alone on the line after a cover title ("ÅRSMELDING" / "2024")."""
    i = next((k for k, u in enumerate(analysis.units[:EARLY_UNITS]) if u is unit), None)
    for u in analysis.units[i + 1:i + 3] if i is not None else []:
        if m := re.fullmatch(rf"\s*({YEAR})\s*", despace(u.text)):
            return int(m.group(1))
    return None


def iter_year_votes(analysis: Analysis):
    titles = {id(u) for u in title_units(analysis)}
    for u in analysis.units:
        text, title = despace(u.text), id(u) in titles
        for form, m in iter_kinds(text, title):
            found = _years_after(form, text, m.end(), title)
            if found is None and title and (year := _cover_year(analysis, u)):
                found = (year - 1 if form.meeting else year, form.meeting, False, form.meeting)
            if found:
                weight, reason = (3.0, "title") if title else (1.0, "report_word")
                yield Vote(found[0], weight * (0.5 if found[1] else 1.0), reason, u.prov, u.text, *found[1:])
        for m in _FISCAL.finditer(text):
            yield Vote(int(m.group(1)), 0.5, "fiscal_year", u.prov, u.text)
    seen = set()
    for b in analysis.document.furniture:
        for form, m in iter_kinds(despace(b.text), title=True):  # a running header names the document, as a title
            found = _years_after(form, despace(b.text), m.end())
            # A header repeated on every page is one piece of evidence, not one per page.
            if found and (found[0], b.text) not in seen:
                seen.add((found[0], b.text))
                yield Vote(found[0], 2.0, "running_header", b.prov, b.text, *found[1:])


def printed_meeting_years(votes: list[Vote]) -> list[Vote]:
    """Meeting papers named by the year they report on: "Årsmøtedokumenter 2024" over "Hovedstyrets
    årsberetning 2024" (the meeting is in 2025). A meeting word's year is read as the year before
    only while no report word names the printed year and none names the year before; of two meeting
    words a year apart ("Årsmøtepapirer 2019" under the running header "Årsmøte 2020") the earlier
    names the year reported on."""
    reported = {v.year for v in votes if not v.meeting and v.reason in ("title", "report_word", "running_header")}
    printed = {v.year + 1 for v in votes if v.shifted}
    reported |= {year for year in printed if year + 1 in printed}
    return [replace(v, year=v.year + 1, weight=v.weight * 2, meeting=False, shifted=False)
            if v.shifted and v.year + 1 in reported and v.year not in reported else v for v in votes]


def _year(analysis: Analysis, is_report: bool) -> f.Extracted[int] | None:
    votes = printed_meeting_years([v for v in iter_year_votes(analysis) if YEAR_MIN <= v.year <= YEAR_MAX])
    if not votes:
        return _most_common_year(analysis)
    tally: Counter[int] = Counter()
    for v in votes:
        tally[v.year] += v.weight
    (year, top), *rest = tally.most_common()
    titled = next((v.year for v in votes if v.reason == "title"), None)
    if titled is not None and year != titled:
        # the (first) title states the report's own year; the body's report words may name others
        # (last year's accounts reprinted, "årsmeldingen for 2014"): they make the title doubtful only
        year = titled
        top, rest = tally[year], [(y, w) for y, w in tally.most_common() if y != year]
    best = max((v for v in votes if v.year == year), key=lambda v: v.weight)
    reasons = [best.reason] + (["meeting_year"] if best.meeting else [])
    if all(v.period for v in votes if v.year == year):
        reasons.append("period_years")
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
            if COMMON_YEAR_MIN <= y <= YEAR_MAX:
                tally[y] += 1
                first.setdefault(y, u)
    if not tally:
        return None
    year = tally.most_common(1)[0][0]
    reasons = ["most_common_year"]
    return f.Extracted[int](value=year, confidence=combine(PRIOR, reasons, WEIGHTS), reasons=reasons,
                            source=prov_to_ref(first[year].prov, first[year].text))


# --- signature: "Asker, 27.04.2021" ---------------------------------------------------------

def is_place_date(text: str, opening: bool = False) -> bool:
    """A "Place, date" line ("Lillehammer, 12. mars 2024") as a signature block dates it; with
    ``opening``, a text that opens with one (the lines under it run on: "..., 12. mars 2024 Styret")."""
    found = (_PLACE_DATE_OPENING if opening else _PLACE_DATE).match(text)
    return found is not None and parse_date(found.group("date")) is not None


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
