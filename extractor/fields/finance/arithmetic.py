"""A statement's own arithmetic as evidence for its figures.

- Sum lines ("Sum driftskostnader", "Sum Omløpsmidler") equal the sum of their parts, taken
  from the block above them: back to the section title the sum names ("Omløpsmidler") or to
  the previous sum line. Statements nest (a group line above its accounts, sums of sums), so a
  sum checks when any natural part set adds up: every line of the block, its sum lines, its
  account lines, its other lines, or the lines just above it.
- Relations between keys (``relations`` in ``extractor/data/finance.json``): driftsinntekter
  minus driftskostnader is driftsresultat, on down to årsresultat; eiendeler equal egenkapital
  plus gjeld. Costs may be printed negative, so a relation also holds when its minus terms are
  added. A statement may print lines between a relation's terms that neither term counts ("Netto
  gevinst ved salg" under "Sum driftsinntekter", "Resultatandel fra tilknyttede selskap" above the
  finance lines): where those lines, taken together, make up the difference, the relation holds
  with them (``between_terms``).

Equality allows the rounding the printing implies (half a unit of the last printed digit,
times the unit). A figure that takes part in a check that holds gets ``sum_checked`` or
``relation_checked``; one in a check that fails gets ``sum_mismatch`` or ``relation_failed``.
An OCR'd figure may have lost its minus, or have one digit read as its look-alike (7 as 1,
8 as 3): where flipping one part's sign makes a failing sum hold, or where the one value that
makes a failing relation hold differs from an OCR'd figure in one such digit, that reading is
taken (``ocr_repaired``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import chain

from extractor.fields.finance.statement_context import kind_from_text
from extractor.fields.finance.statement_lines import Line
from extractor.fields.finance.statements import Statement
from extractor.fields.finance.vocabulary import Relation, fold_label


@dataclass(slots=True)
class Term:
    value: float
    tolerance: float
    alternatives: tuple[float, ...] = ()


def tolerance_of(decimals: int, scale: float) -> float:
    """Half a unit of the last printed digit, in NOK."""
    return 0.5 * 10 ** -decimals * scale


def holds(total: Term, parts: list[Term]) -> bool:
    slack = total.tolerance + sum(p.tolerance for p in parts) + 1e-6
    return abs(total.value - sum(p.value for p in parts)) <= slack


def _section_start(lines: list[Line], at: int) -> int:
    """Index in ``lines`` where the block of the sum line ``lines[at]`` begins."""
    name = fold_label(lines[at].label).removeprefix("sum ").strip()
    for i in range(at - 1, -1, -1):
        line = lines[i]
        if fold_label(line.label) == name and not line.amounts:
            return i + 1
    for i in range(at - 1, -1, -1):  # else back to the sum line before, or a statement's title ("Balanse")
        if lines[i].is_sum or not lines[i].amounts:
            return i + 1
    return 0


def _names_statement(line: Line) -> bool:
    """A title line inside a table that starts another statement ("Balanse" under the results):
    no sum reaches across it."""
    return not line.amounts and kind_from_text([line.label]) not in (None, "budsjett", "note")


def part_sets(block: list[Line]) -> Iterable[list[Line]]:
    """The part sets a sum line may add up (see the module docstring), largest first."""
    yield block
    yield [ln for ln in block if ln.is_sum]
    yield [ln for ln in block if ln.account]
    yield [ln for ln in block if not ln.account and not ln.is_sum]
    for start in range(len(block) - 1, 0, -1):
        yield block[start:]


def check_sums(statement: Statement, col: int) -> dict[int, list[str]]:
    """Reasons per line index for one figure column: ``sum_checked`` for a sum that adds up (and
    its parts), ``sum_mismatch`` for one that does not; a line whose sign was repaired to make
    a sum add up also gets ``ocr_repaired``."""
    lines = [ln for ln in statement.lines if col in ln.amounts or _names_statement(ln)]
    reasons: dict[int, list[str]] = {}
    for at, line in enumerate(lines):
        if not line.is_sum or col not in line.amounts:
            continue
        block = [ln for ln in lines[_section_start(lines, at):at] if col in ln.amounts]
        if not block:
            continue
        scale, rounding = statement.scale, statement.rounding
        total = _term(line, col, scale, rounding)
        found = next((parts for parts in part_sets(block)
                      if parts and holds(total, [_term(p, col, scale, rounding) for p in parts])), None)
        if found is None:
            found = _repair_sign(total, block, col, statement.scale)
            if found is not None:
                reasons.setdefault(found[1].index, []).append("ocr_repaired")
                found = found[0]
        if found is None:
            if len(block) >= 2:
                reasons.setdefault(line.index, []).append("sum_mismatch")
            continue
        for part in [line, *found]:
            if "sum_checked" not in reasons.setdefault(part.index, []):
                reasons[part.index].append("sum_checked")
    return reasons


def _term(line: Line, col: int, scale: float, rounding: float = 0.0) -> Term:
    """The line's figure in NOK; ``scale`` is the statement's unit, a unit in the label wins;
    ``rounding`` the step the statement rounded its kroner to (``Statement.rounding``)."""
    amount = line.amounts[col]
    own = amount.scale or line.scale
    scale = own or scale
    tolerance = tolerance_of(amount.decimals, scale) if own else max(tolerance_of(amount.decimals, scale), rounding / 2)
    return Term(amount.value * scale, tolerance, tuple(a * scale for a in amount.alternatives))


def _repair_sign(total: Term, block: list[Line], col: int, scale: float):
    """(parts, the line whose reading changed) when one OCR'd part read without its minus makes
    the block add up; the line's amount is replaced by that reading."""
    for parts in part_sets(block):
        terms = [_term(p, col, scale) for p in parts]
        for i, term in enumerate(terms):
            for alternative in term.alternatives:
                if holds(total, [*terms[:i], Term(alternative, term.tolerance), *terms[i + 1:]]):
                    line = parts[i]
                    old = line.amounts[col]
                    value = alternative / (old.scale or line.scale or scale)
                    line.amounts[col] = replace(old, value=value, repaired=True, alternatives=())
                    return parts, line
    return None


