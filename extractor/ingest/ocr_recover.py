"""Text that Tesseract's page layout analysis dropped, read again on its own.

With automatic page segmentation (psm 3, which finds text columns) Tesseract now and then
drops a whole block it takes for noise or a picture: the middle figure column of an unruled
statement, a column of small numbers. The ink is on the page, but no word covers it. Here
the page's ink is compared with the words read, on a coarse grid of cells; text-like ink no
word covers (not a rule, not a dense picture, not a drawing without gaps between lines) is
painted onto a blank page of its own and read once more as one block of text (psm 6),
keeping only words that land where nothing was read.

Tesseract may also read such a column as one word standing across its lines: a typed
statement's lone thousands digits ("1 400,00", "8 350,00" under each other, a typewriter's
space as wide as a digit) came out as one "word" of eleven letters, seventy points tall, at
0.4 % confidence, or as two letters across two lines (at 95 %), or as "RFP" on one (at 44 %),
and the amounts lost their first digits ("400,00"). ``without_smears`` drops such a word
(letters only, just left of an amount, standing across two amounts' lines or read unsurely)
together with the amounts beside it, so their ink is read again here as whole lines of figures
("1 400,00"), which a lone digit out of its line is not.
"""
from __future__ import annotations

import numpy as np
from PIL import Image

from extractor.ingest.ocr_drift import FIGURE_WORD
from extractor.ingest.ocr_words import OcrWord, is_bullet_blob

CELL_EM = 0.5  # grid cell side in ems: a glyph fills one, a word gap does not break a line
MIN_INK_PX = 6  # dark pixels that make a cell inked (speckle is median-filtered away before)
COVER_PAD_EM = 0.4  # a word's box grown by this before it counts as covering its cells
MIN_CELLS = 3  # a region of fewer uncovered cells is a speck or a stray mark
MAX_DENSITY = 0.45  # ink over a region's box above this is a picture or a filled shape
TALL_EM = 3.0  # a region taller than this holds several lines of text, or is a drawing ...
MIN_GAP_ROWS = 0.08  # ... told apart by its blank rows between lines (body text: 45-50 %, drawings: 0-3 %)
BLANK_ROW_INK = 0.02  # a row of a region with at most this share of ink is blank
MIN_CONF = 0.6  # a recovered word needs at least this confidence (the page pass had its chance)
RECOVERY_PSM = 6  # a uniform block of text: reads figure columns the layout pass dropped
REGION_PAD_PX = 20  # paper kept around the regions read again (Tesseract wants a margin)
SMEAR_LINES = 1.8  # a word taller than this many of the page's word heights, beside amounts on two lines, ...
SMEAR_CONF = 0.5  # ... or one read less surely than this beside one, with no digit in it, is a column of digits misread
SMEAR_REACH = 2.5  # an amount at most this many word heights right of it (two typed cells) stands beside it


