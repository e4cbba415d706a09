"""The table-strategy plug-in base, its tolerances and the confidence formula.

Every strategy turns one ``PageContent`` into ``Table``s and says how sure it is with
``table_confidence``, modelled on camelot's ``parsing_report``::

    accuracy   = share of the table's text (in characters) that lies cleanly inside one cell
                 (ruled) or one column band (text), instead of straddling a boundary
    whitespace = share of the grid positions that are empty (merged positions excluded)
    confidence = accuracy * (1 - 0.5 * whitespace) * strategy_weight * shape_factor

``strategy_weight`` is 1.0 for ruled tables (drawn lines are strong evidence) and 0.85 for
text-aligned ones (alignment alone can be a coincidence); ``shape_factor`` is 0.7 for a table
with a single body row or a single column (often a box or a caption, not a table), 1.0
otherwise. The result is clamped to [0, 1].
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any, ClassVar

from extractor.document import BBox, Table
from extractor.ingest.primitives import PageContent, Word
from extractor.settings import DEFAULT_SETTINGS

STRATEGY_WEIGHT = {"ruled": 1.0, "text": 0.85}
# A one-row table of two or three cells, one holding this many lines (Word: paragraphs) of text,
# lays a page out in columns (a facts column beside the text, a title beside a box): not data.
LAYOUT_PARAGRAPHS = 6
MAX_LAYOUT_COLUMNS = 3
LAYOUT = "layout"  # the strategy of such a ruled table: the PDF reader takes its words as text
SMALL_TABLE_FACTOR = 0.7


@dataclass(frozen=True, slots=True)
class TableTolerances:
    """Distances in points; OCR pages use ``scaled(ocr_factor)`` because scanned lines wobble."""

    snap: float = 3.0  # segments closer than this across their length are one line
    join: float = 4.0  # collinear segments with a gap smaller than this are one line
    intersect: float = 3.0  # a line counts as touching another within this distance
    min_segment: float = 6.0  # shorter segments are glyph parts or dots, not rulings
    min_cell: float = 4.0  # grid lines closer than this are one line drawn twice
    ocr_factor: float = 2.5
    max_rules: int = 1500  # a page with more rules than this is a drawing; ruled finding skips it
    max_cells: int = DEFAULT_SETTINGS.max_table_cells  # a ruled grid with more cells is a drawing too
    column_gap_em: float = 1.2  # a gap wider than this many font sizes separates columns
    max_row_gap_em: float = 2.6  # text-table lines further apart than this end the table
    max_spacer_gap_em: float = 4.0  # ...unless the next line fits the columns (a blank spacer line)
    max_signing_gap_em: float = 7.0  # ...or a signature grid's next row, a signing space under the last
    wrap_gap_em: float = 0.6  # lines closer than this are one row's wrapped text
    max_label_lines: int = 3  # label-only lines in a row (wrapped labels, section titles) before the table ends
    max_wrapped_label_lines: int = 12  # ... more when they hang in a tight chain under the row (a narrow label column)
    max_chunk_words: float = 3.0  # more words per line-in-a-column on average reads as prose ...
    min_prose_lowercase: float = 0.5  # ... when at least this share of them is lowercase (names are not prose)

    def scaled(self, factor: float) -> "TableTolerances":
        return replace(self, snap=self.snap * factor, join=self.join * factor, intersect=self.intersect * factor,
                       min_segment=self.min_segment * factor, min_cell=self.min_cell * factor)


DEFAULT_TOLERANCES = TableTolerances()


def tolerances_for(page: PageContent, base: TableTolerances = DEFAULT_TOLERANCES) -> TableTolerances:
    return base.scaled(base.ocr_factor) if page.from_ocr else base


class TableStrategy:
    """One way of finding tables on a page; subclasses set ``name`` and implement ``find``."""

    name: ClassVar[str] = ""

    def __init__(self, tolerances: TableTolerances = DEFAULT_TOLERANCES):
        self.base_tolerances = tolerances

    def find(self, page: PageContent) -> list[Table]:
        raise NotImplementedError


def table_confidence(accuracy: float, whitespace: float, strategy: str, body_rows: int, columns: int) -> float:
    """Confidence in [0, 1]; the formula is in the module docstring and docs/tables.md."""
    weight = STRATEGY_WEIGHT.get(strategy, 0.8)
    shape = SMALL_TABLE_FACTOR if body_rows <= 1 or columns <= 1 else 1.0
    value = accuracy * (1 - 0.5 * whitespace) * weight * shape
    return round(min(1.0, max(0.0, value)), 3)


def words_to_bbox(words: list[Word]) -> BBox:
    return (
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
    )


def bbox_overlap_area(a: BBox, b: BBox) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def box_inside(inner: BBox, outer: BBox, pad: float = 1.0) -> bool:
    """``inner`` lies within ``outer`` widened by ``pad`` on every side (an equal box too)."""
    return outer[0] - pad <= inner[0] and outer[1] - pad <= inner[1] \
        and inner[2] <= outer[2] + pad and inner[3] <= outer[3] + pad


def word_inside(word: Word, box: BBox, pad: float) -> bool:
    return (
        word.x0 >= box[0] - pad and word.x1 <= box[2] + pad and word.top >= box[1] - pad and word.bottom <= box[3] + pad
    )


def rounded_bbox(box) -> BBox:
    """Plain floats (OCR coordinates may be numpy scalars), rounded to 0.01 pt."""
    return tuple(round(float(v), 2) for v in box)


@functools.cache
def finance_vocabulary() -> dict[str, Any]:
    """The statement vocabulary (``extractor/data/finance.json``): column heads, statement titles."""
    return json.loads(resources.files("extractor.data").joinpath("finance.json").read_text(encoding="utf-8"))
