"""Key figures from financial statements, checked by the statements' own arithmetic.

Every table around which the text names a statement, or which holds statement lines, is read
as one (``statements``): its columns classified (``columns``: actual, budget, change, note,
account; year; company or group), its unit found (``units``), its lines keyed to the
vocabulary (``vocabulary``: "Sum driftsinntekter" → ``driftsinntekter``). Each line's figure in
an actual column is a candidate; budget and change columns give none (a budget is never an
actual, and the evaluation counts a budget figure under a statement label as a wrong one).

The same figure printed twice (a summary and the full statement, the bokmål and the nynorsk
page, a note, the actual column of a budget comparison) is one key figure: the printing from
the highest-ranked statement (then a sum line, then the most precise, then the longest
statement) is kept, the others are its ``other_sources`` when they agree (to their rounding)
and lower its confidence when they do not. Sums and relations (``arithmetic``) then raise or
lower each figure's confidence; an OCR repair stands only where the arithmetic agrees.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.document import Block, BlockKind, Table
from extractor.fields.context import Analysis
from extractor.fields.finance.arithmetic import (
    Term, between_terms, check_relation, check_sums, implied_values, is_parts, one_digit_misread, relation_reasons,
    tolerance_of,
)
from extractor.fields.finance.columns import Column
from extractor.fields.finance.header_band import band_lines
from extractor.fields.finance.prose_check import add_prose_reasons
from extractor.fields.finance.prose_only import prose_key_figures
from extractor.fields.finance.statement_context import Context
from extractor.fields.finance.statement_lines import Line
from extractor.fields.finance.statements import NOT_TOTALS, Statement, table_to_statements
from extractor.fields.finance.unit_reach import settle_unit_doubt, unit_reaches
from extractor.fields.finance.units import decimals_lost, unit_of
from extractor.fields.finance.vocabulary import fold_label, in_form, key_of, vocabulary
from schemas.fields import Basis, KeyFigure, Scope

PRIOR = 0.75
WEIGHTS = {
    "statement": 0.6,  # a resultatregnskap, balanse or kontantstrømoppstilling
    "key_figures_table": 0.3,  # a table of nøkkeltall
    "note_table": 0.0,
    "budget_table": -0.2,  # the actual column of a budget comparison
    "other_table": -0.4,  # money lines in a table no text names
    "key_line": 0.4,  # the label is a statement line of the vocabulary
    "fuzzy_label": -0.3,  # ... read through a misspelling
    "label_from_section": -0.2,  # "Sum" alone (or no label) named by its block's title
    "year_header": 0.4,  # the column prints its year
    "year_from_context": -0.5,  # "Medgått": the year comes from the title or the report
    "year_in_label": 0.2,  # "Driftsinntekter 2022" in a column that prints no year
    "prior_year_column": -0.3,  # "I fjor"
    "misprinted_year": -0.6,  # "2 013" read as 2013
    "date_in_year": -1.5,  # "30.06.2025": a half-year's figure (or a split financial year's), not the year's
    "header_above_table": -0.2,  # the header line stands above the table, matched by count
    "header_of_previous_table": -0.4,  # a headerless table read with the columns of the one before
    "scaled": -0.2,  # "Beløp i 1000 kr": one more step that could be misread
    "unit_unstated": -0.3,  # a money table that states no unit: whole kroner assumed
    "unit_of_earlier_statement": -0.3,  # "Alle tall i hele tusen" stated once, over the first statement
    "unit_guessed": -1.5,  # no unit stated, though another table or line of the report states a scaled one
    "column_kind_unclear": -1.5,  # the header's kind words ("Budsjett") stand apart above the table, by no column
    "from_equity_changes": -1.0,  # the year-end total of a statement of changes in equity: one line, no arithmetic
    "text_table": -0.3,  # columns from alignment alone
    "sum_checked": 1.0,  # a sum line adds up, or the line is part of one that does
    "sum_mismatch": -1.5,
    "relation_checked": 1.0,  # driftsinntekter - driftskostnader = driftsresultat, ...
    "relation_failed": -2.0,
    "confirmed_elsewhere": 0.6,  # printed again elsewhere with the same value
    "conflicting_value": -1.5,  # printed again elsewhere with another value
    "ocr_repaired": -0.4,  # an OCR reading repaired; kept because the arithmetic agrees
    "sign_convention": -0.3,  # income printed negative, reported as the income it is
    "sign_unsettled": -1.0,  # a municipal result in a table that prints no income or costs: its sign convention unknown
    "sign_from_label": -0.1,  # "Årets underskudd 120 000" reported as -120 000
    "after_report_year": -1.5,  # an actual for the year after the report's: a budget its header does not name
    "prose_disagrees": -2.0,  # the board's report states another value (``prose``); "prose_agrees" weighs 0 until a refit
    "prose_other_year": -2.0,  # the report's prose gives this column's year a figure another column holds
    "prose_only": -0.5,  # stated only in the board's prose (``prose_only``): no statement's arithmetic checks it
}
TABLE_REASON = {"resultat": "statement", "balanse": "statement", "kontantstrom": "statement", "regnskap": "statement",
                "nokkeltall": "key_figures_table", "note": "note_table", "budsjett": "budget_table"}
YEAR_REASON = {"header": "year_header", "date": "year_header", "season": "year_header", "prefixed": "year_header",
               "date_in_year": "date_in_year", "context": "year_from_context", "label": "year_in_label",
               "prior": "prior_year_column", "misprinted": "misprinted_year", "above": "header_above_table",
               "previous": "header_of_previous_table"}
CONTEXT_BLOCKS = 3  # blocks above a table read for its title, year and unit
SHORT_CONTEXT = 160  # longer paragraphs are prose, not a title or a caption
MIN_YEAR = 1950
CHECKED = ("sum_checked", "relation_checked")
UNIT_SHARING = frozenset({"resultat", "balanse", "kontantstrom", "regnskap", "note"})  # the annual accounts
UNIT_PAGES = 3  # a unit stated over one statement reaches those at most this many pages on
INCOME_KEYS = frozenset({"driftsinntekter", "salgsinntekter", "andre_driftsinntekter"})
RESULT_KEYS = frozenset({"driftsresultat", "netto_driftsresultat", "regnskapsmessig_resultat", "finansresultat",
                         "resultat_for_skatt", "ordinaert_resultat", "arsresultat"})


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
        return round(self.amount.value * self.scale, 2)

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


# --- the text around each table ----------------------------------------------------------------


def table_contexts(analysis: Analysis) -> dict[int, Context]:
    """``id(table)`` → its headings and the short texts just above and below it."""
    items = analysis.document.items
    out: dict[int, Context] = {}
    cells = {cell.prov.path: cell.text for item in items if isinstance(item, Table)
             for row in item.rows for cell in row if cell.prov.path}  # Word paths of the layout cells
    for i, item in enumerate(items):
        if not isinstance(item, Table):
            continue
        before, header_lines, between = [], [], []
        for prev in reversed(items[:i]):
            if isinstance(prev, Table) and len(between) < CONTEXT_BLOCKS:
                header_lines += band_lines(prev, between[::-1])  # a header a PDF set apart as a table
            if not isinstance(prev, Block) or len(before) == CONTEXT_BLOCKS:
                break
            between.append(prev)
            if not before and is_header_line(prev.text):
                header_lines.append(prev.text)  # "Regnskap Avvik Justert Regnskap" / "budsjett", set apart
                continue
            if len(prev.text) <= SHORT_CONTEXT:
                before.append(prev.text)
            if prev.kind is BlockKind.HEADING and not is_section_title(prev.text):
                break
        after = items[i + 1] if i + 1 < len(items) else None
        after_text = (after.text,) if isinstance(after, Block) and after.kind is not BlockKind.HEADING \
            and len(after.text) <= SHORT_CONTEXT else ()
        holder = cells.get(item.nested_in, "") if item.nested_in is not None else ""
        if holder and len(holder) <= SHORT_CONTEXT:  # a web page's layout cell: its own text is the table's caption
            after_text = (holder,)
        out[id(item)] = Context(analysis.table_headings.get(id(item), ()), tuple(before), after_text,
                                tuple(header_lines))
    return out


def is_section_title(text: str) -> bool:
    """A statement's first section title ("DRIFTSINNTEKTER", "Eiendeler", a typed "Inntekter")
    set apart from its table, where a PDF or a scan reads it as a heading: the statement's own
    title stands above it."""
    return key_of(text)[0] is not None or fold_label(text) in vocabulary().section_titles


def is_header_line(text: str) -> bool:
    """A table's column-header line that a PDF reads as a block of its own above the table: two
    or more header words ("Regnskap Budsjett Regnskap", "Hovedoversikt Regnskap Avvik Justert"),
    or a header word wrapped onto a line of its own ("budsjett")."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    strong = sum(w in vocabulary().columns["header_line"] for w in words)
    return strong >= 2 or (strong == 1 and len(words) == 1 and text.strip()[:1].islower())


