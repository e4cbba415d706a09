"""What the text beside a gutter looks like when it is no pair of running-text columns: a column
of short pieces beside a letter (a signature, a pull quote, a fact box on a designer's page), or
a grid of three or more narrow text columns. ``layout`` asks these once a gutter is found.
"""
from __future__ import annotations

import re
from collections import Counter
from statistics import median
from typing import TYPE_CHECKING, Iterator

from extractor.document import Table
from extractor.ingest.primitives import Word
from extractor.ingest.prose import ends_a_sentence, is_short_label, runs_on

if TYPE_CHECKING:
    from extractor.ingest.layout import Item

MIN_COLUMN_LINES = 3  # each side of a gutter needs at least this many rows of text
MIN_COLUMN_SHARE = 0.25  # ... spanning (median) at least this share of the region width
PIECES_LETTERS = 0.6  # a column of pieces beside running text is this share letters (words, not figures) ...
PIECES_ALIGN_EM = 1.5  # ... and this share of its rows start within this many font sizes of its left edge
PIECES_ALIGNED = 0.7
INNER_EDGE_ROWS = 3  # ... and no second edge that this many of its rows' later words start at,
INNER_EDGE_GAP_EM = 1.5  # ... each after a gap this wide
PIECES_GAP_EM = 2.0  # running text has no gap this wide between its words (a borderless table's cells do)
FIGURE_ROWS = 0.5  # a statement beside prose: this share of its rows end in a figure ...
FIGURE_EDGE_PT = 2.0  # ... the figures of MIN_COLUMN_LINES rows or more ending at one x (set flush right)
PROSE_WORDS = 5  # prose beside it: MIN_COLUMN_LINES rows or more of this many words with letters ...
PROSE_FIGURE_ROWS = 0.2  # ... and at most this share of its rows ending in a figure
_FIGURE = re.compile(r"^[-\u2212\u2013(]?\d[\d.,\u00a0]*\)?$")  # "8 214" ends in "214", "(6 120)" in "120)"
PAIRED_SHARE = 2 / 3  # a table's label column: this share of its lines or more level with a cell beside
TABLE_TITLE_ROWS = 3  # rows of words over a table placed beside a column: its title, not a column of text


def _placed_table(item) -> bool:
    """A table ``layout`` placed among the words (its ``Placed`` holds the table as ``item``)."""
    return isinstance(getattr(item, "item", None), Table)


def _side_extents(rows: list[list[Item]], cut: float) -> tuple[list[float], list[float]]:
    """The width of each side's text on each row; a table placed on one side counts once
    for each of its rows (a statement in a layout cell beside running text fills its column)."""
    left, right = [], []
    for row in rows:
        lines = len(row[0].item.rows) if len(row) == 1 and _placed_table(row[0]) else 1
        lhs = [i for i in row if i.x1 <= cut]
        rhs = [i for i in row if i.x0 >= cut]
        if lhs:
            left += [max(i.x1 for i in lhs) - min(i.x0 for i in lhs)] * lines
        if rhs:
            right += [max(i.x1 for i in rhs) - min(i.x0 for i in rhs)] * lines
    return left, right


def is_text_columns(rows: list[list[Item]], cut: float, width: float) -> bool:
    """Rows of text on both sides of the cut, each side's as wide as ``MIN_COLUMN_SHARE`` of the
    region; half that beside a side that is a placed table and its title alone (a narrow column
    of comment beside a statement, its heading level with the statement's title)."""
    left, right = _side_extents(rows, cut)
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return False
    need = MIN_COLUMN_SHARE * width
    if (side := _table_side(rows, cut)) is not None:
        table_side, text_side = (left, right) if side else (right, left)
        return median(table_side) >= need and median(text_side) >= need / 2
    return min(median(left), median(right)) >= need


