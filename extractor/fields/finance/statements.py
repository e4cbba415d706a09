"""Tables read as financial statements: what kind, in which year and unit, and their lines.

A table is a statement when the text around it names one (resultatregnskap/resultatrekneskap,
balanse, kontantstrømoppstilling, noter, budsjett, nøkkeltall) or when two or more of its rows
are lines of the vocabulary ("Sum driftsinntekter", "Sum eigedelar"); otherwise it gives no
figures. Its kind decides which printing wins when the same figure is printed twice
(``KIND_RANK``: the statement over a note or a budget comparison). Around the table means the
heading path above it and the short texts just above and below it (a caption, "Beløp i 1000 kr",
"2025 sammenlignet med budsjett"); their first year, or the report's year where it stands
among them, is the statement's year for columns that print none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.document import Cell, Table
from extractor.fields.finance.columns import (
    DATE_YEAR, YEAR, Column, classify_columns, header_count, is_label, label_column, scope_of,
)
from extractor.fields.finance.units import Amount, is_english, parse_amount, states_currency, unit_of
from extractor.fields.finance.vocabulary import fold_label, key_of, vocabulary, words_in

KIND_RANK = {"resultat": 3, "balanse": 3, "kontantstrom": 3, "regnskap": 3, "nokkeltall": 2, "note": 1, "budsjett": 1,
             "avdeling": 0, "other": 0}
NOT_TOTALS = frozenset({"avdeling"})  # a department's accounts: read, but not the organisation's figures
SUM_LABEL = re.compile(r"^(?:sum|totalt?|samla|sum totalt)\b|\bi alt$", re.IGNORECASE)
ACCOUNT_PREFIX = re.compile(r"^\d{4,5}\s")
MIN_KEY_ROWS = 2  # a table with this many vocabulary lines is a statement whatever its heading


@dataclass(slots=True)
class Line:
    """One row of a statement: its label, key and figures by column index."""

    index: int
    label: str
    key: str | None
    fuzzy: bool
    account: bool  # a ledger account line ("3920 Medlemskontingent"), never a key line ...
    label_key: str | None  # ... though its label may name one ("8800 Årsresultat")
    is_sum: bool
    scale: float | None = None  # a unit in the label itself: "Driftsresultat (1.000 kr)"
    scope: str | None = None  # "Resultat før skatt konsern"
    cells: dict[int, Cell] = field(default_factory=dict)
    amounts: dict[int, Amount] = field(default_factory=dict)


@dataclass(slots=True)
class Statement:
    table: Table
    kind: str
    year: int | None
    scope: str
    scale: float
    unit: str | None
    columns: list[Column]
    lines: list[Line]
    headed: bool  # the text around it names a statement

    @property
    def rank(self) -> tuple[int, int]:
        return KIND_RANK.get(self.kind, 0), len(self.lines)


@dataclass(frozen=True, slots=True)
class Context:
    """The text around one table: headings (nearest last) and short texts above and below."""

    headings: tuple[str, ...]
    before: tuple[str, ...]  # nearest first
    after: tuple[str, ...]


def kind_from_text(texts) -> str | None:
    """The statement the nearest text naming one names (texts nearest first). A budget is
    named only where nothing else is: "Resultatregnskap 2024 sammenlignet med budsjett" is
    an income statement, and a chart's "Budsjett 2025" beside it names no table."""
    found = [kind for text in texts if text for kind, words in vocabulary().statements.items() if words_in(text, words)]
    return next((k for k in found if k != "budsjett"), found[0] if found else None)


def years_in(text: str) -> list[int]:
    return [int(m[1] or m[2]) for m in DATE_YEAR.finditer(text)] + [int(m[1]) for m in YEAR.finditer(text) if " " not in m[1]]


