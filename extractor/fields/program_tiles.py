"""Counts printed as key-figure tiles: a big figure over a small label.

Slides and design-tool pages print a programme's places as a tile ("26" in large type over
"plasser i varig tilrettelagt arbeid (VTA)", "40" over "AFT-plasser"), as they print their
percentages. Each tile is read as the phrase it stands for ("26 plasser i varig tilrettelagt
arbeid (VTA)") with the evidence a count in running text has (``program_prose.unit_candidates``),
so a label that counts no places ("ansatte", "år siden oppstarten", "kunder") gives none. Tiles
come as a table of a row of figures over a row of labels (a band of tiles, ``text_aligned``), or
as a heading (or a paragraph in display type) that is a bare figure over the short line under it
(tiles stacked in a column).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.fields.context import Analysis, TextUnit
from extractor.fields.program_mentions import Candidate, HeadingPrograms
from extractor.fields.program_prose import unit_candidates

FIGURE = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?")  # a tile's figure: "26", "14,5", "1 240"
FIGURE_START = re.compile(r"^[-\u2212+]?\d")  # a cell of the figures' row: "87 %", "14,2 mill." too
LABEL_WORDS = 10  # a tile's label is a phrase, not a paragraph


def _figures_row(row: list[str]) -> bool:
    filled = [text for text in row if text.strip()]
    return len(filled) >= 2 and all(FIGURE_START.match(text.strip()) for text in filled)


def _labels_row(row: list[str]) -> bool:
    filled = [text for text in row if text.strip()]
    return bool(filled) and not any(FIGURE_START.match(text.strip()) for text in filled) \
        and all(len(text.split()) <= LABEL_WORDS for text in filled)


def iter_table_tiles(analysis: Analysis) -> Iterator[TextUnit]:
    """A band of tiles read as a table: each figure of a row of figures (no label column) with
    the label under it in the next row, as one unit "figure label"."""
    for table, headings in analysis.own_tables():
        rows = table.text_rows()
        for r in range(len(rows) - 1):
            if not (_figures_row(rows[r]) and _labels_row(rows[r + 1])):
                continue
            for c, text in enumerate(rows[r]):
                label = rows[r + 1][c] if c < len(rows[r + 1]) else ""
                if FIGURE.fullmatch(text.strip()) and label.strip():
                    cell, under = table.rows[r][c], table.rows[r + 1][c]
                    yield TextUnit(f"{text.strip()} {' '.join(label.split())}", under.prov.joined(cell.prov),
                                   headings[-1] if headings else None, headings, table=table, row=r + 1, col=c)


def _stacked(number: TextUnit, label: TextUnit) -> bool:
    """``label`` is the small line right under the big figure ``number`` (a heading), over it on
    the same page, short and without figures."""
    a, b = number.prov.bbox, label.prov.bbox
    if a is None or b is None or number.prov.page != label.prov.page or label.is_heading or label.in_table:
        return False
    height = a[3] - a[1]
    return 0 <= b[1] - a[3] <= height and a[0] < b[2] and b[0] < a[2] \
        and len(label.text.split()) <= LABEL_WORDS and not any(ch.isdigit() for ch in label.text)


TILE_FIGURE_SCALE = 1.5  # a tile's figure set in display type: this many times as tall as its label at least


def _display_figure(number: TextUnit, label: TextUnit) -> bool:
    """``number`` is a heading, or a paragraph of its own set much larger than ``label`` under it
    (a slide's tile, whose big figure the reader does not take for a heading)."""
    if number.is_heading:
        return True
    a, b = number.prov.bbox, label.prov.bbox
    return number.block is not None and a is not None and b is not None \
        and a[3] - a[1] >= TILE_FIGURE_SCALE * (b[3] - b[1])


def iter_heading_tiles(analysis: Analysis) -> Iterator[TextUnit]:
    """Tiles stacked in a column: a heading or a paragraph in display type that is a bare figure
    ("26") and the short line right under it ("VTA-plasser"), as one unit "figure label"."""
    units = analysis.units
    for number, label in zip(units, units[1:]):
        if not number.quoted and FIGURE.fullmatch(number.text.strip()) and _stacked(number, label) \
                and _display_figure(number, label):
            yield TextUnit(f"{number.text.strip()} {' '.join(label.text.split())}", label.prov.joined(number.prov),
                           label.section, label.headings, block=label.block)


def iter_tiles(analysis: Analysis) -> Iterator[tuple[TextUnit, object]]:
    """(unit, spaCy doc) of every tile read as its phrase."""
    for unit in (*iter_table_tiles(analysis), *iter_heading_tiles(analysis)):
        yield unit, analysis.doc_of(unit.text)


def iter_tile_candidates(analysis: Analysis) -> Iterator[Candidate]:
    """Counts of places a tile states ("26" over "VTA-plasser"), with the reason ``tile``."""
    heading_program = HeadingPrograms(analysis)
    for unit, doc in iter_tiles(analysis):
        for cand in unit_candidates(unit, doc, heading_program, analysis.report_year):
            cand.reasons.append("tile")
            yield cand
