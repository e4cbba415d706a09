"""Tables aligned only by whitespace: financial statements, role/name lists, label: value lists.

A line is cut into *chunks* wherever the gap between two words is much wider than a space
(``column_gap_em`` font sizes). Runs of nearby lines with at least two chunks form a
candidate; the chunks' x-extents, merged across the run, give the column bands. Being
conservative matters more than recall here: prose never has wide gaps, and a candidate whose
cells read like sentences (two-column page layouts) or whose first column is only list
markers (bullets, "1.") is rejected. A financial statement stays one table through wrapped
labels, section titles, indented sub-items and blank spacer lines: lines with text only in
the label column are held until a row that fits the columns follows, then joined to the
row whose label they continue (``_label_target``) or kept as a row of their own. The column
bands and their header corrections are ``text_columns``'.
"""
from __future__ import annotations

import re
from statistics import median

from extractor.document import Cell, Provenance, Table
from extractor.parse import ascii_int
from extractor.ingest.primitives import PageContent, Word
from extractor.tables.base import TableStrategy, TableTolerances, rounded_bbox, table_confidence, tolerances_for
from extractor.tables.cells import FREE_WORDS, YEAR, is_numeric, rows_to_header_count, words_to_cell
from extractor.tables.titles import is_period_header
from extractor.tables.chunks import TextLine, split_under_columns, words_to_text_lines
from extractor.tables.stacked_figures import join_stacked_figures
from extractor.tables.tabbed import line_kind, tabbed_tables
from extractor.tables.text_columns import (Band, add_to_columns, band_of, cut_headers, fits_columns,
                                           headers_left_of_figures, headers_over_labels, is_label_only, label_band,
                                           sole_band, split_bridged, straddle_share,
                                           words_to_columns)

LIST_MARKER = re.compile(r"^([\u2022\u25cf\u25aa\u25a0\u2013\u2014\-*\uf0b7\uf0a7o]|\(?\d{1,2}[.)]|\(?[a-z][.)])$")

LABEL_LINKS = frozenset({"for", "av", "til", "fra", "frå"})  # "Vara for" / "Etne": a label its next line completes
GAP_MARGIN_EM = 0.1  # vertical gaps closer than this many font sizes count as equal
# A capitalised line under a closed label of figures ("Sum driftsinntekter" / "Driftskostnader")
# wraps it only when clearly nearer to it than to the row below: a wrap's lines sit tighter than
# rows do, and a section title a renderer spaces a point or so closer is not one (a name in a
# narrow column does wrap capitalised: "Tormod" / "Bjørnereim").
TITLE_GAP_MARGIN_EM = 0.3


# the tail of a label a narrow column wrapped: "(NOK million)", a date ("Egenkapital" / "31.12.2023")
_TAIL_START = re.compile(r"\(|\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?$")


LEADER_WORD = re.compile(r"^(?:\.{4,}|…{2,})$")  # a tab's dotted leader (``pdf_words.split_leaders``): no cell


def _goes_on(text: str) -> bool:
    """A label-only line that reads as the rest of the label above it: lowercase, a bracket or
    a bare date (names and section titles start with a capital)."""
    return text[:1].islower() or _TAIL_START.match(text) is not None


def _gap(prev: TextLine, line: TextLine) -> float:
    return line.top - prev.bottom


def _tight(prev: TextLine, line: TextLine, tol: TableTolerances) -> bool:
    return _gap(prev, line) <= tol.wrap_gap_em * max(prev.size, line.size)


def _text(line: TextLine) -> str:
    return " ".join(w.text for w in line.words)


def _wrap_before(prev: TextLine | None, line: TextLine, tol: TableTolerances) -> bool:
    """``prev`` (one chunk) is the first half of ``line``'s label, printed above it: tight,
    in the label column, and the label goes on in lowercase ("Andre" / "driftskostnader 3 511")."""
    if prev is None or len(prev.chunks) != 1 or not _tight(prev, line, tol):
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
    if prev is None or len(prev.chunks) != 1 or not _tight(prev, line, tol) or _has_figures([prev.words]):
        return False
    return prev.chunks[0][0].x0 > line.chunks[0][-1].x1  # right of the label: in a column of its own or another


