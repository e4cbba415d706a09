"""Small helpers the report modules share: a statement line's value for prose, amounts and shares
printed the Norwegian way, so a figure quoted in the text is the figure in the statement."""
from __future__ import annotations

from heldout_finance import Line


def line_value(lines: list[Line], label: str, col: int) -> float:
    """The value of the line called ``label`` in column ``col``."""
    return next(line.values[col] for line in lines if line.label == label)


def amount(value: float) -> str:
    """Whole kroner with spaces: 1 234 567 (negatives printed by the prose that quotes them)."""
    return f"{abs(round(value)):,}".replace(",", " ")


def share(part: float, whole: float, decimals: int = 0) -> str:
    """part of whole in percent, printed with a decimal comma: "41" or "38,8"."""
    return f"{100 * part / whole:.{decimals}f}".replace(".", ",")
