"""Tables read as financial statements: what kind, in which year and unit, and their lines.

A table is a statement when the text around it names one (resultatregnskap/resultatrekneskap,
balanse, kontantstrømoppstilling, noter, budsjett, nøkkeltall) or when two or more of its rows
are lines of the vocabulary ("Sum driftsinntekter", "Sum eigedelar"); otherwise it gives no
figures. Its kind decides which printing wins when the same figure is printed twice
(``KIND_RANK``: the statement over a note or a budget comparison). Around the table means the
heading path above it and the short texts just above and below it (a caption, "Beløp i 1000 kr",
"2025 sammenlignet med budsjett"); their first year, or the report's year where it stands
among them, is the statement's year for columns that print none.

The text around a table is read in ``statement_context``, its grid cut and cleaned in
``statement_grid`` and its rows read as lines in ``statement_lines``; this module puts them
together as statements: kind, year, unit, scope and columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.document import Table
from extractor.fields.finance.columns import (
    YEAR, Column, classify_columns, header_count, kind_of, label_column, scope_of, scopes_in_order, stacked_rows,
)
from extractor.fields.finance.equity_changes import equity_changes
from extractor.fields.finance.line_units import shared_line_scale
from extractor.fields.finance.statement_context import MIN_KEY_ROWS, Context, context_year, kind_from_text
from extractor.fields.finance.statement_grid import segments, side_by_side, spanning_rows, transposed, without_leaders
from extractor.fields.finance.statement_lines import Line, read_lines, yield_loose_keys, yield_municipal_parts
from extractor.fields.finance.units import decimal_points, is_english, parse_amount, regrouped, states_currency, unit_of
from extractor.fields.finance.vocabulary import in_per_cent, is_not_money, keyless_title, vocabulary
from extractor.parse import YEAR as YEAR_RE
from extractor.tables.text_columns import is_note_word

KIND_RANK = {"resultat": 3, "balanse": 3, "kontantstrom": 3, "regnskap": 3, "nokkeltall": 2, "note": 1, "budsjett": 1,
             "avdeling": 0, "other": 0}
NOT_TOTALS = frozenset({"avdeling"})  # a department's accounts: read, but not the organisation's figures
ROUNDED_FIGURES = 8  # figures that all end in "000" before a statement in kroner counts as rounded to thousands
FOOTNOTE_MARK = re.compile(r"(?<=\d)\s*(\*{1,3}|[¹²³])\s*$|\s(\d\))\s*$")  # "2024*", "2024¹", "2024 1)"
HEADER_PHRASE = re.compile(rf"(?:[A-Za-zÆØÅæøå]+\.?\s+)?{YEAR_RE}\b|\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?{YEAR_RE}\b")


@dataclass(slots=True)
class Statement:
    table: Table
    kind: str
    year: int | None
    scope: str
    scale: float
    unit: str | None
    columns: list[Column]
    lines: list[Line]
    headed: bool  # the text around it names a statement
    unit_inherited: bool = False  # the unit was stated over an earlier statement
    unit_doubt: bool = False  # states no unit, though the report states one in thousands or millions elsewhere
    kinds_unclear: bool = False  # the header's kind words stand apart above it (``kinds_set_apart``)
    equity_changes: bool = False  # read from a statement of changes in equity (``equity_changes``)

    @property
    def rank(self) -> tuple[int, int]:
        return KIND_RANK.get(self.kind, 0), len(self.lines)

    @property
    def rounding(self) -> float:
        """The step a statement in kroner rounded each figure to: a thousand where every one of at
        least ``ROUNDED_FIGURES`` figures ends in "000" (a register's "5.586.000"); else none (0)."""
        values = [a.value for ln in self.lines if ln.scale is None for a in ln.amounts.values()
                  if a.scale is None and a.decimals == 0 and a.value]
        thousands = self.scale == 1 and len(values) >= ROUNDED_FIGURES and all(v % 1000 == 0 for v in values)
        return 1000.0 if thousands else 0.0

    @property
    def figure_texts(self) -> list[str]:
        return [cell.text for line in self.lines for cell in line.cells.values()]


def table_to_statements(table: Table, context: Context, report_year: int | None,
                        previous: Statement | None = None) -> list[Statement]:
    """The statements one table prints (most print one; a page of a results and a balance set
    as one grid prints two, one under the other or side by side), each read with its own header.
    ``previous``: the statement of the table just before, whose columns (and unit) a headerless
    continuation of it takes."""
    turned = equity_changes(table)
    if turned is not None:  # one line, checked by nothing: a doubt unless the balance prints it too
        return [replace(st, equity_changes=True) for st in table_to_statements(turned, context, report_year, previous)]
    table = without_leaders(transposed(table) or table)
    rows = table.text_rows()
    if len(rows) < 2:
        return []
    if (cut := side_by_side(rows)) is not None:
        table = spanning_rows(table, cut)
        left, right = (replace(table, rows=[row[part] for row in table.rows]) for part in (slice(cut), slice(cut, None)))
        return [*table_to_statements(left, context, report_year, previous),
                *table_to_statements(right, context, report_year)]
    label_col = label_column(rows)
    english = is_english(t for row in rows for t in row)
    found = []
    for i, (start, end) in enumerate(segments(rows, label_col, english)):
        part = table if (start, end) == (0, len(rows)) else replace(table, rows=table.rows[start:end], header_rows=0)
        statement = table_to_statement(part, context, report_year, label_col, english, i > 0,
                                       previous if i == 0 else None)
        if statement is not None:
            found.append(statement)
    return found


def _column_header(rows: list[list[str]], label_col: int) -> bool:
    """Header rows that head columns: text beside the label column. A section title row on
    top of a continued statement ("Langsiktig gjeld" over its lines) heads none."""
    return any(c.strip() for row in rows for i, c in enumerate(row) if i != label_col)


def borrowed_columns(rows, spans, columns: list[Column], label_col: int, year: int | None, above: tuple[str, ...],
                     inherited: list[Column] | None) -> list[Column] | None:
    """Columns for a table that prints no header: the header line the table finder left just
    above it ("Rekneskap 2011  Rekneskap 2010  Budsjett 2011  Budsjett 2012", one year phrase
    per figure column), else the columns of the statement it continues (a table split by a
    section title)."""
    width = max((len(r) for r in rows), default=0)
    figure_cols = [c.index for c in columns if c.index > label_col and c.kind == "unknown"
                   and any(c.index < len(r) and parse_amount(r[c.index]) is not None for r in rows)]
    for text in above:
        found = [m.group(0).strip() for m in HEADER_PHRASE.finditer(text)]
        phrases = [without_note_word(p) for p in found]
        if found and found[0] != phrases[0] and len(figure_cols) == len(phrases) + 1:
            phrases = ["Note", *phrases]  # "Note 2014 2013" over a notes column ("4,5", "16") and two years' columns
        if figure_cols and len(phrases) == len(figure_cols):
            header = [""] * width
            for c, phrase in zip(figure_cols, phrases):
                header[c] = phrase
            found = classify_columns([header, *rows], [[1] * width, *spans], 1, label_col, year)
            return [replace(c, year_source="above") if c.year_source in ("header", "date", "date_in_year") else c for c in found]
    if inherited is not None:  # the figure columns of the statement it continues, in order
        before = [c for c in inherited if c.kind in ("actual", "budget", "change", "part")]
        if before and len(before) == len(figure_cols):
            taken = {i: replace(c, index=i, year_source="previous" if c.kind == "actual" else c.year_source)
                     for c, i in zip(before, figure_cols)}
            return [taken.get(c.index, c) for c in columns]
    return None


def without_note_word(phrase: str) -> str:
    """A header line's "Note 2019": the note column's word run into the first year's phrase; the
    table has that column of its own."""
    word, _, rest = phrase.partition(" ")
    return rest if rest and is_note_word(word) else phrase


def footnoted_budgets(columns: list[Column], below: tuple[str, ...]) -> list[Column]:
    """A year column whose header carries a footnote mark ("2024*", "2024 1)") that the note
    under the table calls a budget or a forecast ("*) Budsjett"): a budget, though its header
    prints only the year."""
    out = []
    for column in columns:
        mark = FOOTNOTE_MARK.search(column.header) if column.kind == "actual" else None
        if mark:
            sign = re.escape((mark[1] or mark[2]).rstrip(")"))
            notes = (m[1] for t in below if (m := re.match(rf"\s*{sign}(?![*\d])\)?\s*(.+)", t)))
            if any(kind_of(note) == "budget" for note in notes):
                column = replace(column, kind="budget")
        out.append(column)
    return out


def table_to_statement(table: Table, context: Context, report_year: int | None, label_col: int, english: bool,
                       own_title_first: bool = False, previous: Statement | None = None) -> Statement | None:
    """The table (or one statement of it) as a statement, or None when it is not one (no money,
    no statement lines). ``own_title_first``: a statement further down a table is named by its
    own title row before the text above the table."""
    rows = table.text_rows()
    if len(rows) < 2:
        return None
    n_header = header_count(rows, label_col, english)
    lines_above = context.header_lines
    around = [*context.headings[::-1], *lines_above, *context.before, *context.after]
    year = context_year([*lines_above, *context.before, *context.headings[::-1], *context.after], report_year)
    spans = [[c.col_span for c in row] for row in table.rows]
    columns = footnoted_budgets(classify_columns(rows, spans, n_header, label_col, year), context.after)
    borrowed = None
    if not _column_header(rows[:n_header], label_col) and not any(c.kind in ("actual", "budget") for c in columns):
        borrowed = borrowed_columns(rows, spans, columns, label_col, year, (*lines_above, *context.before)[:1],
                                    previous and previous.columns)
        columns = borrowed or columns
    ocr = any(c.prov.ocr_confidence is not None for row in table.rows for c in row)
    # the headerless rest of a statement under an underlying result's title, which a narrow label
    # column broke into pieces a PDF set apart: its first lines are that measure's, not ours
    underlying = bool(borrowed) and keyless_title(context.before[:3][::-1])
    lines = read_lines(rows, table.rows, n_header, label_col, columns, english, ocr, underlying)
    yield_loose_keys(lines)
    yield_municipal_parts(lines)
    keyed = [ln for ln in lines if ln.key]
    own = [" ".join(r) for r in rows[:n_header]]
    outside = [*lines_above, *context.before[:2], *context.headings[::-1][:2]]
    named = kind_from_text([*own, *outside] if own_title_first else [*outside, *own])
    if named is None and len({ln.key for ln in keyed}) < MIN_KEY_ROWS:
        return None
    if not any(ln.amounts for ln in lines):
        return None
    if named == "budsjett":  # "Budsjett for 2024" over a figure column that prints no header: the budget
        columns = [replace(c, kind="budget") if c.kind == "actual" and c.year_source == "context"
                   and not c.header.strip() else c for c in columns]
    kinds = [vocabulary().key_statement[ln.key] for ln in keyed]
    kind = named or (max(set(kinds), key=kinds.count) if kinds else "other")
    if any(c.kind == "budget" for c in columns) and kind not in ("note",):
        kind = "budsjett" if named in (None, "budsjett") or not keyed else kind
    header_texts = [" ".join(r) for r in rows[:n_header]] + ([rows[0][0]] if rows and rows[0] else [])
    header_texts += [" ".join(r) for r in stacked_rows(rows[:n_header])]  # "(Beløp i 1" / "000 kr)" in a narrow corner
    scale, unit = unit_of([*header_texts, *lines_above, *context.before[:2], *context.after[:1],
                           *context.headings[::-1][:2]])
    if unit is None and states_currency(header_texts):
        unit = "kr"
    heads = [r[label_col] for r in rows[:max(n_header, 1)] if label_col < len(r) and r[label_col].strip()]
    if unit is None and (in_per_cent([*heads, *context.headings[::-1][:1]]) or any(map(is_not_money, heads))):
        return None  # "Kostnader i prosent av driftsinntektene", "Nøkkeltall (%)" over the labels: no kroner
    if unit is None and borrowed and previous is not None and any(c.year_source == "previous" for c in columns):
        scale, unit = previous.scale, previous.unit  # a continuation is in its statement's unit
    if unit is None and (shared := shared_line_scale(lines)):  # some lines state "(mill. kr)", the rest none
        for line in lines:
            if line.amounts and line.scale is None:
                line.scale, line.unit_guessed = shared, True
    if not english:
        points = decimal_points(line.cells[c].text for line in lines for c in line.amounts)
        english_unit = unit is not None and unit.casefold() in vocabulary().english_units
        for line in lines:
            for c, amount in line.amounts.items():
                line.amounts[c] = regrouped(line.cells[c].text, amount, line.scale or scale, points, english_unit)
    scope = scope_of(" ".join([*heads, *around])) or "company"  # "Konsern" over the labels, or around
    columns = scopes_in_order(columns, (*lines_above, *context.before[:1]))
    unclear = not borrowed and kinds_set_apart(lines_above, columns)
    return Statement(table, kind, year, scope, scale, unit, columns, lines, named is not None, kinds_unclear=unclear)


def kinds_set_apart(lines_above: tuple[str, ...], columns: list[Column]) -> bool:
    """Whether the header lines a PDF set apart above the table name a budget or a change while
    the table's own header names no kind (only years): which column is the budget is then a guess
    (their positions are lost), and every check passes whichever it is."""
    named = [kind_of(YEAR.sub(" ", text)) for text in lines_above]
    own = [kind_of(YEAR.sub(" ", c.header)) for c in columns if c.header.strip()]
    return any(k in ("budget", "change") for k in named) and all(k == "unknown" for k in own)
