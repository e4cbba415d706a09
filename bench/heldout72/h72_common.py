"""What this set's three layouts (Word, designer HTML, LibreOffice Writer frames and grids) share:
registering gold as rows and statements are printed, statements built from their detail lines with
each year's result carried into the balance, and amounts in prose read off the statement lines.

Gold registration follows the first set's Word tables (``heldout_tables.add_table``): every cell goes
through ``gold.render`` with its row label as the ``about`` of a percentage, each printed row is text
the checks can read, and a data table's non-empty cells are a gold table row.
"""
from __future__ import annotations

import re

from heldout_finance import ACTUAL, Col, Line, Statement, balance, income

NUMBER = re.compile(r"^[-\u2212(]?[\d  .,]+\)?%?$")


def is_number(text: str) -> bool:
    t = text.strip()
    return bool(t) and bool(NUMBER.match(t)) and any(ch.isdigit() for ch in t)


def register_row(gold, row: list[str], gold_rows: bool = True, about_col: int = 0) -> list[str]:
    """One printed row: markup rendered (a percentage's about is the row's label), the row readable
    by the checks, and (for a data table) a gold table row of its non-empty cells."""
    label = gold.strip(row[about_col]) if row else ""
    printed = [gold.render(cell, about=label or None) for cell in row]
    gold.row_texts.append(" | ".join(printed))
    if gold_rows and any(p.strip() for p in printed):
        gold.table_rows.append([p for p in printed if p.strip()])
    return printed


def register_rows(gold, rows: list[list[str]], gold_rows: bool = True) -> list[list[str]]:
    return [register_row(gold, row, gold_rows) for row in rows]


def statement_rows(gold, st: Statement) -> tuple[list[str], list[tuple[Line, list[str]]]]:
    """(header, [(line, cells)]) of a statement as printed; the statement joins the gold's
    statements (its key lines are key figures) and its rows are gold table rows."""
    gold.statements.append(st)
    header = register_row(gold, st.header_row(), st.gold_rows)
    body = [(line, register_row(gold, cells, st.gold_rows)) for line, cells in st.body_rows()]
    return header, body


def heading(gold, text: str) -> str:
    printed = gold.render(text)
    gold.headings.append(printed)
    return printed


# ---------- statements ----------

def accounts(lang: str, unit: float, income_cols: list[Col], inc, cost, fin, *, fixed, current,
             paid_in: tuple[str, str, float], other_equity: tuple[str, str, float], long, short,
             income_labels=None, balance_labels=None, **style) -> tuple[list[Line], list[Line], list[Col]]:
    """(income lines, balance lines, balance columns). The balance has one column per actual income
    column; "Annen egenkapital" at each year's end is the opening amount (``other_equity[2]``, at the
    start of the earliest year) plus the results up to that year, so result and equity agree. The last
    current asset may be "plug" (the bank deposit that makes the balance balance)."""
    inc_lines = income(lang, len(income_cols), inc, cost, fin, labels=income_labels)
    result = next(line for line in reversed(inc_lines) if line.key)
    actual = [(i, c) for i, c in enumerate(income_cols) if c.basis == ACTUAL]
    years = sorted(c.year for _, c in actual)
    by_year = {c.year: result.values[i] for i, c in actual}
    bal_cols = [Col(c.header if not style.get("balance_headers") else style["balance_headers"][k], c.year)
                for k, (_, c) in enumerate(actual)]
    equity_end = {}
    running = other_equity[2]
    for year in years:
        running = round(running + by_year[year], 2)
        equity_end[year] = running
    equity = [(paid_in[0], paid_in[1], [paid_in[2]] * len(bal_cols)),
              (other_equity[0], other_equity[1], [equity_end[c.year] for c in bal_cols])]
    bal_lines = balance(lang, len(bal_cols), fixed, current, equity, long, short, labels=balance_labels)
    return inc_lines, bal_lines, bal_cols


def nok_words(st: Statement, label: str, col: int = 0) -> str:
    """An amount in whole kroner with spaces, read off a statement line whatever its unit."""
    for line in st.lines:
        if line.label == label:
            value = round(line.values[col] * st.unit)
            text = f"{abs(value):,}".replace(",", " ")
            return ("-" if value < 0 else "") + text
    raise KeyError(label)
