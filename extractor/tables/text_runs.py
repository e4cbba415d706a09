"""Runs of nearby text lines that may form one whitespace-aligned table (``text_aligned``).

A run holds lines with two or more chunks close enough to be rows, and keeps inside it what a
statement or a list prints between its rows: wrapped cell text in a column other than the first,
lines with text only in the label column (wrapped labels, section titles) when a row that fits the
columns follows or they hang tightly under the last row, and a blank spacer line before a row that
fits. Read from the lines' chunks, their vertical gaps and the column bands merged so far; also
the line geometry the row builder (``text_rows``) shares: gaps, tightness, a label that goes on.
"""
from __future__ import annotations

import re
from statistics import median

from extractor.ingest.primitives import Word
from extractor.ingest.prose import lettered, mostly_lowercase
from extractor.tables.base import TableTolerances
from extractor.tables.chunks import FIGURE, TextLine, is_figure_chunk
from extractor.tables.tabbed import line_kind
from extractor.tables.text_columns import (Band, add_to_columns, band_of, fits_columns, is_label_only,
                                           sole_band)
from extractor.tables.titles import is_period_header

GAP_MARGIN_EM = 0.1  # vertical gaps closer than this many font sizes count as equal
SPREAD_SIZE = 1.8  # a key-figure spread's figures are set this many times the size of their labels, or more


# the tail of a label a narrow column wrapped: "(NOK million)", a date ("Egenkapital" / "31.12.2023")
_TAIL_START = re.compile(r"\(|\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?$")


def label_goes_on(text: str) -> bool:
    """A label-only line that reads as the rest of the label above it: lowercase, a bracket or
    a bare date (names and section titles start with a capital)."""
    return text[:1].islower() or _TAIL_START.match(text) is not None


def line_gap(prev: TextLine, line: TextLine) -> float:
    return line.top - prev.bottom


def is_tight(prev: TextLine, line: TextLine, tol: TableTolerances) -> bool:
    return line_gap(prev, line) <= tol.wrap_gap_em * max(prev.size, line.size)


def line_text(line: TextLine) -> str:
    return " ".join(w.text for w in line.words)


def has_figures(cells: list[list[Word]]) -> bool:
    return any(ch.isdigit() for cell in cells for w in cell for ch in w.text)


WRAPPED_VALUE_WORDS = 4  # the rest of a name or two: a longer line is text of its own


def wraps_value(prev: TextLine | None, line: TextLine, tol: TableTolerances) -> bool:
    """``line`` is the rest of the words value of ``prev``'s "Label:" row, wrapped back to the
    frame's left edge under the label ("Tilsette sin representant:⇥Margit" / "Lundervold" in a
    narrow text frame): one short chunk of words with no label of its own, starting capitalised at the
    label's left edge, tight under a row of two or more chunks whose label ends in a colon and whose
    cells hold no figures (a statement's wrapped label goes on under the label, not under its figures)."""
    if prev is None or len(prev.chunks) < 2 or len(line.chunks) != 1 or not is_tight(prev, line, tol):
        return False
    label = prev.chunks[0]
    return (label[-1].text.endswith(":") and line.words[0].text[:1].isupper() and len(line.words) <= WRAPPED_VALUE_WORDS
            and ":" not in line_text(line)  # "Styremedlemmer: ...", "Daglig leder X AS:Tove Sollid": the next entry
            and abs(line.words[0].x0 - label[0].x0) <= line.size / 2
            and not has_figures([prev.words, line.words]))


def _wrap_before(prev: TextLine | None, line: TextLine, tol: TableTolerances) -> bool:
    """``prev`` (one chunk) is the first half of ``line``'s label, printed above it: tight,
    in the label column, and the label goes on in lowercase ("Andre" / "driftskostnader 3 511")."""
    if prev is None or len(prev.chunks) != 1 or not is_tight(prev, line, tol):
        return False
    label, chunk = line.chunks[0], prev.chunks[0]
    return (
        label[0].text[:1].islower()
        and abs(chunk[0].x0 - label[0].x0) <= line.size
        and chunk[-1].x1 < line.chunks[1][0].x0
    )


