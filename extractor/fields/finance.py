"""Key figures from financial tables: (label, year, value in NOK, company or group, actual or budget).

A table is financial when its headings, header rows or labels speak of money (resultat,
regnskap, balanse, driftsinntekter, ...). Its year columns are read from the header rows:
"2014", a misprinted "2 013", "Regnskap 2014", and budget columns ("B 2014", "Budsjett 2014")
which are kept as budget and never reported as the year's actual. "Beløp i 1000 kr" scales.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.document import Table
from extractor.fields.context import Analysis
from extractor.parse import parse_number, parse_year
from schemas.fields import Basis, KeyFigure, Scope

FINANCE_WORDS = re.compile(
    r"resultat|regnskap|balanse|nøkkeltall|økonomi|inntekt|kostnad|omsetning|egenkapital|gjeld"
    r"|eiendeler|driftsmidler|avskrivning|lønn|skatt|finans|kontanter|bankinnskudd|tilskudd|\bNOK\b|\bkr\b|beløp",
    re.IGNORECASE,
)
BUDGET = re.compile(r"^\s*(?:B\s*\d|budsj|bud\b|prognose|plan\b)", re.IGNORECASE)
ACTUAL = re.compile(r"regnskap|resultat|faktisk|\bR\s*\d", re.IGNORECASE)
NOTE = re.compile(r"^\s*note(?:r)?\s*$", re.IGNORECASE)
GROUP = re.compile(r"konsern", re.IGNORECASE)
COMPANY = re.compile(r"morselskap|selskap", re.IGNORECASE)
THOUSANDS = re.compile(r"(?:i|beløp i)\s*(?:hele\s+)?(?:1\s?000|tusen)|\bTNOK\b|\bNOK\s*1\s?000\b|i\s+tusen", re.IGNORECASE)
MILLIONS = re.compile(r"(?:i|beløp i)\s*(?:hele\s+)?(?:mill(?:ioner)?|MNOK)\b|\bMNOK\b", re.IGNORECASE)
YEAR_IN_HEADER = re.compile(r"(?<!\d)((?:1 ?9|2 ?0) ?\d ?\d)(?!\d)")  # "2014", misprinted "2 013"

WEIGHTS = {
    "financial_heading": 0.8,  # the table stands under a heading such as "Resultatregnskap"
    "financial_label": 0.6,  # the row label is a money word ("Driftsinntekter")
    "year_header": 0.6,  # the column's year is printed in a header row
    "scaled": -0.3,  # "Beløp i 1000 kr": one more step that could be misread
    "budget": 0.0,  # kept for the reviewer
    "text_table": -0.4,  # unruled table: columns come from alignment alone
    "misprinted_year": -0.6,  # "2 013" read as 2013
}
PRIOR = 0.75


@dataclass(frozen=True)
class Column:
    index: int
    year: int
    basis: Basis
    scope: Scope
    misprinted: bool


def header_row_count(table: Table) -> int:
    """Header rows: the declared ones, else the leading rows up to the first that prints a year
    as a heading ("2014", "Regnskap 2014"), not as a value."""
    for r, row in enumerate(table.text_rows()[:4]):
        if any(YEAR_IN_HEADER.fullmatch(c.strip()) or (YEAR_IN_HEADER.search(c) and parse_number(c) is None)
               for c in row):
            return max(table.header_rows, r + 1)
    return table.header_rows


def year_columns(table: Table, n_header: int) -> list[Column]:
    rows = table.text_rows()
    columns: list[Column] = []
    for c in range(max((len(r) for r in rows), default=0)):
        header = " ".join(rows[r][c] for r in range(n_header) if c < len(rows[r]))
        if NOTE.match(header) or not (m := YEAR_IN_HEADER.search(header)):
            continue
        year = parse_year(m.group(1))
        if year is None:
            continue
        scope = Scope.company
        for r in range(n_header):  # a group header ("Konsern") may span the columns to its right
            row = rows[r]
            left = next((row[k] for k in range(min(c, len(row) - 1), -1, -1) if row[k].strip()), "")
            if GROUP.search(left):
                scope = Scope.group
            elif COMPANY.search(left):
                scope = Scope.company
        basis = Basis.budget if BUDGET.search(header) or re.search(r"budsjett", header, re.I) else Basis.actual
        columns.append(Column(c, year, basis, scope, " " in m.group(1)))
    return columns


def scale_of(texts: list[str]) -> tuple[float, list[str]]:
    joined = " ".join(texts)
    if MILLIONS.search(joined):
        return 1e6, ["scaled"]
    if THOUSANDS.search(joined):
        return 1e3, ["scaled"]
    return 1.0, []


def is_financial(table: Table, headings: tuple[str, ...]) -> tuple[bool, list[str]]:
    rows = table.text_rows()
    reasons = []
    if any(FINANCE_WORDS.search(h) for h in headings[-2:]):
        reasons.append("financial_heading")
    labels = [row[0] for row in rows if row]
    money_labels = sum(1 for label in labels if FINANCE_WORDS.search(label))
    return bool(reasons) or money_labels >= 2, reasons


def row_label(row: list[str], columns: set[int]) -> str | None:
    for c, cell in enumerate(row):
        if c in columns:
            break
        if cell.strip() and parse_number(cell) is None:
            return cell.strip().rstrip(":")
    return None


def iter_table_figures(analysis: Analysis, table: Table, headings: tuple[str, ...]):
    ok, table_reasons = is_financial(table, headings)
    if not ok:
        return
    n_header = header_row_count(table)
    columns = year_columns(table, n_header)
    if not columns:
        return
    rows = table.text_rows()
    scale, scale_reasons = scale_of(list(headings[-1:]) + [" ".join(r) for r in rows[:n_header]] + [rows[0][0]])
    col_idx = {col.index for col in columns}
    for r in range(n_header, len(rows)):
        label = row_label(rows[r], col_idx)
        if not label:
            continue
        for col in columns:
            if col.index >= len(rows[r]):
                continue
            value = parse_number(rows[r][col.index])
            if value is None:
                continue
            cell = table.rows[r][col.index]
            reasons = table_reasons + scale_reasons + ["year_header"]
            reasons += ["financial_label"] if FINANCE_WORDS.search(label) else []
            reasons += ["text_table"] if table.strategy == "text" else []
            reasons += ["misprinted_year"] if col.misprinted else []
            reasons += ["budget"] if col.basis is Basis.budget else []
            ocr = cell.prov.ocr_confidence
            yield KeyFigure(
                label=label, year=col.year, value=value * scale, scope=col.scope, basis=col.basis,
                confidence=combine(PRIOR, reasons, WEIGHTS, ocr), reasons=reasons + ocr_reason(ocr),
                source=prov_to_ref(cell.prov, f"{label} | {rows[0][col.index] if n_header else ''} | {rows[r][col.index]}"),
            )


def extract_key_figures(analysis: Analysis) -> list[KeyFigure]:
    return [figure for table, headings in analysis.own_tables()
            for figure in iter_table_figures(analysis, table, headings)]
