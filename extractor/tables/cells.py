"""Cell text assembly and header detection, shared by every table strategy.

A cell's words are grouped into visual lines and the lines joined with a space, except
where the line break itself is part of a word:

- a narrow column forced a break inside a word without a hyphen ("Renholdskonferans" / "e"):
  the line is a single word reaching the cell's right edge and the next line starts
  lowercase, so the pieces are glued;
- a line ends with "-" and the next starts lowercase ("arbeids-" / "trening"): the hyphen is
  kept and no space added ("arbeids-trening"), because in tables a hyphen at a line end is
  usually a real one (Word does not hyphenate automatically).
"""
from __future__ import annotations

import re
from bisect import insort
from statistics import mean

from extractor.document import BBox, Cell, Provenance
from extractor.ingest.primitives import Word
from extractor.parse import YEAR as YEAR_RE
from extractor.tables.base import rounded_bbox

# Short words that stand on their own: a line starting with one of these after a full line
# was wrapped at a space, not broken inside a word ("Overgang" / "til arbeid").
FREE_WORDS = frozenset(
    "og i til på av for med som om er en et ei å at de den det dei fra eller ikke men så"
    " inn ut ved mot per pr under over etter hos har kan vil skal nye ny and of the in to".split()
)

YEAR = re.compile(rf"^{YEAR_RE}$")
NUMERIC = re.compile(r"^[\s\d.,%+\-–−()/:kr]*\d[\s\d.,%+\-–−()/:kr]*-?$", re.IGNORECASE)


def _median(ordered: list[float]) -> float:
    """``statistics.median`` of an already sorted list."""
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def words_to_lines(words: list[Word]) -> list[list[Word]]:
    """Group words into visual lines (top to bottom), each sorted left to right.

    A word joins the line whose vertical band it overlaps most, by at least half of the
    smaller height; a small glyph (dash, bullet, OCR speck) joins the line whose band holds
    its centre. OCR boxes hug the glyphs ("og" is shorter than "Mål"), so centres alone
    would split lines. A line's band is the median top and bottom of its words, so one tall
    or stray box (OCR) does not stretch it; they are kept sorted as words join."""
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    edges: list[tuple[list[float], list[float]]] = []  # each line's tops and bottoms, sorted
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        w_top, w_bottom = word.top, word.bottom
        height, centre = w_bottom - w_top, (w_top + w_bottom) / 2
        best, best_share = None, 0.0
        # the five latest lines; min() and max() spelt out (this loop runs for every word of a page)
        for index in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
            top, bottom = bands[index]
            band = bottom - top  # min(a, b) is a unless b < a; max(a, b) is a unless b > a
            overlap = (w_bottom if w_bottom < bottom else bottom) - (w_top if w_top > top else top)
            least = height if height < band else band
            share = overlap / (0.1 if 0.1 > least else least)
            if share >= 0.5 or (height < 0.6 * band and top <= centre <= bottom):
                if 0.5 > share:
                    share = 0.5
                if share > best_share:
                    best, best_share = index, share
        if best is None:
            lines.append([word])
            bands.append((w_top, w_bottom))
            edges.append(([w_top], [w_bottom]))
        else:
            lines[best].append(word)
            tops, bottoms = edges[best]
            insort(tops, w_top)
            insort(bottoms, w_bottom)
            bands[best] = (_median(tops), _median(bottoms))
    ordered = sorted(zip(bands, lines), key=lambda item: item[0][0] + item[0][1])
    return [sorted(line, key=lambda w: w.x0) for _, line in ordered]


def _char_width(word: Word) -> float:
    return (word.x1 - word.x0) / max(1, len(word.text))