def _centred_top(prev: TextLine | None, line: TextLine, tol: TableTolerances) -> bool:
    """``prev`` (one chunk of words) is the top of a cell of ``line``'s row that wraps onto more
    lines than its label, which a browser centres lower down ("Randi Solheim" over "Styreleiar |
    Flatjord"): tight, right of the label, no figures."""
    if prev is None or len(prev.chunks) != 1 or not is_tight(prev, line, tol) or has_figures([prev.words]):
        return False
    return prev.chunks[0][0].x0 > line.chunks[0][-1].x1  # right of the label: in a column of its own or another


def _tight_tail(run: list[TextLine], pending: list[TextLine], tol: TableTolerances) -> list[TextLine]:
    """The label-only lines after a run's last row that are that row's wrapped label: tight
    under it, and closer than the rows are to each other or going on in lowercase (at single
    spacing a short line under a table, "Oslo, 5. mars 2015", is as close as a row); a sentence of
    its own (``_own_sentence``) is none."""
    gaps = [line_gap(a, b) for a, b in zip(run, run[1:]) if len(a.chunks) > 1 and len(b.chunks) > 1]
    spacing = median(gaps) if gaps else float("inf")
    tail: list[TextLine] = []
    for line in pending:
        prev = (tail or run)[-1]
        closer = line_gap(prev, line) + GAP_MARGIN_EM * line.size < spacing
        if not is_tight(prev, line, tol) or not (closer or label_goes_on(line_text(line))) or _own_sentence(line, tol):
            break
        tail.append(line)
    return tail


def _own_sentence(line: TextLine, tol: TableTolerances) -> bool:
    """A sentence of its own under a table set close above it ("Styret vurderer eierstrukturen som
    stabil."): opening with a capital, ending with a full stop, of more words than a cell's chunk,
    most of them in lowercase; no label's wrapped end."""
    words = lettered(w.text for w in line.words)
    return line.words[0].text[:1].isupper() and line.words[-1].text.endswith((".", "!", "?")) \
        and len(words) > tol.max_chunk_words and mostly_lowercase(words, tol.min_prose_lowercase)


def _wraps_on(row: TextLine, pending: list[TextLine], line: TextLine, tol: TableTolerances) -> bool:
    """``pending`` and then ``line`` hang in a tight chain under ``row``: the row's label wrapped
    onto more lines than ``max_label_lines`` (a narrow label column), up to
    ``max_wrapped_label_lines``; a section title stands a row gap apart and breaks the chain."""
    chain = [row, *pending, line]
    return len(pending) < tol.max_wrapped_label_lines and all(is_tight(a, b, tol) for a, b in zip(chain, chain[1:]))


def _joins_as_single(line: TextLine, last: TextLine, bands: list[Band], pending: bool, tol: TableTolerances) -> bool:
    """A single-chunk line in a column band other than the first: wrapped cell text when tight,
    or words alone a row's distance below (a list's next names under one label: "Styremedlemmer: A"
    / "B" / "C")."""
    if pending or len(line.chunks) != 1:
        return False
    if not is_tight(last, line, tol) and not (line_gap(last, line) <= tol.max_row_gap_em * line.size
                                            and not any(c.isdigit() for w in line.words for c in w.text)):
        return False
    band = band_of(line.chunks[0], bands)
    return (band if band is not None else sole_band(line.chunks[0], bands)) not in (None, 0)


def _titles_next(pending: list[TextLine], line: TextLine) -> bool:
    """Label-only lines over a period header ("7. BALANSE PR. 31.12.1996" over "1996  1995",
    "Balanse pr. 31.12." over "Note  2016  2015"): the title of the next statement, which starts
    there, not section titles of this one."""
    return bool(pending) and is_period_header(line.words)


MIN_LEFT_HEADERS = 2  # header cells over figure columns ("Regnskap | Budsjett"); one ("Side") heads a contents list


