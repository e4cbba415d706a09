"""The measure (line length) a page's lines were set to, where the page itself does not show it.

A line that ends well short of its column was broken on purpose (``blocks._breaks``). A page
whose lines are all short (a page holding only the board's names and roles, a short note, a
list) shows no column edge: its longest line stands in for it, and a list of "Name, role"
lines set without space between paragraphs (Word's "No Spacing", Word 2003's default, a web
page printed) ran together into one paragraph. Such a region gets the edge the document's
columns of running text have; in a document without any, a page of one region gets its left
margin mirrored.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Protocol

from extractor.ingest.layout import Line

SHORT_BY_EM = 2.0  # a region ending this much short of the measure is widened to it
EDGE_STEP = 5.0  # column edges compared to this many points


class Read(Protocol):
    width: float
    items: list


def _regions(items: Iterable) -> dict[int, list[Line]]:
    """A page's lines by column region (placed tables left out)."""
    out: dict[int, list[Line]] = {}
    for line in items:
        if isinstance(line, Line) and line.box is None:  # a sidebar's lines keep their breaks anyway
            out.setdefault(line.region, []).append(line)
    return out


def _is_column(lines: list[Line]) -> bool:
    """Lines of running text: one at least runs on into a line that starts in lower case (a
    list of names and roles never does, however alike its lines' lengths)."""
    return any(after.text[:1].islower() for after in lines[1:])


def widen_short_regions(reads: list[Read]) -> None:
    """Give each region of short lines the right edge of the document's text columns that start
    where it starts (see the module's doc)."""
    pages = [(read, [(lines, _is_column(lines)) for lines in _regions(read.items).values()]) for read in reads]
    columns = Counter((round(min(line.x0 for line in lines) / EDGE_STEP), round(lines[0].region_x1 / EDGE_STEP))
                      for _, regions in pages for lines, column in regions if column)
    for read, regions in pages:
        for lines, column in regions:
            if column:
                continue
            x0, size = min(line.x0 for line in lines), max(line.size for line in lines)
            edge = _column_edge(columns, x0, size)
            if edge is None and not columns and len(regions) == 1 and x0 < read.width / 3:
                edge = read.width - x0  # one page of short lines: margins are mirrored
            if edge is not None and edge - lines[0].region_x1 > SHORT_BY_EM * size:
                for line in lines:
                    line.region_x1 = edge


def _column_edge(columns: Counter, x0: float, size: float) -> float | None:
    """The most common right edge of the text columns whose left edge is ``x0``'s."""
    same = [(n, right) for (left, right), n in columns.items() if abs(left * EDGE_STEP - x0) <= SHORT_BY_EM * size]
    return max(same)[1] * EDGE_STEP if same else None
