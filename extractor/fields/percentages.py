"""Percentages in prose and tables, each with what it measures.

Values come from the spaCy pipeline's ``doc.spans["quantities"]`` (PERCENT, PERCENT_RANGE for
"10–20 %" giving both ends, PERCENT_SPLIT for the OCR reading "91, 45%" accepted only in OCR'd
text; see ``extractor.nlp``). The field adds what needs the document around the span:
Prose: blocks are joined into runs where a block ends mid-sentence (no closing punctuation)
and the next one goes on in lower case, which mends sentences cut by a column or page break;
the context of a percentage is the sentence it stands in. Tables: the context is the cell's
column header(s) and row header(s), then the section heading above the table; a bare number
under a "%" header is a percentage too. The spans and prose runs are read in ``percent_hits``, a
cell's headers in ``percent_heads``; this module gives each percentage its year, group, context
and confidence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.percent_heads import TableHeads
from extractor.fields.percent_hits import Hit, iter_prose_hits, mended_hits, number_reasons
from extractor.fields.text import normalise_space, normalise_with_offsets
from extractor.parse import YEAR, parse_number, parse_year
from schemas.fields import Percentage

PRIOR = 0.9
WEIGHTS = {
    "table_cell": 0.6,  # a cell under a header says plainly what the number measures
    "prose": 0.2,  # a sentence with a number and a percent sign is rarely anything else
    "no_header": -1.2,  # a table cell with no header above or beside it: context unknown
    "over_100": -2.5,  # more than 100 %: growth, or a misread number (OCR, joined cells)
    "negative": -0.8,  # a sign in front is often a dash or a list bullet, not a minus
    "range_end": -0.2,  # "10–20 %": the first number borrows its unit from the second
    "number_word": -0.3,  # "ti prosent": word numbers are rarer and easy to misread
    "dot_decimal": -1.0,  # "1.6 %" is English notation: could be a thousands dot or a date
    "many_decimals": -0.6,  # "12,345 %": more than two decimals is unusual in a report
    "unit_in_header": -0.6,  # a bare number under a "%" header: the unit is inferred, not printed
    "unit_in_label": -1.5,  # "Svarprosent: 64": the unit is in the label; whether it is meant is less sure
    "ocr_repaired": -0.8,  # "91, 45%" read as 91,45 %: a guess about the OCR error
    "ocr_conf": 0.0,  # recorded; the OCR term of `combine` moves the number
}

# "(%)", "i %", "Andel %", "Prosent", also compounds ("Stillingsprosent", "Svarprosenten"); not "prosentpoeng"
_PERCENT_HEADER = re.compile(r"\(\s*%\s*\)|\bi\s*%|%\s*$|^\s*%|prosent(?:en|andel|andelen|vis)?\b|\bpst\b",
                             re.IGNORECASE)
# A percentage printed in a header cell ("41 %") makes it a value, not a unit: on a key-figure grid
# the big number above a cell is no header saying the cell is in percent. A year before "%" stays.
_PRINTED_PERCENT = re.compile(r"(?<![\d,])(?!(?:19|20)\d\d\s*%)\d+(?:,\d+)?\s*%")
_YEAR_RE = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_YEAR_AFTER = re.compile(rf"\s*(?:i|for|in|per|pr\.?|\()\s*({YEAR})(?!\d)", re.IGNORECASE)
_GROUPS = {
    "VTA": re.compile(r"\bVTA\b|varig tilrettelagt arbeid", re.IGNORECASE),
    "AFT": re.compile(r"\bAFT\b|arbeidsforberedende trening", re.IGNORECASE),
    "VTO": re.compile(r"\bVTO\b|varig tilrettelagt arbeid i ordinær", re.IGNORECASE),
    "LÆREKANDIDAT": re.compile(r"lærekandidat", re.IGNORECASE),
}
_BARE_PERCENT = re.compile(r"[-\u2212\u2013+]?\d+(?:,\d+)?|\(\d+(?:,\d+)?\)")


# --- assembling ------------------------------------------------------------------------------

def _year_of(text: str, after: str = "") -> int | None:
    """The year named right after the percentage ("6,3 % i 2022"), else the only year in the text."""
    near = _YEAR_AFTER.match(after)
    if near:
        return parse_year(near.group(1))
    years = {parse_year(y) for y in _YEAR_RE.findall(text)}
    years.discard(None)
    return years.pop() if len(years) == 1 else None


def _group_of(*texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        found = [code for code, pattern in _GROUPS.items() if pattern.search(text)]
        if "VTO" in found and "VTA" in found:
            found.remove("VTA")
        if len(found) == 1:
            return found[0]
    return None


def _percentage(hit: Hit, context: str, unit: TextUnit, reasons: list[str], year_text: str,
                evidence: str, after: str) -> Percentage:
    ocr = unit.prov.ocr_confidence
    reasons = [*reasons, *hit.reasons, *ocr_reason(ocr)]
    return Percentage(
        value=hit.value, text=hit.text, context=context,
        year=_year_of(year_text, after), group=_group_of(context, unit.section),
        confidence=combine(PRIOR, reasons, WEIGHTS, ocr), reasons=reasons,
        source=prov_to_ref(unit.prov, evidence),
    )


def iter_table_percentages(analysis: Analysis, docs: dict[int, Doc]) -> Iterator[Percentage]:
    cells = [u for u in analysis.units if u.in_table]
    hits_of, heads_of = {}, {}
    for unit in cells:
        text, index = normalise_with_offsets(unit.text)
        hits = [replace(h, text=text[h.start:h.end])
                for h in mended_hits(docs[id(unit)], index, 0, unit.prov.ocr_confidence is not None)]
        hits_of[id(unit)] = (text, hits)
    first_row_percent: dict[int, set[int]] = {}  # per table: columns with a percentage in row 0
    for unit in cells:
        if unit.row == 0 and hits_of[id(unit)][1]:
            first_row_percent.setdefault(unit.table_index, set()).add(unit.col)
    for unit in cells:
        text, hits = hits_of[id(unit)]
        if unit.table_index not in heads_of:
            heads_of[unit.table_index] = TableHeads(unit.table, first_row_percent.get(unit.table_index, set()))
        col_heads, row_heads = heads_of[unit.table_index].of(unit.row, unit.col)
        if not hits and any(_names_percent(h) for h in col_heads + row_heads):
            hits = _unit_in_header_hits(text)
        if not hits:
            continue
        parts = col_heads + row_heads
        reasons = ["table_cell"] if parts else ["table_cell", "no_header"]
        if unit.section and normalise_space(unit.section) not in parts:
            parts.append(normalise_space(unit.section))
        context = " | ".join(parts) or text
        for hit in hits:
            yield _percentage(hit, context, unit, reasons, " ".join(col_heads + row_heads), text,
                              text[hit.end:])


def _names_percent(head: str) -> bool:
    """A header naming percent as its unit ("Andel %", "(%)"), not one holding a percentage."""
    return bool(_PERCENT_HEADER.search(_PRINTED_PERCENT.sub(" ", head)))


def _unit_in_header_hits(text: str) -> list[Hit]:
    """A bare number in a column or row headed "%", "(%)", "i %" or "prosent"; signed ("+3,3",
    "-1,4") or a negative in parentheses ("(21,9)")."""
    if not _BARE_PERCENT.fullmatch(text):
        return []
    value = parse_number(text.removeprefix("+"))
    if value is None:
        return []
    return [Hit(value, text, 0, len(text), (*number_reasons(text, value), "unit_in_header"))]


def extract_percentages(analysis: Analysis) -> list[Percentage]:
    docs = {id(unit): doc for unit, doc in analysis.units_with_docs()}
    out, seen = [], set()
    for hit, sentence, unit, after, nth in iter_prose_hits(analysis, docs):
        # The same sentence twice (a text box and its fallback copy, a pull quote) is one item;
        # the same figure twice in one sentence ("17 % ... og 17 %") is two.
        key = (hit.value, hit.text, sentence, nth)
        if key in seen:
            continue
        seen.add(key)
        out.append(_percentage(hit, sentence, unit, ["prose"], sentence, sentence, after))
    out.extend(iter_table_percentages(analysis, docs))
    return out
