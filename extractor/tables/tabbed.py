"""Statements set with the word processor's default tab stops instead of a table.

A line "Salg av varer<Tab><Tab>3 418<Tab>3 102" puts each figure at the next default stop
(every half inch in Word and in a browser's ``tab-size``, 1.25 cm in LibreOffice), wherever
the text before it ended: the figures of a column stand flush left on stops that differ
from row to row, so no column band holds them (``text_aligned`` merges them into one). Such a
run is told by its figures all starting on one grid of stops measured from the labels' left
edge, and by the rows' last figures starting on different stops; each row's figures are then
its last cells, read from the right (the year columns), and any between the label and them
the note column.
"""
from __future__ import annotations

import functools

from extractor.document import Cell, Provenance, Table
from extractor.ingest.primitives import PageContent, Word
from extractor.tables.base import TableTolerances, finance_vocabulary, rounded_bbox, table_confidence
from extractor.tables.cells import YEAR, rows_to_header_count, words_to_cell
from extractor.tables.chunks import FIGURE, TextLine

TAB_STEPS = (36.0, 35.43)  # default stops in points: Word and browsers (0.5 in), LibreOffice (1.25 cm)
STOP_SLACK = 1.0  # points a figure may stand off its stop
MIN_ROWS = 3  # lines with figures a tabbed statement has at least (two under a header row)
MAX_LABEL_LINES = 3  # label-only lines (section titles) in a row inside one
SIZE_SLACK = 0.1  # ... in the rows' type: a larger title is a heading between two statements
ACCURACY = 0.9  # columns from tab stops are read, not seen aligned: a little less sure than a text table


def _is_figure_chunk(chunk: list[Word]) -> bool:
    return all(FIGURE.match(w.text) for w in chunk)


@functools.cache
def _header_words() -> frozenset[str]:
    """One-word heads of a statement's columns besides its years: the note, accounts and budget
    columns of the statement vocabulary (``finance.json``)."""
    columns = finance_vocabulary()["columns"]
    return frozenset(w for key in ("note", "actual", "budget") for w in columns[key] if " " not in w)


def _is_header_chunk(chunk: list[Word]) -> bool:
    return len(chunk) == 1 and (YEAR.match(chunk[0].text) is not None or chunk[0].text.casefold() in _header_words())


def line_kind(line: TextLine) -> str | None:
    """'row' (a label, then figures), 'header' (years and "Note" only), 'label' (one chunk
    with letters) or None."""
    chunks = line.chunks
    if len(chunks) == 1:
        return "label" if any(c.isalpha() for w in chunks[0] for c in w.text) else None
    if all(_is_header_chunk(c) for c in chunks) and any(YEAR.match(c[0].text) for c in chunks):
        return "header"
    if all(_is_figure_chunk(c) for c in chunks[1:]) and any(c.isalpha() for w in chunks[0] for c in w.text):
        return "row"
    return None


def _on_grid(offset: float, step: float) -> bool:
    return offset > STOP_SLACK and abs(offset - step * round(offset / step)) <= STOP_SLACK


def _on_a_stop(offset: float) -> bool:
    return any(_on_grid(offset, step) for step in TAB_STEPS)


def _split_at_stops(line: TextLine) -> TextLine:
    """A label that ends just short of a stop leaves a gap no wider than a space before the
    figure the tab put there: a figure after a word with letters starts a chunk when it
    stands on a stop counted from the line's start."""
    left = line.words[0].x0
    out: list[list[Word]] = []
    for chunk in line.chunks:
        part = [chunk[0]]
        for prev, word in zip(chunk, chunk[1:]):
            if FIGURE.match(word.text) and any(c.isalpha() for c in prev.text) and word.x0 > prev.x1 \
                    and _on_a_stop(word.x0 - left):
                out.append(part)
                part = [word]
            else:
                part.append(word)
        out.append(part)
    return TextLine(line.words, out)