def check_relation(relation: Relation, values: dict[str, Term]) -> bool | None:
    """Whether the relation holds among ``values`` (by key); None when it cannot be checked. A
    relation with an optional term missing can only pass (the missing line may be elsewhere),
    or fail where the total is the parts' sum with the opposite sign (a loss printed unsigned).
    One whose ``unless`` keys are present can only pass too: "Renteinntekter" summed into "Sum
    inntekter" is no separate finance line, and a relation that holds is evidence all the same."""
    if relation.total not in values:
        return None
    if any(k in values for k in relation.unless):
        return check_relation(Relation(relation.total, relation.plus, relation.minus, relation.optional), values) or None
    terms = [k for k in chain(relation.plus, relation.minus) if k != relation.total]
    if any(k not in values for k in terms if k not in relation.optional) or not any(k in values for k in terms):
        return None
    plus = [values[k] for k in relation.plus if k in values]
    minus = [values[k] for k in relation.minus if k in values]
    total = values[relation.total]
    result = holds(total, plus + [Term(-m.value, m.tolerance) for m in minus]) or holds(total, plus + minus)
    complete = all(k in values for k in terms)
    if not result and not complete and total.value:  # the total with its sign lost: no missing line explains that
        flipped = Term(-total.value, total.tolerance)
        if holds(flipped, plus + [Term(-m.value, m.tolerance) for m in minus]) or holds(flipped, plus + minus):
            return False
    return result if result or complete else None


CONFUSABLE = frozenset({"17", "14", "27", "38", "35", "56", "68", "08", "06", "09", "89"})


def one_digit_misread(printed: float, implied: float, decimals: int) -> bool:
    """``implied`` is ``printed`` with one digit swapped for a look-alike OCR confuses."""
    a, b = f"{abs(printed):.{decimals}f}", f"{abs(implied):.{decimals}f}"
    if len(a) != len(b) or (printed < 0) != (implied < 0):
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diffs) == 1 and "".join(sorted(diffs[0])) in CONFUSABLE