def _under_left_headers(current: list[TextLine], line: TextLine) -> bool:
    """A figure row under a run that is only a header row of words set flush left in wide columns
    over figures set flush right ("Regnskap hittil i år    Budsjett" over "17 850    18 000"), which
    ``fits_columns`` does not see as its columns: each figure starts right of its own header cell's
    start and ends before the next cell starts."""
    heads, figures = current[0].chunks[1:], line.chunks[1:]
    if len(current) != 1 or len(heads) < MIN_LEFT_HEADERS or len(heads) != len(figures) or any(is_figure_chunk(h) for h in heads) \
            or not all(is_figure_chunk(f) for f in figures):
        return False
    starts = [h[0].x0 for h in heads] + [float("inf")]
    return all(starts[k] <= f[0].x0 and f[-1].x1 < starts[k + 1] for k, f in enumerate(figures))


def _figure_row(line: TextLine) -> bool:
    return len(line.chunks) > 1 and all(FIGURE.match(c[0].text) for c in line.chunks)


def _spread_done(current: list[TextLine], pending: list[TextLine], line: TextLine) -> bool:
    """The run so far ends in a key-figure spread's row, big figures over their short labels
    ("31,6 MNOK | 74 | 6,4 %" over "Omsetning | Deltakere | Sykefravær"), and ``line`` is no
    further row of big figures: it is the page's text under the spread (a heading, the first
    lines of its text columns), however close and however aligned with the figures."""
    if pending or len(current) < 2 or _figure_row(line):
        return False
    figures, labels = current[-2:]
    return (_figure_row(figures) and len(labels.chunks) > 1 and not any(FIGURE.match(c[0].text) for c in labels.chunks)
            and figures.size >= SPREAD_SIZE * labels.size)


HEADING_SIZE = 1.3  # a label-only line set this many times the size of the run's rows, bold, is a heading


def _heading_size(current: list[TextLine], line: TextLine) -> bool:
    """``line`` is a sub-heading between two tables (a bold "Brukerrådet" set larger than the board
    table's rows, over the council's own table; "Ansatte" over the staff in a sidebar page's main
    column, after the board), not a section label or a wrapped cell inside the run."""
    return all(w.bold for w in line.words) and line.size >= HEADING_SIZE * median(r.size for r in current)


MIN_STATEMENT_ROWS = 2  # label-and-figures rows a run holds before running text under it ends it


def _prose_under_rows(current: list[TextLine], line: TextLine, tol: TableTolerances) -> bool:
    """``line`` is running text in page columns under a statement (its notes set in two columns, the
    first note's title level with the other column's first words): a line of no figure row and
    no header, every chunk of it words, one of them more than ``max_chunk_words`` words, most of them
    opening in lowercase. A statement's row holds a label and figures only, however long its label,
    and a key figure's row a share ("Overgang til jobb eller skole | 44 %")."""
    if line_kind(line) in ("row", "header") or sum(line_kind(row) == "row" for row in current) < MIN_STATEMENT_ROWS:
        return False
    chunks = [lettered(w.text for w in chunk) for chunk in line.chunks]
    return all(chunks) and max(map(len, chunks)) > tol.max_chunk_words \
        and mostly_lowercase((t for chunk in chunks for t in chunk), tol.min_prose_lowercase)


GRID_CELL_WORDS = 4  # a signature grid's cell: a name or a title, this many words at most


def _grid_row(line: TextLine) -> bool:
    return 2 <= len(line.chunks) and not any(ch.isdigit() for w in line.words for ch in w.text) \
        and all(len(chunk) <= GRID_CELL_WORDS for chunk in line.chunks)


