"""Grids drawn only in part: rows and reach from the text where the rules say nothing.

Accounting statements and system exports rule a line under each sum and nothing else, so a
grid of horizontal rules alone holds many text lines between two rules, and the statement
goes on above its first rule (the header, the first items) and below its last. Here:

- ``lines_to_grow``: lines directly above and below such a grid, inside its width, whose
  chunks each fall in one of its columns, are taken in (a header of two lines, "Budsjett"
  over "2025", included); the first line that does not fit (a title, prose) stops it, and
  the ruled strategy keeps only as many as leave the columns as they were; a line set larger
  than the grid's text (the statement's heading) stops it too. A label may run past the label
  column's inferred edge up to where the figures begin: the grand total under the last rule
  ("Sum egenkapital og gjeld") is often longer than every label above it (``label_cut``);
- ``split_bands``: a band between two rules is cut into one row per text line when at least
  two of its lines fill two or more columns, or a group head stands over a row in it (``head_cuts``
  alone for drawn cells); a line continuing a label in lowercase, or holding text only outside
  the first column tight under a row, stays with the row above, and figures set midway beside a
  label of two lines stay with both;
- ``mend_cuts``: a column cut set midway between the columns' figures can run through a header
  taken in above them, left-aligned in its cell over right-aligned figures, and leave a short
  "2024" under "Regnskap" in the column before; the cut moves into the gap the header leaves.
"""
from __future__ import annotations

from bisect import bisect_right
from statistics import median

from extractor.ingest.primitives import Word, word_centre_in
from extractor.ingest.prose import lettered, mostly_lowercase
from extractor.tables.base import TableTolerances
from extractor.tables.cells import YEAR, words_to_lines
from extractor.tables.chunks import line_to_chunks
from extractor.tables.titles import TITLE_SIZE_STEP

LABEL_INDENT_EM = 3.0  # a sum's label may be indented this much past the labels above it
SENTENCE_WORDS = 6  # words of a line of text alone running across the label column's edge: a sentence


def _columns_of(line: list[Word], xs: list[float]) -> set[int]:
    return {bisect_right(xs, (w.x0 + w.x1) / 2) for w in line}


def _label_span(inside: list[Word], xs: list[float]) -> tuple[float, float]:
    """Where the labels inside start (the leftmost) and where the figures right of them begin
    (the label column's edge where there are none)."""
    starts = [w.x0 for w in inside if (w.x0 + w.x1) / 2 < xs[1]]
    reach = min((w.x0 for w in inside if len(xs) > 2 and xs[1] <= (w.x0 + w.x1) / 2 < xs[2]), default=xs[1])
    return min(starts, default=xs[0]), reach


def _label_chunk(chunk: list[Word], labels: tuple[float, float], size: float) -> bool:
    start, reach = labels
    return chunk[0].x0 <= start + LABEL_INDENT_EM * size and chunk[-1].x1 < reach


def label_cut(xs: list[float], inside: list[Word], grown: list[list[Word]], gap_em: float) -> float:
    """The label column's right edge with the labels grown in: moved right, midway to the
    figures, where a grown label runs past it."""
    if len(xs) <= 2:
        return xs[1]
    labels = _label_span(inside, xs)
    ends = [chunk[-1].x1 for line in grown for chunk in line_to_chunks(line, gap_em)[:1]
            if _label_chunk(chunk, labels, max(w.size for w in line))]
    return (max(ends) + labels[1]) / 2 if max(ends, default=xs[1]) > xs[1] else xs[1]


def _fits(line: list[Word], xs: list[float], size: float, gap_em: float, labels: tuple[float, float]) -> bool:
    """Inside the grid's width, every chunk (``line_to_chunks``) readable text within one
    column, or a label starting where the labels do (an indent allowed; a centred page
    footer does not) and ending before the figures (``labels``); in a header line with a
    year ("2025 Budsjett 2026") each word may stand alone."""
    if line[0].x0 < xs[0] - size or line[-1].x1 > xs[-1] + size:
        return False
    chunks = line_to_chunks(line, gap_em)
    if not all(any(ch.isalnum() for w in chunk for ch in w.text) for chunk in chunks):
        return False  # a chart's marks and rules read by OCR ("|", "°", "===")
    if any(YEAR.match(w.text) for w in line):
        chunks = [[w] for w in line]
    return all(len(_columns_of(chunk, xs)) == 1 or _label_chunk(chunk, labels, size) for chunk in chunks)