def _tight_tail(run: list[TextLine], pending: list[TextLine], tol: TableTolerances) -> list[TextLine]:
    """The label-only lines after a run's last row that are that row's wrapped label: tight
    under it, and closer than the rows are to each other or going on in lowercase (at single
    spacing a short line under a table, "Oslo, 5. mars 2015", is as close as a row)."""
    gaps = [_gap(a, b) for a, b in zip(run, run[1:]) if len(a.chunks) > 1 and len(b.chunks) > 1]
    spacing = median(gaps) if gaps else float("inf")
    tail: list[TextLine] = []
    for line in pending:
        prev = (tail or run)[-1]
        closer = _gap(prev, line) + GAP_MARGIN_EM * line.size < spacing
        if not _tight(prev, line, tol) or not (closer or _goes_on(_text(line))):
            break
        tail.append(line)
    return tail


def _wraps_on(row: TextLine, pending: list[TextLine], line: TextLine, tol: TableTolerances) -> bool:
    """``pending`` and then ``line`` hang in a tight chain under ``row``: the row's label wrapped
    onto more lines than ``max_label_lines`` (a narrow label column), up to
    ``max_wrapped_label_lines``; a section title stands a row gap apart and breaks the chain."""
    chain = [row, *pending, line]
    return len(pending) < tol.max_wrapped_label_lines and all(_tight(a, b, tol) for a, b in zip(chain, chain[1:]))


def _joins_as_single(line: TextLine, last: TextLine, bands: list[Band], pending: bool, tol: TableTolerances) -> bool:
    """A single-chunk line in a column band other than the first: wrapped cell text when tight,
    or words alone a row's distance below (a list's next names under one label: "Styremedlemmer: A"
    / "B" / "C")."""
    if pending or len(line.chunks) != 1:
        return False
    if not _tight(last, line, tol) and not (_gap(last, line) <= tol.max_row_gap_em * line.size
                                            and not any(c.isdigit() for w in line.words for c in w.text)):
        return False
    band = band_of(line.chunks[0], bands)
    return (band if band is not None else sole_band(line.chunks[0], bands)) not in (None, 0)