def _candidate_runs(lines: list[TextLine], tol: TableTolerances) -> list[list[TextLine]]:
    runs: list[list[TextLine]] = []
    current: list[TextLine] = []
    pending: list[TextLine] = []
    for line in lines:
        kind = line_kind(line)
        near = current and line.top - (pending or current)[-1].bottom <= tol.max_spacer_gap_em * line.size
        if kind == "header" and any(line_kind(done) == "row" for done in current):
            near = False  # a new header row starts the next statement; the title above it is no row
        if kind in ("row", "header") and (near or not current):
            current += pending + [line]
            pending = []
            continue
        if kind == "label" and near and len(pending) < MAX_LABEL_LINES \
                and abs(line.size - current[-1].size) <= SIZE_SLACK * current[-1].size:  # not a heading between two
            pending.append(line)
            continue
        if current:
            runs.append(current)
        current, pending = ([line], []) if kind in ("row", "header") else ([], [])
    if current:
        runs.append(current)
    return runs


def _on_stops(offsets: list[float]) -> bool:
    """All on one grid of stops (whichever program's)."""
    return any(all(_on_grid(off, step) for off in offsets) for step in TAB_STEPS)


def _tabbed(run: list[TextLine]) -> bool:
    rows = [line for line in run if line_kind(line) == "row"]
    if len(rows) < MIN_ROWS and not (len(rows) >= 2 and line_kind(run[0]) == "header"):
        return None
    left = min(line.chunks[0][0].x0 for line in run)
    starts = [c[0].x0 - left for line in run for c in line.chunks
              if c is not line.chunks[0] or line_kind(line) == "header"]
    lasts = {round(line.chunks[-1][0].x0) for line in run if line_kind(line) in ("row", "header")}
    return _on_stops(starts) and len(lasts) > 1


def _cell(words: list[Word], page: int) -> Cell:
    if not words:
        return Cell("", Provenance(page=page))
    bbox = (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words))
    return words_to_cell(words, page, bbox)


def _to_table(run: list[TextLine], page: PageContent) -> Table:
    width = max(len(line.chunks) - (line_kind(line) != "header") for line in run)
    rows: list[list[Cell]] = []
    bold_rows: list[bool] = []
    for line in run:
        labelled = line_kind(line) != "header"  # a label, indented or not, then figures
        label, rest = (line.chunks[0], line.chunks[1:]) if labelled else ([], line.chunks)
        cells = [label] + [[]] * (width - len(rest)) + rest
        rows.append([_cell(words, page.number) for words in cells])
        bold_rows.append(all(w.bold for w in line.words))
    header_rows = rows_to_header_count(rows, bold_rows)
    whitespace = sum(not c.text for r in rows for c in r) / sum(len(r) for r in rows)
    words = [w for line in run for w in line.words]
    bbox = (min(w.x0 for w in words), run[0].top, max(w.x1 for w in words), run[-1].bottom)
    return Table(rows=rows, prov=Provenance(page=page.number, bbox=rounded_bbox(bbox)), strategy="text",
                 confidence=table_confidence(ACCURACY, whitespace, "text", len(rows) - header_rows, width + 1),
                 header_rows=header_rows, pages=[page.number])


def may_hold_rows(lines: list[TextLine]) -> bool:
    """Whether a tabbed statement can stand among the lines, cheaply: it has at least two rows
    (``_tabbed``), and a row ends in a figure, wherever the tab stops cut it. Most pages of
    prose have not two such lines, and splitting every line at the stops cost more than the
    rest of the search."""
    return sum(1 for line in lines if FIGURE.match(line.words[-1].text)) >= min(MIN_ROWS, 2)


def tabbed_tables(lines: list[TextLine], page: PageContent, tol: TableTolerances
                  ) -> tuple[list[Table], list[TextLine]]:
    """The tabbed statements among a page's lines, and the lines left for the other readers."""
    if not may_hold_rows(lines):
        return [], lines
    tables: list[Table] = []
    used: set[int] = set()
    for run in _candidate_runs([_split_at_stops(line) for line in lines], tol):
        if _tabbed(run):
            tables.append(_to_table(run, page))
            used.update(id(line.words) for line in run)
    return tables, [line for line in lines if id(line.words) not in used] if used else lines
