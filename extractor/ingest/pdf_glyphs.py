"""A PDF page's glyphs (``PageGlyphs``): characters, ruling segments and image boxes, read
through pypdfium2, or through pdfplumber where pypdfium2 cannot serve (the document or a page
does not load in pdfium, or pdfium counts other pages than pdfminer, whose page objects the
reader walks for its safety checks)."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.document import BBox
from extractor.ingest.pdf_chars import Char, Frame, iter_chars
from extractor.ingest.backdrops import backdrops, band_cells
from extractor.ingest.pdf_drawing import (box_edges, fill_only, invisible_text_share, is_mark, iter_drawn_objects,
                                          iter_subpaths, path_marks, path_to_boxes, rounded_box, visible_image_box)
from extractor.ingest.pdf_garble import text_layer_rules


@dataclass(slots=True)
class PageGlyphs:
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    segments: list[BBox] = field(default_factory=list)  # x0, top, x1, bottom (a line when flat)
    images: list[BBox] = field(default_factory=list)
    marks: list[BBox] = field(default_factory=list)  # filled bullet-sized shapes (``pdf_drawing.is_mark``)
    ocr_layer: bool = False  # the text is another program's OCR, drawn invisibly over a scan (``is_ocr_layer``)


def read_glyphs(page: pdfium.PdfPage) -> PageGlyphs:
    """Characters, ruling segments (rectangle edges, then lines) and image boxes of a page."""
    frame = Frame.of_page(page)
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = iter_chars(textpage.raw, frame)
    finally:
        textpage.close()
    rects: list[tuple[BBox, bool, bool]] = []  # display-frame boxes, whether only filled, whether rounded
    lines: list[BBox] = []
    images: list[BBox] = []
    marks: list[BBox] = []
    for kind, handle, matrix in iter_drawn_objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(visible_image_box(handle, matrix, frame))
        else:
            subpaths = iter_subpaths(handle, matrix)
            boxes, more_lines, rounded = path_to_boxes(subpaths)
            filled = bool(boxes or rounded) and fill_only(handle)
            rects += [(frame.box(*box), filled, False) for box in boxes]
            rects += [(frame.box(*box), True, True) for box in rounded if filled]
            lines += [frame.box(*line) for line in more_lines]
            marks += path_marks(handle, subpaths, frame)
    return PageGlyphs(width, height, chars, rects_to_edges(rects, chars) + lines, images, marks,
                      bool(chars) and is_ocr_layer(page, images, width * height))


def rects_to_edges(rects: list[tuple[BBox, bool, bool]], chars: list[Char]) -> list[BBox]:
    """The edges of the page's rectangles (``(box, filled only, rounded)``), but those of a filled
    one behind a row of text (``backdrops``): a shaded sum row or a zebra stripe is the row's
    background, and its edges, taken for rules, cut the table it stands in into pieces. A filled
    rounded rectangle gives edges only as a cell of a tinted header band (its rounded end cell);
    any other (a tile, a pill, a photo's frame) is no ruling, as pdfminer reads a curve."""
    fills = [i for i, (_, filled, _) in enumerate(rects) if filled]
    texts = sorted(((c.top + c.bottom) / 2, (c.x0 + c.x1) / 2, c.size, c.text) for c in chars) if fills else []
    boxes = [rects[i][0] for i in fills]
    rounded = {k for k, i in enumerate(fills) if rects[i][2]}
    drop = {fills[k] for k in backdrops(boxes, texts) | (rounded - band_cells(boxes, texts) if rounded else set())}
    return [e for i, (box, _, _) in enumerate(rects) if i not in drop for e in box_edges(box)]


def is_ocr_layer(page: pdfium.PdfPage, images: list[BBox], area: float) -> bool:
    """The page is a scan under an invisible OCR text layer: an image covers most of it, and
    most of its text objects are drawn invisibly (the objects are counted only on such pages)."""
    rules = text_layer_rules()
    covered = any((b[2] - b[0]) * (b[3] - b[1]) >= rules["ocr_layer_image_share"] * area for b in images)
    return covered and invisible_text_share(page) >= rules["ocr_layer_invisible_share"]


class GlyphReader:
    """The pages of one document through pdfium; ``glyphs`` is None where pdfium cannot
    serve, and the caller reads that page with pdfplumber (``plumber_glyphs``)."""

    def __init__(self, path: Path, page_count: int | None):
        self.doc: pdfium.PdfDocument | None = None
        try:
            doc = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError):
            return
        if page_count is not None and len(doc) == page_count:
            self.doc = doc
        else:
            doc.close()

    def glyphs(self, number: int) -> PageGlyphs | None:
        if self.doc is None:
            return None
        try:
            page = self.doc[number - 1]
        except pdfium.PdfiumError:
            return None
        try:
            return read_glyphs(page)
        except pdfium.PdfiumError:
            return None
        finally:
            page.close()

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None


@contextmanager
def open_glyph_reader(path: Path, page_count: int | None) -> Iterator[GlyphReader]:
    reader = GlyphReader(path, page_count)
    try:
        yield reader
    finally:
        reader.close()


def char_direction(matrix: tuple) -> str:
    """Writing direction of a pdfminer char from its (y-up) text matrix."""
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return "ltr" if a > 0 else "rtl"
    return "ttb" if b < 0 else "btt"


def plumber_char(c: dict) -> Char:
    """A pdfplumber char as a ``Char``. Its size is rounded (Word's export of pasted Excel
    objects gives each letter a size differing in the 7th decimal, which would split words);
    a sideways char's pdfminer size is its advance, so its box width stands in."""
    direction = char_direction(c["matrix"])
    size = c["size"] if direction in ("ltr", "rtl") else c["x1"] - c["x0"]
    return Char(c["text"], c["x0"], c["top"], c["x1"], c["bottom"], c["fontname"] or "", round(size, 2), None,
                direction)


def plumber_glyphs(page) -> PageGlyphs:  # noqa: ANN001 - a pdfplumber Page
    """The same from pdfplumber, for a page pdfium cannot read (its frame is the media box)."""
    chars = [plumber_char(c) for c in page.chars]
    rects = [((r["x0"], r["top"], r["x1"], r["bottom"]), bool(r.get("fill")) and not r.get("stroke"), False)
             for r in page.rects]
    rects += [((c["x0"], c["top"], c["x1"], c["bottom"]), True, True) for c in page.curves
              if c.get("fill") and not c.get("stroke") and rounded_box(c["pts"]) is not None]
    segments = rects_to_edges(rects, chars) + [(e["x0"], e["top"], e["x1"], e["bottom"]) for e in page.lines]
    images = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    marks = [box for o in [*page.curves, *page.rects] if o.get("fill")
             and is_mark(box := (o["x0"], o["top"], o["x1"], o["bottom"]))]
    return PageGlyphs(float(page.width), float(page.height), chars, segments, images,
                      marks)