def _titles_next(pending: list[TextLine], line: TextLine) -> bool:
    """Label-only lines over a period header ("7. BALANSE PR. 31.12.1996" over "1996  1995",
    "Balanse pr. 31.12." over "Note  2016  2015"): the title of the next statement, which starts
    there, not section titles of this one."""
    return bool(pending) and is_period_header(line.words)


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
            gap, em = _gap(last, line), line.size
            if len(line.chunks) > 1:
                if (gap <= tol.max_row_gap_em * em and not pending) or (
                    gap <= tol.max_spacer_gap_em * em and fits_columns(line, bands) and not _titles_next(pending, line)
                ):
                    current += pending + [line]
                    bands = add_to_columns(bands, line)
                    pending = []
                    continue
            elif _joins_as_single(line, last, bands, bool(pending), tol):
                current.append(line)
                continue
            elif (
                gap <= tol.max_spacer_gap_em * em
                and is_label_only(line, bands)
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
    return [run for run in runs if sum(len(line.chunks) > 1 for line in run) >= 2]


def _label_target(
    block: list[TextLine], prev: TextLine | None, after: TextLine | None, labels: tuple[str, str], tol: TableTolerances
) -> str | None:
    """Where label-only lines belong: "prev" (the label of the row above wraps onto them),
    "next" (the label of the row below starts on them) or None (a row of their own, such as
    a section title). They continue the row above when it has a label (not a header row
    such as "Note | 2024 | 2023") and they are tight under it and nearer to it than to the
    row below (clearly nearer when they start with a capital after a closed label of figures:
    ``TITLE_GAP_MARGIN_EM``), or, at equal spacing, start lowercase or follow a label
    ending in "-", "," or a joining word ("og", "fra"). They start the row below only when
    tight above it and that row's label is empty, starts lowercase, or they end in such a
    way: a section title right above its first item looks just like a wrapped label."""
    first, last = block[0], block[-1]
    gap_prev = _gap(prev, first) if prev is not None else None
    gap_next = _gap(last, after) if after is not None else None
    limit = tol.wrap_gap_em * first.size
    tight_prev = gap_prev is not None and gap_prev <= limit
    tight_next = gap_next is not None and gap_next <= limit
    prev_label, next_label = labels
    figures = prev is not None and any(is_numeric(" ".join(w.text for w in c)) for c in prev.chunks[1:])
    goes_on = _goes_on(_text(first)) or _open_ended(prev_label)
    nearer = gap_next is None or gap_prev is not None and gap_prev + TITLE_GAP_MARGIN_EM * first.size < gap_next
    if tight_prev and prev_label and (goes_on or not figures or nearer) \
            and (not tight_next or gap_prev + GAP_MARGIN_EM * first.size < gap_next):
        return "prev"  # names wrap capitalised, but nearer to their row than a title would be
    if tight_prev and prev_label and goes_on:
        return "prev"
    if tight_next and (not next_label or next_label[:1].islower() or _open_ended(_text(last))):
        return "next"
    return None


def _open_ended(label: str) -> bool:
    """A label that visibly goes on: ends in "-", "," or a joining word ("og", "fra")."""
    words = label.split()
    return bool(words) and (label.endswith(("-", ",")) or words[-1].casefold() in FREE_WORDS)


def _cell_text(words: list[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: (round(w.top), w.x0)))


def _line_to_cells(line: TextLine, bands: list[Band]) -> list[list[Word]]:
    cells: list[list[Word]] = [[] for _ in bands]
    for chunk in line.chunks:
        index = band_of(chunk, bands)
        index = sole_band(chunk, bands) if index is None else index  # reaches past its band's edge only
        if index is None:  # straddles: put it where it starts
            index = max(i for i, b in enumerate(bands) if b[0] <= chunk[0].x0 + 1) if chunk[0].x0 + 1 >= bands[0][0] else 0
        cells[index].extend(chunk)
    return cells


def _band_chunks(run: list[TextLine], bands: list[Band]) -> list[list[str]]:
    """Each line's words per column: justified text in narrow page columns opens wide gaps between
    its words, so its chunks are a word or two where its columns' lines are whole phrases."""
    cells = [[w.text for w in c] for line in run if len(line.chunks) > 1 for c in _line_to_cells(line, bands)]
    return [c for c in cells if c]


def lines_to_rows(lines: list[TextLine], bands: list[Band], tol: TableTolerances) -> list[list[list[Word]]]:
    """Each line starts a row, except a tight line with nothing in the first column under a
    row that has something there (wrapped text of the row above), a tight labelled line under
    the top of its own centred cells or under a label it completes ("Vara for" / "Etne"), and
    lines with text only in the label column that continue the label of the row above or start
    the label of the row below (``_label_target``)."""
    lines = join_stacked_figures(lines, lambda line: _line_to_cells(line, bands), lambda a, b: _tight(a, b, tol))
    rows: list[list[list[Word]]] = []
    carry: list[Word] = []  # label words for the row below
    orphan: list[list[Word]] | None = None  # a row that may be the top of the next line's cells
    index = 0
    while index < len(lines):
        line = lines[index]
        if is_label_only(line, bands):
            end = index + 1
            while end < len(lines) and is_label_only(lines[end], bands) and _tight(lines[end - 1], lines[end], tol):
                end += 1
            block = lines[index:end]
            prev = lines[index - 1] if rows and index else None
            after = lines[end] if end < len(lines) else None
            prev_label = _cell_text(rows[-1][0]) if rows else ""
            next_label = _cell_text(_line_to_cells(after, bands)[0]) if after else ""
            target = _label_target(block, prev, after, (prev_label, next_label), tol)
            words = [w for b in block for w in b.words]
            if target == "prev" and rows:
                rows[-1][0].extend(words)
            elif target == "next":
                carry.extend(words)
            else:  # rows of their own: section titles, one per line unless a line goes on lowercase
                for part in _title_rows(block):
                    rows.append([part] + [[] for _ in bands[1:]])
            index = end
            continue
        cells = _line_to_cells(line, bands)
        prev_line = lines[index - 1] if index else None
        tight = prev_line is not None and _tight(prev_line, line, tol)
        if rows and tight and not carry and not cells[0] and (rows[-1][0] or _wraps_header(rows[-1], cells)) \
                and not _second_entry(rows[-1], cells):
            for target_cell, extra in zip(rows[-1], cells):
                target_cell.extend(extra)
        elif rows and tight and not carry and cells[0] and (orphan is rows[-1] or _links_on(_cell_text(rows[-1][0]))) \
                and not _has_figures(rows[-1]) and not _has_figures(cells):  # figures: a header over a statement's row
            rows[-1] = [above + cell for above, cell in zip(rows[-1], cells)]  # centred cells; "Vara for" / "Solund"
        else:
            cells[0] = carry + cells[0]
            carry = []
            rows.append(cells)
            # A row without a label, a gap above it and its next line tight under it: the top of
            # a cell wrapped onto more lines than the label's, which sits centred lower down
            # (a browser centres table cells vertically: "Randi Solheim" / "Styreleiar | Flatjord").
            orphan = cells if not cells[0] and not tight else None
        index += 1
    if carry:
        rows.append([carry] + [[] for _ in bands[1:]])
    return rows


def _links_on(label: str) -> bool:
    """A label ending in a preposition that its next line completes ("Vara for" / "Etne")."""
    words = label.split()
    return bool(words) and words[-1].casefold() in LABEL_LINKS


def _has_figures(cells: list[list[Word]]) -> bool:
    return any(ch.isdigit() for cell in cells for w in cell for ch in w.text)


def _second_entry(upper: list[list[Word]], lower: list[list[Word]]) -> bool:
    """``lower`` is another entry under the label of ``upper`` ("Varamedlemmer | Ola Dahl | Vang"
    over " | Kari Moe | Lom"), not its wrapped text: it fills the same two or more columns after
    the label, each starting anew with a capital, as text seldom wraps in every column at once."""
    filled = [i for i, cell in enumerate(lower[1:], 1) if cell]
    return len(filled) >= 2 and filled == [i for i, cell in enumerate(upper[1:], 1) if cell] and all(
        lower[i][0].text[:1].isupper() and upper[i][0].text[:1].isupper() for i in filled)


def _wraps_header(upper: list[list[Word]], lower: list[list[Word]]) -> bool:
    """``lower`` is the second line of header cells wrapped in their columns ("Regnskap" over
    "2023"): neither has a label, ``lower`` fills only columns ``upper`` fills, and holds words and
    years, no amounts (a row of figures without a label stays a row)."""
    return not upper[0] and all(u for u, low in zip(upper, lower) if low) and all(
        YEAR.match(w.text) or any(ch.isalpha() for ch in w.text) for cell in lower for w in cell)


def _title_rows(block: list[TextLine]) -> list[list[Word]]:
    """Label-only lines standing as rows: "Eiendeler" over "Anleggsmidler" are two section
    titles, a line going on in lowercase (or after an open end) continues the one above."""
    parts: list[list[Word]] = []
    for line in block:
        if parts and (_text(line)[:1].islower() or _open_ended(" ".join(w.text for w in parts[-1]))):
            parts[-1].extend(line.words)
        else:
            parts.append(list(line.words))
    return parts


def looks_like_prose(chunks: list[list[str]], tol: TableTolerances) -> bool:
    """Chunks (one line's text within one column) that read like sentences: page columns or
    a text box beside text, not a table. Numbers do not count as words, so "12 345 678"
    in a financial statement stays short; nor do names make a sentence: a committee beside
    its members ("Valgkomité" | "Kari Lie (leder), Ola Dahl, Per Ek") has a sentence's
    words, but few lowercase ones."""
    words = [[token for token in chunk if any(ch.isalpha() for ch in token)] for chunk in chunks]
    words = [chunk for chunk in words if chunk]
    if not words:
        return True
    total = sum(len(chunk) for chunk in words)
    lower = sum(_starts_lowercase(token) for chunk in words for token in chunk)
    return total / len(words) > tol.max_chunk_words and lower >= tol.min_prose_lowercase * total


def _starts_lowercase(token: str) -> bool:
    letter = next(ch for ch in token if ch.isalpha())
    return letter.islower()


def _labels_and_figures(run: list[TextLine]) -> bool:
    """Every line with columns is a label followed by figures only, or a header of years: a
    statement whose labels run long on one line (a web page's table sized to its text), not
    prose, however many words its labels hold."""
    kinds = [line_kind(line) for line in run if len(line.chunks) > 1]
    return kinds.count("row") >= 2 and all(kind in ("row", "header") for kind in kinds)


def _is_marker(text: str) -> bool:
    """A list marker, or what OCR makes of a bullet ("e", "¢", "*.")."""
    return bool(LIST_MARKER.match(text)) or (len(text) <= 2 and not any(ch.isdigit() for ch in text))


def _is_list(rows: list[list[list[Word]]]) -> bool:
    """Bulleted or numbered lists, and text with line numbers in the margin."""
    first = [cell for cell in (row[0] for row in rows) if cell]
    if not first or not all(len(c) == 1 for c in first):
        return False
    return all(_is_marker(c[0].text) for c in first)


def _is_counting(rows: list[list[list[Word]]], index: int) -> bool:
    """A column of line numbers (1, 2, 3, ...): margin numbering, not table data."""
    cells = [row[index] for row in rows if row[index]]
    numbers = [ascii_int(c[0].text) for c in cells if len(c) == 1]
    if len(numbers) < 2 or len(numbers) != len(cells) or None in numbers:
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _before_list(run: list[TextLine]) -> list[TextLine]:
    """The run without a bulleted or numbered list that follows its rows closely (a table's
    last row, then the list under it, spaced like rows): the list is text, not rows of it."""
    marked = [len(line.chunks) > 1 and len(line.chunks[0]) == 1 and _is_marker(line.chunks[0][0].text)
              for line in run]
    k = len(run)
    while k and marked[k - 1]:
        k -= 1
    return run[:k] if 2 <= k < len(run) and not any(marked[:k]) else run


def run_to_table(run: list[TextLine], page: PageContent, tol: TableTolerances) -> Table | None:
    run = cut_headers(_before_list(run))
    bands = headers_left_of_figures(run, headers_over_labels(run, split_bridged(words_to_columns(run), run)))
    if len(bands) < 2:
        return None
    bands = label_band(run, bands)
    word_rows = lines_to_rows(run, bands, tol)
    chunks = [[w.text for w in c] for line in run if len(line.chunks) > 1 for c in line.chunks]
    if len(word_rows) < 2 or (looks_like_prose(chunks, tol) or looks_like_prose(_band_chunks(run, bands), tol)) \
            and not _labels_and_figures(run) or _is_list(word_rows):
        return None
    used = [i for i in range(len(bands)) if any(row[i] for row in word_rows)]
    used = [i for i in used if i not in (used[0], used[-1]) or not _is_counting(word_rows, i)]
    # real columns are filled in most rows; prose lines of two page columns cut at
    # different places give many bands each filled once
    steady = [i for i in used if sum(bool(row[i]) for row in word_rows) >= max(2, len(word_rows) / 2)]
    if len(used) < 2 or len(steady) < 2:
        return None
    rows: list[list[Cell]] = []
    bold_rows: list[bool] = []
    for cells in word_rows:
        words = [w for c in cells for w in c]
        top, bottom = min(w.top for w in words), max(w.bottom for w in words)
        rows.append(
            [
                words_to_cell(cells[i], page.number, (bands[i][0], top, bands[i][1], bottom), right_edge=bands[i][1])
                for i in used
            ]
        )
        bold_rows.append(all(w.bold for w in words))
    accuracy = 1.0 - straddle_share(run, bands)
    positions = sum(len(r) for r in rows)
    whitespace = sum(not c.text for r in rows for c in r) / positions
    header_rows = rows_to_header_count(rows, bold_rows)
    bbox = (bands[used[0]][0], run[0].top, bands[used[-1]][1], run[-1].bottom)
    confidence = table_confidence(accuracy, whitespace, "text", len(rows) - header_rows, len(used))
    return Table(
        rows=rows,
        prov=Provenance(page=page.number, bbox=rounded_bbox(bbox)),
        strategy="text",
        confidence=confidence,
        header_rows=header_rows,
        pages=[page.number],
    )


class TextAlignedStrategy(TableStrategy):
    name = "text"

    def find(self, page: PageContent) -> list[Table]:
        tol = tolerances_for(page, self.base_tolerances)
        lines = words_to_text_lines([w for w in page.words if not LEADER_WORD.match(w.text)], tol)
        tabbed, lines = tabbed_tables(lines, page, tol)
        split_under_columns(lines, tol)
        tables = (run_to_table(run, page, tol) for run in lines_to_runs(lines, tol))
        return tabbed + [t for t in tables if t is not None]
