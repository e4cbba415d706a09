"""Counts of places stated in running text, each with the evidence words around it.

A count of places belongs to the program named in the same phrase ("41 VTA-plasser"), after it
with a colon or in parentheses ("VTA: 32", "VTA (32)"), else in the same sentence (not a total
before several programs), else in the heading path above it ("Arbeidsforberedende trening,
AFT"). Counts in quoted newspaper pieces ("null nye VTA-plasser" in the state budget) are not
ours, nor, unless nothing else counts the program, places counted for the country, a county or
a NAV office ("33 nye plasser i Agder fylke, hvorav 21 i VTA"): such a count, a change or another
year's is kept with its reason, which ``best_per_program`` weighs. People counted in a program
("41 personer i VTA") are read too, for a program nothing else counts.
"""
from __future__ import annotations

import re

from extractor.fields.context import Analysis, TextUnit
from extractor.fields.program_mentions import (
    ELLIPTIC, Candidate, HeadingPrograms, iter_mentions, nearest_program, total_of_several,
)
from extractor.fields.text import sentence_around, sentence_span
from extractor.fields.years import other_year, report_year_value
from extractor.nlp.components import doc_text

# "godkjente plasser", not a provider's kind: "forhåndsgodkjent virksomhet", nn "førehandsgodkjend".
APPROVED = re.compile(r"avtale|(?<![\wæøå])godkjen[dt]|tildelt|fast|tilsagn|ramme", re.IGNORECASE)
CHANGE = re.compile(r"\b(?:nye|nytt|flere|fleire|ekstra|økt|økning|auke|redus\w*|færre|kutt\w*)\b", re.IGNORECASE)
# "33 nye plasser ..., hvorav 21 i VTA": a part of a change is a change.
BREAKDOWN = re.compile(r"\b(?:hvorav|herav|derav|kor\s+av|av\s+disse|av\s+dei)\b", re.IGNORECASE)
# Places counted for the whole country, a county or a NAV office: statistics, not the organisation's.
AREA = re.compile(r"\b(?i:på\s+landsbasis|i\s+hei?le\s+landet|nasjonalt|fylkesvis)\b"
                  r"|\bi\s+[A-ZÆØÅ][\wæøå-]+\s+fylke\b|\b(?:i|ved)\s+NAV\s+[A-ZÆØÅ]"
                  r"|\bNAV\s+[A-ZÆØÅ][\wæøå-]+\s+(?:hadde|har|fikk|fekk)\b")
# A sentence about one department ("Vi har åpnet en ny avdeling på Vanse med fem VTA-plasser", nn
# "avdelinga"): its count may be that department's share, set aside where another sentence counts the
# program; alone it stands ("en egen avdeling med 12 ASVO-plasser": the program's department).
# "fordelt på tre avdelinger" counts the whole.
DEPARTMENT = re.compile(r"\bavdeling(?:en|a)?\b", re.IGNORECASE)
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
_COUNT_BEFORE = re.compile(r"(?<![\d,.])(\d{1,4})\s+$")
# People counted in a program, before its name: "41 personer i VTA", "28 arbeidstakarar på VTA",
# "ved utgangen av året var 41 arbeidstakere i varig tilrettelagt arbeid".
_PERSONS_IN = re.compile(r"(?<![\d,.])(\d{1,4})\s+(?:[a-zæøå]+\s+)?(?:personer|personar|deltakere|deltakarar|deltagere|"
                         r"arbeidstakere|arbeidstakarar|brukere|brukarar)\s+(?:(?:er|var)\s+)?(?:i|på|innen|innan)\s+"
                         r"(?:tiltaket\s+)?$", re.IGNORECASE)


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
    if DEPARTMENT.search(sentence):
        reasons.append("department_count")
    return reasons


def iter_span_candidates(analysis: Analysis):
    """Counts written as "41 VTA-plasser", "12 tildelte plasser", in prose or a cell."""
    heading_program = HeadingPrograms(analysis)
    for unit, doc in analysis.units_with_docs():
        if unit.quoted or unit.is_heading:
            continue
        yield from unit_candidates(unit, doc, heading_program, analysis.report_year)


def unit_candidates(unit: TextUnit, doc, heading_program: HeadingPrograms, report_year: int | None):
    """The counts of places one unit's text states, each with the program it names."""
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
        elif (found := heading_program(unit)) is not None:
            (code, historic), reasons = found, reasons + ["named_in_heading"]
        else:
            continue
        reasons += ["historic_name"] if historic else []
        reasons += _reasons_for(sentence, start, span.text)
        if other_year(sentence, start, end, report_year):
            yield Candidate(code, int(span._.value), unit, sentence, reasons + ["other_year"])
            value = report_year_value(sentence, report_year, end)
            if value is not None and value == int(value):
                yield Candidate(code, int(value), unit, sentence, reasons + ["year_paired"])
            continue
        yield Candidate(code, int(span._.value), unit, sentence, reasons)
    yield from iter_labelled_candidates(unit, doc, mentions, counts, report_year)
    yield from iter_counted_names(unit, doc, mentions, counts)
    yield from iter_elliptic_counts(unit, doc, mentions, counts)


def iter_elliptic_counts(unit: TextUnit, doc, mentions, counts):
    """ "24 plasser i VTA og 12 i AFT", "18 tiltaksplassar innan VTA og 9 innan AFT": the second
    program's count leaves out the word for places the count before it in the sentence has."""
    text = doc_text(doc)
    for s, e, code, historic in mentions:
        before = text[max(0, s - 24):s]
        m = ELLIPTIC.search(before)
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
