"""A kept candidate as a key figure: its reasons, its confidence and its sign.

The reasons say where the figure was printed (the kind of statement, how its year and unit were
read) and what checked it (sums, relations, other printings); ``WEIGHTS`` turns them into a
confidence (see ``extractor.confidence``). Income printed negative, and a result in a column
that prints its income so (the municipal convention), is reported with the sign turned.
"""
from __future__ import annotations

from extractor.assemble import prov_to_ref
from extractor.confidence import combine, ocr_reason
from extractor.fields.finance.arithmetic import Term, holds, tolerance_of
from extractor.fields.finance.candidates import Candidate
from extractor.fields.finance.report_statements import in_municipal_form
from extractor.fields.finance.statements import Statement
from extractor.fields.finance.units import decimals_lost
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
# Doubts that send a figure to review whatever the fit says (``calibrate.REVIEW_DOUBTS``): the statements
# or the prose contradict it, or the document does not settle its unit, column, sign or year.
REVIEW_DOUBTS = ("relation_failed", "sum_mismatch", "conflicting_value", "prose_disagrees", "prose_other_year",
                 "unit_guessed", "column_kind_unclear", "from_equity_changes", "decimals_lost", "prose_rounded",
                 "prose_prior_year", "prose_loose", "sign_unsettled", "date_in_year")
TABLE_REASON = {"resultat": "statement", "balanse": "statement", "kontantstrom": "statement", "regnskap": "statement",
                "nokkeltall": "key_figures_table", "note": "note_table", "budsjett": "budget_table"}
YEAR_REASON = {"header": "year_header", "date": "year_header", "season": "year_header", "prefixed": "year_header",
               "date_in_year": "date_in_year", "context": "year_from_context", "label": "year_in_label",
               "prior": "prior_year_column", "misprinted": "misprinted_year", "above": "header_above_table",
               "previous": "header_of_previous_table"}
CHECKED = ("sum_checked", "relation_checked")
INCOME_KEYS = frozenset({"driftsinntekter", "salgsinntekter", "andre_driftsinntekter"})
RESULT_KEYS = frozenset({"driftsresultat", "netto_driftsresultat", "regnskapsmessig_resultat", "finansresultat",
                         "resultat_for_skatt", "ordinaert_resultat", "arsresultat"})


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
    if line.key in INCOME_KEYS and value < 0 and not income_truly_negative(statement, column.index):
        value, reasons = -value, [*reasons, "sign_convention"]  # income printed negative (a municipal convention)
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
    return (bool(income and costs) and all(v < 0 for v in income) and all(v > 0 for v in costs)
            and not income_truly_negative(statement, col))


def income_truly_negative(statement: Statement, col: int) -> bool:
    """Whether income printed negative is a loss of income, not the municipal convention: a
    foundation's negative return on its portfolio makes "Sum inntekter (3 306 118)", and its
    result is then that income less its costs as printed ("Driftsresultat (17 890 414)"), where
    the convention's result would be the two added (a surplus printed negative)."""
    def one(key: str) -> Term | None:
        found = [ln.amounts[col] for ln in statement.lines if ln.key == key and col in ln.amounts]
        return Term(found[0].value, tolerance_of(found[0].decimals, 1.0)) if len(found) == 1 else None
    income, costs, result = one("driftsinntekter"), one("driftskostnader"), one("driftsresultat")
    if not (income and costs and result) or income.value >= 0 or costs.value <= 0:
        return False
    return holds(result, [income, Term(-costs.value, costs.tolerance)]) and not holds(result, [income, costs])


def sign_unsettled(statement: Statement, col: int) -> bool:
    """Whether a result in the municipal form stands in a column that prints neither its income
    nor its costs: a table of the result and its disposition ("Netto driftsresultat - 987 961",
    "Overføring til investering 442 566") may print a surplus negative, as the form's full
    statement does when its income is negative (``income_printed_negative``), or positive; the
    table alone does not say which."""
    printed = [ln for ln in statement.lines if ln.key in ("driftsinntekter", "driftskostnader")
               and col in ln.amounts and ln.amounts[col].value]
    return not printed and in_municipal_form(statement)
