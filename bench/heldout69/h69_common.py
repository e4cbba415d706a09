"""What the sixty-ninth set's report modules share: reading a printed figure back off a statement
(so prose quotes the statement's own number) and the board tuples the gold writer takes."""
from __future__ import annotations

from heldout_finance import Statement


def value(st: Statement, label: str, col: int = 0) -> float:
    """The number a statement prints on the line ``label`` in column ``col``."""
    return next(line.values[col] for line in st.lines if line.label == label)


def printed(st: Statement, label: str, col: int = 0) -> str:
    """That number as the statement prints it ("1 234 567")."""
    return st.fmt(value(st, label, col))


def millions(st: Statement, label: str, col: int = 0) -> str:
    """That number in millions of kroner with one decimal ("18,6")."""
    return f"{value(st, label, col) * st.unit / 1e6:.1f}".replace(".", ",")


def board(members: list[tuple]) -> list[tuple]:
    """(name, role, employee_elected) per member; a deputy's choice is never gold."""
    return [(n, r, None if r == "VARA" else e) for n, r, e in members]
