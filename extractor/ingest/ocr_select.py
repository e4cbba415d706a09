"""Which images on a born-digital page or in a Word file are worth Tesseract's time.

Tesseract costs 0.4-2 CPU s an image at 300 dpi; a photo of flat colours, a gradient, a
decorative band or an empty frame holds no text and costs as much. ``may_hold_text`` looks at
the rendered image first: letters are made of sharp light-dark edges (a 6 pt word at 300 dpi
has a few hundred edge pixels), a smooth picture has almost none. The test only ever skips
images without such edges: anything with text, a table, a statement or even a busy photo is
read as before. (The page is rendered once for all its images: 0.02 s a page, not worth
rendering each image's box alone.)
"""
from __future__ import annotations

import numpy as np

EDGE_CONTRAST = 48  # grey levels between neighbouring pixels: the edge of a stroke, not noise
MIN_EDGE_PIXELS = 120  # at 300 dpi: under the edges of two 6 pt letters, more than JPEG noise gives


def may_hold_text(gray: np.ndarray, dpi: float) -> bool:
    """Whether a greyscale image (rendered at ``dpi``) has the sharp edges letters are made of."""
    pixels = gray.astype(np.int16)
    edges = int(np.count_nonzero(np.abs(np.diff(pixels, axis=1)) >= EDGE_CONTRAST))
    edges += int(np.count_nonzero(np.abs(np.diff(pixels, axis=0)) >= EDGE_CONTRAST))
    return edges >= MIN_EDGE_PIXELS * dpi / 300.0
