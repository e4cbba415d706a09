"""Figures a narrow cell wrapped at a digit-group space, set above and below their row's label.

A web page's statement imported by LibreOffice gets columns only as wide as its header words, so
a figure wraps inside its cell: "4 785" on a line above the label's, "327" on a line below it,
the cell centred on the row ("Annen driftsinntekt | 4 729 798 | 4 785 / 327"). Read line by line,
the head joins the row above and the tail the row below, and every figure of those columns comes
out wrong. Three tight lines where the label's line has nothing in the columns the other two
fill, the upper one a figure's head there and the lower one three-digit groups, are one row;
so are a row and the line under it that holds only the tails of its figures (a narrow portrait
page wraps label and figures alike: "Salgsin | 33 124" over "ntekter | 000").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from extractor.ingest.primitives import Word
from extractor.tables.chunks import TextLine

_HEAD = re.compile(r"[-\u2212(]?\d{1,3}(?: \d{3})*")  # "4 785", "-12", "(1 516"
_TAIL = re.compile(r"\d{3}(?: \d{3})*\)?")  # "327", "065)"

CellsOf = Callable[[TextLine], list[list[Word]]]


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x0))


def _stacked(upper: list[list[Word]], middle: list[list[Word]], lower: list[list[Word]]) -> bool:
    """The figure-only lines around a label line hold the two halves of figures: the same
    columns filled above and below, empty on the label's line, heads above and tails below."""
    if upper[0] or lower[0] or not middle[0]:
        return False
    filled = [i for i in range(1, len(upper)) if upper[i] or lower[i]]
    return bool(filled) and all(upper[i] and lower[i] and not middle[i] and _HEAD.fullmatch(_text(upper[i]))
                                and _TAIL.fullmatch(_text(lower[i])) for i in filled)


def _wrapped_below(upper: list[list[Word]], lower: list[list[Word]]) -> bool:
    """The line under a row holds the tails of its figures (and perhaps a piece of its label):
    a narrow portrait page wraps both label and figures ("Salgsin | 33 124" over "ntekter | 000").
    Every figure the lower line has completes a head above it; its label cell, if any, is one
    piece of a word ("ntekter", "ostnad"), not a label of its own ("herav tilskudd")."""
    label = _text(lower[0])
    if label and (" " in label or not label[:1].islower()):
        return False
    filled = [i for i in range(1, len(lower)) if lower[i]]
    return bool(filled) and all(i < len(upper) and upper[i] and _HEAD.fullmatch(_text(upper[i]))
                                and _TAIL.fullmatch(_text(lower[i])) for i in filled)


def join_stacked_figures(lines: list[TextLine], cells_of: CellsOf, tight: Callable[[TextLine, TextLine], bool]
                         ) -> list[TextLine]:
    """``lines`` with each label line and the halves of figures wrapped around it made one line
    (its words in reading order: the head's above the tail's, as ``_cell_text`` sorts them)."""
    out: list[TextLine] = []
    index = 0
    while index < len(lines):
        trio = lines[index:index + 3]
        if len(trio) == 3 and tight(trio[0], trio[1]) and tight(trio[1], trio[2]) \
                and _stacked(*(cells_of(line) for line in trio)):
            upper, middle, lower = trio
            out.append(TextLine(upper.words + middle.words + lower.words,
                                middle.chunks + upper.chunks + lower.chunks))
            index += 3
            continue
        pair = lines[index:index + 2]
        if len(pair) == 2 and tight(*pair) and _wrapped_below(*(cells_of(line) for line in pair)):
            out.append(TextLine(pair[0].words + pair[1].words, pair[0].chunks + pair[1].chunks))
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return out
