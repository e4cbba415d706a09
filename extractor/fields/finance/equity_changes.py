"""A statement of changes in equity read for the equity it closes each year with.

Its columns are the parts of the equity (Aksjekapital | Annen egenkapital | Sum egenkapital), its
rows the balances and the movements between them ("Egenkapital 01.01.2023", "Årsresultat",
"Utbytte", "Egenkapital 31.12.2023"). Read as a statement it gives nothing (no column is a year)
or, worse, a part for the whole. Turned round, the total column of the year-end rows is the
equity a balance sheet prints: one line, "Sum egenkapital", and a column per year-end date.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Cell, Table
from extractor.fields.finance.vocabulary import fold_label, key_of

# "Egenkapital 31.12.2023", "Eigenkapital pr. 31.12.22", "Equity at 01.01.2014", "Egenkapital per 31. desember 2023"
_BALANCE_ROW = re.compile(
    r"^(?:sum\s+|total\s+)?(?:egenkapital|eigenkapital|equity)(?:\s+(?:pr\.?|per|at|ved|as at))?\s+"
    r"(?P<day>\d{1,2})\.\s*(?P<month>\d{1,2}|januar|desember|january|december)\.?\s*"
    r"(?P<year>(?:1\s?9|2\s?0)?\s?\d\s?\d)$")  # a narrow cell may break the year: "01.01.201 5"
# the whole equity, its words perhaps broken by a narrow cell ("Sum egenkapi" / "tal"): spaces dropped
_TOTAL_HEADER = re.compile(r"^(?:sum|total|totalt|ialt)(?:(?:egen|eigen)kapital|equity)?$")
_ENDS = {("31", "12"), ("31", "desember"), ("31", "december")}
_STARTS = {("1", "1"), ("01", "01"), ("1", "januar"), ("1", "january"), ("01", "1"), ("1", "01")}


def _year_end(label: str) -> int | None:
    """The year whose end a balance row states: 31.12.2023 closes 2023, 01.01.2024 opens 2024
    (the end of 2023); other dates (a quarter's) none."""
    match = _BALANCE_ROW.match(fold_label(label).replace("-", " "))
    if match is None:
        return None
    digits = match["year"].replace(" ", "")
    year = int(digits) + (2000 if len(digits) == 2 else 0)
    day_month = (match["day"], match["month"])
    return year if day_month in _ENDS else year - 1 if day_month in _STARTS else None


def _total_column(header: list[list[str]], width: int) -> int | None:
    """The rightmost column the header names the whole equity ("Sum egenkapital", "Total equity",
    "Sum" under a header of parts): the one a balance's "Sum egenkapital" equals."""
    for c in range(width - 1, 0, -1):
        text = " ".join(" ".join(row[c].split()) for row in header if c < len(row) and row[c].strip())
        folded = fold_label(text).replace("-", "").replace(" ", "")
        if text and (key_of(text)[0] == "sum_egenkapital" or _TOTAL_HEADER.match(folded)):
            return c
    return None


def _single(cell: Cell, text: str | None = None) -> Cell:
    """The cell as one grid position of the turned table, with ``text`` where it reads otherwise
    there (its provenance stays the printed cell's)."""
    return replace(cell, text=cell.text if text is None else text, row_span=1, col_span=1, merged=False)


def equity_changes(table: Table) -> Table | None:
    """The table turned into "<unit> | 31.12.2023 | 31.12.2022" over "Sum egenkapital | ... | ...",
    its cells those of the year-end rows' total column (provenance kept); None unless the table
    has two year-end rows, a movement between them and a total column named in its header."""
    rows = table.text_rows()
    ends = [(r, year) for r, row in enumerate(rows) if row and (year := _year_end(row[0])) is not None]
    if len(ends) < 2 or len({y for _, y in ends}) < 2 or ends[0][0] == 0:
        return None
    first, dated = ends[0][0], {r for r, _ in ends}
    moves = [row for r, row in enumerate(rows[first:], first) if r not in dated and any(t.strip() for t in row[1:])]
    if not moves:
        return None  # no movement between the balances: a plain table of equity, not its changes
    width = max(len(row) for row in rows)
    total = _total_column(rows[:first], width)
    if total is None:
        return None
    by_year: dict[int, int] = {}
    for r, year in ends:
        if total < len(rows[r]) and rows[r][total].strip():
            by_year.setdefault(year, r)  # a year's closing row before the next year's opening one
    if len(by_year) < 2:
        return None
    order = sorted(by_year, reverse=True)
    # the corner holds the unit ("Beløp i NOK 1 000"), over the header rows a narrow cell wrapped it onto
    corner = _single(table.rows[0][0], " ".join(" ".join(row[0].split()) for row in rows[:first] if row[0].strip()))
    header = [corner] + [_single(table.rows[by_year[y]][0], f"31.12.{y}") for y in order]
    heads = [" ".join(row[total].split()) for row in rows[:first] if total < len(row)]
    label = _single(table.rows[0][total], next((t for t in heads if key_of(t)[0] == "sum_egenkapital"), "Sum egenkapital"))
    body = [label] + [_single(table.rows[by_year[y]][total]) for y in order]
    return replace(table, rows=[header, body], header_rows=1)