def _reach(lines: list[list[Word]], inside: list[Word], xs: list[float], tol: TableTolerances, upward: bool):
    """The lines next to the grid (nearest first) that continue it. A line continues it when it
    fits the columns and puts something right of the label column (figures, a header such as
    "Budsjett" or "2024"); lines with text only in the label column or left of it are kept
    between such lines (a section title) but not at the far end (a title or a caption)."""
    label_col = max(range(1, len(xs)), key=lambda c: sum(
        ch.isalpha() for w in inside if bisect_right(xs, (w.x0 + w.x1) / 2) == c for ch in w.text))
    taken: list[list[Word]] = []
    edge = min(w.top for w in inside) if upward else max(w.bottom for w in inside)
    body = median(w.size for w in inside)
    labels = _label_span(inside, xs)
    for line in lines:
        size = max(w.size for w in line)
        gap = edge - max(w.bottom for w in line) if upward else min(w.top for w in line) - edge
        heading = all(w.size > body * TITLE_SIZE_STEP for w in line)  # "Resultatregnskap" over it
        if heading or gap > tol.max_row_gap_em * size or not _fits(line, xs, size, tol.column_gap_em, labels) \
                or _sentence(line, xs, tol):
            break
        taken.append(line)
        edge = min(w.top for w in line) if upward else max(w.bottom for w in line)
    while taken and _labels_only(taken[-1], xs, label_col, labels) and (upward or not _goes_on(taken, tol)):
        taken.pop()
    return taken


def _sentence(line: list[Word], xs: list[float], tol: TableTolerances) -> bool:
    """A line of running text beside the grid: one chunk, no figures beside it, running from the
    label column across its edge, of a sentence's words, most in lowercase (a justified paragraph
    set right above an unheaded table whose last word reaches the figures' edge)."""
    chunks = line_to_chunks(line, tol.column_gap_em)
    texts = [w.text for w in line]
    if len(xs) < 3 or len(chunks) != 1 or not (line[0].x0 < xs[1] < line[-1].x1) or len(lettered(texts)) < SENTENCE_WORDS:
        return False
    return mostly_lowercase(texts, tol.min_prose_lowercase)


def _labels_only(line: list[Word], xs: list[float], label_col: int, labels: tuple[float, float]) -> bool:
    """Nothing right of the labels: every word in the label column or before, or the line
    ending before the figures begin (a sentence under the grid as long as its longest label)."""
    return max(_columns_of(line, xs)) <= label_col or line[-1].x1 < labels[1]


def _goes_on(taken: list[list[Word]], tol: TableTolerances) -> bool:
    """The last line below a grid goes on the label of the line above it: tight under it and in
    lowercase ("Sum egenkapital og" over "gjeld"), not a title or a caption."""
    if len(taken) < 2:
        return False
    prev, line = taken[-2], taken[-1]
    gap = min(w.top for w in line) - max(w.bottom for w in prev)
    return line[0].text[:1].islower() and gap <= tol.wrap_gap_em * max(w.size for w in line)


def lines_to_grow(xs: list[float], ys: list[float], words: list[Word], inside: list[Word],
                  tol: TableTolerances) -> tuple[list[list[Word]], list[list[Word]]]:
    """The lines above and below a grid of horizontal rules that continue it (nearest first;
    see the module docstring)."""
    if not inside:
        return [], []
    top, bottom = ys[0], ys[-1]
    near = [w for w in words if xs[0] - w.size <= (w.x0 + w.x1) / 2 <= xs[-1] + w.size
            and not word_centre_in(w, (xs[0], top, xs[-1], bottom))]
    lines = words_to_lines(near)
    above = [ln for ln in lines if max(w.bottom for w in ln) <= top + tol.snap][::-1]
    below = [ln for ln in lines if min(w.top for w in ln) >= bottom - tol.snap]
    return _reach(above, inside, xs, tol, upward=True), _reach(below, inside, xs, tol, upward=False)


