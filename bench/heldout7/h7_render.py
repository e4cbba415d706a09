"""Statement classes of the seventh held-out set (layout is the sixth set's ``h6_render``):
amounts as a 1990s Word user typed them ("Kr. 1.234.567") and negatives in parentheses."""
from __future__ import annotations

from dataclasses import dataclass

from heldout_finance import Statement


@dataclass
class Kr(Statement):
    """Each amount with "Kr." before it and dots between thousands ("Kr. 1.234.567"); a negative
    as "Kr. -12.000"."""
    prefix: str = "Kr. "

    def fmt(self, value):
        text = super().fmt(value)
        return self.prefix + text if text else text