def without_smears(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` without a column of digits misread as letters and the amounts beside it (see the
    module's docstring)."""
    heights = sorted(w.height for w in words if any(ch.isalnum() for ch in w.text))
    if not heights:
        return words
    height = heights[len(heights) // 2]
    amounts = [w for w in words if FIGURE_WORD.match(w.text) and any(ch.isdigit() for ch in w.text)]

    def beside(smear: OcrWord) -> list[OcrWord]:
        right = smear.left + smear.width
        return [w for w in amounts if 0 <= w.left - right <= SMEAR_REACH * height
                and smear.top <= w.top + w.height / 2 <= smear.top + smear.height]

    dropped: set[int] = set()
    for word in words:
        if any(ch.isdigit() for ch in word.text) or not (next_to := beside(word)):
            continue
        if word.conf < SMEAR_CONF or (word.height > SMEAR_LINES * height and len(next_to) >= 2):
            dropped.update(id(w) for w in (word, *next_to))
    return [w for w in words if id(w) not in dropped] if dropped else words


def _components(mask: np.ndarray) -> list[list[tuple[int, int]]]:
    """8-connected components of a small boolean grid."""
    seen = np.zeros_like(mask, dtype=bool)
    out = []
    for start in zip(*np.nonzero(mask)):
        if seen[start]:
            continue
        stack, comp = [start], []
        seen[start] = True
        while stack:
            r, c = stack.pop()
            comp.append((r, c))
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < mask.shape[0] and 0 <= cc < mask.shape[1] and mask[rr, cc] and not seen[rr, cc]:
                        seen[rr, cc] = True
                        stack.append((rr, cc))
        out.append(comp)
    return out


def uncovered_regions(text_ink: np.ndarray, words: list[OcrWord], em: float) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, y0, x1, y1) of text-like ink no word covers. ``text_ink``: the page's
    ink with its ruling lines taken out."""
    if em <= 0 or not text_ink.any():
        return []
    cell = max(4, round(CELL_EM * em))
    rows, cols = -(-text_ink.shape[0] // cell), -(-text_ink.shape[1] // cell)
    padded = np.zeros((rows * cell, cols * cell), dtype=np.uint8)
    padded[:text_ink.shape[0], :text_ink.shape[1]] = text_ink
    # as bytes, rows first: summing a boolean page over both axes at once is 7x slower
    counts = padded.reshape(rows, cell, cols, cell).sum(axis=1, dtype=np.uint16).sum(axis=2)
    inked = counts >= MIN_INK_PX
    pad = COVER_PAD_EM * em
    for w in words:
        r0, r1 = int(max(0, w.top - pad) // cell), int((w.top + w.height + pad) // cell) + 1
        c0, c1 = int(max(0, w.left - pad) // cell), int((w.left + w.width + pad) // cell) + 1
        inked[r0:r1, c0:c1] = False
    regions = []
    for comp in _components(inked):
        if len(comp) < MIN_CELLS:
            continue
        r0, r1 = min(r for r, _ in comp), max(r for r, _ in comp) + 1
        c0, c1 = min(c for _, c in comp), max(c for _, c in comp) + 1
        box = (int(c0 * cell), int(r0 * cell), int(min(c1 * cell, text_ink.shape[1])), int(min(r1 * cell, text_ink.shape[0])))
        area = (box[2] - box[0]) * (box[3] - box[1])
        ink = text_ink[box[1]:box[3], box[0]:box[2]]
        if area and ink.sum() / area <= MAX_DENSITY and (ink.shape[0] <= TALL_EM * em or has_line_gaps(ink)) \
                and not is_bullet_blob(ink, em):  # a list's bullets: no text (``with_bullets`` places them)
            regions.append(box)
    return regions


def has_line_gaps(ink: np.ndarray) -> bool:
    """Whether a region's ink lies in lines with blank rows between them, as text does; a
    drawing (a comic panel, a logo, a signature's scrawl) has ink on nearly every row, and
    reading it again gave only stray letters."""
    blank = ink.sum(axis=1) <= BLANK_ROW_INK * ink.shape[1]
    return blank.mean() >= MIN_GAP_ROWS


def regions_page(image: Image.Image, regions, fill: int) -> tuple[Image.Image, tuple[int, int]]:
    """The part of the page the ``regions`` span, everything but them painted in the paper's
    grey, with its top-left corner on the page: Tesseract's time grows with the pixels it is
    given, and a page of blank paper around a column cost it 0.4 s."""
    x0, y0 = max(0, min(b[0] for b in regions) - REGION_PAD_PX), max(0, min(b[1] for b in regions) - REGION_PAD_PX)
    x1 = min(image.width, max(b[2] for b in regions) + REGION_PAD_PX)
    y1 = min(image.height, max(b[3] for b in regions) + REGION_PAD_PX)
    out = Image.new("L", (x1 - x0, y1 - y0), fill)
    for box in regions:
        out.paste(image.crop(box), (box[0] - x0, box[1] - y0))
    return out, (x0, y0)


def recovered_words(read: list[OcrWord], regions, words: list[OcrWord]) -> list[OcrWord]:
    """Words of the second reading inside the regions, sure enough, with letters or digits,
    overlapping no word of the first; their line ids set apart from the first reading's."""
    def inside(w: OcrWord, box) -> bool:
        cx, cy = w.left + w.width / 2, w.top + w.height / 2
        return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]

    def overlaps(a: OcrWord, b: OcrWord) -> bool:
        return a.left < b.left + b.width and b.left < a.left + a.width and a.top < b.top + b.height \
            and b.top < a.top + a.height

    offset = 1 + max((w.line[0] for w in words), default=0)
    out = []
    for w in read:
        if w.conf < MIN_CONF or not any(ch.isalnum() for ch in w.text) or not any(inside(w, b) for b in regions):
            continue
        if any(overlaps(w, old) for old in words):
            continue
        out.append(OcrWord(w.text, w.left, w.top, w.width, w.height, w.conf, (w.line[0] + offset, *w.line[1:])))
    return out
