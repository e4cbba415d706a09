"""Small helpers shared by this set's reports: prose amounts printed from the statements, and a
statement built from explicit lines (a club's short balance without the standard headings)."""
from __future__ import annotations

from heldout_finance import Line


def kr(value: float) -> str:
    """A whole-krone amount as prose prints it ("1 234 567")."""
    return f"{round(abs(value)):,}".replace(",", " ")


def line(statement_lines: list[Line], label: str) -> Line:
    return next(l for l in statement_lines if l.label == label)


def total(label: str, values: list[float], key: bool = True) -> Line:
    return Line(label, values, key=key, bold=True)


def head(label: str, ncols: int) -> Line:
    return Line(label, [None] * ncols, bold=True)


def detail(label: str, values: list[float], note: str = "") -> Line:
    return Line(label, values, note=note)


def add(*rows: list[float]) -> list[float]:
    return [round(sum(v), 2) for v in zip(*rows)]
