"""Page geometry: words → rows → column regions → lines, in reading order.

The same code reads text-layer words and OCR words. Columns are found per page region from
a vertical strip of whitespace (a gutter) that no row crosses for several consecutive rows;
each side must look like running text (rows that span a fair share of the region), so a
label/value list or a numbers column is not mistaken for a second text column. Tables and
image text are ``Placed`` among the rows at their position, so they break columns and
paragraphs where they stand.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from extractor.document import Block, Table
from extractor.ingest.column_shapes import (MIN_COLUMN_LINES, columns_taken_further, ends_in_figure, is_column_grid,
                                             is_column_of_pieces, is_prose_beside_statement, is_text_columns)
from extractor.ingest.primitives import Word
from extractor.ingest.row_sizes import side_headings, size_parts
from extractor.ingest.run_edges import column_sets, continued_below, continues_row_above, reaches_above

# Gutter search (sizes in points or in multiples of the dominant font size).
MIN_GUTTER_EM = 1.0  # narrower whitespace strips are word spaces, not gutters ...
NARROW_GUTTER_EM = 0.4  # ... but for one this wide between running text and a statement (justified text's lines)
GUTTER_ZONE = 0.12  # a gutter lies at least this share of the width away from either edge
MAX_SWEEP_ROWS = 400  # pages with more rows than this are read as one column (cost bound)
MAX_SWEEP_WIDTH = 20_000  # points (7 m, wider than any sheet): wider text is one column (one bin per point)
MAX_GUTTER_TRIES = 3  # widest whitespace strips of a run tried as gutters
BAND_GAP_EM = 2.0  # whitespace this high across every column ends the columns' text (a grid set under them)

FILLED_BULLETS = frozenset("•●▪■")  # a list's bullet for certain: never a tick, a star, a middle dot or a dash
BULLET_GLYPHS = FILLED_BULLETS | frozenset("◦○‣⁃∙·►▶➢➤✓✔□❖◆◇*")
SYMBOL_BULLETS = frozenset("\uf0b7\uf0a7")  # Word's Symbol and Wingdings bullets as a PDF's text maps them
DASHES = frozenset("-–—")
OCR_BULLETS = frozenset({"e", "e.", "¢", "«", "»", "°", "o", "©", "®", "+", "*", ".", "·", "•", "■", "▪", "@", "eo"})
OCR_RULES = frozenset({"|", "||", "¦", "_", "~"})
OCR_BULLET_GAP_EM = 0.8  # a bullet stands apart from its text by a tab stop, not a space
OCR_STRAY_CONF = 0.5  # an OCR word read this unsurely ...
OCR_STRAY_GAP_EM = 3.0  # ... this far right of the line's text is a shape, not a word
ENUMERATOR = re.compile(r"^(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$")


@dataclass(slots=True)
class Placed:
    """A table or an image-text block standing among the text at its position."""

    item: Table | Block
    x0: float
    top: float
    x1: float
    bottom: float


NO_EDGES = array("f")  # a line whose words' edges are not (or no longer) kept


@dataclass(slots=True)
class Line:
    """One line of text inside one column region of one page."""

    text: str  # without a bullet glyph (kept in ``bullet``); enumerators stay in the text
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # dominant font size (by characters)
    bold: bool  # every word with letters is bold (every word, in a line of figures: "2025")
    first_word_width: float  # to tell a deliberate line break from a wrapped one
    text_x0: float  # where the text starts after a bullet
    region: int  # column region on the page, in reading order
    region_x1: float  # right edge of the text in that region
    bullet: str = ""  # bullet glyph or dash that led the line
    enumerated: bool = False  # the line starts with "1." / "a)" / "iv."
    conf: float | None = None  # mean OCR confidence
    box: int | None = None  # the sidebar (floating text box) the line stands in, numbered on its page
    small_caps: bool = False  # every word with letters is set in small capitals
    # each word's left and right edge, flat ("x0 x1 x0 x1 ..."), as 4-byte floats: a book's lines hold
    # hundreds of thousands of words, and a tuple per word kept 20 MB to the end (cells within a line)
    edges: array = field(default_factory=lambda: NO_EDGES)

    def spans(self) -> list[tuple[float, float, str]]:
        """Each word's left and right edge and text, where the text is the words' (no bullet cut off)."""
        words = self.text.split(" ")
        if len(words) * 2 != len(self.edges):
            return [(self.x0, self.x1, self.text)]
        return [(self.edges[2 * k], self.edges[2 * k + 1], w) for k, w in enumerate(words)]


PageItem = Line | Placed
Item = Word | Placed


def is_bullet_glyph(text: str) -> bool:
    return len(text) == 1 and (text in BULLET_GLYPHS or text in DASHES or "\ue000" <= text <= "\uf8ff")


def items_to_rows(items: list[Item]) -> list[list[Item]]:
    """Group words into rows: an item joins the row whose first item it overlaps vertically
    (centre of one inside the other). Comparing with the first item, not the growing row,
    keeps staggered baselines of two columns from chaining into one tall row."""
    rows: list[list[Item]] = []
    anchor: Item | None = None
    for item in sorted(items, key=lambda i: (i.top, i.x0)):
        if isinstance(item, Placed):
            rows.append([item])
            anchor = None
            continue
        if anchor is not None and _same_row(anchor, item):
            rows[-1].append(item)
            continue
        rows.append([item])
        anchor = item
    for row in rows:
        row.sort(key=lambda i: i.x0)
    return rows


def _same_row(a: Item, b: Item) -> bool:
    centre_a, centre_b = (a.top + a.bottom) / 2, (b.top + b.bottom) / 2
    return a.top <= centre_b <= a.bottom or b.top <= centre_a <= b.bottom


def dominant_size(words: list[Word], default: float = 10.0) -> float:
    """The size (to half a point) that most characters have; of sizes as common, the first met.
    Characters are counted by exact size first (a page has a handful; rounding each of its
    thousand words was most of the cost), then by rounded size in the order first met."""
    exact: dict[float, int] = {}
    for w in words:
        exact[w.size] = exact.get(w.size, 0) + len(w.text)
    sizes: Counter[float] = Counter()
    for size, chars in exact.items():
        sizes[round(size * 2) / 2] += chars
    return sizes.most_common(1)[0][0] if sizes else default


# ---------- columns ----------

def _row_mask(row: list[Item], x_lo: float) -> int:
    mask = 0
    for item in row:  # max() spelt out: this runs for every word of a page, many times
        start = int(item.x0 - x_lo)
        if start < 0:
            start = 0
        end = int(item.x1 - x_lo + 0.999)
        if end < start + 1:
            end = start + 1
        mask |= ((1 << (end - start)) - 1) << start
    return mask


GAP_CACHE = 256  # the column finders sweep a page's rows again and again: its recent masks suffice


_EMPTY_RUN = re.compile("0+")


@lru_cache(maxsize=GAP_CACHE)
def _gaps(mask: int, nbins: int, min_bins: int, zone_bins: int) -> tuple[tuple[int, int], ...]:
    """Interior runs of empty bins at least ``min_bins`` wide, widest first."""
    bits = format(mask, f"0{nbins}b")[::-1]
    first, last = bits.find("1"), bits.rfind("1")
    if first < 0:
        return ()
    found = []
    for m in _EMPTY_RUN.finditer(bits[first:last + 1]):  # runs of empty bins, each whole: ``min_bins`` or more wide
        if m.end() - m.start() < min_bins:
            continue
        start, end = m.start() + first, m.end() + first
        if zone_bins <= (start + end) / 2 <= nbins - zone_bins:
            found.append((start, end))
    return tuple(sorted(found, key=lambda g: g[0] - g[1]))


def find_gutter_runs(rows: list[list[Item]], size: float, narrower: bool = False,
                     gutter_em: float = MIN_GUTTER_EM) -> Iterator[tuple[int, int, list[float]]]:
    """(first row, last row, gutter x positions, widest first) of each run of rows that a strip
    of whitespace crosses. Runs are grown greedily while a gutter stays open; a run that its
    caller does not take is skipped whole (runs starting inside it would be parts of the same
    pattern, and retrying is O(n²)). With ``narrower``, a run not taken is offered once more as
    the part of it where more gutters stand open (``_inner_run``)."""
    if len(rows) < MIN_COLUMN_LINES or len(rows) > MAX_SWEEP_ROWS:
        return
    x_lo = min(i.x0 for row in rows for i in row)
    x_hi = max(i.x1 for row in rows for i in row)
    width = x_hi - x_lo
    nbins = int(width) + 2
    min_bins = max(4, int(gutter_em * size))
    zone = int(GUTTER_ZONE * width)
    if width < 4 * min_bins or width > MAX_SWEEP_WIDTH:
        return
    masks = [_row_mask(row, x_lo) for row in rows]
    start = 0
    while start <= len(rows) - MIN_COLUMN_LINES:
        acc, end = masks[start], start
        while end + 1 < len(rows) and _gaps(acc | masks[end + 1], nbins, min_bins, zone):
            end += 1
            acc |= masks[end]
        if end - start + 1 < MIN_COLUMN_LINES:
            start += 1
            continue
        yield start, end, [x_lo + (a + b) / 2 for a, b in _gaps(acc, nbins, min_bins, zone)[:MAX_GUTTER_TRIES]]
        if narrower and (inner := _inner_run(masks, start, end, lambda m: _gaps(m, nbins, min_bins, zone))):
            first, last, gaps = inner
            yield first, last, [x_lo + (a + b) / 2 for a, b in gaps[:MAX_GUTTER_TRIES]]
        start = end + 1


def _inner_run(masks: list[int], start: int, end: int, gaps) -> tuple[int, int, tuple] | None:
    """(first row, last row, gutters) of the part of a run where more gutters stand open than
    in the whole run, or None. A line across the columns at its top (a newsletter's subtitle
    under the masthead) closes a gutter the rows under it keep open; so do rows under only
    some of the columns at its foot (a statement under the first two of three)."""
    def opened(first: int, last: int) -> tuple:
        acc = 0
        for mask in masks[first:last + 1]:
            acc |= mask
        return gaps(acc)

    first = start
    while first < start + MIN_COLUMN_LINES and first + MIN_COLUMN_LINES <= end \
            and len(opened(first, first + MIN_COLUMN_LINES - 1)) < len(opened(first + 1, first + MIN_COLUMN_LINES)):
        first += 1
    want = len(opened(first, first + MIN_COLUMN_LINES - 1))
    if want <= len(opened(start, end)):
        return None
    last = first + MIN_COLUMN_LINES - 1
    while last < end and len(opened(first, last + 1)) >= want:
        last += 1
    return first, last, opened(first, last)


def head_above_band(rows: list[list[Item]], start: int, end: int, size: float) -> int | None:
    """The last row of the run's part above its first band of whitespace across the page
    (``BAND_GAP_EM`` high), or None: a signature grid three to a row set under three-column
    prose keeps the gutters open, but its short names and titles are no column text."""
    for i in range(start + MIN_COLUMN_LINES - 1, end):
        if min(item.top for item in rows[i + 1]) - max(item.bottom for item in rows[i]) > BAND_GAP_EM * size:
            return i
    return None


def find_column_split(rows: list[list[Item]], size: float) -> tuple[int, int, float] | None:
    """``_first_split``, or a run of running text beside a statement (``_statement_split``) where
    that finds none or only part of it: a web page's text cell set less than an em from its
    statement's labels (justified, or in a narrower face than the page was laid out for)."""
    split = _first_split(rows, size)
    if not rows or not any(ends_in_figure(row) and len(row) == 1 for row in rows) \
            and sum(map(ends_in_figure, rows)) < MIN_COLUMN_LINES:
        return split  # no statement on the page: most pages
    width = max(i.x1 for row in rows for i in row) - min(i.x0 for row in rows for i in row)
    wider = _statement_split(rows, size, width)
    if wider is not None and (split is None or wider[0] <= split[0] <= split[1] <= wider[1] and wider[:2] != split[:2]
                              and abs(wider[2] - split[2]) <= MIN_GUTTER_EM * size):  # the same gutter, taken further
        return wider
    return split


