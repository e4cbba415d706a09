"""Tables read as financial statements: what kind, in which year and unit, and their lines.

A table is a statement when the text around it names one (resultatregnskap/resultatrekneskap,
balanse, kontantstrømoppstilling, noter, budsjett, nøkkeltall) or when two or more of its rows
are lines of the vocabulary ("Sum driftsinntekter", "Sum eigedelar"); otherwise it gives no
figures. Its kind decides which printing wins when the same figure is printed twice
(``KIND_RANK``: the statement over a note or a budget comparison). Around the table means the
heading path above it and the short texts just above and below it (a caption, "Beløp i 1000 kr",
"2025 sammenlignet med budsjett"); their first year, or the report's year where it stands
among them, is the statement's year for columns that print none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractor.document import Cell, Table
from extractor.fields.finance.columns import (
    ACCOUNT_NUMBER, DATE_YEAR, SEASON, YEAR, Column, classify_columns, header_count, is_body_row, is_label,
    is_year_cell, kind_of, label_column, scope_of, scopes_in_order, seasons_in, stacked_rows, year_in,
)
from extractor.fields.finance.equity_changes import equity_changes
from extractor.fields.finance.line_units import line_unit, shared_line_scale, unit_cell, unit_columns
from extractor.fields.finance.units import (
    Amount, decimal_points, is_english, parse_amount, regrouped, states_currency, unit_of,
)
from extractor.fields.finance.vocabulary import (
    UNIT_TAIL, fold_label, in_form, in_per_cent, is_keyless, is_not_money, key_of, keyless_title, vocabulary, words_in,
)
from extractor.parse import YEAR as YEAR_RE

KIND_RANK = {"resultat": 3, "balanse": 3, "kontantstrom": 3, "regnskap": 3, "nokkeltall": 2, "note": 1, "budsjett": 1,
             "avdeling": 0, "other": 0}
NOT_TOTALS = frozenset({"avdeling"})  # a department's accounts: read, but not the organisation's figures
BARE_SUM = re.compile(r"sum|totalt?|i alt|sum totalt")  # a total that names no block
SUM_LABEL = re.compile(r"^(?:sum|totalt?|samla|sum totalt)\b|\bi alt$", re.IGNORECASE)
ACCOUNT_PREFIX = re.compile(r"^\d{4,5}\s")
MIN_KEY_ROWS = 2  # a table with this many vocabulary lines is a statement whatever its heading
ROUNDED_FIGURES = 8  # figures that all end in "000" before a statement in kroner counts as rounded to thousands
# what OCR makes of a typed dot leader: dots, colons, "=", and the round letters a faint dot turns
# into, in words of at most four characters ("eee", "=e", "se", "....."), after a label or before "kr"
_LEADER_BEFORE_KR = re.compile(r"^\D+?\s(?=kr\.?\s*[-\u2212(]?\d)", re.IGNORECASE)
LEADER_DEBRIS = re.compile(r"[.,:;·•…=_~*'\-]+[eo]{0,2}|[eosc]{1,4}|[eo]?[=.:]+[eo]*")
MAX_TITLE_ROWS = 2  # title rows above a header further down a table that belong to its statement
# "Driftsinntekter 2022", "Egenkapital 31.12.2023", "Årsresultat for 2023": a line that names its year
LABEL_YEAR = re.compile(rf"^(?P<label>.*?[^\d\s])\s*,?\s+(?:(?:i|for|pr\.?|per)\s+)?\(?"
                        rf"(?P<when>(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?)?{YEAR_RE})\)?$", re.IGNORECASE)
FOOTNOTE_MARK = re.compile(r"(?<=\d)\s*(\*{1,3}|[¹²³])\s*$|\s(\d\))\s*$")  # "2024*", "2024¹", "2024 1)"
HEADER_PHRASE = re.compile(rf"(?:[A-Za-zÆØÅæøå]+\.?\s+)?{YEAR_RE}\b|\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?{YEAR_RE}\b")


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


@dataclass(frozen=True, slots=True)
class Context:
    """The text around one table: headings (nearest last) and short texts above and below."""

    headings: tuple[str, ...]
    before: tuple[str, ...]  # nearest first
    after: tuple[str, ...]
    header_lines: tuple[str, ...] = ()  # the table's column-header lines a PDF set apart above it (nearest first)


def kind_from_text(texts) -> str | None:
    """The statement the nearest text naming one names (texts nearest first). A budget is
    named only where nothing else is: "Resultatregnskap 2024 sammenlignet med budsjett" is
    an income statement, and a chart's "Budsjett 2025" beside it names no table."""
    found = [kind for text in texts if text for kind, words in vocabulary().statements.items() if words_in(text, words)]
    return next((k for k in found if k != "budsjett"), found[0] if found else None)


def years_in(text: str) -> list[int]:
    """The years a text names; a season ("2022/23") is the year it ends."""
    seasons, rest = seasons_in(text), SEASON.sub(" ", text)
    return [int(m[1] or m[2]) for m in DATE_YEAR.finditer(text)] + seasons + \
        [int(m[1]) for m in YEAR.finditer(rest) if " " not in m[1]]


def context_year(texts, report_year: int | None) -> int | None:
    """The year of a statement whose columns print none ("Medgått"): the year a title naming a
    statement gives ("Resultatregnskap 2024", "Balanse per 31.12.2024"; the report's year where
    it stands there, as in "2024 samanlikna med budsjett 2025"), else the report's year (a
    chart's "2024" beside the table is a label, not the statement's year), else the first year
    named around it."""
    for text in (t for t in texts if t and kind_from_text([t]) not in (None, "budsjett")):
        years = years_in(text)
        if report_year in years:
            return report_year
        past = [y for y in years if report_year is None or y <= report_year]
        if past:
            return past[0]
    if report_year:
        return report_year
    return next((y for t in texts if t for y in years_in(t)), None)


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
                amount = parse_amount(row[c], english, ocr and cells[r][c].prov.ocr_confidence is not None)
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


