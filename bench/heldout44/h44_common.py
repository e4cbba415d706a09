"""Shared wording for the forty-fourth set: English statement labels (the finance module knows
bokmål and nynorsk only) and filler chapters that make a report as long as real ones."""
from __future__ import annotations

from heldout_finance import Col, Statement, balance, income

EN = {"inc": "Operating income", "sum_inc": "Total operating income", "cost": "Operating expenses",
      "sum_cost": "Total operating expenses", "op": "Operating profit",
      "fin": "Financial income and expenses", "net_fin": "Net financial items",
      "result": "Profit for the year",
      "assets": "Assets", "fixed": "Fixed assets", "sum_fixed": "Total fixed assets",
      "current": "Current assets", "sum_current": "Total current assets", "sum_assets": "Total assets",
      "eq_debt": "Equity and liabilities", "equity": "Equity", "sum_equity": "Total equity",
      "debt": "Liabilities", "long": "Long-term liabilities", "short": "Current liabilities",
      "sum_debt": "Total liabilities", "sum_eq_debt": "Total equity and liabilities"}


def two_years(year: int) -> list[Col]:
    return [Col(str(year), year), Col(str(year - 1), year - 1)]


def en_income(title, year, inc, cost, fin, labels=None, **kw) -> Statement:
    return Statement(title, two_years(year), income("nb", 2, inc, cost, fin, labels={**EN, **(labels or {})}), **kw)


def en_balance(title, year, fixed, current, equity, long, short, labels=None, **kw) -> Statement:
    return Statement(title, two_years(year),
                     balance("nb", 2, fixed, current, equity, long, short, labels={**EN, **(labels or {})}), **kw)