# --- candidates --------------------------------------------------------------------------------


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


def to_key_figure(cand: Candidate, others: list[Candidate]) -> KeyFigure | None:
    line, column, statement = cand.line, cand.column, cand.statement
    reasons = [TABLE_REASON.get(statement.kind, "other_table"), *cand.reasons]
    reasons += ["key_line"] if line.key else []
    reasons += ["fuzzy_label"] if line.fuzzy else []
    reasons += ["label_from_section"] if line.named_by_section else []
    reasons += ["sign_from_label"] if line.sign_from_label else []
    reasons += [YEAR_REASON[column.year_source]] if column.year_source in YEAR_REASON else []
    reasons += ["scaled"] if cand.scale != 1 else []
    own_unit = cand.amount.unit is not None or line.scale is not None  # "12,3 mill.", "Driftsinntekter (1.000 kr)"
    reasons += ["unit_unstated"] if statement.unit is None and not own_unit else []
    reasons += ["unit_of_earlier_statement"] if statement.unit_inherited and not own_unit else []
    agreeing = [o for o in others if o.agrees(cand)]
    if line.unit_guessed or (statement.unit_doubt and not own_unit and not any(o.statement.unit for o in agreeing)):
        reasons.append("unit_guessed")  # thousands read as kroner would pass every check
    reasons += ["text_table"] if statement.table.strategy == "text" else []
    reasons += ["column_kind_unclear"] if statement.kinds_unclear else []
    reasons += ["from_equity_changes"] if statement.equity_changes else []
    reasons += ["decimals_lost"] if decimals_lost(line.cells[column.index].text, statement.figure_texts) else []
    reasons += ["confirmed_elsewhere"] if agreeing else []
    reasons += [f"conflicting_value:{o.value:g}" for o in others if not o.agrees(cand)]
    if cand.amount.repaired:
        if not any(r.startswith(CHECKED) for r in reasons):
            return None  # an OCR repair stands only where the arithmetic agrees
        reasons.append("ocr_repaired")
    value = cand.value
    if line.key in INCOME_KEYS and value < 0:  # income printed negative (a municipal convention)
        value, reasons = -value, [*reasons, "sign_convention"]
    elif line.key in RESULT_KEYS and value and income_printed_negative(statement, column.index):
        value, reasons = -value, [*reasons, "sign_convention"]  # a surplus is then printed negative
    elif line.key in RESULT_KEYS and value and sign_unsettled(statement, column.index):
        reasons.append("sign_unsettled")
    cell = line.cells[column.index]
    ocr = cell.prov.ocr_confidence
    reasons += ["ocr_same_line"] if cell.same_line else []  # a picture's figure on its label's baseline
    return KeyFigure(
        label=line.label, key=line.key, year=column.year, value=value, scope=Scope(cand.scope),
        basis=Basis.actual, statement=statement.kind, unit=cand.amount.unit or statement.unit, printed=cell.text,
        confidence=combine(PRIOR, reasons, WEIGHTS, ocr), reasons=[*dict.fromkeys(reasons), *ocr_reason(ocr)],
        source=prov_to_ref(cell.prov, f"{line.label} | {column.header} | {cell.text}"),
        other_sources=[prov_to_ref(o.line.cells[o.column.index].prov, o.line.cells[o.column.index].text)
                       for o in agreeing],
    )


