"""Candidate key figures: one per statement line and actual column, merged per figure, checked.

Each line's figure in an actual column with a plausible year is a candidate, with its sum
reasons (``arithmetic.check_sums``). The same figure printed twice is one: the printing from the
highest-ranked statement (then a sum line, then the most precise, then the longest statement) is
kept, the others are its other printings (``merge``). The relations between the kept key lines
of a year and scope then add their reasons, after an OCR digit misread a failing relation
points at is repaired (``add_relation_reasons``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

from extractor.fields.finance.arithmetic import (
    Term, between_terms, check_relation, check_sums, implied_values, is_parts, one_digit_misread, relation_reasons,
    tolerance_of,
)
from extractor.fields.finance.columns import Column
from extractor.fields.finance.statement_lines import Line
from extractor.fields.finance.statements import NOT_TOTALS, Statement
from extractor.fields.finance.vocabulary import fold_label, vocabulary
from extractor.parse import scaled

MIN_YEAR = 1950


@dataclass(slots=True)
class Candidate:
    statement: Statement
    line: Line
    column: Column
    order: int  # document order, for ties
    reasons: list[str] = field(default_factory=list)

    @property
    def amount(self):
        return self.line.amounts[self.column.index]

    @property
    def scale(self) -> float:
        return self.amount.scale or self.line.scale or self.statement.scale

    @property
    def value(self) -> float:
        return scaled(self.amount.value, self.scale)

    @property
    def tolerance(self) -> float:
        return tolerance_of(self.amount.decimals, self.scale)

    @property
    def slack(self) -> float:
        """The tolerance the arithmetic allows: also the statement's rounding of its kroner."""
        own = self.amount.scale or self.line.scale  # a unit in the cell or the label: not the statement's rounding
        return self.tolerance if own else max(self.tolerance, self.statement.rounding / 2)

    @property
    def scope(self) -> str:
        return self.line.scope or self.column.scope or self.statement.scope

    @property
    def identity(self) -> tuple:
        name = self.line.key or (("account", self.line.label) if self.line.account else fold_label(self.line.label))
        return name, self.column.year, self.scope

    def agrees(self, other: "Candidate") -> bool:
        """The same figure printed to another precision ("880 688" and "880 688,32"); two
        printings to the same precision that differ are two figures."""
        return abs(self.value - other.value) <= max(self.tolerance, other.tolerance) + 1e-6


def iter_candidates(statement: Statement, order: int, report_year: int | None):
    """One candidate per line and actual column with a plausible year, with its sum reasons."""
    latest = (report_year or 9999) + 1
    if statement.kind in NOT_TOTALS:
        return
    for column in statement.columns:
        if column.kind != "actual" or column.year is None or not MIN_YEAR <= column.year <= latest:
            continue
        sums = check_sums(statement, column.index)
        for line in statement.lines:
            if column.index not in line.amounts:
                continue
            own = column
            if line.year and column.year_source == "context" and MIN_YEAR <= line.year <= latest:
                own = replace(column, year=line.year, year_source="label")  # "Driftsinntekter 2022 | 1 100 000"
            after = ["after_report_year"] if report_year and own.year > report_year else []
            yield Candidate(statement, line, own, order, [*sums.get(line.index, []), *after])


def _preference(c: Candidate) -> tuple:
    """Which printing of a figure is kept: the statement over a note or a budget, a sum line,
    the most precise, the longest statement, the first."""
    return (-c.statement.rank[0], not c.line.is_sum, -c.amount.decimals, -c.statement.rank[1], c.order)


def merge(candidates: list[Candidate]) -> list[tuple[Candidate, list[Candidate]]]:
    """One (kept candidate, the others) per figure identity, in document order. A ledger
    account line naming a key line ("8800 Årsresultat") is the same figure as that line when
    the values agree."""
    groups: dict[tuple, list[Candidate]] = {}
    for cand in sorted(candidates, key=lambda c: c.line.account):
        keyed = (cand.line.label_key, cand.column.year, cand.scope)
        if cand.line.account and keyed in groups and any(cand.agrees(other) for other in groups[keyed]):
            groups[keyed].append(cand)
        else:
            groups.setdefault(cand.identity, []).append(cand)
    merged = []
    for group in groups.values():
        group.sort(key=_preference)
        merged.append((group[0], group[1:]))
    return sorted(merged, key=lambda pair: (pair[0].order, pair[0].line.index))


def add_relation_reasons(kept: list[Candidate]) -> None:
    """Relation reasons on the kept key lines of each year and scope, after repairing an OCR
    digit misread that a failing relation points at (``repair_misread``)."""
    by_period: dict[tuple, dict[str, Candidate]] = {}
    for cand in kept:
        if cand.line.key:
            by_period.setdefault((cand.column.year, cand.scope), {}).setdefault(cand.line.key, cand)
    for figures in by_period.values():
        terms = {key: Term(c.value, c.slack) for key, c in figures.items()}
        for relation in vocabulary().relations:
            if check_relation(relation, terms) is False and repair_misread(relation, figures, terms):
                terms = {key: Term(c.value, c.slack) for key, c in figures.items()}
        between, below = functools.partial(_between, figures), functools.partial(_below, figures)
        for key, reasons in relation_reasons(vocabulary().relations, terms, between, below).items():
            figures[key].reasons += reasons


def _below(figures: dict[str, Candidate], relation) -> set[str]:
    """The parts of a sum relation printed under its total in the same column of its statement."""
    total = figures.get(relation.total)
    if total is None or not is_parts(relation):
        return set()
    return {k for k in relation.plus if k in figures and figures[k].statement is total.statement
            and figures[k].column.index == total.column.index and figures[k].line.index > total.line.index}


def _between(figures: dict[str, Candidate], relation) -> list[Term]:
    """The lines printed between the relation's terms, where all of them stand in one column of
    one statement (``arithmetic.between_terms``)."""
    cands = [figures[k] for k in (relation.total, *relation.plus, *relation.minus) if k in figures]
    first = cands[0]
    if any(c.statement is not first.statement or c.column.index != first.column.index for c in cands):
        return []
    rows = [c.line.index for c in cands[1:]]
    if not rows or max(rows) > first.line.index:
        return []  # the total printed above a term: no lines lie between
    return between_terms(first.statement, first.column.index, rows, first.line.index, vocabulary().totals)


def repair_misread(relation, figures: dict[str, Candidate], terms: dict[str, Term]) -> bool:
    """Take the reading of one OCR'd figure that makes the relation hold, when it differs from
    the printed figure in one look-alike digit (73 347 read as 13 347)."""
    for key, implied in implied_values(relation, terms).items():
        cand = figures[key]
        amount, scale = cand.amount, cand.scale
        if cand.line.cells[cand.column.index].prov.ocr_confidence is None:
            continue
        for value in implied:
            if one_digit_misread(amount.value, value / scale, amount.decimals):
                cand.line.amounts[cand.column.index] = replace(amount, value=round(value / scale, amount.decimals),
                                                               repaired=True)
                cand.reasons.append("ocr_repaired")
                return True
    return False
