"""Page-level primitives shared by the PDF reader, the OCR reader and the table strategies.

A page is reduced to words (with font size, weight and, for OCR, confidence) and ruling
segments (table lines), whatever produced it, so the same layout and table code reads
born-digital and scanned pages.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document import BBox


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0  # font size in points (OCR: estimated from the box height)
    bold: bool = False
    conf: float | None = None  # OCR word confidence 0..1; None for a text layer
    small_caps: bool = False  # set in small capitals (``small_caps``)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class Segment:
    """A ruling line (or one edge of a filled rectangle): horizontal when top == bottom."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) <= (self.x1 - self.x0)


@dataclass(slots=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    from_ocr: bool = False


def word_centre_in(word: Word, box: BBox, pad: float = 0.0) -> bool:
    """Whether the middle of the word's box lies in ``box``, widened by ``pad`` on every side."""
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] - pad <= cx <= box[2] + pad and box[1] - pad <= cy <= box[3] + pad
