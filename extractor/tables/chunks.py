"""Lines of a page cut into chunks: the runs of words a table's columns are made of.

A line is cut wherever the gap between two words is much wider than a space
(``column_gap_em`` font sizes), and between two figures that cannot be one number at a
narrower gap (``splits_figures``): statements set their year columns close together.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from extractor.ingest.primitives import Word
from extractor.parse import CURRENCY_WORDS
from extractor.tables.base import TableTolerances
from extractor.tables.cells import words_to_lines

FIGURE_GAP_EM = 0.35  # two figures further apart than this (a word space is about 0.3) are two cells ...
GROUP_GAP_EM = 0.9  # ... or this, when the right one could be the next digit group of the left
FIGURE = re.compile(r"^[-\u2212\u2013(]?\d[\d.,\u00a0 ]*%?\)?-?$")
LABEL_GAP_EM = 0.9  # a figure this far from a word with letters starts a cell
SIGNS = "-\u2212\u2013("  # a figure opening with one of these starts a number
DIGIT_GROUP = re.compile(r"^\d{3}(?:,\d{1,2}|,-?)?\)?$")  # "000,": a typed ",-" whose dash OCR lost
GROUP_START = re.compile(r"^[-\u2212\u2013(]?\d{1,3}$")
ORDINAL = re.compile(r"^\d{1,2}\.$")  # "12. februar", "3. Styret": a day or a number, no amount
HEAD_GAP_EM = 0.5  # a column head's year this far (a word space is about 0.3) from the next head
PERIOD_END = re.compile(r"^(?:(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d)$")  # "2009", "31.12.2008"


def is_figure_chunk(words: list[Word]) -> bool:
    """A cell of figures: figures, with a currency word or a typed dash beside them ("kr
    148.650,-", OCR's "60.000, -")."""
    return any(FIGURE.match(w.text) for w in words) and all(
        FIGURE.match(w.text) or w.text.casefold() in CURRENCY_WORDS or w.text in SIGNS for w in words)


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


def splits_figures(prev: Word, word: Word) -> bool:
    """Two figures side by side are two cells at a narrower gap than words are: a digit-group
    space is a quarter em, while year columns of a statement may stand under one em apart
    ("1 973 356  1 704 140"). The next digit group ("356" after "973") needs a wider gap; a
    figure that opens with a sign or a parenthesis, or follows one closed by a parenthesis,
    starts a new cell at any gap ("(6 120) (5 988)" in a narrow web table)."""
    if not (FIGURE.match(prev.text) and FIGURE.match(word.text)):
        return False
    if prev.text.endswith(")") or word.text[0] in SIGNS:
        return True
    continues = DIGIT_GROUP.match(word.text) and GROUP_START.match(prev.text)
    return word.x0 - prev.x1 > (GROUP_GAP_EM if continues else FIGURE_GAP_EM) * min(prev.size, word.size)


def figure_after_label(prev: Word, word: Word) -> bool:
    """A figure standing apart from the word before it, more than a stretched word space: the
    first figure of a row whose label nearly fills its cell ("Sum driftskostnader  1 870 000")."""
    return bool(FIGURE.match(word.text)) and not ORDINAL.match(word.text) and any(c.isalpha() for c in prev.text) \
        and word.x0 - prev.x1 > LABEL_GAP_EM * min(prev.size, word.size)


def label_after_figure(prev: Word, word: Word) -> bool:
    """A word with a capital standing apart from a figure before it, more than a stretched word
    space: a column of text beside a column of figures set flush right, the two cells' padding
    alone between them ("38 %  Svein Olav Brattgjerd": an owner's share, then its representative)."""
    return bool(FIGURE.match(prev.text) or prev.text == "%") and not ORDINAL.match(prev.text) \
        and word.text[:1].isupper() and word.x0 - prev.x1 > LABEL_GAP_EM * min(prev.size, word.size)


def numbered_label(chunk: list[Word]) -> bool:
    """A chunk ending in a word and its number ("Sak 1", "Note 3"): the number is the label's, and a
    title set apart after it ("Sak 1   Godkjenning av innkalling", an agenda) goes on the label's line."""
    return len(chunk) >= 2 and FIGURE.match(chunk[-1].text) is not None and chunk[-2].text.isalpha()


def head_after_period(prev: Word, word: Word) -> bool:
    """A column head ending in its period, the next head starting a little apart ("Budsjett 2009
    Rekneskap 2008" set at right-aligned tab stops over two figure columns): two cells."""
    return bool(PERIOD_END.match(prev.text)) and word.text[:1].isupper() \
        and word.x0 - prev.x1 > HEAD_GAP_EM * min(prev.size, word.size)


def line_to_chunks(line: list[Word], gap_em: float) -> list[list[Word]]:
    """Cut a line (sorted by x) wherever the gap is wider than ``gap_em`` font sizes, between
    two figures that cannot be one number (``splits_figures``), between a label and a figure set
    apart (``figure_after_label``) or a figure and a label (``label_after_figure``) and between two
    column heads ending in periods (``head_after_period``)."""
    chunks = [[line[0]]]
    for prev, word in zip(line, line[1:]):
        if word.x0 - prev.x1 > gap_em * min(prev.size, word.size) or splits_figures(prev, word) \
                or figure_after_label(prev, word) or head_after_period(prev, word) \
                or label_after_figure(prev, word) and not numbered_label(chunks[-1]):
            chunks.append([word])
        else:
            chunks[-1].append(word)
    return chunks


def words_to_text_lines(words: list[Word], tol: TableTolerances) -> list[TextLine]:
    return [TextLine(line, line_to_chunks(line, tol.column_gap_em)) for line in words_to_lines(words)]


ALIGNED_GAP_EM = 0.4  # a gap wider than a word space (0.3) ...
ALIGN_SLACK = 1.0  # ... before a word starting this close to a column of the line next to it
MAX_ALIGNED_WORDS = 6  # ... splits a short line there


def _references(order: list[TextLine], tol: TableTolerances):
    """(the line to compare with, the line) in ``order``: the line before it, or the one before
    that when the line between is a cell's wrapped line alone in a later column of it."""
    for k, line in enumerate(order[1:], 1):
        prev = order[k - 1]
        if not _near(prev, line, tol):
            continue
        wrapped = k >= 2 and len(prev.chunks) == 1 and _wraps_a_cell(order[k - 2], prev) \
            and _near(order[k - 2], prev, tol)
        yield (order[k - 2] if wrapped else prev), line


def _near(a: TextLine, b: TextLine, tol: TableTolerances) -> bool:
    return abs(a.top - b.top) <= tol.max_row_gap_em * b.size


def _wraps_a_cell(ref: TextLine, line: TextLine) -> bool:
    """``line`` holds one chunk standing on a later column of ``ref`` (a wrapped cell's next line)."""
    return len(ref.chunks) > 1 and any(abs(line.words[0].x0 - c[0].x0) <= ALIGN_SLACK for c in ref.chunks[1:])


def split_under_columns(lines: list[TextLine], tol: TableTolerances) -> None:
    """A line set with a tab that reached its stop a little past the end of the text before it
    shows no wide gap ("Styremedlem  Linn Aarvik" under "Nestleder     Bjørnar Tveten"; "Leder:
    Ola Nordmann Holand Lierne" over "Medlem:   Kari Li   Røyrvik", a long name pushing the
    place to its stop): a short line right under or over a line with more columns is cut, in
    place, where a word a little apart from the one before starts on one of that line's columns,
    or where a word a little apart from the next ends on one's right edge (a header set flush
    right over its figures: "Bygg og anlegg Maskiner og kjøretøy" over "50 118  12 640"). The line
    next to it may be a cell's wrapped line, alone in a later column ("Asbjørg" / "Tjeldflåt" in a
    narrow grid column): the line before that is compared (``_references``)."""
    for order in (lines, lines[::-1]):
        for ref, line in _references(order, tol):
            if len(ref.chunks) < 2 or len(line.chunks) >= len(ref.chunks) or len(line.words) > MAX_ALIGNED_WORDS:
                continue
            starts = [c[0].x0 for c in ref.chunks[1:]]
            ends = [c[-1].x1 for c in ref.chunks[:-1] if is_figure_chunk(c)]
            chunks = []
            for chunk in line.chunks:
                if len(line.chunks) > 1 and is_figure_chunk(chunk):  # "1 486" already cut from its label
                    chunks.append(chunk)
                    continue
                chunks.append([chunk[0]])
                for prev, word in zip(chunk, chunk[1:]):
                    aligned = any(abs(word.x0 - x) <= ALIGN_SLACK for x in starts) \
                        or any(abs(prev.x1 - x) <= ALIGN_SLACK for x in ends)
                    if word.x0 - prev.x1 >= ALIGNED_GAP_EM * word.size and aligned:
                        chunks.append([word])
                    else:
                        chunks[-1].append(word)
            line.chunks = chunks