def _first_split(rows: list[list[Item]], size: float) -> tuple[int, int, float] | None:
    """(first row, last row, gutter x) of the first run of rows that reads as two text
    columns, or None. Only where no run does: the first that reads as three or more columns
    (its leftmost gutter: the rest split again) or as running text beside a column of pieces."""
    if not rows:
        return None
    width = max(i.x1 for row in rows for i in row) - min(i.x0 for row in rows for i in row)
    runs = list(find_gutter_runs(rows, size, narrower=True))
    for start, end, cuts in runs:
        for cut in cuts:
            if is_text_columns(rows[start:end + 1], cut, width):
                return start, columns_taken_further(rows, runs, (start, end, cut), MIN_GUTTER_EM * size, width), cut
    for start, end, cuts in runs:
        if len(cuts) > 1 and is_column_grid(rows[start:end + 1], cuts, width):
            return start, end, min(cuts)
        head = head_above_band(rows, start, end, size)
        if len(cuts) > 1 and head is not None and is_column_grid(rows[start:head + 1], cuts, width):
            return start, head, min(cuts)
        for cut in cuts:
            if is_column_of_pieces(rows[start:end + 1], cut, width, size):
                return start, end, cut
    return None


def _statement_split(rows: list[list[Item]], size: float, width: float) -> tuple[int, int, float] | None:
    """The first run of running text beside a statement at a gutter down to ``NARROW_GUTTER_EM``."""
    for start, end, cuts in find_gutter_runs(rows, size, gutter_em=NARROW_GUTTER_EM):
        for cut in cuts:
            run = rows[start:end + 1]
            if is_text_columns(run, cut, width) and is_prose_beside_statement(run, cut):
                return start, end, cut
    return None


