"""Small helpers the thirty-ninth set's reports share: statement columns and the valgkomité's
proposal printed as a table (a trap: the proposed board is next year's, not the report year's)."""
from __future__ import annotations

from heldout_finance import ACTUAL, BUDGET, Col


def cols(*spec: tuple[str, int, str]) -> list[Col]:
    """("Regnskap 2019", 2019, "a") ... with "a" actual and "b" budget."""
    return [Col(header, year, ACTUAL if basis == "a" else BUDGET) for header, year, basis in spec]


def proposal_rows(header: list[str], rows: list[tuple[str, str, str]]) -> list[list[str]]:
    return [header] + [list(r) for r in rows]
