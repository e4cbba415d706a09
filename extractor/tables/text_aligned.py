"""Tables aligned only by whitespace: financial statements, role/name lists, label: value lists.

A line is cut into *chunks* wherever the gap between two words is much wider than a space
(``column_gap_em`` font sizes). Runs of nearby lines with at least two chunks form a
candidate; the chunks' x-extents, merged across the run, give the column bands. Being
conservative matters more than recall here: prose never has wide gaps, and a candidate whose
cells read like sentences (two-column page layouts) or whose first column is only list
markers (bullets, "1.") is rejected. A financial statement stays one table through wrapped
labels, section titles, indented sub-items and blank spacer lines: lines with text only in
the label column are held until a row that fits the columns follows, then joined to the
row whose label they continue (``text_rows._label_target``) or kept as a row of their own. The
runs are ``text_runs``', the rows ``text_rows``', the column bands and their header corrections
``text_columns``'; this module keeps what rejects a candidate and builds the table.
"""
from __future__ import annotations

import re

from extractor.document import Cell, Provenance, Table
from extractor.parse import ascii_int
from extractor.ingest.layout import DASHES, FILLED_BULLETS, SYMBOL_BULLETS
from extractor.ingest.primitives import PageContent, Word
from extractor.ingest.prose import is_short_label, lettered, mostly_lowercase, runs_on
from extractor.tables.base import TableStrategy, TableTolerances, rounded_bbox, table_confidence, tolerances_for
from extractor.tables.cells import rows_to_header_count, words_to_cell, words_to_lines
from extractor.tables.chunks import TextLine, split_under_columns, words_to_text_lines
from extractor.tables.single_rows import single_row_tables
from extractor.tables.stacked_figures import join_wrapped_labels, lift_centred_labels, lift_wrapped_values
from extractor.tables.tabbed import line_kind, tabbed_tables
from extractor.tables.text_columns import (Band, cut_headers, headers_left_of_figures, headers_over_labels, label_band,
                                           split_bridged, straddle_share, words_to_columns)
from extractor.tables.titles import edge_headings
from extractor.tables.text_rows import line_to_cells, lines_to_rows
from extractor.tables.text_runs import lines_to_runs

BULLETS = FILLED_BULLETS | SYMBOL_BULLETS  # a bulleted column's mark, never a dash or letter
LIST_MARKS = BULLETS | DASHES | {"*", "o"}  # what OCR or a font may make of a bullet besides
ENUMERATION = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)])$")
LABELLED_SHARE = 2 / 3  # short labels in this share of the rows or more, beside cells of one line in this share
MIN_LABELLED_ROWS = 3
LEADER_WORD = re.compile(r"^(?:\.{4,}|…{2,})$")  # a tab's dotted leader (``pdf_words.split_leaders``): no cell


def _band_chunks(run: list[TextLine], bands: list[Band]) -> list[list[str]]:
    """Each line's words per column: justified text in narrow page columns opens wide gaps between
    its words, so its chunks are a word or two where its columns' lines are whole phrases."""
    cells = [[w.text for w in c] for line in run if len(line.chunks) > 1 for c in line_to_cells(line, bands)]
    return [c for c in cells if c]


def looks_like_prose(chunks: list[list[str]], tol: TableTolerances) -> bool:
    """Chunks (one line's text within one column) that read like sentences: page columns or
    a text box beside text, not a table. Numbers do not count as words, so "12 345 678"
    in a financial statement stays short; nor do names make a sentence: a committee beside
    its members ("Valgkomité" | "Kari Lie (leder), Ola Dahl, Per Ek") has a sentence's
    words, but few lowercase ones."""
    words = [w for w in map(lettered, chunks) if w]
    if not words:
        return True
    return sum(map(len, words)) / len(words) > tol.max_chunk_words \
        and mostly_lowercase((t for chunk in words for t in chunk), tol.min_prose_lowercase)


def _labels_and_figures(run: list[TextLine]) -> bool:
    """Every line with columns is a label followed by figures only, or a header of years: a
    statement whose labels run long on one line (a web page's table sized to its text), not
    prose, however many words its labels hold."""
    kinds = [line_kind(line) for line in run if len(line.chunks) > 1]
    return kinds.count("row") >= 2 and all(kind in ("row", "header") for kind in kinds)


def _labels_beside_lines(rows: list[list[list[Word]]]) -> bool:
    """A column of short labels beside cells of one line each that open anew: a board's role words
    in a sidebar, each level with "Kari Holm, oppnevnt av Hol kommune", whose asides hold as many
    lowercase words as the names hold capitals. Two page columns of running text have no column of
    labels, and side-heads stand beside paragraphs of several lines, their lines running on."""
    cells = [words_to_lines(cell) for row in rows for cell in row[1:] if cell]
    short = sum(is_short_label(w.text for w in row[0]) for row in rows)
    single = sum(len(lines) == 1 for lines in cells)
    return len(rows) >= MIN_LABELLED_ROWS and short >= LABELLED_SHARE * len(rows) \
        and single >= LABELLED_SHARE * len(cells) and not runs_on(lines[0] for lines in cells)