def income_printed_negative(statement: Statement, col: int) -> bool:
    """Whether the column prints its income negative and its costs positive (the municipal
    convention "minus is income"): its results are then printed with the sign turned, a surplus
    negative ("Netto driftsresultat -2 829 472") and a deficit positive."""
    def printed(keys) -> list[float]:
        return [ln.amounts[col].value for ln in statement.lines
                if ln.key in keys and col in ln.amounts and ln.amounts[col].value]
    income, costs = printed(("driftsinntekter",)), printed(("driftskostnader",))
    return bool(income and costs) and all(v < 0 for v in income) and all(v > 0 for v in costs)


def sign_unsettled(statement: Statement, col: int) -> bool:
    """Whether a result in the municipal form stands in a column that prints neither its income
    nor its costs: a table of the result and its disposition ("Netto driftsresultat - 987 961",
    "Overføring til investering 442 566") may print a surplus negative, as the form's full
    statement does when its income is negative (``income_printed_negative``), or positive; the
    table alone does not say which."""
    printed = [ln for ln in statement.lines if ln.key in ("driftsinntekter", "driftskostnader")
               and col in ln.amounts and ln.amounts[col].value]
    return not printed and in_municipal_form(statement)


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


def extract_key_figures(analysis: Analysis) -> list[KeyFigure]:
    candidates = [cand for order, statement in enumerate(read_statements(analysis))
                  for cand in iter_candidates(statement, order, analysis.report_year)]
    merged = merge(candidates)
    add_relation_reasons([kept for kept, _ in merged])
    settle_unit_doubt(merged, UNIT_SHARING)
    made = [(figure, 2 * kept.tolerance, (id(kept.statement), kept.column.index)) for kept, others in merged
            if (figure := to_key_figure(kept, others)) is not None]  # with its printed rounding and column
    add_prose_reasons(analysis, made, PRIOR, WEIGHTS)
    figures = [figure for figure, _, _ in made]
    return figures + prose_key_figures(analysis, figures, PRIOR, WEIGHTS)


__all__ = ["extract_key_figures", "read_statements"]