def context_year(texts, report_year: int | None) -> int | None:
    """The year of a statement whose columns print none ("Medgått"): the year a title naming a
    statement gives ("Resultatregnskap 2024", "Balanse per 31.12.2024"; the report's year where
    it stands there, as in "2024 samanlikna med budsjett 2025"), else the report's year (a
    chart's "2024" beside the table is a label, not the statement's year), else the first year
    named around it."""
    for text in (t for t in texts if t and kind_from_text([t]) not in (None, "budsjett")):
        years = years_in(text)
        if report_year in years:
            return report_year
        past = [y for y in years if report_year is None or y <= report_year]
        if past:
            return past[0]
    if report_year:
        return report_year
    return next((y for t in texts if t for y in years_in(t)), None)


def _label_scale(label: str) -> float | None:
    scale, unit = unit_of([label]) if "(" in label else (1.0, None)
    return scale if unit is not None and scale != 1 else None


def read_lines(rows: list[list[str]], cells: list[list[Cell]], n_header: int, label_col: int,
               columns: list[Column], english: bool, ocr: bool) -> list[Line]:
    figure_cols = [c.index for c in columns if c.kind in ("actual", "budget", "change", "unknown")]
    account_cols = [c.index for c in columns if c.kind == "account"]
    lines = []
    for r in range(n_header, len(rows)):
        row = rows[r]
        label = " ".join(row[label_col].split()) if label_col < len(row) else ""
        if not is_label(label):
            continue
        account = any(c < len(row) and row[c].strip() for c in account_cols) or bool(ACCOUNT_PREFIX.match(label))
        label_key, fuzzy = key_of(label)
        line = Line(r, label, None if account else label_key, fuzzy and not account, account, label_key,
                    bool(SUM_LABEL.search(fold_label(label))), _label_scale(label), scope_of(label))
        for c in figure_cols:
            if c < len(row):
                amount = parse_amount(row[c], english, ocr and cells[r][c].prov.ocr_confidence is not None)
                if amount is not None:
                    line.cells[c], line.amounts[c] = cells[r][c], amount
        lines.append(line)
    return lines


def table_to_statement(table: Table, context: Context, report_year: int | None) -> Statement | None:
    """The table as a statement, or None when it is not one (no money, no statement lines)."""
    rows = table.text_rows()
    if len(rows) < 2:
        return None
    label_col = label_column(rows)
    english = is_english(t for row in rows for t in row)
    n_header = header_count(rows, label_col, english)
    around = [*context.headings[::-1], *context.before, *context.after]
    year = context_year([*context.before, *context.headings[::-1], *context.after], report_year)
    spans = [[c.col_span for c in row] for row in table.rows]
    columns = classify_columns(rows, spans, n_header, label_col, year)
    ocr = any(c.prov.ocr_confidence is not None for row in table.rows for c in row)
    lines = read_lines(rows, table.rows, n_header, label_col, columns, english, ocr)
    keyed = [ln for ln in lines if ln.key]
    named = kind_from_text([*context.before[:2], *context.headings[::-1][:2], *(" ".join(r) for r in rows[:n_header])])
    if named is None and len({ln.key for ln in keyed}) < MIN_KEY_ROWS:
        return None
    if not any(ln.amounts for ln in lines):
        return None
    kinds = [vocabulary().key_statement[ln.key] for ln in keyed]
    kind = named or (max(set(kinds), key=kinds.count) if kinds else "other")
    if any(c.kind == "budget" for c in columns) and kind not in ("note",):
        kind = "budsjett" if named in (None, "budsjett") or not keyed else kind
    header_texts = [" ".join(r) for r in rows[:n_header]] + ([rows[0][0]] if rows and rows[0] else [])
    scale, unit = unit_of([*header_texts, *context.before[:2], *context.after[:1], *context.headings[::-1][:2]])
    if unit is None and states_currency(header_texts):
        unit = "kr"
    scope = scope_of(" ".join(around)) or "company"
    return Statement(table, kind, year, scope, scale, unit, columns, lines, named is not None)