def band_cuts(lines: list[list[Word]], xs: list[float], tol: TableTolerances) -> list[float]:
    """Where to cut a band between two rules into rows (y positions), or [] to keep it whole."""
    filled = [len(_columns_of(line, xs)) for line in lines]
    if len(lines) < 2 or sum(n >= 2 for n in filled) < 2 and not any(
            _heads_row(upper, lower, xs, tol) for upper, lower in zip(lines, lines[1:])):
        return []

    def tight(upper: list[Word], lower: list[Word]) -> bool:
        return _tight(upper, lower, tol)

    def goes_on(upper: list[Word], lower: list[Word]) -> bool:  # a label's next line, in lowercase
        return _columns_of(lower, xs) == {1} and lower[0].text[:1].islower() and tight(upper, lower)

    cuts = []
    for k, (prev, line, n) in enumerate(zip(lines, lines[1:], filled[1:])):
        after = lines[k + 2] if k + 2 < len(lines) else None
        wrapped = goes_on(prev, line) or tight(prev, line) and 1 not in _columns_of(line, xs) and (
            n == 1 and 1 in _columns_of(prev, xs)
            # figures set midway beside a label of two lines ("Tilskot frå" / "fylkeskommunen")
            or _columns_of(prev, xs) == {1} and after is not None and goes_on(line, after))
        if not wrapped:
            cuts.append((max(w.bottom for w in prev) + min(w.top for w in line)) / 2)
    return cuts


def head_cuts(lines: list[list[Word]], xs: list[float], tol: TableTolerances) -> list[float]:
    """Where a band of drawn cells is cut: only under a group head standing over a row in it
    (``_heads_row``); a drawn cell of two lines stays one row."""
    return [(max(w.bottom for w in upper) + min(w.top for w in lower)) / 2
            for upper, lower in zip(lines, lines[1:]) if _heads_row(upper, lower, xs, tol)]


def _tight(upper: list[Word], lower: list[Word], tol: TableTolerances) -> bool:
    return min(w.top for w in lower) - max(w.bottom for w in upper) <= tol.wrap_gap_em * max(w.size for w in lower)


def _heads_row(upper: list[Word], lower: list[Word], xs: list[float], tol: TableTolerances) -> bool:
    """``upper`` is a group head over the row ``lower`` in one band (a designer rules each row
    under itself, and a head such as "Driftskostnader" has no rule of its own): text in the label
    column alone, set apart from the row (bold over a plain row, or further off than a wrapped
    label's lines), which starts with a capital and has a label and figures."""
    if _columns_of(upper, xs) != {1} or len(_columns_of(lower, xs)) < 2 or 1 not in _columns_of(lower, xs):
        return False
    if not lower[0].text[:1].isupper():
        return False
    return not _tight(upper, lower, tol) or all(w.bold for w in upper) and not all(w.bold for w in lower)


PHRASE_GAP_EM = 0.5  # a lowercase word this close after another goes on its phrase ("Valgt for")


def _goes_on_phrase(before: Word, word: Word) -> bool:
    """``word`` goes on the header phrase ``before`` it on its line, a word space on, in lowercase
    or in parentheses ("Valgt for", "Status (gjenvalg/ny)"): one cell's header, set wider than the
    short values under it, not the start of the next column's."""
    return abs(word.top - before.top) <= 1.0 and 0 <= word.x0 - before.x1 <= PHRASE_GAP_EM * word.size \
        and (word.text[:1].islower() or word.text[:1] == "(")


def mend_cuts(xs: list[float], inside: list[Word], grown: list[Word], tol: float = 1.0) -> list[float]:
    """``xs`` with each cut between figure columns that the header words taken in above them
    (``grown``) do not respect moved to the middle of the gap they leave. A header word lies
    right of a cut when it starts after the figures left of the cut end (no header of a column
    starts after that column's own figures), left when it ends before the figures right of it
    begin, else by its centre; a lowercase word going on the phrase before it (``_goes_on_phrase``)
    lies where that phrase does. The first column, the labels, is left alone: a label grown in
    may be longer than those inside."""
    mended = list(xs)
    for i in range(2, len(xs) - 1):
        left = [w.x1 for w in inside if xs[i - 1] <= (w.x0 + w.x1) / 2 < xs[i]]
        right = [w.x0 for w in inside if xs[i] <= (w.x0 + w.x1) / 2 < xs[i + 1]]
        if not left or not right:
            continue
        figures_end, figures_start = max(left), min(right)
        left_end, right_start = figures_end, figures_start  # widened by the header words
        before, went_right = None, False
        for w in grown:
            if not (xs[i - 1] < w.x1 and w.x0 < xs[i + 1]):
                before = None
                continue
            if before is not None and _goes_on_phrase(before, w):
                right = went_right
            else:
                right = w.x0 > figures_end + tol or (w.x1 >= figures_start - tol and (w.x0 + w.x1) / 2 >= xs[i])
            if right:
                right_start = min(right_start, w.x0)
            else:
                left_end = max(left_end, w.x1)
            before, went_right = w, right
        if left_end < right_start and not left_end <= mended[i] <= right_start:
            mended[i] = (left_end + right_start) / 2
    return mended