def _forced_break(line: list[Word], next_line: list[Word], right_edge: float) -> bool:
    """A single word filling the line to the right edge, continued in lowercase below."""
    if len(line) != 1 or not next_line:
        return False
    word, follower = line[0], next_line[0]
    if not follower.text[:1].islower() or not word.text[-1:].isalpha():
        return False
    if word.text.isupper():  # a word in capitals goes on in capitals: "VARAMEDLEMMER" over "l. vara" (OCR'd "1.")
        return False
    if follower.text.rstrip(",.;:)").casefold() in FREE_WORDS:
        return False
    # OCR boxes hug the ink, so both tests allow a fraction of a character of slack
    reaches_edge = word.x1 >= right_edge - 1.6 * _char_width(word)
    would_not_fit = word.x1 + (follower.x1 - follower.x0) + 0.6 * _char_width(word) > right_edge
    # the word's tail starts where the line does, not left of it (a label set flush right, wrapped)
    starts_under = follower.x0 >= word.x0 - _char_width(word)
    return reaches_edge and would_not_fit and starts_under


def lines_to_text(lines: list[list[Word]], right_edge: float | None = None) -> str:
    """Join a cell's lines; ``right_edge`` is where text in this column can reach at most."""
    if not lines:
        return ""
    if right_edge is None:
        right_edge = max(w.x1 for line in lines for w in line)
    text = " ".join(w.text for w in lines[0])
    for prev, line in zip(lines, lines[1:]):
        piece = " ".join(w.text for w in line)
        hyphen_break = text.endswith("-") and len(text) > 1 and text[-2].isalpha() and piece[:1].islower()
        if hyphen_break or _forced_break(prev, line, right_edge):
            text += piece
        else:
            text += " " + piece
    return text.strip()


def words_to_cell(words: list[Word], page: int, bbox: BBox, right_edge: float | None = None) -> Cell:
    """Build one Cell from the words whose centre lies in it."""
    lines = words_to_lines(words)
    confs = [w.conf for w in words if w.conf is not None]
    prov = Provenance(page=page, bbox=rounded_bbox(bbox), ocr_confidence=round(mean(confs), 3) if confs else None)
    texts = tuple(" ".join(w.text for w in line) for line in lines) if len(lines) > 1 else ()
    return Cell(lines_to_text(lines, right_edge), prov, lines=texts)


def is_numeric(text: str) -> bool:
    return bool(text.strip()) and bool(NUMERIC.match(text.strip()))


def _row_is_title(row: list[Cell]) -> bool:
    return len(row) > 1 and row[0].col_span == len(row) and bool(row[0].text)


def rows_to_header_count(rows: list[list[Cell]], bold_rows: list[bool] | None = None) -> int:
    """Leading rows that are headers: a title spanning all columns, bold rows, or text rows
    above a body that holds numbers.

    At least one row is left as the body."""
    if len(rows) < 2:
        return 0
    limit = len(rows) - 1
    bold_rows = bold_rows or [False] * len(rows)
    count = 0
    while count < limit and _row_is_title(rows[count]):
        count += 1
    while count < limit and bold_rows[count] and not all(bold_rows):
        count += 1
    body = rows[count + 1 :]
    body_numbers = sum(is_numeric(c.text) for row in body for c in row if c.text)
    if count < limit and body and body_numbers >= max(1, len(body) // 2) and not _figure_over_figures(rows[count], body):
        # years head the columns of financial statements ("Note | 2014 | 2013")
        texts = [c.text for c in rows[count] if c.text and not c.merged]
        if texts and sum(is_numeric(t) and not YEAR.match(t) for t in texts) <= len(texts) // 3:
            count += 1
    return count


def _figure_over_figures(row: list[Cell], body: list[list[Cell]]) -> bool:
    """A figure (not a year) over figures in its column: the row is the body's first
    ("Kommune A | 40 % | Name" over "Kommune B | 35 % | Name"), not a header. A year with a
    figure after it ("2025 464,890.32": the column's year and a group's sum on one line) is no
    figure of its own: a grouped figure opens with at most three digits."""
    numeric_columns = {i for r in body for i, c in enumerate(r) if c.text and not c.merged and is_numeric(c.text)}
    return any(i in numeric_columns and c.text and not c.merged and is_numeric(c.text)
               and not YEAR.match(c.text.split()[0]) for i, c in enumerate(row))