def column_grid_cuts(rows: list[list[Item]], size: float) -> list[float]:
    """The gutters, left to right, when the rows (a run ``find_column_split`` gave) read as three
    or more text columns, else none: narrow columns of running text hold fewer words a line than
    ``column_tables`` asks of prose."""
    if len(rows) < MIN_COLUMN_LINES:
        return []
    width = max(i.x1 for row in rows for i in row) - min(i.x0 for row in rows for i in row)
    for start, end, cuts in find_gutter_runs(rows, size):
        if len(cuts) > 1 and end - start + 1 == len(rows) and is_column_grid(rows, cuts, width):
            return sorted(cuts)
    return []


def rows_to_regions(rows: list[list[Item]], size: float) -> list[list[list[Item]]]:
    """Split rows into column regions in reading order: what comes before a two-column run,
    the left column, the right column, what follows; each part split again the same way. The
    run's edges are mended (``run_edges``): rows above it that hold the right column's first
    lines join it, a last line above that the left column does not start on stays above, and
    lines wrapping under a column once a box beside it ends are read right after that column.
    A band of whitespace across both columns (a picture spanning them) ends one set of columns:
    the text above it is read, left then right, before the text under it."""
    if not rows:
        return []
    split = find_column_split(rows, size)
    if split is None:
        return [rows]
    start, end, cut = split
    start = reaches_above(rows, start, end, cut, size)
    while start < end and continues_row_above(rows, start, cut):
        start += 1
    columns = []
    for first, last in column_sets(rows, start, end, cut, size):  # each set's left column, then its right
        left = [r for r in ([i for i in row if (i.x0 + i.x1) / 2 < cut] for row in rows[first:last + 1]) if r]
        right = [r for r in ([i for i in row if (i.x0 + i.x1) / 2 >= cut] for row in rows[first:last + 1]) if r]
        columns += [left, right]
    below, on_right = continued_below(rows, first, end, cut, size)
    tail = rows[end + 1:end + 1 + below]  # a paragraph wrapping under a box: read after its column
    columns.insert(len(columns) if on_right else len(columns) - 1, tail)
    return (rows_to_regions(rows[:start], size) + [r for part in columns for r in rows_to_regions(part, size)]
            + rows_to_regions(rows[end + 1 + below:], size))


