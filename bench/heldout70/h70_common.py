"""What the seventieth set's report modules share: reading a figure off a statement so that prose
quotes the printed line (never a typed copy), and the board tuples the gold writer reads."""
from __future__ import annotations

from heldout_finance import Statement


def fig(st: Statement, label: str, col: int = 0) -> float:
    """The value of the line ``label`` in column ``col`` as printed (in the statement's unit)."""
    line = next(line for line in st.lines if line.label == label)
    return line.values[col]


def quote(st: Statement, label: str, col: int = 0) -> str:
    """The line's value formatted as the statement prints it ("2 047 080,-", "31 637 430")."""
    return st.fmt(fig(st, label, col))


def members(*rows: tuple) -> list[tuple[str, str, bool | None]]:
    """Board tuples (name, role, employee-elected); a deputy's or observer's constituency is left
    unknown (None), as the earlier sets' gold does."""
    return [(name, role, None if role in ("VARA", "OBS") else emp) for name, role, emp in rows]
