"""Percentages in running text: the pipeline's spans read as values, with the sentence around them.

Values come from the spaCy pipeline's ``doc.spans["quantities"]`` (PERCENT, PERCENT_RANGE for
"10–20 %" giving both ends, PERCENT_SPLIT for the OCR reading "91, 45%" accepted only in OCR'd
text; see ``extractor.nlp``), and from a label that names the unit ("Sykefraværsprosent: 4,3").
Blocks are joined into runs where a block ends mid-sentence (no closing punctuation) and the next
one goes on in lower case, which mends sentences cut by a column or page break; the context of a
percentage is the sentence it stands in.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from extractor.fields.context import Analysis, TextUnit
from extractor.fields.text import normalise_with_offsets, raw_to_mended, sentence_at, sentence_bounds
from extractor.nlp.components import doc_text
from extractor.parse import YEAR, parse_number

PERCENT_LABELS = frozenset({"PERCENT", "PERCENT_RANGE", "PERCENT_SPLIT"})
# "5 eller 6 prosent" is a share either way; "11 eller 65 pst." (the second more than this many
# times the first) restates a count as its share
APPOSITION_RATIO = 2
_NUMBER = re.compile(r"[-\u2212\u2013]?\d+(?:[.,]\d+)?")
# A number whose label names the unit: "Sykefraværsprosent: 4,3", "Sykefraværsprosent 2023: 4,3",
# "Svarprosenten var 68", "Prosentandelen kvinner i styret var 45" (up to three words between the
# label and its verb); not a count ("100 000"), not one with a unit of its own.
_LABELLED = re.compile(rf"\b\w*prosent(?:en|andelen|andel|delen|del)?(?:\s+(?:i\s+)?{YEAR}|(?:\s+[a-zæøå]+){{1,3}}?"
                       rf"(?=\s+(?:var|er|ble|blei|vart)\b))?\s*(?:[:=]|\b(?:var|er|ble|blei|vart|på)\b)"
                       r"\s*(?P<num>\d{1,3}(?:,\d{1,2})?)"
                       r"(?![\d,.]*\d|\s\d{3}\b|\s*(?:%|prosent|pst|promille|kr\b|,-|poeng|dag|mill|mrd|milliard))",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;]['\"»”)\]]*$")
_POINT_DECIMALS = re.compile(r"[-\u2212\u2013]?\d+\.\d{1,2}")
_THOUSANDS_TAIL = re.compile(r"[.,]\d{3,}$")


@dataclass(frozen=True, slots=True)
class Hit:
    value: float
    text: str
    start: int
    end: int
    reasons: tuple[str, ...]


def number_reasons(number: str, value: float) -> list[str]:
    """What makes a printed number doubtful as a percentage."""
    reasons = []
    if number[:1].isalpha():
        reasons.append("number_word")
    if _POINT_DECIMALS.fullmatch(number):
        reasons.append("dot_decimal")
    elif _THOUSANDS_TAIL.search(number):
        reasons.append("many_decimals")
    if value < 0:
        reasons.append("negative")
    if value > 100:
        reasons.append("over_100")
    return reasons


def _hit(value: float | None, span: Span, number: str, extra: tuple[str, ...] = (), start: int | None = None):
    if value is None:
        return None
    start = span.start_char if start is None else start
    text = " ".join(doc_text(span.doc)[start:span.end_char].split())
    return Hit(value, text, start, span.end_char, (*number_reasons(number, value), *extra))


def span_to_hits(span: Span, ocr: bool) -> list[Hit]:
    """The percentages one quantity span stands for (offsets in ``doc_text(span.doc)``)."""
    if span.label_ == "PERCENT":
        number = span[0].text + span[1].text if span[0].text == "\u2013" else span[0].text  # "–1,5 %"
        return [h for h in [_hit(span._.value, span, number)] if h]
    if span.label_ == "PERCENT_SPLIT":
        if ocr:
            whole, frac = _NUMBER.findall(span.text)[:2]
            return [h for h in [_hit(span._.value, span, f"{whole},{frac}", ("ocr_repaired",))] if h]
        tail = Span(span.doc, span.start + 2, span.end, label="PERCENT")  # "45%" of "91, 45%"
        return span_to_hits(tail, ocr)
    if span.label_ == "PERCENT_RANGE" and span._.value is not None:
        lo, hi = span._.value
        numbers = list(_NUMBER.finditer(span.text))
        first, last = numbers[0], numbers[-1]
        # "10-15 %": the dash joins the ends; it is no minus on the second
        dash = int(hi >= 0 and last.group(0)[:1] in "-\u2212\u2013")
        out = [_hit(hi, span, last.group(0)[dash:], start=span.start_char + last.start() + dash)]
        listed = "," in first.group(0) and any(t.lower_ in ("og", "eller") for t in span)
        # "11 eller 65 pst." far apart: the count, then its share ("that is"), not two shares
        restated = any(t.lower_ == "eller" for t in span) and hi > APPOSITION_RATIO * lo and not listed
        if (lo < hi or listed) and not restated:  # "i 5 og 45 %" reads as a range, "6,2 og 2,9 prosent" as two
            out.insert(0, _hit(lo, span, first.group(0), ("range_end",)))
        return [h for h in out if h]
    return []


# OCR's "2% 263,-": a digit of a grouped amount misread as "%" ("24 263,-"), no percentage
_MISREAD_DIGIT = re.compile(r"\s?\d{3}(?:\s?,\s?-|,\d{2}|\b)")


def doc_to_hits(doc: Doc, ocr: bool = False) -> list[Hit]:
    """Every percentage in a Doc; a range gives one hit per end. ``ocr``: the text was OCR'd,
    so "91, 45%" is taken for a misread "91,45%", and "2% 263,-" for a misread amount."""
    hits = [hit for span in doc.spans.get("quantities", []) for hit in span_to_hits(span, ocr)]
    if ocr:
        text = doc_text(doc)
        hits = [h for h in hits if not (text[h.end - 1:h.end] == "%" and _MISREAD_DIGIT.match(text, h.end))]
    return hits + labelled_hits(doc_text(doc)) if "prosent" in doc_text(doc).lower() else hits


def labelled_hits(text: str) -> list[Hit]:
    """ "Sykefraværsprosent: 4,3", "Svarprosenten var 68": a bare number after a label that
    names the unit (no more than 100: a larger one is a count)."""
    out = []
    for match in _LABELLED.finditer(text):
        value = parse_number(match["num"])
        if value is not None and value <= 100:
            out.append(Hit(value, match["num"], match.start("num"), match.end("num"), ("unit_in_label",)))
    return out


def mended_hits(doc: Doc, index: list[int], offset: int, ocr: bool) -> list[Hit]:
    """``doc_to_hits`` placed in the mended text (``normalise_with_offsets``) at ``offset``."""
    return [replace(h, start=offset + raw_to_mended(index, h.start), end=offset + raw_to_mended(index, h.end))
            for h in doc_to_hits(doc, ocr)]


def units_to_runs(units: list[TextUnit]) -> list[list[TextUnit]]:
    """Group prose units into runs; a run continues while a block stops mid-sentence and the
    next block of the same section starts in lower case. Table cells neither join nor break."""
    runs: list[list[TextUnit]] = []
    for unit in units:
        if unit.in_table or not unit.text.strip():
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _continues(last, unit):
            runs[-1].append(unit)
        else:
            runs.append([unit])
    return runs


def _continues(prev: TextUnit, unit: TextUnit) -> bool:
    if prev.is_heading or unit.is_heading or prev.section != unit.section:
        return False
    tail, head = prev.text.rstrip(), unit.text.lstrip()
    return bool(tail) and not _SENTENCE_END.search(tail) and head[:1].islower()


def run_to_text(run: list[TextUnit]) -> tuple[str, list[tuple[int, TextUnit, list[int]]]]:
    """The run's mended text, and per unit where it starts and where its characters came from."""
    parts, places, pos = [], [], 0
    for unit in run:
        text, index = normalise_with_offsets(unit.text)
        if parts:
            sep = "" if parts[-1].endswith("-") else " "
            parts.append(sep)
            pos += len(sep)
        places.append((pos, unit, index))
        parts.append(text)
        pos += len(text)
    return "".join(parts), places


def iter_prose_hits(analysis: Analysis, docs: dict[int, Doc]) -> Iterator[tuple[Hit, str, TextUnit, str, int]]:
    """(hit, sentence, unit holding the hit, text after the hit, how many hits of the same
    text came before it in the sentence) for every percentage in prose."""
    for run in units_to_runs(analysis.units):
        text, places = run_to_text(run)
        hits = [(hit, unit) for offset, unit, index in places
                for hit in mended_hits(docs[id(unit)], index, offset, unit.prov.ocr_confidence is not None)]
        if not hits:
            continue
        bounds = sentence_bounds(text)
        earlier: dict[tuple[int, str], int] = {}  # (sentence start, hit text) -> hits so far
        for hit, unit in hits:
            s, e = sentence_at(text, hit.start, bounds)
            written = text[hit.start:hit.end]
            nth = earlier.get((s, written), 0)
            earlier[(s, written)] = nth + 1
            yield replace(hit, text=written), text[s:e].strip(), unit, text[hit.end:e], nth