def columns_taken_further(rows: list[list[Item]], runs: list, split: tuple[int, int, float], slack: float,
                          width: float) -> int:
    """The last row of the two columns ``split`` (first row, last row, gutter x) sets out, taken on
    through the runs of gutters right under them with one within ``slack`` of the same place: a
    table in one column has its own gutter, closed by a row whose cells stand close (a long name
    beside its share), that ended the first run there."""
    start, end, cut = split
    for first, last, cuts in runs:
        if first == end + 1 and any(abs(c - cut) <= slack for c in cuts) \
                and is_text_columns(rows[start:last + 1], cut, width):
            end = last
    return end


def _table_side(rows: list[list[Item]], cut: float) -> bool | None:
    """True (left) or False (right) when one side of the cut holds a placed table and no more
    than ``TABLE_TITLE_ROWS`` rows of words (its title), the other side none; else None."""
    sides = {(i.x0 + i.x1) / 2 < cut for row in rows for i in row if _placed_table(i)}
    if len(sides) != 1:
        return None
    side = sides.pop()
    words = sum(any(isinstance(i, Word) and ((i.x0 + i.x1) / 2 < cut) == side for i in row) for row in rows)
    return side if words <= TABLE_TITLE_ROWS else None


def _letters_share(rows: list[list[Item]]) -> float:
    words = [i for row in rows for i in row if isinstance(i, Word)]
    chars = sum(len(w.text) for w in words)
    return sum(c.isalpha() for w in words for c in w.text) / chars if chars else 0.0


def is_column_of_pieces(rows: list[list[Item]], cut: float, width: float, size: float) -> bool:
    """Running text on one side of the cut and, on the other, a column of shorter pieces set to
    one left edge: a signature, a pull quote and a fact box stacked beside a letter on a
    designer's page, whose short lines ``is_text_columns`` takes for a label/value list. Both
    sides are words: a statement's figures beside its labels are no column."""
    left = [r for r in ([i for i in row if i.x1 <= cut] for row in rows) if r]
    right = [r for r in ([i for i in row if i.x0 >= cut] for row in rows) if r]
    if min(len(left), len(right)) < MIN_COLUMN_LINES or min(_letters_share(left), _letters_share(right)) < PIECES_LETTERS:
        return False
    for (text, pieces), on_left in (((left, right), False), ((right, left), True)):
        if any(inner_gap(r, size) for r in text) or inner_edge(pieces, size) or _cells_beside(rows, cut, on_left, text):
            continue  # "Namn | Merknad" beside "Verv", a "Role | Name" table beside a summary: cells, not pieces
        extents = [[max(i.x1 for i in r) - min(i.x0 for i in r) for r in side] for side in (text, pieces)]
        edge = min(r[0].x0 for r in pieces)
        aligned = sum(r[0].x0 - edge <= PIECES_ALIGN_EM * size for r in pieces)
        if median(extents[0]) >= MIN_COLUMN_SHARE * width and median(extents[1]) >= MIN_COLUMN_SHARE / 2 * width \
                and aligned >= PIECES_ALIGNED * len(pieces):
            return True
    return False


def _cells_beside(rows: list[list[Item]], cut: float, on_left: bool, text: list[list[Item]]) -> bool:
    """A table's label column, not pieces: short labels (``prose.is_short_label``), most of them
    level with a line beside them (a heading over them aside, ``PAIRED_SHARE``), those lines ending
    no sentence and opening anew (``prose.runs_on``): a sidebar's role words beside "Kari Holm,
    oppnevnt av Hol kommune", one a row. Pieces beside a letter are longer, keep their own pitch,
    or stand beside lines that run on or end sentences ("Kontrollkomité" beside "Jensen.")."""
    words = [[i for i in row if isinstance(i, Word)] for row in rows]
    beside = [([w.text for w in row if (w.x1 <= cut) == on_left], [w for w in row if (w.x0 >= cut) == on_left])
              for row in words if any((w.x1 <= cut) == on_left for w in row)]
    level = [max(cells, key=lambda w: w.x1).text for _, cells in beside if cells]
    return sum(is_short_label(piece) for piece, _ in beside) >= PAIRED_SHARE * len(beside) \
        and len(level) >= PAIRED_SHARE * len(beside) and sum(ends_a_sentence([t]) for t in level) < (1 - PAIRED_SHARE) * len(level) \
        and not runs_on([i for i in row if isinstance(i, Word)] for row in text)