SIDE_BY_SIDE_ROWS = 4  # captions under pictures set side by side: a line or two each, and what stands under them
SENTENCE_WORDS = 5  # words of a sentence wrapped from one line of its column onto the next ...
SENTENCE_LOWERCASE = 0.5  # ... this share of them at least opening in lowercase (not a list of names)
_FIGURE_CELL = re.compile(r"^[\d\s.,%()+−–-]+$")


def join_wrapped_sentences(rows: list[list[list[Word]]], used: list[int]) -> list[list[list[Word]]]:
    """Rows where every column holds a sentence wrapped from that row onto the next, level with the
    others, joined into one (captions under pictures set side by side: "Kystlaget fekk nytt tak på" /
    "naustet." beside "Elevar frå Vik skule på" / "omvising."): the upper cell ends no sentence, the
    lower one does, the two read as a sentence; not in a table of figures, nor in a long one."""
    if len(rows) > SIDE_BY_SIDE_ROWS:
        return rows
    texts = [[" ".join(w.text for w in row[i]) for i in used] for row in rows]
    if any(_FIGURE_CELL.match(t) for row in texts for t in row if t):
        return rows
    out: list[list[list[Word]]] = []
    k = 0
    while k < len(rows):
        if k + 1 < len(rows) and all(
                a and b and a[-1] not in ".!?:;" and b.endswith(".") and len(lettered(f"{a} {b}".split())) >= SENTENCE_WORDS
                and mostly_lowercase(f"{a} {b}".split(), SENTENCE_LOWERCASE) for a, b in zip(texts[k], texts[k + 1])):
            out.append([upper + lower for upper, lower in zip(rows[k], rows[k + 1])])
            k += 2
        else:
            out.append(rows[k])
            k += 1
    return out


def _is_marker(text: str) -> bool:
    """A list marker, or what OCR makes of a bullet ("e", "¢", "*.")."""
    return text in LIST_MARKS or bool(ENUMERATION.match(text)) or (len(text) <= 2 and not any(ch.isdigit() for ch in text))


def _is_list(rows: list[list[list[Word]]]) -> bool:
    """Bulleted or numbered lists, and text with line numbers in the margin."""
    first = [cell for cell in (row[0] for row in rows) if cell]
    if not first or not all(len(c) == 1 for c in first):
        return False
    return all(_is_marker(c[0].text) for c in first)


def _is_list_columns(rows: list[list[list[Word]]]) -> bool:
    """Two or more columns each led by bullets in most of its filled cells: a page's columns of
    bulleted lists side by side (a Word two-column section), not a table (a table may bullet its
    first column only)."""
    columns = 0
    for index in range(max((len(row) for row in rows), default=0)):
        cells = [row[index] for row in rows if index < len(row) and row[index]]
        bulleted = sum(c[0].text in BULLETS for c in cells)
        columns += bool(cells) and bulleted >= 2 and 2 * bulleted >= len(cells)
    return columns >= 2


MAX_LINE_NUMBER = 999  # a margin numbers lines from 1; "2025", "2026" are years (terms under "Valgt til")


def _is_counting(rows: list[list[list[Word]]], index: int) -> bool:
    """A column of line numbers (1, 2, 3, ...): margin numbering, not table data."""
    cells = [row[index] for row in rows if row[index]]
    numbers = [ascii_int(c[0].text) for c in cells if len(c) == 1]
    if len(numbers) < 2 or len(numbers) != len(cells) or None in numbers or max(numbers) > MAX_LINE_NUMBER:
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
            and not _labels_and_figures(run) and not _labels_beside_lines(word_rows) \
            or _is_list(word_rows) or _is_list_columns(word_rows):
        return None
    used = [i for i in range(len(bands)) if any(row[i] for row in word_rows)]
    used = [i for i in used if i not in (used[0], used[-1]) or not _is_counting(word_rows, i)]
    # real columns are filled in most rows; prose lines of two page columns cut at
    # different places give many bands each filled once
    steady = [i for i in used if sum(bool(row[i]) for row in word_rows) >= max(2, len(word_rows) / 2)]
    if len(used) < 2 or len(steady) < 2:
        return None
    # the table is told by the whole run; a heading over its first row or under its last stays page text
    headings = {id(w) for line in edge_headings(run) for w in line.words}
    word_rows = [row for row in join_wrapped_sentences(word_rows, used)
                 if not all(id(w) in headings for cell in row for w in cell)]
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
    # the words' own extent where a cell's wrapped piece reaches past its band ("14,9 mill." / "kr")
    right = max(w.x1 for cells in word_rows for i in used for w in cells[i])
    lines = [line for line in run if id(line.words[0]) not in headings]
    bbox = (bands[used[0]][0], lines[0].top, max(bands[used[-1]][1], right), max(line.bottom for line in lines))
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
        lines = join_wrapped_labels(lift_centred_labels(lift_wrapped_values(
            words_to_text_lines([w for w in page.words if not LEADER_WORD.match(w.text)], tol))))
        tabbed, lines = tabbed_tables(lines, page, tol)
        split_under_columns(lines, tol)
        runs = lines_to_runs(lines, tol)
        tables = [t for t in (run_to_table(run, page, tol) for run in runs) if t is not None]
        singles = single_row_tables(lines, {id(line) for run in runs for line in run}, page)
        return tabbed + tables + singles
