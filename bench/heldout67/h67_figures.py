"""Small helpers the report modules share: an equity line carried forward from the year before,
and a statement line's computed value formatted as the statement prints it (so prose quoting a
result cannot disagree with the table)."""
from __future__ import annotations

from heldout_finance import Line, Statement


def line_value(lines: list[Line], label: str, col: int) -> float:
    """The value in column ``col`` of the line labelled ``label`` (the first one)."""
    return next(line.values[col] for line in lines if line.label == label)


def carried(opening: float, results: list[float]) -> list[float]:
    """Equity at the start of each year, newest first, from the oldest opening and each year's
    result (newest first): [E(n-1) , E(n-2) ...] where E(k) = E(k-1) + result(k)."""
    out, level = [], opening
    for result in reversed(results[1:]):
        level = round(level + result, 2)
        out.append(level)
    return list(reversed(out)) + [opening]


def printed(st: Statement, label: str, col: int) -> str:
    """The statement's printed text for one line and column ("147 727", "1 402")."""
    return st.fmt(line_value(st.lines, label, col))
