"""The grid of one table cut and cleaned before its statements are read.

A table as the ingesters find it is not always one statement laid out one line per row: an OCR'd
page keeps the typist's dot leaders in its cells (``without_leaders``), a page may print a results
and a balance in one grid, one under the other (``segments``) or side by side (``side_by_side``),
a row as wide as both may give its figures to the right one (``spanning_rows``), and a key-figure
table may print a year per row (``transposed``). This reads the grid's rows and
cells only, before any statement line is read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.document import Table
from extractor.fields.finance.columns import DATE_YEAR, YEAR, is_body_row, is_label, is_year_cell, kind_of
from extractor.fields.finance.line_units import unit_cell
from extractor.fields.finance.statement_context import MIN_KEY_ROWS, kind_from_text
from extractor.fields.finance.units import parse_amount, unit_of
from extractor.fields.finance.vocabulary import key_of

# what OCR makes of a typed dot leader: dots, colons, "=", and the round letters a faint dot turns
# into, in words of at most four characters ("eee", "=e", "se", "....."), after a label or before "kr"
_LEADER_BEFORE_KR = re.compile(r"^\D+?\s(?=kr\.?\s*[-\u2212(]?\d)", re.IGNORECASE)
LEADER_DEBRIS = re.compile(r"[.,:;·•…=_~*'\-]+[eo]{0,2}|[eosc]{1,4}|[eo]?[=.:]+[eo]*")
MAX_TITLE_ROWS = 2  # title rows above a header further down a table that belong to its statement


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


def spanning_rows(table: Table, cut: int) -> Table:
    """The grid of two statements side by side (``side_by_side`` cut at ``cut``) with each row as wide
    as both, a label at the left and figures only under the right one's columns ("Årets overskudd"
    under an Inntekter and a Kostnader block), given to the right statement: its label moved into
    the right one's label column, so that the row is read with its figures."""
    rows = []
    for row in table.rows:
        texts = [c.text.strip() for c in row]
        if len(row) > cut + 1 and texts[0] and not any(texts[1:cut + 1]) \
                and any(parse_amount(t) is not None for t in texts[cut + 1:]):
            moved = replace(row[0], text="")
            row = [moved, *row[1:cut], row[0], *row[cut + 1:]]
        rows.append(row)
    return replace(table, rows=rows)