# ---------- lines ----------

def is_ocr_stray(prev: Word, word: Word) -> bool:
    """An unsure OCR "word" standing far right of the line's text: a logo or a chart mark
    read as letters ("Balanse  ...  em"), not part of the line."""
    return (word.conf is not None and word.conf < OCR_STRAY_CONF
            and word.x0 - prev.x1 > OCR_STRAY_GAP_EM * max(prev.size, 1.0))


def words_to_line(words: list[Word], region: int, region_x1: float) -> Line:
    """One row of words in one region as a ``Line``; a leading bullet glyph is lifted off."""
    if len(words) > 1 and words[-1].conf is not None and words[-1].text in OCR_RULES:
        words = words[:-1]  # a table rule or column edge read as a letter at the line end
    if len(words) > 1 and is_ocr_stray(words[-2], words[-1]):
        words = words[:-1]
    bullet = ""
    body = words
    first = words[0].text
    if len(words) > 1 and is_bullet_glyph(first):
        bullet, body = first, words[1:]
    elif len(words) > 1 and words[0].conf is not None and first in OCR_BULLETS \
            and words[1].x0 - words[0].x1 >= OCR_BULLET_GAP_EM * words[1].size:
        bullet, body = "•", words[1:]  # OCR reads a small bullet as "e", "¢", "«" ...
    elif len(first) > 1 and first[0] in BULLET_GLYPHS and first[1].isalnum():
        bullet = first[0]
    text = " ".join(w.text for w in body)
    if bullet and body is words:
        text = text[1:]
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[round(w.size * 2) / 2] += len(w.text)
    lettered = [w for w in words if any(c.isalpha() for c in w.text)]
    confs = [w.conf for w in words if w.conf is not None]
    return Line(
        text=text,
        x0=words[0].x0,
        top=min(w.top for w in words),
        x1=max(w.x1 for w in words),
        bottom=max(w.bottom for w in words),
        size=sizes.most_common(1)[0][0],
        bold=all(w.bold for w in lettered or words),
        first_word_width=body[0].x1 - body[0].x0,
        text_x0=body[0].x0,
        region=region,
        region_x1=region_x1,
        bullet=bullet,
        enumerated=bool(ENUMERATOR.match(body[0].text)) and len(body) > 1,
        conf=sum(confs) / len(confs) if confs else None,
        small_caps=bool(lettered) and all(w.small_caps for w in lettered),
        edges=array("f", [edge for w in body for edge in (w.x0, w.x1)]),
    )


def page_to_items(words: list[Word], placed: list[Placed], first_region: int = 0) -> list[PageItem]:
    """Lines and placed items of one page (or of one sidebar on it) in reading order; column
    regions are numbered from ``first_region``."""
    if not words and not placed:
        return []
    size = dominant_size(words)
    rows = items_to_rows([*words, *placed])
    out: list[PageItem] = []
    for region, region_rows in enumerate(rows_to_regions(rows, size), start=first_region):
        region_words = [i for row in region_rows for i in row if isinstance(i, Word)]
        body = dominant_size(region_words)  # the text edge is where body lines end, not headings
        region_x1 = max((w.x1 for w in region_words if round(w.size * 2) / 2 == body),
                        default=max(i.x1 for row in region_rows for i in row))
        for row in region_rows:
            row_words = [i for i in row if isinstance(i, Word)]
            out.extend(i for i in row if isinstance(i, Placed))
            out.extend(words_to_line(piece, region, region_x1)
                       for part in size_parts(row_words) for piece in side_headings(part, body))
    return out