def _signing_row(current: list[TextLine], line: TextLine) -> bool:
    """``line`` is the next row of a signature grid ``current`` is so far: every line, this one too,
    has the same number of short word-only cells ("Styreleiar | Nestleiar", "Kari Lid | Ola Hæve"),
    each starting where the first line's does. The grid's rows stand a signing space apart, wider
    than a table's spacer line, between the titles and the names or between a name and the next
    title: without this, the rows a signature's space apart part, and a title is read with the
    wrong name."""
    starts = [chunk[0].x0 for chunk in current[0].chunks]
    return all(_grid_row(row) and len(row.chunks) == len(starts)
               and all(abs(chunk[0].x0 - x) <= row.size for chunk, x in zip(row.chunks, starts))
               for row in (*current, line))


def lines_to_runs(lines: list[TextLine], tol: TableTolerances) -> list[list[TextLine]]:
    """Runs of nearby multi-chunk lines. Kept inside a run: tight single-chunk lines in a
    column band other than the first (wrapped cell text); lines with text only in the label
    column (wrapped labels, section titles) when a row that fits the columns follows, or
    when they hang tightly under the last row; and a blank spacer line before a row that
    fits the columns."""
    runs: list[list[TextLine]] = []
    current: list[TextLine] = []
    bands: list[Band] = []  # words_to_columns(current), kept up to date line by line
    pending: list[TextLine] = []  # label-only lines waiting for a row below
    before: TextLine | None = None  # the line before, when it is not in a run
    for line in lines:
        if current:
            last = (pending or current)[-1]
            gap, em = line_gap(last, line), line.size
            done = _spread_done(current, pending, line) or len(line.chunks) > 1 and _prose_under_rows(current, line, tol)
            if done:
                pass  # the run ends: the page's text under a key-figure spread or under a statement
            elif len(line.chunks) > 1:
                if (gap <= tol.max_row_gap_em * em and not pending) or (
                    gap <= tol.max_spacer_gap_em * em and (fits_columns(line, bands) or _under_left_headers(current, line))
                    and not _titles_next(pending, line)
                ) or (not pending and gap <= tol.max_signing_gap_em * em and _signing_row(current, line)):
                    current += pending + [line]
                    bands = add_to_columns(bands, line)
                    pending = []
                    continue
            elif (_joins_as_single(line, last, bands, bool(pending), tol) or not pending and wraps_value(last, line, tol)) \
                    and not _heading_size(current, line):
                current.append(line)
                continue
            elif (
                gap <= tol.max_spacer_gap_em * em
                and is_label_only(line, bands)
                and not _heading_size(current, line)
                and (len(pending) < tol.max_label_lines or _wraps_on(current[-1], pending, line, tol))
            ):
                pending.append(line)
                continue
            tail = _tight_tail(current, pending, tol)
            runs.append(current + tail)
            before = pending[-1] if len(tail) < len(pending) else None
            current, pending = [], []
        if len(line.chunks) > 1:
            centred = _centred_top(before, line, tol)
            current = [before, line] if centred or _wrap_before(before, line, tol) else [line]
            bands = add_to_columns([], line)
            if centred:  # the top cell's column, which may be empty on the label's line
                bands = add_to_columns(bands, before)
            before = None
        else:
            before = line
    if current:
        runs.append(current + _tight_tail(current, pending, tol))
    runs = [run[1:] if len(run) > 2 and _heading_beside(run[0], run[1:]) else run for run in runs]
    return [run for run in runs if sum(len(line.chunks) > 1 for line in run) >= 2]


def _heading_beside(line: TextLine, rest: list[TextLine]) -> bool:
    """A first line of words only, one of whose chunks is a heading (bold, ``HEADING_SIZE`` times the
    size of the run's other rows) beside a chunk that is none: a page's heading level with a
    sidebar's small title ("ORGANISASJON | Styre og ansatte" over the sidebar's role words beside
    the names), not the table's header row set large and bold ("Note | 2024 | 2023") nor a row of
    key figures set large with their units ("under 19 år | mill. | 200")."""
    if any(c.isdigit() for w in line.words for c in w.text):
        return False
    size = median(r.size for r in rest)
    heads = [all(w.bold for w in chunk) and median(w.size for w in chunk) >= HEADING_SIZE * size for chunk in line.chunks]
    return any(heads) and not all(heads)
