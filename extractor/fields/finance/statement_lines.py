"""The lines of a statement: each row's label, key, year and figures by column.

A row is a line when its label is one (not a note reference or a percentage); its key is the
vocabulary's line it names ("Sum driftsinntekter"), its figures the amounts in the figure columns
``columns`` classified. The rules here read a line's own row and its neighbours only: a bare "Sum"
closing a titled block, a label that names its year or its unit, a deficit printed unsigned, and
a loose or municipal-form label that yields its key to a line naming it exactly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractor.document import Cell
from extractor.fields.finance.columns import ACCOUNT_NUMBER, Column, is_label, scope_of, year_in
from extractor.fields.finance.line_units import line_unit, unit_columns
from extractor.fields.finance.units import Amount, parse_amount, unit_of
from extractor.fields.finance.vocabulary import (
    UNIT_TAIL, fold_label, in_form, is_keyless, is_not_money, key_of, vocabulary, words_in,
)
from extractor.parse import YEAR as YEAR_RE

BARE_SUM = re.compile(r"sum|totalt?|i alt|sum totalt")  # a total that names no block
SUM_LABEL = re.compile(r"^(?:sum|totalt?|samla|sum totalt)\b|\bi alt$", re.IGNORECASE)
ACCOUNT_PREFIX = re.compile(r"^\d{4,5}\s")
# a footnote's mark after a figure: "913 365(1", "913 365 1)", "106 117*", "2 410¹" (a digit's
# group of three, or a bracket, before it: "1 234 5)" is 1 234 and note 5, "12 5" no figure)
FIGURE_MARK = re.compile(r"(?:(?<=\d{3})|(?<=\d\)))(?:\s*\(\d\)?|\s+\d\)|\s*\*{1,3}\)?|\s*[¹²³⁴⁵⁾]+)$")
# "Driftsinntekter 2022", "Egenkapital 31.12.2023", "Årsresultat for 2023": a line that names its year
LABEL_YEAR = re.compile(rf"^(?P<label>.*?[^\d\s])\s*,?\s+(?:(?:i|for|pr\.?|per)\s+)?\(?"
                        rf"(?P<when>(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?)?{YEAR_RE})\)?$", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """One row of a statement: its label, key and figures by column index."""

    index: int
    label: str
    key: str | None
    fuzzy: bool
    account: bool  # a ledger account line ("3920 Medlemskontingent"), never a key line ...
    label_key: str | None  # ... though its label may name one ("8800 Årsresultat")
    is_sum: bool
    scale: float | None = None  # a unit in the label itself: "Driftsresultat (1.000 kr)"
    scope: str | None = None  # "Resultat før skatt konsern"
    named_by_section: bool = False  # "Sum" alone under "Inntekter": read as "Sum inntekter"
    sign_from_label: bool = False  # "Årets underskudd 120 000": the label, not a sign, says it is negative
    year: int | None = None  # "Driftsinntekter 2022": the year the label names (for a column that prints none)
    unit_guessed: bool = False  # a bare line among lines that state their unit: given theirs (``line_units``)
    cells: dict[int, Cell] = field(default_factory=dict)
    amounts: dict[int, Amount] = field(default_factory=dict)


def _label_scale(label: str) -> float | None:
    scale, unit = unit_of([label]) if "(" in label or UNIT_TAIL.search(label) else (1.0, None)
    return scale if unit is not None and scale != 1 else None


def read_lines(rows: list[list[str]], cells: list[list[Cell]], n_header: int, label_col: int,
               columns: list[Column], english: bool, ocr: bool, underlying: bool = False) -> list[Line]:
    figure_cols = [c.index for c in columns if c.kind in ("actual", "budget", "change", "part", "unknown")]
    account_cols = [c.index for c in columns if c.kind == "account"]
    years_printed = any(c.year_source not in ("context", "prior", "none") for c in columns if c.kind == "actual")
    units = unit_columns(rows, n_header, label_col)
    figure_cols = [c for c in figure_cols if c not in units]
    lines: list[Line] = []
    section, section_row = None, -1  # the title over the lines since it ("Inntekter"), and its row
    adjusted = underlying  # that title names an underlying measure ("Resultat underliggende drift"): no figures under it
    last = rows[n_header - 1] if n_header else []
    if label_col < len(last) and is_label(last[label_col]) and not any(t.strip() for t in last[label_col + 1:]):
        section, section_row = " ".join(last[label_col].split()), n_header - 1  # the first title, read as header
    for r in range(n_header, len(rows)):
        row = rows[r]
        label = " ".join(row[label_col].split()) if label_col < len(row) else ""
        named = section is not None and any(ln.amounts for ln in lines if ln.index > section_row) \
            and (BARE_SUM.fullmatch(fold_label(label)) or not label.strip())
        if named:  # "Sum" alone, or a total with no label, closing a titled block: the block's total
            label, section = f"{label.strip() or 'Sum'} {section.casefold()}", None
        elif not is_label(label) or is_not_money(label):
            continue
        # an account number beside the label; a "Linje" column's row numbers 1, 2, 3 are none
        account = any(c < len(row) and ACCOUNT_NUMBER.match(row[c].strip()) for c in account_cols) \
            or bool(ACCOUNT_PREFIX.match(label))
        own_unit = line_unit(row, units)
        if own_unit and not own_unit[1]:
            continue  # "Egenkapitalandel | prosent": no amount
        label, year = label_and_year(label) if not years_printed else (label, None)
        label_key, fuzzy = key_of(label)
        line = Line(r, label, None if account else label_key, fuzzy and not account, account, label_key,
                    bool(SUM_LABEL.search(fold_label(label))), own_unit[0] if own_unit else _label_scale(label),
                    scope_of(label), named_by_section=bool(named), year=year)
        for c in figure_cols:
            if c < len(row):
                amount = read_figure(row[c], english, ocr and cells[r][c].prov.ocr_confidence is not None)
                if amount is not None:
                    line.cells[c], line.amounts[c] = cells[r][c], amount
        if repeats_years(line, columns):  # "Finanskostnader | 2020 | 2019": a block's title, its years no figures
            line.cells.clear()
            line.amounts.clear()
        if named and not line.amounts or adjusted and line.amounts:
            continue  # an underlying measure's lines repeat the statement's labels: no figures of ours
        sign_deficit(line)
        if not line.amounts and not named:
            section, section_row, adjusted = label, r, is_keyless(label)
        lines.append(line)
    return lines


def read_figure(text: str, english: bool, ocr: bool) -> Amount | None:
    """A figure cell's amount, its footnote mark left out ("913 365(1": the note under the table
    says what the figure holds, not how much)."""
    amount = parse_amount(text, english, ocr)
    if amount is None and (bare := FIGURE_MARK.sub("", text.strip())) != text.strip():
        amount = parse_amount(bare, english, ocr)
    return amount


def repeats_years(line: Line, columns: list[Column]) -> bool:
    """Whether a row prints, in each figure column, that column's own year: a note's second block
    repeats the header under its title ("Finanskostnader | 2020 | 2019")."""
    years = {c.index: c.year for c in columns if c.year is not None}
    return bool(line.cells) and all(years.get(c) is not None and cell.text.strip() == str(years[c])
                                    for c, cell in line.cells.items())


def label_and_year(label: str) -> tuple[str, int | None]:
    """A statement line that names its year ("Driftsinntekter 2022", "Egenkapital 31.12.2023"):
    the line without it, and the year (1 January is the year before's closing). Only where the
    rest is a line of the vocabulary: "Budsjett 2024" keeps its year in its label."""
    match = LABEL_YEAR.match(label)
    if match is None or key_of(match["label"])[0] is None:
        return label, None
    return match["label"].strip(), year_in(match["when"])[0]


def yield_loose_keys(lines: list[Line]) -> None:
    """A line whose label names its key only loosely ("Sum inntekter", "Omsetning") beside a line
    that names it exactly ("Sum driftsinntekter") with another figure is another total: it keeps
    no key (else the two are one figure in conflict, the right one sent to review)."""
    loose = vocabulary().loose
    exact = [ln for ln in lines if ln.key and fold_label(ln.label) not in loose]
    for line in lines:
        if line.key and fold_label(line.label) in loose and any(
                other.key == line.key and any(c in other.amounts and other.amounts[c].value != a.value
                                              for c, a in line.amounts.items()) for other in exact):
            line.key = None


def yield_municipal_parts(lines: list[Line]) -> None:
    """In the municipal form a line the enterprise form reads as a key may be one part of it
    ("Renteinntekter" beside "Utbytter", no line totals them): it then keeps no key."""
    vocab = vocabulary()
    if not in_form((line.label for line in lines), vocab.unit_open) \
            or not any(words_in(line.label, vocab.municipal_siblings) for line in lines):
        return
    for line in lines:
        if line.key and fold_label(line.label) in vocab.municipal_parts:
            line.key = None


def sign_deficit(line: Line) -> None:
    """A line that names a deficit ("Årets underskudd", "Underskot") with its figures printed
    unsigned: they are negative. Where the line signs one of them, the signs stand as printed."""
    if fold_label(line.label) not in vocabulary().deficits or any(a.value < 0 for a in line.amounts.values()):
        return
    for c, amount in line.amounts.items():
        line.amounts[c] = replace(amount, value=-amount.value) if amount.value else amount
    line.sign_from_label = any(a.value for a in line.amounts.values())