def repeats_years(line: Line, columns: list[Column]) -> bool:
    """Whether a row prints, in each figure column, that column's own year: a note's second block
    repeats the header under its title ("Finanskostnader | 2020 | 2019")."""
    years = {c.index: c.year for c in columns if c.year is not None}
    return bool(line.cells) and all(years.get(c) is not None and cell.text.strip() == str(years[c])
                                    for c, cell in line.cells.items())


def without_leader(text: str) -> str:
    """An OCR'd cell without the dot leader a typist ran from the label to the figure, which the
    OCR reads as short runs of dots and small round letters, at the label's end ("Sum inntekter =e
    8 eee", "Materialer se") or before the figure's "kr" ("• vennen kr 401 230,75")."""
    words = _LEADER_BEFORE_KR.sub("", text).split()
    cut = 0
    while len(words) > 1 and (LEADER_DEBRIS.fullmatch(words[-1]) or cut and words[-1] == "8"):
        words.pop()  # an "8" (a run of dots) only between other debris: "kr 8" keeps its figure
        cut += 1
    return " ".join(words)


def without_leaders(table: Table) -> Table:
    """The table with every OCR'd cell's dot leader cut (``without_leader``)."""
    if not any(c.prov.ocr_confidence is not None for row in table.rows for c in row):
        return table
    return replace(table, rows=[[replace(c, text=without_leader(c.text)) if c.prov.ocr_confidence is not None else c
                                 for c in row] for row in table.rows])


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


def segments(rows: list[list[str]], label_col: int, english: bool) -> list[tuple[int, int]]:
    """(start, end) of the statements printed in one table: a header row again further down
    (no label, years or dates, no figures: "Note | 31.12.2025 | 31.12.2024" under the income statement's
    lines) starts a new one, with the rows without figures just above it ("Balanse", a first
    header line "Budsjett | Regnskap")."""
    bounds, seen_body = [0], False
    for r, row in enumerate(rows):
        if is_body_row(row, label_col, english):
            seen_body = True
        elif seen_body and _titles_only(row[:label_col + 1]) \
                and any(is_year_cell(c) or DATE_YEAR.search(c) for c in row):
            start = r  # with the rows just above that hold no figures: a title, "Budsjett | Regnskap"
            while start > bounds[-1] + 1 and not is_body_row(rows[start - 1], label_col, english) \
                    and r - start < MAX_TITLE_ROWS:
                start -= 1
            bounds.append(start)
            seen_body = False
    return list(zip(bounds, bounds[1:] + [len(rows)]))


def _titles_only(cells: list[str]) -> bool:
    """Label cells a header row further down may hold: none, or the next statement's title or its
    unit, which a PDF sets into the header row's label cell ("Balanse Beløp i 1 000 kr | 2023 | 2022")."""
    text = " ".join(" ".join(cells).split())
    return not text or kind_from_text([text]) is not None or unit_of([text])[1] is not None


def transposed(table: Table) -> Table | None:
    """A key-figure table printed with a year per row ("År | Driftsinntekter | Årsresultat" over
    "2025 | 1 250 000 | 260 000"), turned to the usual line per row and year per column; None
    when the table is not one: two or more header cells must be statement lines and every body
    row must begin with a year, or with a column header naming one ("Budsjett 2026")."""
    rows = table.text_rows()
    if len(rows) < 3 or len({len(r) for r in rows}) != 1:
        return None
    keys = {key_of(cell)[0] for cell in rows[0][1:]} - {None}
    firsts = [r[0] for r in rows[1:]]
    named = [bool(YEAR.search(t)) and kind_of(t) in ("actual", "budget") for t in firsts]  # "Budsjett 2026"
    if len(keys) < MIN_KEY_ROWS or sum(map(is_year_cell, firsts)) < MIN_KEY_ROWS or not all(
            is_year_cell(t) or year_named for t, year_named in zip(firsts, named)):
        return None
    cells = [[replace(table.rows[r][c], row_span=1, col_span=1, merged=False) for r in range(len(rows))]
             for c in range(len(rows[0]))]
    return replace(table, rows=cells, header_rows=1)


def side_by_side(rows: list[list[str]]) -> int | None:
    """The column where a second statement starts when two are printed beside each other in one
    grid ("Resultatregnskap | 2023 | 2022 | Balanse | 31.12.2023 | 31.12.2022"): a second column
    of labels, with figure columns between the two and right of it."""
    filled = [r for r in rows if any(t.strip() for t in r)]
    width, half = max((len(r) for r in filled), default=0), len(filled) / 2

    def share(c: int, test) -> bool:
        return sum(c < len(r) and test(r[c]) for r in filled) > half

    # a typed statement's "kr" before each figure column is a unit, not a second statement's labels
    labels = [c for c in range(width) if share(c, lambda t: is_label(t) and parse_amount(t) is None
                                                and unit_cell(t) is None)]
    if len(labels) < 2:  # one column of labels (nearly every table): no second statement to find
        return None
    figures = {c for c in range(width) if share(c, lambda t: parse_amount(t) is not None)}
    return next((b for a, b in zip(labels, labels[1:])
                 if figures & set(range(a + 1, b)) and figures & set(range(b + 1, width))), None)


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
        phrases = [m.group(0).strip() for m in HEADER_PHRASE.finditer(text)]
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