def implied_values(relation: Relation, values: dict[str, Term]) -> dict[str, list[float]]:
    """For each term, the values that would make the relation hold (costs subtracted, or
    printed negative and added)."""
    out: dict[str, list[float]] = {}
    for sign in (1, -1):
        coef = {relation.total: 1.0}
        for k in relation.plus:
            coef[k] = coef.get(k, 0.0) - 1.0
        for k in relation.minus:
            coef[k] = coef.get(k, 0.0) + sign
        present = {k: c for k, c in coef.items() if k in values and c}
        residual = sum(c * values[k].value for k, c in present.items())
        for k, c in present.items():
            out.setdefault(k, []).append(values[k].value - residual / c)
    return out


BETWEEN = "_between"  # the pseudo key of the lines printed between a relation's terms


def between_terms(statement: Statement, col: int, rows: Iterable[int], total_row: int,
                  totals: frozenset[str]) -> list[Term]:
    """The lines of one column printed between a relation's first term (at ``rows``) and its total
    (at ``total_row``) that neither term counts, as one term: none a sum line, a total of the
    vocabulary, a term or a part of a sum that checks (but the total's own: a line no key names
    inside "Sum driftskostnader", "Inntekt på investering i tilknyttede selskaper", makes up what
    its keyed parts lack). Then the last of them alone, the last two,
    ...: a subtotal no label marks ("Årsresultat fra videreført virksomhet") stands above the line
    that completes it. Empty when there is no such line."""
    rows = set(rows)
    counted = {i for i, reasons in check_sums(statement, col).items()
               if "sum_checked" in reasons and _next_sum(statement, col, i) != total_row}
    first, skipped = min(rows), rows | counted
    lines = [ln for ln in statement.lines if first < ln.index < total_row and col in ln.amounts
             and ln.index not in skipped and not ln.is_sum and ln.key not in totals]
    terms = [_term(ln, col, statement.scale, statement.rounding) for ln in lines]
    return [Term(sum(t.value for t in terms[start:]), sum(t.tolerance for t in terms[start:]))
            for start in range(len(terms))]


def _next_sum(statement: Statement, col: int, index: int) -> int | None:
    """The index of the first sum line below line ``index`` that prints a figure in ``col``."""
    return next((ln.index for ln in statement.lines if ln.index > index and ln.is_sum and col in ln.amounts), None)


def is_parts(relation: Relation) -> bool:
    """A total and its parts, any of which may be missing ("Sum driftskostnader" and its lines)."""
    return not relation.minus and set(relation.plus) <= set(relation.optional)


def with_between(relation: Relation, between: list[Term], values: dict[str, Term]) -> bool:
    """Whether the relation holds once the lines between its terms (one of ``between_terms``) are
    added, or taken away (a cost printed unsigned)."""
    plus = Relation(relation.total, (*relation.plus, BETWEEN), relation.minus, relation.optional)
    minus = Relation(relation.total, relation.plus, (*relation.minus, BETWEEN), relation.optional)
    return any(check_relation(r, {**values, BETWEEN: term}) for term in between for r in (plus, minus))


def relation_reasons(relations: Iterable[Relation], values: dict[str, Term],
                     between: Callable[[Relation], list[Term]] = lambda relation: [],
                     below: Callable[[Relation], set[str]] = lambda relation: set()) -> dict[str, list[str]]:
    """Reasons per key from every relation that can be checked among ``values``; ``between``
    gives the lines printed between a failing relation's terms (``between_terms``), ``below`` the
    parts printed under their total, which that total does not count ("Avskrivninger" under
    "Sum driftskostnader" and "Driftsresultat (EBITDA)")."""
    out: dict[str, list[str]] = {}
    for relation in relations:
        values_of = {k: v for k, v in values.items() if k not in below(relation)}
        result = check_relation(relation, values_of)
        if result is False and (lines := between(relation)):
            result = with_between(relation, lines, values_of)
        if result is None:
            continue
        reason = f"relation_checked:{relation.total}" if result else f"relation_failed:{relation.total}"
        for key in {relation.total, *relation.plus, *relation.minus} & values_of.keys() - {BETWEEN}:
            out.setdefault(key, []).append(reason)
    return out
