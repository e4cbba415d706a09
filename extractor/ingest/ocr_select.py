"""Which images on a born-digital page are worth Tesseract's time, and their pixels alone.

Tesseract costs 0.4-2 CPU s an image at 300 dpi; a photo of flat colours, a gradient, a
decorative band or an empty frame holds no text and costs as much. ``may_hold_text`` looks at
the rendered image first: letters are made of sharp light-dark edges (a 6 pt word at 300 dpi
has a few hundred edge pixels), a smooth picture has almost none. The test only ever skips
images without such edges: anything with text, a table, a statement or even a busy photo is
read as before. ``render_regions`` renders each image's box alone, at the page's OCR
resolution, instead of the whole page.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image

from extractor.errors import Corrupt

EDGE_CONTRAST = 48  # grey levels between neighbouring pixels: the edge of a stroke, not noise
MIN_EDGE_PIXELS = 120  # at 300 dpi: under the edges of two 6 pt letters, more than JPEG noise gives


def may_hold_text(gray: np.ndarray, dpi: float) -> bool:
    """Whether a greyscale image (rendered at ``dpi``) has the sharp edges letters are made of."""
    pixels = gray.astype(np.int16)
    edges = int(np.count_nonzero(np.abs(np.diff(pixels, axis=1)) >= EDGE_CONTRAST))
    edges += int(np.count_nonzero(np.abs(np.diff(pixels, axis=0)) >= EDGE_CONTRAST))
    return edges >= MIN_EDGE_PIXELS * dpi / 300.0


def render_regions(pdf_path: Path, page_number: int, boxes: list[tuple], scale: float,
                   min_px: int) -> Iterator[tuple[Image.Image, tuple[int, int]]]:
    """Each box (x0, top, x1, bottom in points) rendered alone at ``scale`` pixels per point,
    as greyscale, with its top-left corner in page pixels; boxes are clipped to the page and
    those under ``min_px`` pixels on a side are left out."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        raise Corrupt(f"cannot open the PDF to OCR it: {exc}") from exc
    try:
        page = pdf[page_number - 1]
        width, height = page.get_size()
        page_px = (int(width * scale), int(height * scale))
        for box in boxes:
            x0, top = max(0, int(box[0] * scale)), max(0, int(box[1] * scale))
            x1, bottom = min(page_px[0], int(box[2] * scale) + 1), min(page_px[1], int(box[3] * scale) + 1)
            if x1 - x0 < min_px or bottom - top < min_px:
                continue
            crop = (x0 / scale, height - bottom / scale, width - x1 / scale, top / scale)  # left, bottom, right, top
            try:
                image = page.render(scale=scale, grayscale=True, crop=crop).to_pil().convert("L")
            except pdfium.PdfiumError as exc:
                raise Corrupt(f"cannot render page {page_number} to OCR it: {exc}") from exc
            yield image, (x0, top)
    finally:
        pdf.close()
