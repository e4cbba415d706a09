"""The columns of a statement table: which holds the row labels, and what each figure column is.

The header of a figure column is the text of the rows above the first body row (a row with a
label and a figure), over one line or two ("Budsjett" over "2025"), a merged cell spanning it
included ("Konsern" over "2014 | 2013"). A column is:

- ``note`` ("Note", "Noter") or ``account`` ("Kontonr.", four-digit numbers left of the labels);
- ``change`` ("Diff %", "Avvik", "Endring", a "%" header, "2024 - 2025" beside those two years);
- ``budget`` ("Budsjett 2025", "B 2014", "RB 2023", "VB 2023", "Bud", "Prognose",
  "Hittil budsjett");
- ``actual`` with a year: "2014", the misprinted "2 013", "R 2014", "Regnskap 2014", a date
  "31.12.2024", a season "2022/23" or a period "01.08.2022-31.07.2023" (the year it ends); or
  without one ("Medgått", "Hittil i år", "Hittil virkelig", "Regnskap", "Faktisk"): the
  statement's own year, told by the text around the table (``context_year``);
  "I fjor", "Fjorår" is the year before;
- ``unknown``: no header. A table's only figure column without a header is taken as the
  actual of the statement's year, with a reason that lowers confidence.

Scope: "Konsern" in the column's header (or a group header spanning it) is the group,
"Morselskap"/"Selskap" the company; without either, the table's context decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractor.caches import WORD_CACHE
from extractor.fields.finance.units import parse_amount
from extractor.parse import MONTH_NAMES, parse_date
from extractor.parse import YEAR as YEAR_RE
from extractor.fields.finance.vocabulary import vocabulary, words_in

YEAR = re.compile(rf"(?<![\d.,])({YEAR_RE}|(?:1 9|2 0)\d\d|(?:19|20) \d\d)(?![\d,]|\.\d)")
DATE_YEAR = re.compile(rf"\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?({YEAR_RE})\b|\b\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})\s+({YEAR_RE})\b",
                       re.IGNORECASE)
NEW_YEAR = re.compile(r"0?1\.\s?0?1\.|1\.\s*januar", re.IGNORECASE)
YEAR_END = re.compile(r"31\.\s?12\.|31\.\s*desember", re.IGNORECASE)  # "30.06.2025": a half-year's, not the year's
SHORT_DATE = re.compile(r"(?<![\d.])(\d{1,2}\.\s?\d{1,2}\.\s?\d\d)$")  # "31.12.23": the header's whole date
PREFIXED_YEAR = re.compile(rf"\b([RrBb])\s?-?({YEAR_RE})\b")
YEAR_RANGE = re.compile(rf"\b({YEAR_RE})\s*[-\u2013]\s*({YEAR_RE})\b")  # "2022 - 2023" over a change
RUN_NUMBERS = 3  # a label holds fewer numbers than this, or more words than numbers
_NUMBER_TOKEN = re.compile(r"[-−–(]?[\d.,%]+\)?")
PLAIN_YEAR = re.compile(YEAR_RE)  # a year as a header prints it; "2 000" in a row is a figure
# a season "2022/2023", "2022/23", "2022-23" (``season_end`` checks the years follow each other)
SEASON = re.compile(rf"(?<![\d.,/])({YEAR_RE})\s?[/\u2013-]\s?((?:19|20)?\d\d)(?![\d,/]|\.\d)")
PERIOD_JOINS = frozenset({"-", "\u2013", "\u2014", "til"})  # "01.08.2022-31.07.2023", "1.8.2022 til 31.7.2023"
ACCOUNT_NUMBER = re.compile(r"^\d{4,5}$")
NOTE_REFERENCE = re.compile(r"^\d{1,2}(?:\s*[,.og&-]\s*\d{1,2})*[a-z]?$")
MAX_HEADER_ROWS = 7  # title, unit and two header lines above a statement's first line, and section titles
# "B 2014", "RB 2023", "VB 2023", "JB 2023", "OB 2023": budget, revised, adopted, adjusted, original
_BROKEN_WORD = re.compile(r"([a-zæøå])-\s+([a-zæøå])")  # "Kon- sern": a word a line break cut
_BUDGET_YEAR = re.compile(rf"\b(?:b|rb|vb|jb|ob)\s?-?{YEAR_RE}\b")


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    kind: str  # actual, budget, change, part (a quarter or a half-year), note, account, unknown
    year: int | None
    header: str
    scope: str | None  # group, company, or None (the table's context decides)
    year_source: str  # header, misprinted, prefixed, date, date_in_year (not 31.12), context, prior, none


def _plain(text: str) -> str:
    return " ".join(text.split())


def covering(row: list[str], spans: list[int], col: int) -> str:
    """Text at ``col`` in a header row, or of a merged cell to its left spanning it."""
    for c in range(min(col, len(row) - 1), -1, -1):
        if row[c].strip():
            return row[c] if c == col or c + spans[c] > col else ""
    return ""


@lru_cache(maxsize=WORD_CACHE)  # every row of every table, for each statement reader
def is_label(text: str) -> bool:
    """Words, not a row of cells run together ("Kvinner 0 100 65 0 1 Menn 0 93 18 1 18")."""
    numbers = sum(bool(_NUMBER_TOKEN.fullmatch(t)) for t in text.split())
    return sum(ch.isalpha() for ch in text) >= 2 and (numbers < RUN_NUMBERS or 2 * numbers <= len(text.split()))


def _figure_before_label(text: str) -> bool:
    return parse_amount(text) is not None and not ACCOUNT_NUMBER.match(text.strip())


def is_body_row(row: list[str], label_col: int, english: bool = False, accounts: bool = False) -> bool:
    """A row with a label and a figure that is not a year (a header row prints years). The label
    may stand left of the label column (a section title); a row number or a figure before it
    ("1 | Sum driftsinntekter", the company's figures left of the labels) is passed over, an
    account number only with ``accounts`` (else an account line is not a body row: a headerless
    ledger page keeps the columns of the page before)."""
    skip = (lambda t: parse_amount(t) is not None) if accounts else _figure_before_label
    label = next((t for t in row[:label_col + 1] if t.strip() and not skip(t)), "")
    figures = [t for t in row[label_col + 1:] if t.strip() and parse_amount(t, english) is not None]
    return is_label(label) and any(not PLAIN_YEAR.fullmatch(t.strip()) for t in figures)


def _clean_header(rows: list[list[str]], label_col: int) -> bool:
    """Header rows whose figure columns hold words and years only ("Regnskap 2023"), no figures:
    a header the table finder did not mix with the first line's figures."""
    cells = [c for row in rows for c in row[label_col + 1:] if c.strip()]
    words = (SEASON.sub("", DATE_YEAR.sub("", YEAR.sub("", c))) for c in cells)
    return bool(cells) and not any(ch.isdigit() for w in words for ch in w)


def label_column(rows: list[list[str]]) -> int:
    """The column holding the most letters: the row labels."""
    width = max((len(r) for r in rows), default=0)
    letters = [sum(ch.isalpha() for r in rows if c < len(r) for ch in r[c]) for c in range(width)]
    return max(range(width), key=lambda c: (letters[c], -c)) if width else 0


def header_count(rows: list[list[str]], label_col: int, english: bool = False) -> int:
    """Rows above the first body row (at most ``MAX_HEADER_ROWS``)."""
    for r, row in enumerate(rows[:MAX_HEADER_ROWS + 1]):
        if is_body_row(row, label_col, english) or (
                r and is_body_row(row, label_col, english, accounts=True) and _clean_header(rows[:r], label_col)):
            return r  # a ledger's account lines under a clean header ("Konto | Kontonavn | Regnskap 2023") are lines
    return 0


def season_end(match: re.Match) -> int | None:
    """The later year of a season ("2022/2023", "2022/23", "1999/00"): a club's or a school's
    year reports on the year it ends. None when the two years do not follow each other."""
    first, second = int(match[1]), match[2]
    later = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    later += 100 if later < first else 0
    return later if later == first + 1 else None


def seasons_in(text: str) -> list[int]:
    return [y for m in SEASON.finditer(text) if (y := season_end(m))]


def is_year_cell(text: str) -> bool:
    """A header cell that is a year or a season and nothing else."""
    text = text.strip()
    return bool(PLAIN_YEAR.fullmatch(text)) or ((m := SEASON.fullmatch(text)) is not None and bool(season_end(m)))


def _is_period(text: str, dates: list[re.Match]) -> bool:
    """Whether the first two dates of a header are a period ("01.07.2022–30.06.2023")."""
    return len(dates) > 1 and text[dates[0].end():dates[1].start()].strip() in PERIOD_JOINS


def names_period(header: str) -> bool:
    """Whether a header names a season or a period of two dates rather than one year: which year
    its figures belong to is a convention (we take the year it ends), and a reader may take the other."""
    return bool(seasons_in(header)) or _is_period(header, list(DATE_YEAR.finditer(header)))


def year_in(text: str) -> tuple[int | None, str]:
    """The year a header names, and how: "2014", "2 013" (misprinted), "R 2014", "31.12.2024", "31.12.24",
    a season "2022/2023" or "2022/23" or a period of two dates (the year it ends). A balance at
    1 January ("1.1.2024", "01.01.24") is the one the year before closed with; a date within the
    year ("30.06.2025") is ``date_in_year``: a half-year's figure, or a split financial year's."""
    if dates := list(DATE_YEAR.finditer(text)):
        period = _is_period(text, dates)
        date = dates[1] if period else dates[0]  # a period "01.07.2022–30.06.2023" is the year it ends
        opening = not period and NEW_YEAR.match(date[0]) is not None  # "1.1.2023": the balance 2022 closed with
        within = not period and not opening and YEAR_END.match(date[0]) is None
        return int(date[1] or date[2]) - opening, "date_in_year" if within else "date"
    if (m := SHORT_DATE.search(text.strip())) and (day := parse_date(m[1].replace(" ", ""))):
        opening, closing = day.month == day.day == 1, (day.month, day.day) == (12, 31)
        return day.year - opening, "date" if opening or closing else "date_in_year"
    if seasons := seasons_in(text):
        return seasons[0], "season"
    if m := PREFIXED_YEAR.search(text):
        return int(m[2]), "prefixed"
    if m := YEAR.search(text):
        return int(m[1].replace(" ", "")), "misprinted" if " " in m[1] else "header"
    return None, "none"


def kind_of(header: str) -> str:
    columns = vocabulary().columns
    folded = header.casefold()
    if words_in(header, columns["note"]):
        return "note"
    if words_in(header, columns["account"]) and not YEAR.search(header):
        return "account"
    if "%" in header or words_in(header, columns["change"] - {"%"}):
        return "change"
    if words_in(header, columns["part"]):  # "Q4 2020", "1. halvår 2023": part of the year, no figure of it
        return "part"
    if words_in(header, columns["budget"]) or _BUDGET_YEAR.search(folded):
        return "budget"
    # "Revidert 2022", "Vedtatt 2023", "Økonomiplan 2024": a plan's column, unless an actual word
    # stands by it ("Revidert regnskap" is the audited accounts)
    if words_in(header, columns["budget_unless_actual"]) and not words_in(header, columns["actual"]):
        return "budget"
    if words_in(header, columns["actual"]) or year_in(header)[0] is not None:
        return "actual"
    return "unknown"


@lru_cache(maxsize=WORD_CACHE)  # every header and label cell, for each statement reader
def scope_of(text: str) -> str | None:
    """"Konsern", "Morselskap"; or a narrow column's word broken at a hyphen ("Kon-" / "sern"),
    mended only when no scope word stands as printed ("Drifts- og" keeps its hyphen)."""
    scopes = vocabulary().scopes
    for candidate in (text, _BROKEN_WORD.sub(r"\1\2", text)):
        if words_in(candidate, scopes["group"]):
            return "group"
        if words_in(candidate, scopes["company"]):
            return "company"
    return None


def _first_at(text: str, words) -> int | None:
    """Where the first of ``words`` stands in ``text`` as a whole word, or None."""
    found = [m.start() for w in words if (m := re.search(rf"(?<![\wæøå]){re.escape(w)}(?![\wæøå])", text))]
    return min(found) if found else None


def scopes_in_order(columns: list[Column], texts) -> list[Column]:
    """The company's and the group's figures side by side under one header of years repeated
    ("2023 | 2022 | | 2023 | 2022"), the words naming them in a line set above the table
    ("Morselskap ... Konsern"): the first half of the year columns is the scope named first."""
    actual = sorted((c for c in columns if c.kind == "actual" and c.scope is None), key=lambda c: c.index)
    half = len(actual) // 2
    if not half or len(actual) % 2 or [c.year for c in actual[:half]] != [c.year for c in actual[half:]]:
        return columns
    for text in texts:
        folded = " ".join(text.casefold().split())
        at = {scope: _first_at(folded, words) for scope, words in vocabulary().scopes.items()}
        if None not in at.values() and len(at) == 2:
            first, second = sorted(at, key=at.get)
            given = {c.index: first for c in actual[:half]} | {c.index: second for c in actual[half:]}
            return [replace(c, scope=given[c.index]) if c.index in given else c for c in columns]
    return columns


def stacked_rows(header_rows: list[list[str]]) -> list[list[str]]:
    """Each run of two or more neighbouring header rows joined cell by cell: a narrow column
    wraps its header over several lines ("(Beløp i" / "hele 1" / "000 kr)", "Konserne" / "t")."""
    out = []
    for i in range(len(header_rows)):
        for j in range(i + 2, len(header_rows) + 1):
            run = header_rows[i:j]
            width = max(len(r) for r in run)
            out.append([" ".join(r[c] for r in run if c < len(r) and r[c].strip()) for c in range(width)])
    return out


def _group_scope(header_rows: list[list[str]], col: int, label_col: int) -> str | None:
    """A "Konsern" / "Morselskap" header standing over the first of the columns it groups
    (unruled tables have no merged cell to say how far it reaches): the nearest header text at
    or left of the column, right of the labels; then the same in runs of header rows read as
    one, for a word a narrow column wrapped onto the next rows ("Kon-" / "sern", "Konserne" / "t")."""
    for row in [*header_rows, *stacked_rows(header_rows)]:
        for c in range(min(col, len(row) - 1), label_col, -1):
            if row[c].strip():
                if scope := scope_of(row[c]) or scope_of(row[c].replace(" ", "")):  # "Konserne t"
                    return scope
                break
    return None


def _group_words(header_rows: list[list[str]], parts: list[str], col: int, label_col: int) -> list[str]:
    """The kind word ("Regnskap", "Budsjett") an unruled header prints once over the first of the
    year columns it groups ("Regnskap | | Budsjett |" over "2025 | 2024 | 2025 | 2026"): in a
    header line where the column has no text of its own, the nearest text to its left, when
    that names a kind and no year. A column whose own header names its kind ("Regnskap" over
    "2015", beside "Justert" over "budsjett") is grouped by none."""
    if any(kind_of(YEAR.sub(" ", own)) != "unknown" for own in parts if own.strip()):
        return []
    words = []
    for row, own in zip(header_rows[:-1], parts):
        if own.strip():
            continue
        near = next((row[c] for c in range(min(col, len(row)) - 1, label_col, -1) if row[c].strip()), "")
        if near and year_in(near)[0] is None and kind_of(near) in ("actual", "budget", "change", "part"):
            words.append(near)
    return words


def _values_kind(values: list[str], left_of_labels: bool) -> str | None:
    """What a column's cells say it is when its header does not: note numbers, account numbers."""
    filled = [v.strip() for v in values if v.strip()]
    if not filled:
        return None
    if left_of_labels and all(ACCOUNT_NUMBER.match(v) for v in filled):
        return "account"
    if all(NOTE_REFERENCE.match(v) for v in filled) and all(len(v) <= 6 for v in filled):
        return "note"
    return None


def _range_as_change(col: Column, columns: list[Column]) -> Column:
    """A column headed by the two years the table's other columns print ("2022 - 2023" beside
    "2023 | 2022") holds the change between them, not the first year's figures."""
    m = YEAR_RANGE.search(col.header)
    if col.kind != "actual" or m is None:
        return col
    others = {c.year for c in columns if c is not col and c.kind == "actual"}
    return replace(col, kind="change", year=None, year_source="none") if {int(m[1]), int(m[2])} <= others else col


def classify_columns(rows: list[list[str]], spans: list[list[int]], n_header: int, label_col: int,
                     statement_year: int | None) -> list[Column]:
    """Every column right of the labels (and account columns left of them), classified."""
    width = max((len(r) for r in rows), default=0)
    out: list[Column] = []
    for c in range(width):
        if c == label_col:
            continue
        parts = [covering(rows[r], spans[r], c) for r in range(n_header)]
        if c > label_col:
            parts = _group_words(rows[:n_header], parts, c, label_col) + parts
        header = _plain(" ".join(dict.fromkeys(p.strip() for p in parts if p.strip())))
        body = [r[c] if c < len(r) else "" for r in rows[n_header:]]
        by_values = _values_kind(body, c < label_col)
        kind = by_values if by_values and kind_of(header) in ("unknown", "note", "account") else kind_of(header)
        if c < label_col and kind not in ("account", "note"):
            kind = "account" if kind == "unknown" else kind
        year, source = year_in(header)
        if kind == "actual" and year is None:
            prior = words_in(header, vocabulary().columns["prior"])
            year = (statement_year - 1 if prior else statement_year) if statement_year else None
            source = "prior" if prior else "context"
        out.append(Column(c, kind, year, header, scope_of(header) or _group_scope(rows[:n_header], c, label_col), source))
    out = [_range_as_change(col, out) for col in out]
    # a typed statement's "kr" column beside the amounts holds no figure: not a second column
    figures = [col for col in out if col.index > label_col and col.kind in ("actual", "unknown")
               and any(col.index < len(r) and parse_amount(r[col.index]) is not None for r in rows[n_header:])]
    if len(figures) == 1 and figures[0].kind == "unknown" and statement_year and not any(
            col.kind == "budget" for col in out):
        only = figures[0]
        out[out.index(only)] = Column(only.index, "actual", statement_year, only.header, only.scope, "context")
    return out
