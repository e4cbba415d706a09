"""Counts of places a table gives per program.

A table gives them per row (a row labelled with one program, under a places or capacity header
or in a table headed or captioned so) or per column (columns headed with one program, a row
labelled "Plasser"/"Godkjent kapasitet"). Read from the tables' cells and the short line before
each table, which titles it as a heading would.
"""
from __future__ import annotations

import re

from extractor.fields.context import Analysis, TextUnit
from extractor.fields.program_mentions import Candidate, historic_only, programs_in
from extractor.parse import parse_number
from schemas.fields import ProgramCode

PLACES_HEADER = re.compile(r"plass|kapasitet", re.IGNORECASE)
CAPTION_CHARS = 160  # a caption is one short sentence, not a paragraph that happens to precede a table


def _cell_value(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) and 0 < value < 10000 else None


def iter_table_candidates(analysis: Analysis):
    """A table that gives places per program: rows labelled with one program under a
    "Plasser"/"Kapasitet" column (or in a table headed or captioned so, the first number of the
    row, the report year's column first), or
    columns headed with one program and a row labelled "Plasser"/"Godkjent kapasitet"."""
    cell_docs = {(id(u.table), u.row, u.col): d for u, d in analysis.units_with_docs() if u.in_table}
    captions = _captions(analysis)
    for table, headings in analysis.own_tables():
        rows = table.text_rows()
        first = table.header_rows or 1
        named = {(r, c): found for r in range(len(rows)) for c in range(len(rows[r]))
                 if len(found := programs_in(cell_docs[(id(table), r, c)]) if (id(table), r, c) in cell_docs else ()) == 1}
        titled = (any(PLACES_HEADER.search(h) for h in headings[-1:]) or bool(rows and PLACES_HEADER.search(rows[0][0]))
                  or bool(PLACES_HEADER.search(captions.get(id(table), ""))))
        year_col = _report_year_column(rows[:first], analysis.report_year)
        columns = {headed_column(rows, first, c): text for r in range(min(first, len(rows)))
                   for c, text in enumerate(rows[r]) if c and PLACES_HEADER.search(text)}
        for r in range(first, len(rows)):
            if (r, 0) not in named:
                continue
            # a row that names its places ("VTA-plassar | 30 | 28") is headed like the table's title
            own = titled or bool(PLACES_HEADER.search(rows[r][0]))
            order = [year_col] * (year_col is not None) + [c for c in range(1, len(rows[r])) if c != year_col]
            cols = columns or ({c: "" for c in order} if own else {})
            for c, header in cols.items():
                if c < len(rows[r]) and (value := _cell_value(rows[r][c])) is not None:
                    yield _table_candidate(table, r, c, named[(r, 0)], value, f"{rows[r][0]} | {header} | {rows[r][c]}",
                                           cell_docs[(id(table), r, 0)])
                    if not columns:
                        break  # headed only by the table's title: the row's first number
        for r in range(len(rows)):
            if rows[r] and PLACES_HEADER.search(rows[r][0]) and r >= first:
                for c in range(1, len(rows[r])):
                    if (0, c) in named and (value := _cell_value(rows[r][c])) is not None:
                        text = f"{rows[0][c]} | {rows[r][0]} | {rows[r][c]}"
                        yield _table_candidate(table, r, c, named[(0, c)], value, text, cell_docs[(id(table), 0, c)])


def headed_column(rows: list[list[str]], first: int, c: int) -> int:
    """The column header cell ``c`` heads: its own, or the next one where its own is empty under it and
    the next has no header of its own (a header set flush left over figures set flush right, which the
    table finder cut apart: "Plasser | " over " | 44")."""
    body, below = rows[first:], c + 1
    if not body or any(c < len(r) and r[c].strip() for r in body):
        return c
    unheaded = all(below >= len(h) or not h[below].strip() for h in rows[:first])
    return below if unheaded and any(below < len(r) and r[below].strip() for r in body) else c


def _captions(analysis: Analysis) -> dict[int, str]:
    """The short prose line right before each table ("Tabellen viser godkjente plasser de siste
    fem årene"), which titles it as a heading would."""
    out, before = {}, ""
    for u in analysis.units:
        if u.in_table:
            out.setdefault(id(u.table), before)
            before = ""  # a table right after another has no caption of its own
        else:
            before = u.text if len(u.text) <= CAPTION_CHARS else ""
    return out


def _report_year_column(header: list[list[str]], year: int | None) -> int | None:
    """The column headed with the report's year ("Tiltak | 2023 | 2022"), if any."""
    return next((c for row in header for c, text in enumerate(row) if c and year and text.strip() == str(year)), None)


def _table_candidate(table, r: int, c: int, found: set[ProgramCode], value: int, text: str, named_by) -> Candidate:
    """The count in cell ``r, c`` for the one program in ``found``, which the spaCy doc ``named_by``
    (its row's label or its column's header) names."""
    cell = table.rows[r][c]
    unit = TextUnit(cell.text, cell.prov, None, (), table=table, row=r, col=c)
    code = next(iter(found))
    return Candidate(code, value, unit, text,
                     ["table_cell", "named_in_row"] + (["historic_name"] if historic_only(named_by, code) else []))