def inner_edge(rows: list[list[Item]], size: float) -> bool:
    """Words of three or more rows start at one x, each after a gap wider than a word space: a
    table's second column (pieces stacked beside a letter share only their left edge)."""
    starts = Counter(round(item.x0) for row in rows for item in iter_after_gaps(row, INNER_EDGE_GAP_EM * size))
    return any(n >= INNER_EDGE_ROWS for n in starts.values())


def inner_gap(row: list[Item], size: float) -> bool:
    return next(iter_after_gaps(row, PIECES_GAP_EM * size), None) is not None


def iter_after_gaps(row: list[Item], gap: float) -> Iterator[Item]:
    """The row's items, left to right, that stand after a space wider than ``gap`` points."""
    items = sorted(row, key=lambda i: i.x0)
    return (b for a, b in zip(items, items[1:]) if b.x0 - a.x1 > gap)


def is_column_grid(rows: list[list[Item]], cuts: list[float], width: float) -> bool:
    """Whether the gutters ``cuts`` divide the rows into three or more text columns: each column
    holds its rows of text over the share of its own measure a column of a two-column page
    holds (a designer's three-column page sets lines a third of the page wide, under the share
    ``is_text_columns`` asks of either side of one cut)."""
    edges = [-float("inf"), *sorted(cuts), float("inf")]
    need = MIN_COLUMN_SHARE * width * 2 / (len(edges) - 1)
    for lo, hi in zip(edges, edges[1:]):
        extents = [max(i.x1 for i in inside) - min(i.x0 for i in inside)
                   for row in rows if (inside := [i for i in row if i.x0 >= lo and i.x1 <= hi])]
        if len(extents) < MIN_COLUMN_LINES or median(extents) < need:
            return False
    return True


def ends_in_figure(row: list[Item]) -> bool:
    """The row's last word is a figure, or a table found already stands in it (``layout.Placed``)."""
    last = max(row, key=lambda i: i.x1)
    return bool(_FIGURE.match(last.text)) if isinstance(last, Word) else hasattr(last, "item")


def is_prose_beside_statement(rows: list[list[Item]], cut: float) -> bool:
    """Running text on one side of the cut and a statement on the other: most of the statement's
    rows end in a figure, set flush right in a column, and the text's rows hold a sentence's
    words. A web page's layout table sets its text cell this close to the statement's (less than
    an em: a gutter ``layout`` takes only beside a statement, never between two texts)."""
    sides = [[r for r in ([i for i in row if ((i.x0 + i.x1) / 2 >= cut) == right] for row in rows) if r]
             for right in (False, True)]
    if min(map(len, sides)) < MIN_COLUMN_LINES:
        return False
    for text, statement in (sides, sides[::-1]):
        figures = [max(row, key=lambda i: i.x1).x1 for row in statement if ends_in_figure(row)]
        edges = Counter(round(x / FIGURE_EDGE_PT) for x in figures)
        placed = any(not isinstance(i, Word) for row in statement for i in row) \
            and len(figures) >= FIGURE_ROWS * len(statement)  # the statement read already, its title over it
        sentences = sum(sum(isinstance(i, Word) and any(c.isalpha() for c in i.text) for i in row) >= PROSE_WORDS
                        for row in text)  # its headings are short
        flush = len(figures) >= FIGURE_ROWS * len(statement) and max(edges.values(), default=0) >= MIN_COLUMN_LINES
        if (placed or flush) and sentences >= MIN_COLUMN_LINES and sum(map(ends_in_figure, text)) <= PROSE_FIGURE_ROWS * len(text):
            return True
    return False
