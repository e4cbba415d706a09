"""Percentages in prose and tables, each with what it measures.

Values come from the spaCy pipeline's ``doc.spans["quantities"]`` (PERCENT, PERCENT_RANGE for
"10–20 %" giving both ends, PERCENT_SPLIT for the OCR reading "91, 45%" accepted only in OCR'd
text; see ``extractor.nlp``). The field adds what needs the document around the span:
Prose: blocks are joined into runs where a block ends mid-sentence (no closing punctuation)
and the next one goes on in lower case, which mends sentences cut by a column or page break;
the context of a percentage is the sentence it stands in. Tables: the context is the cell's
column header(s) and row header(s), then the section heading above the table; a bare number
under a "%" header is a percentage too.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.context import Analysis, TextUnit
from extractor.fields.text import normalise_space, normalise_with_offsets, raw_to_mended, sentence_at, sentence_bounds
from extractor.nlp.components import doc_text
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

PERCENT_LABELS = frozenset({"PERCENT", "PERCENT_RANGE", "PERCENT_SPLIT"})
# "5 eller 6 prosent" is a share either way; "11 eller 65 pst." (the second more than this many
# times the first) restates a count as its share
APPOSITION_RATIO = 2
_NUMBER = re.compile(r"[-\u2212\u2013]?\d+(?:[.,]\d+)?")
# "(%)", "i %", "Andel %", "Prosent", also compounds ("Stillingsprosent", "Svarprosenten"); not "prosentpoeng"
_PERCENT_HEADER = re.compile(r"\(\s*%\s*\)|\bi\s*%|%\s*$|^\s*%|prosent(?:en|andel|andelen|vis)?\b|\bpst\b",
                             re.IGNORECASE)
# A percentage printed in a header cell ("41 %") makes it a value, not a unit: on a key-figure grid
# the big number above a cell is no header saying the cell is in percent. A year before "%" stays.
_PRINTED_PERCENT = re.compile(r"(?<![\d,])(?!(?:19|20)\d\d\s*%)\d+(?:,\d+)?\s*%")
# A number whose label names the unit: "Sykefraværsprosent: 4,3", "Sykefraværsprosent 2023: 4,3",
# "Svarprosenten var 68", "Prosentandelen kvinner i styret var 45" (up to three words between the
# label and its verb); not a count ("100 000"), not one with a unit of its own.
_LABELLED = re.compile(rf"\b\w*prosent(?:en|andelen|andel|delen|del)?(?:\s+(?:i\s+)?{YEAR}|(?:\s+[a-zæøå]+){{1,3}}?"
                       rf"(?=\s+(?:var|er|ble|blei|vart)\b))?\s*(?:[:=]|\b(?:var|er|ble|blei|vart|på)\b)"
                       r"\s*(?P<num>\d{1,3}(?:,\d{1,2})?)"
                       r"(?![\d,.]*\d|\s\d{3}\b|\s*(?:%|prosent|pst|promille|kr\b|,-|poeng|dag|mill|mrd|milliard))",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;]['\"»”)\]]*$")
_HEADER_STUB = re.compile(r"(?<=[a-zæøå]{4}) ([b-df-hj-zæø])(?= |$)")
_YEAR_RE = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_YEAR_AFTER = re.compile(rf"\s*(?:i|for|in|per|pr\.?|\()\s*({YEAR})(?!\d)", re.IGNORECASE)
_GROUPS = {
    "VTA": re.compile(r"\bVTA\b|varig tilrettelagt arbeid", re.IGNORECASE),
    "AFT": re.compile(r"\bAFT\b|arbeidsforberedende trening", re.IGNORECASE),
    "VTO": re.compile(r"\bVTO\b|varig tilrettelagt arbeid i ordinær", re.IGNORECASE),
    "LÆREKANDIDAT": re.compile(r"lærekandidat", re.IGNORECASE),
}
_POINT_DECIMALS = re.compile(r"[-\u2212\u2013]?\d+\.\d{1,2}")
_THOUSANDS_TAIL = re.compile(r"[.,]\d{3,}$")
_BARE_PERCENT = re.compile(r"[-\u2212\u2013+]?\d+(?:,\d+)?|\(\d+(?:,\d+)?\)")
_FIGURE_CELL = re.compile(r"[-\u2212\u2013(+]?[\d\s.,%]+\)?\s*(?:%|prosent|kr|,-)?")


@dataclass(frozen=True, slots=True)
class Hit:
    value: float
    text: str
    start: int
    end: int
    reasons: tuple[str, ...]


# --- percentages from the pipeline's spans ----------------------------------------------------

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


def _mended_hits(doc: Doc, index: list[int], offset: int, ocr: bool) -> list[Hit]:
    """``doc_to_hits`` placed in the mended text (``normalise_with_offsets``) at ``offset``."""
    return [replace(h, start=offset + raw_to_mended(index, h.start), end=offset + raw_to_mended(index, h.end))
            for h in doc_to_hits(doc, ocr)]


# --- prose: runs of blocks and sentences ----------------------------------------------------

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
                for hit in _mended_hits(docs[id(unit)], index, offset, unit.prov.ocr_confidence is not None)]
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


# --- tables: headers of a cell --------------------------------------------------------------

MAX_HEADER_ROWS = 5  # header rows read for a column's heads; a longer "header" is a hostile file


class TableHeads:
    """The header texts of one table, found in one pass over its cells so that each cell's
    lookup costs the same however long the table is (a scan up the column per cell made
    a table of thousands of rows quadratic)."""

    def __init__(self, table, percent_cols: set[int]):
        rows = table.rows
        width = max((len(row) for row in rows), default=0)
        self.covering = [_row_to_covering(row, width) for row in rows]
        n_head = table.header_rows or _guess_header_rows(rows, percent_cols)
        self.n_head = min(n_head, MAX_HEADER_ROWS)
        self.label_above: list[list[str]] = []  # per row and column: the nearest label in the rows above
        above = [""] * width
        for covering in self.covering:
            self.label_above.append(above.copy())
            for c, text in enumerate(covering):
                if text and _is_label(text):
                    above[c] = text
        self.row_label = [_first_label(row) for row in rows]

    def of(self, r: int, c: int) -> tuple[list[str], list[str]]:
        """(column headers, row headers) of the cell at row ``r``, column ``c``."""
        col_heads = []
        for hr in range(min(self.n_head, r)):
            text = self.covering[hr][c]
            if text and text not in col_heads:
                col_heads.append(text)
        if not col_heads and self.label_above[r][c]:  # no header row: the nearest labelled cell above
            col_heads.append(self.label_above[r][c])
        first, text = self.row_label[r]
        return col_heads, [text] if first < c else []


def _row_to_covering(row, width: int) -> list[str]:
    """Per column, the text of the cell there or of the merged cell to its left that spans it."""
    out, owner, start, text = [], None, 0, ""
    for col in range(width):
        if col < len(row) and not row[col].merged:
            owner, text = row[col], header_text(row[col].text)
            start = col
        spans = owner is not None and (start == col or start + owner.col_span > col)
        out.append(text if spans else "")
    return out


def _first_label(row) -> tuple[int, str]:
    """(column, text) of the first cell of a row that reads as a label."""
    for c, cell in enumerate(row):
        text = header_text(cell.text)
        if text and not _is_value(text):
            return c, text
    return len(row), ""


def header_text(text: str) -> str:
    """A header cell's text with a letter cut off by a narrow column put back ("utdannin g")."""
    return _HEADER_STUB.sub(r"\1", normalise_space(text))


def _guess_header_rows(rows, percent_cols: set[int]) -> int:
    """One header row when the first row holds labels and no percentages or figures."""
    if len(rows) < 2:
        return 0
    cells = [(c, cell.text) for c, cell in enumerate(rows[0]) if cell.text.strip()]
    return int(bool(cells) and all(_is_label(t) and c not in percent_cols for c, t in cells))


def _is_label(text: str) -> bool:
    """Words or a year: something a header can be."""
    return not _is_value(text) or parse_year(text.strip()) is not None


def _is_value(text: str) -> bool:
    return bool(_FIGURE_CELL.fullmatch(text.strip()))


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
                for h in _mended_hits(docs[id(unit)], index, 0, unit.prov.ocr_confidence is not None)]
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
