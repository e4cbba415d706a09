"""Units a statement gives line by line rather than once for the table.

- A *unit column*: a column beside the figures whose cells are units, one per line ("mill. kr",
  "1000 kr", "MNOK", "prosent", "antall"): each line is in its own unit, and a line in per cent
  or a count is no amount.
- *Some lines* with a unit in the label ("Driftsinntekter (mill. kr)") in a table that states
  none: a bare line beside them ("Sum egenkapital") is most likely in the same unit, but that is
  a guess, and its figures are marked ``unit_guessed`` (below the review threshold).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.caches import WORD_CACHE
from extractor.fields.finance.units import unit_of
from extractor.fields.finance.vocabulary import is_not_money

MAX_UNIT_CELL = 24  # "millioner kroner", "1 000 kr", "prosent": a unit cell is short
_NO_FIGURE = re.compile(r"^(?:[^\d]*|.*\b1[\s.]?000\b.*)$")  # no digits but the "1000" of a unit


@lru_cache(maxsize=WORD_CACHE)  # every cell of every statement, for each reader of its table
def unit_cell(text: str) -> tuple[float, bool] | None:
    """(scale, money) a cell that is a unit alone says: (1e6, True) for "mill. kr", (1, False)
    for "prosent" or "antall"; None for any other text."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_UNIT_CELL or not _NO_FIGURE.match(text):
        return None
    if is_not_money(text):
        return 1.0, False
    scale, unit = unit_of([text])
    return (scale, True) if unit is not None else None


def unit_columns(rows: list[list[str]], n_header: int, label_col: int) -> list[int]:
    """Columns right of the labels whose filled body cells (two at least, one a money unit) are
    units, but for a few short cells without figures that name a unit the vocabulary does not know
    ("1000 aksjer", "stk."): most cells of such a column are units, and a line whose cell is not a
    known unit is no amount (``line_unit``)."""
    width = max((len(r) for r in rows), default=0)
    found = []
    for c in range(label_col + 1, width):
        cells = [r[c] for r in rows[n_header:] if c < len(r) and r[c].strip()]
        units = [unit_cell(t) for t in cells]
        known = [u for u in units if u]
        odd = [t for t, u in zip(cells, units) if not u]
        if len(cells) >= 2 and any(money for _, money in known) and 2 * len(odd) < len(cells) \
                and all(_unit_like(t) for t in odd):
            found.append(c)
    return found


def _unit_like(text: str) -> bool:
    """A short cell with no figure but a unit's "1000": it may be a unit of a count."""
    text = " ".join(text.split())
    return len(text) <= MAX_UNIT_CELL and bool(_NO_FIGURE.match(text)) and len(text.split()) <= 3


def line_unit(row: list[str], columns: list[int]) -> tuple[float, bool] | None:
    """The unit the row's own unit cell gives, or None; a filled unit cell the vocabulary does not
    know ("1000 aksjer") is taken for a unit of no money, so its line gives no amount."""
    for c in columns:
        if c < len(row) and row[c].strip():
            return unit_cell(row[c]) or (1.0, False)
    return None


def shared_line_scale(lines) -> float | None:
    """The one scale (not kroner) the lines with their own unit state, when two or more do and
    they outnumber the bare lines; else None (one "Driftsresultat (1.000 kr)" among lines in
    kroner says nothing of theirs)."""
    money = [ln for ln in lines if ln.amounts]
    stated = [ln.scale for ln in money if ln.scale is not None]
    if len(set(stated)) != 1 or stated[0] == 1.0 or len(stated) < 2 or len(stated) <= len(money) - len(stated):
        return None
    return stated[0]
