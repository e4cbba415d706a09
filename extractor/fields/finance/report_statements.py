"""The statements of a whole report, in document order, each in the unit it is printed in.

A headerless table may continue the statement just before it (its columns taken over). A unit
stated once, over the first statement ("Alle tall i hele tusen kroner"), reaches the statements
proper a few pages on (``with_stated_unit``); a money table that states no unit where another
states thousands or millions, or one in a form printed in kroner and in thousands alike, is in
doubt (``mark_unit_doubt``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extractor.document import Block, Table
from extractor.fields.context import Analysis
from extractor.fields.finance.statement_context import SHORT_CONTEXT, Context, table_contexts
from extractor.fields.finance.statements import Statement, table_to_statements
from extractor.fields.finance.unit_reach import unit_reaches
from extractor.fields.finance.units import unit_of
from extractor.fields.finance.vocabulary import in_form, vocabulary

UNIT_SHARING = frozenset({"resultat", "balanse", "kontantstrom", "regnskap", "note"})  # the annual accounts
UNIT_PAGES = 3  # a unit stated over one statement reaches those at most this many pages on


def with_stated_unit(statement: Statement, stated: Statement | None) -> Statement:
    """A statement that states no unit, in the unit of the statement before it: a report
    says "Alle tall i hele tusen kroner" once, over the first of its statements. Only between
    the statements proper (not from a key-figure table in "mill. kr"), a few pages apart, and
    not to one whose figures show another unit (``unit_reach``)."""
    if statement.unit is not None or stated is None or statement.kind not in UNIT_SHARING:
        return statement
    if not unit_reaches(statement, stated):
        return statement
    page, before = statement.table.prov.page, stated.table.prov.page
    if page is not None and before is not None and page - before > UNIT_PAGES:  # Word files have no pages
        return statement
    return replace(statement, scale=stated.scale, unit=stated.unit, unit_inherited=True)


def read_statements(analysis: Analysis) -> list[Statement]:
    contexts = table_contexts(analysis)
    found = []
    previous: Statement | None = None
    stated: Statement | None = None  # the last statement proper that states its unit
    tables = {id(t) for t, _ in analysis.own_tables()}
    for item in analysis.document.items:  # in document order: a headerless table may continue the one before
        if not isinstance(item, Table):
            continue
        if id(item) not in tables:
            previous = None
            continue
        read = table_to_statements(item, contexts.get(id(item), Context((), (), ())), analysis.report_year, previous)
        read = [with_stated_unit(st, stated) for st in read]
        stated = next((st for st in reversed(read) if st.unit is not None and st.kind in UNIT_SHARING), stated)
        found += read
        previous = read[-1] if read else None
    return mark_unit_doubt(found, lambda: states_kroner(analysis))


def mark_unit_doubt(statements: list[Statement], kroner_stated: Callable[[], bool] = lambda: False) -> list[Statement]:
    """A money table that states no unit, in a report that states a unit in thousands or millions
    for another of its tables: whole kroner is then a guess (the key figures in "1000 kr", the
    statements with no word of it), and the arithmetic cannot tell. So is a table in the
    municipal form in a report that states no unit in kroner: a kommune prints it in thousands, a
    church council or a kommunalt foretak in kroner; and so is a bank's (a summary in thousands, a
    note in kroner). ``kroner_stated`` (whether a line outside the
    tables says whole kroner) reads every short block: asked only when a table is in that form."""
    if any(st.unit is not None and st.scale != 1 for st in statements):
        return [replace(st, unit_doubt=True) if st.unit is None else st for st in statements]
    if any(st.unit is not None for st in statements):  # "Beløp i hele kroner" somewhere
        return statements
    chains, chain = [], []  # a statement with the parts a PDF split from it (continuations) as one
    for st in [*statements, None]:
        if chain and (st is None or not continues(st)):
            chains.append((chain, any(unit_open(part) for part in chain)))
            chain = []
        chain += [st] if st is not None else []
    if not any(is_open for _, is_open in chains) or kroner_stated():
        return statements
    return [replace(part, unit_doubt=True) if is_open else part for chain, is_open in chains for part in chain]


def continues(statement: Statement) -> bool:
    """A table read as the continuation of the statement before it (its columns taken over)."""
    return any(c.year_source == "previous" for c in statement.columns)


def states_kroner(analysis: Analysis) -> bool:
    """A short line of the report that says its figures are in whole kroner ("Alle tall i hele
    kroner.") though no table took it for its own."""
    return any(isinstance(item, Block) and len(item.text) <= SHORT_CONTEXT and stated_scale(item.text) == 1
               for item in analysis.document.items)


def stated_scale(text: str) -> float | None:
    scale, unit = unit_of([text])
    return scale if unit is not None else None


def in_municipal_form(statement: Statement) -> bool:
    return in_form((line.label for line in statement.lines), vocabulary().unit_open)


def unit_open(statement: Statement) -> bool:
    """A form printed in kroner or in thousands alike: the municipal form, a bank's accounts."""
    return in_municipal_form(statement) or in_form((line.label for line in statement.lines), vocabulary().bank_form)
