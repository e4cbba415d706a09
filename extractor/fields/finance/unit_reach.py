"""How far a unit stated over one table reaches.

A report may state its unit once, over its first statement ("Alle tall i hele tusen kroner"),
and print the next ones without it: those take it over (``with_stated_unit``). A unit belongs
to its own table, though, and does not reach a statement that shows another by itself:

- its figures print whole kroner or øre ("12 000,-", "12 345,67"): no figure in thousands does;
- its figures are of another size: a budget summary in "Tall i 1000 kr" (its largest figure
  57 913) followed by statements in whole kroner (57 913 496) are some thousand times apart,
  while the statements of one set of accounts in one unit are within a few tens of each other
  (a bank's interest income and its total assets).

Where the unit does not reach, the statement states none, and ``mark_unit_doubt`` sends its
figures to review unless another printing in a stated unit confirms them (``settle_unit_doubt``).
"""
from __future__ import annotations

import re

SIZE_GAP = 300  # largest figures this many times apart are in units a thousand apart, not one unit
_KRONER_MARK = re.compile(r"\d,-\)?$|(?<![\d,])\d{1,3}(?: \d{3})+,\d{2}\)?$")  # "12 000,-", "12 345,67"
MIN_MARKED = 2  # figures that show kroner before a statement counts as printed in kroner


def prints_kroner(texts) -> bool:
    """Whether the figures show whole kroner (",-") or kroner and øre (two decimals on a figure
    of thousands): a table in thousands or millions prints neither."""
    return sum(bool(_KRONER_MARK.search(t.strip())) for t in texts) >= MIN_MARKED


def largest_figure(statement) -> float:
    """The largest figure as printed (before any unit), of the lines and cells that state no
    unit of their own ("12,3 mill.", "Driftsresultat (1.000 kr)")."""
    return max((abs(a.value) for ln in statement.lines if ln.scale is None
                for a in ln.amounts.values() if a.scale is None), default=0.0)


def unit_reaches(statement, stated) -> bool:
    """Whether the unit stated over ``stated`` can be ``statement``'s too (see the module)."""
    if prints_kroner(statement.figure_texts):
        return False
    own, theirs = largest_figure(statement), largest_figure(stated)
    return not (own and theirs) or max(own, theirs) / min(own, theirs) < SIZE_GAP


def settle_unit_doubt(merged, sharing: frozenset[str]) -> None:
    """Clear the unit doubt (``mark_unit_doubt``) of each statement that states no unit where a
    printing of one of its key figures in a table that states its unit agrees with its reading in
    kroner (57 913 496 in the statement, 57 913 under "Tall i 1000 kr"): a table has one unit,
    so one such figure vouches for all of its figures (a zero, the same in any unit, vouches for
    none). The statement after one so settled, of
    the annual accounts (``sharing``) and of its size, is in its unit as a stated unit would
    reach it (the balance after the income statement). ``merged``: (kept, others) per figure."""
    settled = set()
    for kept, others in merged:
        group = [kept, *others]
        for cand in group:
            if cand.statement.unit_doubt and cand.line.key and cand.value and any(
                    o.statement.unit is not None and o.statement is not cand.statement and o.agrees(cand)
                    for o in group):
                cand.statement.unit_doubt = False
                settled.add(id(cand.statement))
    ordered = sorted({id(c.statement): (c.order, c.statement) for kept, others in merged
                      for c in [kept, *others]}.values(), key=lambda pair: pair[0])
    statements = [st for _, st in ordered]
    for before, after in zip(statements, statements[1:]):
        if id(before) in settled and after.unit_doubt and after.kind in sharing and before.kind in sharing \
                and unit_reaches(after, before):
            after.unit_doubt = False
            settled.add(id(after))
