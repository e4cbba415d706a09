"""Tables aligned only by whitespace: financial statements, role/name lists, label: value lists.

A line is cut into *chunks* wherever the gap between two words is much wider than a space
(``column_gap_em`` font sizes). Runs of nearby lines with at least two chunks form a
candidate; the chunks' x-extents, merged across the run, give the column bands. Being
conservative matters more than recall here: prose never has wide gaps, and a candidate whose
cells read like sentences (two-column page layouts) or whose first column is only list
markers (bullets, "1.") is rejected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from extractor.document import Cell, Provenance, Table
from extractor.ingest.primitives import PageContent, Word
from extractor.tables.base import TableStrategy, TableTolerances, rounded_bbox, table_confidence, tolerances_for
from extractor.tables.cells import rows_to_header_count, words_to_cell, words_to_lines

LIST_MARKER = re.compile(r"^([\u2022\u25cf\u25aa\u25a0\u2013\u2014\-*\uf0b7\uf0a7o]|\(?\d{1,2}[.)]|\(?[a-z][.)])$")

Band = tuple[float, float]


@dataclass(slots=True)
class TextLine:
    words: list[Word]
    chunks: list[list[Word]]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return median(w.size for w in self.words)


def line_to_chunks(line: list[Word], gap_em: float) -> list[list[Word]]:
    """Cut a line (sorted by x) wherever the gap is wider than ``gap_em`` font sizes."""
    chunks = [[line[0]]]
    for prev, word in zip(line, line[1:]):
        if word.x0 - prev.x1 > gap_em * min(prev.size, word.size):
            chunks.append([word])
        else:
            chunks[-1].append(word)
    return chunks


def words_to_text_lines(words: list[Word], tol: TableTolerances) -> list[TextLine]:
    return [TextLine(line, line_to_chunks(line, tol.column_gap_em)) for line in words_to_lines(words)]


def words_to_columns(lines: list[TextLine]) -> list[Band]:
    """Column bands: the union of the x-extents of chunks from lines with two or more chunks
    (single-chunk lines may be titles or wrapped text spanning columns)."""
    spans = sorted((c[0].x0, c[-1].x1) for line in lines if len(line.chunks) > 1 for c in line.chunks)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return [(b[0], b[1]) for b in bands]


def band_of(chunk: list[Word], bands: list[Band]) -> int | None:
    """The band holding a chunk, or None when it straddles bands or lies outside them."""
    x0, x1 = chunk[0].x0, chunk[-1].x1
    for i, (b0, b1) in enumerate(bands):
        if x0 >= b0 - 1 and x1 <= b1 + 1:
            return i
    return None


def _gap(prev: TextLine, line: TextLine) -> float:
    return line.top - prev.bottom


def lines_to_runs(lines: list[TextLine], tol: TableTolerances) -> list[list[TextLine]]:
    """Runs of nearby multi-chunk lines, with tight single-chunk lines that sit inside a
    column band (wrapped cell text) kept as continuations."""
    runs: list[list[TextLine]] = []
    current: list[TextLine] = []
    for line in lines:
        if current:
            prev = current[-1]
            gap = _gap(prev, line)
            if len(line.chunks) > 1 and gap <= tol.max_row_gap_em * line.size:
                current.append(line)
                continue
            bands = words_to_columns(current)
            if len(line.chunks) == 1 and gap <= 0.6 * max(prev.size, line.size) and band_of(line.chunks[0], bands) not in (None, 0):
                current.append(line)
                continue
            runs.append(current)
            current = []
        if len(line.chunks) > 1:
            current = [line]
    if current:
        runs.append(current)
    return [run for run in runs if sum(len(line.chunks) > 1 for line in run) >= 2]


def lines_to_rows(lines: list[TextLine], bands: list[Band]) -> list[list[list[Word]]]:
    """Each line starts a row, except a tight line with nothing in the first column under a
    row that has something there: that is wrapped text of the row above."""
    rows: list[list[list[Word]]] = []
    prev: TextLine | None = None
    for line in lines:
        cells: list[list[Word]] = [[] for _ in bands]
        for chunk in line.chunks:
            index = band_of(chunk, bands)
            if index is None:  # straddles: put it where it starts
                index = max(i for i, b in enumerate(bands) if b[0] <= chunk[0].x0 + 1) if chunk[0].x0 + 1 >= bands[0][0] else 0
            cells[index].extend(chunk)
        tight = prev is not None and _gap(prev, line) <= 0.6 * max(prev.size, line.size)
        if rows and tight and not cells[0] and rows[-1][0]:
            for target, extra in zip(rows[-1], cells):
                target.extend(extra)
        else:
            rows.append(cells)
        prev = line
    return rows


def looks_like_prose(chunks: list[list[str]], tol: TableTolerances) -> bool:
    """Chunks (one line's text within one column) that read like sentences: page columns or
    a text box beside text, not a table. Numbers do not count as words, so "12 345 678"
    in a financial statement stays short."""
    words = [sum(any(ch.isalpha() for ch in token) for token in chunk) for chunk in chunks]
    words = [n for n in words if n]
    return not words or sum(words) / len(words) > tol.max_chunk_words


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
    texts = [c[0].text for c in cells if len(c) == 1]
    if len(texts) < 2 or len(texts) != len(cells) or not all(t.isdigit() for t in texts):
        return False
    return all(int(b) == int(a) + 1 for a, b in zip(texts, texts[1:]))


def _straddle_share(run: list[TextLine], bands: list[Band]) -> float:
    """Share of characters in chunks that share a band with another chunk of their line or
    fall outside every band."""
    total = bad = 0
    for line in run:
        seen: dict[int | None, int] = {}
        for chunk in line.chunks:
            seen[band_of(chunk, bands)] = seen.get(band_of(chunk, bands), 0) + 1
        for chunk in line.chunks:
            chars = sum(len(w.text) for w in chunk)
            total += chars
            index = band_of(chunk, bands)
            if index is None or (len(line.chunks) > 1 and seen[index] > 1):
                bad += chars
    return bad / total if total else 1.0


def run_to_table(run: list[TextLine], page: PageContent, tol: TableTolerances) -> Table | None:
    bands = words_to_columns(run)
    if len(bands) < 2:
        return None
    word_rows = lines_to_rows(run, bands)
    chunks = [[w.text for w in c] for line in run if len(line.chunks) > 1 for c in line.chunks]
    if len(word_rows) < 2 or looks_like_prose(chunks, tol) or _is_list(word_rows):
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
    accuracy = 1.0 - _straddle_share(run, bands)
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
        lines = words_to_text_lines(page.words, tol)
        tables = (run_to_table(run, page, tol) for run in lines_to_runs(lines, tol))
        return [t for t in tables if t is not None]
