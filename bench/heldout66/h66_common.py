"""What the sixty-sixth set's report modules share: a statement's printed figure by its label, so
prose quotes exactly the line it talks about."""
from __future__ import annotations

from heldout_finance import Statement


def fig(st: Statement, label: str, col: int = 0) -> str:
    """The printed value of the line ``label`` in column ``col`` ("38 773 650")."""
    for line in st.lines:
        if line.label == label:
            return st.fmt(line.values[col])
    raise KeyError(label)


def value(st: Statement, label: str, col: int = 0) -> float:
    return next(line.values[col] for line in st.lines if line.label == label)
