"""Filled rectangles behind a table's rows: backgrounds, not rules.

Designers shade a statement's sum rows, stripe its rows and tint the year reported; a PDF holds
each shading as a filled rectangle (a browser one per cell), whose four edges the table finder
would take for rules, making every shaded row a small table of its own that cuts the statement
into pieces. ``backdrops`` tells which fills are such backgrounds, and the reader leaves their
edges out (``pdf_glyphs.rects_to_edges``). A tinted header band keeps its edges: its cells hold
the column heads ("Regnskap 2024 | Budsjett 2025"), set too close for the words' gaps to part
them, and a band of one row heading a table is read as its header (``join_header_rows``).

``texts`` everywhere: the page's characters as (y middle, x middle, size, text), sorted.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from extractor.document import BBox

Glyph = tuple[float, float, float, str]

# A filled rectangle thinner than this (points) is a drawn rule (a hairline, a thick rule over a
# total). One holding text, no taller than ``ROW_EMS`` times that text's size (three lines of a
# cell and its padding), shades a table's row or cell; taller ones (a fact box, a panel) and
# those holding no text (a photo's frame, a chart's bar) keep their edges: the boxes they draw.
RULE_MAX = 3.0
ROW_EMS = 5.0
TOUCH = 3.0  # cells of one shaded row (or column) meet within this (points): a white border between
STRIPE_GAP = (0.5, 2.5)  # a band like it this many of its heights away: a zebra stripe, not a header
FIGURE = re.compile(r"^[(\-–−+]?\d[\d .,]*\)?%?$")  # an amount or a note number, not a heading
NOT_FIGURE = re.compile(r"^((19|20)\d\d|\d{1,2}\.\d{1,2}\.(\d\d)?\d\d)$")  # a year or a date heads a column


def _inside(box: BBox, texts: list[Glyph]) -> list[Glyph]:
    first = bisect_right(texts, (box[1], float("inf")))
    return [t for t in texts[first:bisect_left(texts, (box[3], float("-inf")))] if box[0] < t[1] < box[2]]


def _thin(box: BBox) -> bool:
    """A rule's thickness across (a hairline, a cell's border drawn as a filled box)."""
    return box[2] - box[0] <= RULE_MAX or box[3] - box[1] <= RULE_MAX


def is_backdrop(box: BBox, texts: list[Glyph]) -> bool:
    """``box`` (display frame) is a row's or a cell's background (see ``ROW_EMS``)."""
    if _thin(box):
        return False
    sizes = [t[2] for t in _inside(box, texts) if not t[3].isspace()]
    return bool(sizes) and box[3] - box[1] <= ROW_EMS * max(sizes)


def _cell_text(box: BBox, texts: list[Glyph]) -> str:
    """The text in ``box``, its characters in reading order, without spaces."""
    return "".join(t[3] for t in sorted(_inside(box, texts), key=lambda t: (round(t[0]), t[1])) if not t[3].isspace())


def _runs(found: set[int], fills: list[BBox]) -> list[list[int]]:
    """The fills of ``found`` grouped into shaded rows: one band, meeting end to end (a white
    border apart at most)."""
    runs: list[list[int]] = []
    end = 0.0  # the right edge of the run being built (a fill may be drawn twice)
    for i in sorted(found, key=lambda i: (round(fills[i][1], 1), round(fills[i][3], 1), fills[i][0])):
        last, box = (fills[runs[-1][-1]] if runs else None), fills[i]
        if last and round(last[1], 1) == round(box[1], 1) and round(last[3], 1) == round(box[3], 1) \
                and box[0] <= end + TOUCH:
            runs[-1].append(i)
            end = max(end, box[2])
        else:
            runs.append([i])
            end = box[2]
    return runs


def _heads(run: list[int], fills: list[BBox], texts: list[Glyph]) -> bool:
    """A shaded row of two or more cells with text, none a figure (years and dates head columns)."""
    boxes = dict.fromkeys(fills[i] for i in run)
    if len(boxes) < 2:
        return False  # one fill (a panel, a page's ground): no text gathered for it
    cells = [c for c in (_cell_text(box, texts) for box in boxes) if c]
    return len(cells) >= 2 and not any(FIGURE.match(c) and not NOT_FIGURE.match(c) for c in cells)


def _extent(run: list[int], fills: list[BBox]) -> BBox:
    boxes = [fills[i] for i in run]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _stripes(a: BBox, b: BBox) -> bool:
    """Two shaded rows of one width a row or so apart: stripes of one table (two header rows
    meet, or stand a border apart)."""
    upper, lower = sorted((a, b), key=lambda box: box[1])
    gap, height = lower[1] - upper[3], max(a[3] - a[1], b[3] - b[1])
    return abs(a[0] - b[0]) <= TOUCH and abs(a[2] - b[2]) <= TOUCH \
        and STRIPE_GAP[0] * height <= gap <= STRIPE_GAP[1] * height


COLUMN_RUN = 2  # fills right under a shaded cell, one under the other, that make it a tinted column's top


def _under(i: int, fills: list[BBox]) -> int | None:
    """The fill of the same width right under fill ``i`` (a border's gap apart at most)."""
    return next((j for j, box in enumerate(fills) if abs(box[0] - fills[i][0]) <= 0.5
                 and abs(box[2] - fills[i][2]) <= 0.5 and 0 <= box[1] - fills[i][3] <= TOUCH), None)


def _columns_go_on(run: list[int], fills: list[BBox], texts: list[Glyph]) -> bool:
    """The tops of tinted columns beside a white label column, not a band: a label stands unshaded
    left of the row ("Beløp i 1000 kr" | "Note" "2023" "2022"), and each shaded cell goes on down
    its column, ``COLUMN_RUN`` fills of its width one right under the other (a band over zebra
    stripes has one stripe under it, then a white row; a fact box shaded cell by cell has no
    label outside its shading)."""
    def depth(i: int) -> int:
        k = 0
        while k < COLUMN_RUN and (i := _under(i, fills)) is not None:
            k += 1
        return k
    x0, top, _, bottom = _extent(run, fills)
    return bool(_inside((0.0, top, x0, bottom), texts)) and all(depth(i) >= COLUMN_RUN for i in run)


def header_bands(runs: list[list[int]], fills: list[BBox], texts: list[Glyph]) -> list[list[int]]:
    """The shaded rows that head a table: column heads (``_heads``) that are no stripe of a
    zebra-striped table of words (``_stripes``) and not the tops of tinted columns (``_columns_go_on``)."""
    heads = [(run, _extent(run, fills)) for run in runs if _heads(run, fills, texts) and not _columns_go_on(run, fills, texts)]
    return [run for run, box in heads if not any(other is not run and _stripes(box, o) for other, o in heads)]


def band_cells(fills: list[BBox], texts: list[Glyph]) -> set[int]:
    """Which of the filled rectangles ``fills`` are the cells of a tinted header band
    (``header_bands``), its empty cells with them."""
    cells = {i for i, box in enumerate(fills) if not _thin(box)}
    return {i for run in header_bands(_runs(cells, fills), fills, texts) for i in run}


def backdrops(fills: list[BBox], texts: list[Glyph]) -> set[int]:
    """Which of the filled rectangles ``fills`` are backgrounds: those ``is_backdrop`` finds but a
    header band's (``band_cells``), and the cells that share a whole side with one and hold no
    text (the empty note cell of a shaded sum row, where a browser fills each cell apart), no
    bigger across than it; never a rule (a cell's border, drawn as a thin filled box)."""
    found = {i for i, box in enumerate(fills) if is_backdrop(box, texts)}
    if not found:
        return found
    found -= band_cells(fills, texts)
    rows: dict[tuple[float, float], list[int]] = {}
    columns: dict[tuple[float, float], list[int]] = {}
    for i, (x0, top, x1, bottom) in enumerate(fills):
        rows.setdefault((round(top, 1), round(bottom, 1)), []).append(i)
        columns.setdefault((round(x0, 1), round(x1, 1)), []).append(i)
    todo = list(found)
    while todo:
        x0, top, x1, bottom = fills[todo.pop()]
        beside = [j for j in rows[(round(top, 1), round(bottom, 1))]
                  if min(abs(fills[j][0] - x1), abs(fills[j][2] - x0)) <= TOUCH]
        under = [j for j in columns[(round(x0, 1), round(x1, 1))]
                 if min(abs(fills[j][1] - bottom), abs(fills[j][3] - top)) <= TOUCH
                 and fills[j][3] - fills[j][1] <= bottom - top]
        for j in beside + under:
            if j not in found and not _thin(fills[j]) and not _inside(fills[j], texts):
                found.add(j)
                todo.append(j)
    return found
