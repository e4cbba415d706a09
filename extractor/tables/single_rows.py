"""A table of one row with no header under a statement's heading.

Designers set the disposal of the year's result as a table of one row under its own heading
("Disponering av årsresultatet" over "Overført til annen egenkapital ... 972 358"), or a note
of one line under the note's title. The text finder wants two rows with columns, so the line
stays a paragraph, and the row is lost to the tables. A line of a label and figures only, the
figures set well apart from it (``GAP_EM``: a cell across the column, not an amount in a
sentence), right under a heading (larger or bold) that names a statement, a note or the result's
disposal (``finance.json``: ``statements``, ``disposal_titles``), is such a table. A sentence
with an amount ("Styret foreslår at årsresultatet på 972 358 kroner overføres ...") has no such
gap, and a label and figure under any other heading stays text.
"""
from __future__ import annotations

import functools
import re

from extractor.document import Provenance, Table
from extractor.ingest.primitives import PageContent
from extractor.tables.base import finance_vocabulary, rounded_bbox, table_confidence
from extractor.tables.cells import words_to_cell
from extractor.tables.chunks import TextLine
from extractor.tables.tabbed import line_kind
from extractor.tables.titles import TITLE_SIZE_STEP

GAP_EM = 4.0  # the figures stand this many of the line's font sizes or more right of the label
TITLE_GAP_EM = 2.0  # the heading's last line stands this close above the row
_FOLD = re.compile(r"[^\w\s]|\d|_")


@functools.cache
def _titles() -> tuple[str, ...]:
    data = finance_vocabulary()
    return tuple({t for titles in data["statements"].values() for t in titles} | set(data["disposal_titles"]["titles"]))


def is_statement_title(text: str) -> bool:
    """A heading that names a statement, a note or the result's disposal: its words, folded (no
    digits nor marks: "Note 6 Egenkapital" → "note egenkapital"), start with such a title."""
    folded = " ".join(_FOLD.sub(" ", text.casefold()).split())
    return any(folded == t or folded.startswith(t + " ") for t in _titles())


def _heads(above: TextLine, line: TextLine) -> bool:
    """``above`` is a heading right over ``line``: larger, or bold over a plain row, naming a statement."""
    larger = above.size >= TITLE_SIZE_STEP * line.size
    bolder = all(w.bold for w in above.words) and not all(w.bold for w in line.words)
    return len(above.chunks) == 1 and 0 <= line.top - above.bottom <= TITLE_GAP_EM * line.size and (larger or bolder) \
        and is_statement_title(" ".join(w.text for w in above.words))


def single_row_tables(lines: list[TextLine], taken: set[int], page: PageContent) -> list[Table]:
    """Tables of one row (see the module docstring) among ``lines`` (top to bottom), but those in a
    run of the text finder (``taken``: their ids)."""
    tables = []
    for above, line in zip(lines, lines[1:]):
        if id(line) in taken or line_kind(line) != "row" or not _heads(above, line):
            continue
        label, figures = line.chunks[0], line.chunks[1:]
        if figures[0][0].x0 - label[-1].x1 < GAP_EM * line.size:
            continue
        top, bottom = line.top, line.bottom
        cells = [words_to_cell(chunk, page.number, (chunk[0].x0, top, chunk[-1].x1, bottom)) for chunk in line.chunks]
        bbox = (line.words[0].x0, top, line.words[-1].x1, bottom)
        tables.append(Table(rows=[cells], prov=Provenance(page=page.number, bbox=rounded_bbox(bbox)), strategy="text",
                            confidence=table_confidence(1.0, 0.0, "text", 1, len(cells)), pages=[page.number]))
    return tables
