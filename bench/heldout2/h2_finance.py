"""Financial statements for the second held-out set: data in, printed cells and gold out.

Sums are computed here, never typed: a statement is its items, the report names its sum lines.
Key lines (the sums, operating result, result for the year) give the gold key figures through
the first set's ``make_heldout.key_figures`` (it reads ``lines``, ``cols``, ``key``, ``is_head``,
``basis`` and ``nok``): actual columns are gold, budget columns optional, the value is the printed
number times the unit.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from heldout_finance import ACTUAL, BUDGET  # the first set's column kinds: its gold code reads them


@dataclass
class Col:
    head: str
    year: int | None
    basis: str = ACTUAL


@dataclass
class Line:
    label: str
    values: list[int | None] = field(default_factory=list)
    note: str = ""
    key: bool = False
    bold: bool = False
    is_head: bool = False  # a sub-heading row without figures


@dataclass
class Statement:
    title: str
    cols: list[Col]
    lines: list[Line]
    unit: int = 1              # 1000 when the figures are printed in thousands
    neg: str = "minus"         # "minus" (-1 234) or "paren" ((1 234))
    thousands: str = " "       # " " or "." or "\u00a0"
    note_col: bool = False     # a "Note" column between label and figures
    note_head: str = "Note"
    above: str | None = None   # a unit line above the table ("Alle tal i 1000 kr")
    below: str | None = None
    label_head: str = ""

    def fmt(self, value: int | None) -> str:
        if value is None:
            return ""
        digits = f"{abs(value):,}".replace(",", self.thousands)
        if value >= 0:
            return digits
        return f"({digits})" if self.neg == "paren" else f"-{digits}"

    def header_row(self) -> list[str]:
        return [self.label_head] + ([self.note_head] if self.note_col else []) + [c.head for c in self.cols]

    def body_rows(self) -> list[tuple[Line, list[str]]]:
        rows = []
        for line in self.lines:
            cells = [line.label] + ([line.note] if self.note_col else [])
            cells += ["" for _ in self.cols] if line.is_head else [self.fmt(v) for v in line.values]
            rows.append((line, cells))
        return rows

    def nok(self, value: int) -> int:
        return value * self.unit


def _sum(items: list[Line], n: int) -> list[int | None]:
    out = []
    for i in range(n):
        vals = [it.values[i] for it in items if not it.is_head and it.values[i] is not None]
        out.append(sum(vals) if vals else None)
    return out


def _lines(items, n) -> list[Line]:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(Line(item, is_head=True, bold=True))
            continue
        label, note, values = item
        if len(values) != n:
            raise ValueError(f"{label}: {len(values)} values for {n} columns")
        out.append(Line(label, list(values), note=note))
    return out


def _minus(a, b):
    return [None if x is None or y is None else x - y for x, y in zip(a, b)]


def _plus(a, b):
    return [None if x is None or y is None else x + y for x, y in zip(a, b)]


def income(title: str, cols: list[Col], labels: dict, revenue, costs, finance=(), heads=None, **opts) -> Statement:
    """labels: rev_sum, cost_sum, op (None: no operating result line), result, and fin_sum when
    there are finance items. Costs are printed as positive numbers; finance items carry their sign."""
    n = len(cols)
    heads = heads or {}
    rev, cost, fin = _lines(revenue, n), _lines(costs, n), _lines(finance, n)
    rev_sum, cost_sum = _sum(rev, n), _sum(cost, n)
    op = _minus(rev_sum, cost_sum)
    lines = ([Line(heads["rev"], is_head=True, bold=True)] if "rev" in heads else []) + rev
    lines.append(Line(labels["rev_sum"], rev_sum, key=True, bold=True))
    lines += ([Line(heads["cost"], is_head=True, bold=True)] if "cost" in heads else []) + cost
    lines.append(Line(labels["cost_sum"], cost_sum, key=True, bold=True))
    if labels.get("op"):
        lines.append(Line(labels["op"], op, key=True, bold=True))
    result = op
    if fin:
        fin_sum = _sum(fin, n)
        lines += ([Line(heads["fin"], is_head=True, bold=True)] if "fin" in heads else []) + fin
        lines.append(Line(labels["fin_sum"], fin_sum, bold=True))
        result = _plus(op, fin_sum)
    lines.append(Line(labels["result"], result, key=True, bold=True))
    return Statement(title, cols, lines, **opts)


def balance(title: str, cols: list[Col], labels: dict, assets, equity, debt, plug: str, **opts) -> Statement:
    """labels: assets_sum, equity_sum, debt_sum, total. The equity item named ``plug`` is
    computed so that the balance balances (its given values are ignored)."""
    n = len(cols)
    a, e, d = _lines(assets, n), _lines(equity, n), _lines(debt, n)
    a_sum, d_sum = _sum(a, n), _sum(d, n)
    plug_line = next(x for x in e if x.label == plug)
    plug_line.values = [0] * n
    others = _sum(e, n)
    plug_line.values = _minus(_minus(a_sum, d_sum), others)
    e_sum = _sum(e, n)
    lines = a + [Line(labels["assets_sum"], a_sum, key=True, bold=True)]
    lines += e + [Line(labels["equity_sum"], e_sum, key=True, bold=True)]
    lines += d + [Line(labels["debt_sum"], d_sum, key=True, bold=True)]
    lines.append(Line(labels["total"], _plus(e_sum, d_sum), key=True, bold=True))
    if _plus(e_sum, d_sum) != a_sum:
        raise ValueError(f"{title}: balance does not balance")
    return Statement(title, cols, lines, **opts)
