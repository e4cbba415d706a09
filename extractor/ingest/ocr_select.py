"""Which images on a born-digital page or in a Word file are worth Tesseract's time.

Two tests, cheapest first, both pure functions of the greyscale image and its resolution (a
textless page can be put to them as well as an image):
- ``may_hold_text``: letters are made of sharp light-dark edges (a 6 pt word at 300 dpi has a
  few hundred edge pixels); a photo of flat colours, a gradient, a decorative band or an empty
  frame has almost none.
- ``likely_text``: that, and letters: marks of a letter's size and shape standing side by side
  in rows (``count_letters``). Many letters are always read (a screenshot, a statement, a
  chart's legend); a few are read on blank paper (a signature block, a caption); a few among a
  diagram's shapes and fills (a label or two in ellipses and arrows) are not. Under 10 ms an
  image at 300 dpi, against 0.05-2 CPU s of Tesseract.
The sizes and counts are data (``extractor/data/image-text.json``). (The page is rendered once
for all its images: 0.02 s a page, not worth rendering each image's box alone.)
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

import numpy as np

EDGE_CONTRAST = 48  # grey levels between neighbouring pixels: the edge of a stroke, not noise
MIN_EDGE_PIXELS = 120  # at 300 dpi: under the edges of two 6 pt letters, more than JPEG noise gives
RULES_FILE = "image-text.json"  # the letter test's sizes and counts
MAX_HOOK_ROUNDS = 64  # hooking roots with pointer jumping settles in far fewer
BACKGROUND_STEP = 4  # the surroundings are averaged on a copy this many times smaller
PAIR_CHUNK = 512  # letter marks compared with all others this many at a time (memory)


def may_hold_text(gray: np.ndarray, dpi: float) -> bool:
    """Whether a greyscale image (rendered at ``dpi``) has the sharp edges letters are made of."""
    pixels = gray.astype(np.int16)
    edges = int(np.count_nonzero(np.abs(np.diff(pixels, axis=1)) >= EDGE_CONTRAST))
    edges += int(np.count_nonzero(np.abs(np.diff(pixels, axis=0)) >= EDGE_CONTRAST))
    return edges >= MIN_EDGE_PIXELS * dpi / 300.0


# --- letters lined up in rows ----------------------------------------------------------------
# An image with sharp edges may still be a diagram: circles and arrows with a label or two, or a
# photo. Text is letters: marks of a letter's size and shape, standing side by side on a common
# baseline. ``count_letters`` finds them in a copy near ``work_dpi`` (dark on light and light on
# dark, against the mean of the surroundings, so white words on a coloured band count too), and
# ``likely_text`` keeps an image with many letters, or with a few on blank paper (a signature
# block, a short caption), and skips one whose few letters sit among a diagram's shapes.


@cache
def letter_rules() -> dict:
    text = resources.files("extractor.data").joinpath(RULES_FILE).read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def working_copy(gray: np.ndarray, dpi: float, work_dpi: float) -> tuple[np.ndarray, float]:
    """The image shrunk by a whole factor (block means) to near ``work_dpi``."""
    step = max(1, int(dpi // work_dpi))
    if step == 1:
        return gray.astype(np.float32), dpi
    h, w = gray.shape[0] // step * step, gray.shape[1] // step * step
    blocks = gray[:h, :w].astype(np.float32).reshape(h // step, step, w // step, step)
    return blocks.mean(axis=(1, 3)), dpi / step


def background(image: np.ndarray, window: int) -> np.ndarray:
    """The mean of each pixel's surroundings, about ``window`` pixels square: box means of a
    copy shrunk by ``BACKGROUND_STEP`` (the surroundings change slowly; a quarter of the work
    would otherwise be this), taken back to full size."""
    step = BACKGROUND_STEP
    h, w = image.shape
    ph, pw = -h % step, -w % step
    small = np.pad(image, ((0, ph), (0, pw)), mode="edge")
    small = small.reshape((h + ph) // step, step, (w + pw) // step, step).mean(axis=(1, 3))
    size = max(1, round(window / step)) | 1
    half = size // 2
    acc = np.pad(small, half + 1, mode="edge").cumsum(0).cumsum(1)
    sh, sw = small.shape
    means = (acc[size:size + sh, size:size + sw] - acc[:sh, size:size + sw] - acc[size:size + sh, :sw]
             + acc[:sh, :sw]) / (size * size)
    return np.repeat(np.repeat(means, step, axis=0), step, axis=1)[:h, :w]


def ink_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row, first column and end column (exclusive) of each horizontal run of ink, row-major.
    With a blank column either side each row changes from paper to ink and back in pairs."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=bool)
    padded[:, 1:-1] = mask
    rows, cols = np.nonzero(padded[:, 1:] != padded[:, :-1])
    return rows[0::2], cols[0::2], cols[1::2]


def components(mask: np.ndarray) -> np.ndarray:
    """Boxes and ink of the 8-connected marks of ``mask``: rows of (top, bottom, left, right, ink),
    bottom and right exclusive. Runs touching runs of the row above are joined by hooking
    roots and pointer jumping (numpy throughout)."""
    rows, starts, ends = ink_runs(mask)
    n = len(rows)
    if n == 0:
        return np.zeros((0, 5), dtype=np.int64)
    key = mask.shape[1] + 2
    above = rows - 1
    lo = np.searchsorted(rows * key + ends, above * key + starts, "left")
    hi = np.searchsorted(rows * key + starts, above * key + ends, "right")
    counts = np.maximum(hi - lo, 0)
    below_runs = np.repeat(np.arange(n), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    above_runs = np.repeat(lo, counts) + offsets
    labels = np.arange(n)
    for _ in range(MAX_HOOK_ROUNDS):  # hook each tree's root under the smaller root it touches
        upper, lower = labels[above_runs], labels[below_runs]
        differ = upper != lower
        if not differ.any():
            break
        np.minimum.at(labels, np.maximum(upper, lower)[differ], np.minimum(upper, lower)[differ])
        while not np.array_equal(jumped := labels[labels], labels):  # every run straight to its root
            labels = jumped
    _, comp = np.unique(labels, return_inverse=True)
    count = comp.max() + 1
    top = np.full(count, rows.max() + 1)
    left = np.full(count, key)
    bottom = np.zeros(count, dtype=np.int64)
    right = np.zeros(count, dtype=np.int64)
    np.minimum.at(top, comp, rows)
    np.maximum.at(bottom, comp, rows + 1)
    np.minimum.at(left, comp, starts)
    np.maximum.at(right, comp, ends)
    ink = np.bincount(comp, weights=ends - starts, minlength=count)
    return np.stack([top, bottom, left, right, ink.astype(np.int64)], axis=1)


def letter_marks(boxes: np.ndarray, dpi: float, rules: dict) -> np.ndarray:
    """The marks of a letter's height and shape (not a stroke of a frame, not a solid blob)."""
    px = dpi / 72.0
    height = boxes[:, 1] - boxes[:, 0]
    width = boxes[:, 3] - boxes[:, 2]
    fill = boxes[:, 4] / np.maximum(1, height * width)
    letter = (height >= rules["letter_min_pt"] * px) & (height <= rules["letter_max_pt"] * px)
    letter &= width <= rules["letter_max_aspect"] * height
    letter &= ~((fill >= rules["solid_min_fill"]) & (width * 2 > height))  # a dot of a letter's size is no letter
    return boxes[letter]


def letters_in_rows(marks: np.ndarray, rules: dict, enough: int) -> int:
    """How many letter marks have a neighbour on the same line: as tall (within
    ``row_height_ratio``), close beside it, the bottoms or the tops level. The count stops
    once it reaches ``enough``."""
    if len(marks) < 2:
        return 0
    top, bottom, left, right = (marks[:, i].astype(np.float32) for i in range(4))
    height = bottom - top
    centre = (top + bottom) / 2
    in_row = np.zeros(len(marks), dtype=bool)
    for start in range(0, len(marks), PAIR_CHUNK):
        part = slice(start, start + PAIR_CHUNK)
        tall = np.maximum(height[part, None], height[None, :])
        short = np.minimum(height[part, None], height[None, :])
        gap = np.maximum(left[part, None], left[None, :]) - np.minimum(right[part, None], right[None, :])
        level = ((np.abs(bottom[part, None] - bottom[None, :]) <= rules["row_edge_share"] * tall)
                 | (np.abs(top[part, None] - top[None, :]) <= rules["row_edge_share"] * tall))
        near = ((np.abs(centre[part, None] - centre[None, :]) <= rules["row_centre_share"] * tall)
                & (tall <= rules["row_height_ratio"] * short) & level
                & (gap <= rules["row_gap_share"] * tall) & (gap > -0.5 * short))
        np.fill_diagonal(near[:, start:start + PAIR_CHUNK], False)
        in_row[part] = near.any(axis=1)
        if in_row.sum() >= enough:
            break
    return int(in_row.sum())


def count_letters(gray: np.ndarray, dpi: float, rules: dict | None = None, enough: int | None = None) -> int:
    """Letter marks standing in rows, dark on light and light on dark (a pure measure: the
    caller decides). The count stops once it reaches ``enough`` (dark letters are counted
    first: most text is dark), or when far more letter-sized marks than that are found."""
    rules = rules or letter_rules()
    image, work_dpi = working_copy(gray, dpi, rules["work_dpi"])
    window = max(3, round(rules["window_pt"] * work_dpi / 72.0) | 1)
    around = background(image, window)
    total = 0
    for mask in (image < around - rules["ink_contrast"], image > around + rules["ink_contrast"]):
        marks = letter_marks(components(mask), work_dpi, rules)
        if len(marks) >= rules["plenty_marks"]:
            return total + len(marks)
        total += letters_in_rows(marks, rules, len(marks) if enough is None else enough - total)
        if enough is not None and total >= enough:
            break
    return total


def paper_share(gray: np.ndarray, margin: float) -> float:
    """The share of an image in the tone of its paper (its light tone: the 90th percentile,
    whatever the scanner made of white), within ``margin`` grey levels."""
    sample = gray[::2, ::2]
    if not sample.size:
        return 0.0
    paper = np.percentile(sample, 90)
    return float((np.abs(sample.astype(np.int16) - paper) <= margin).mean())


def likely_text(gray: np.ndarray, dpi: float) -> bool:
    """Whether an image holds text worth reading: many letters in rows, or a few on blank
    paper (a signature block, a caption). A diagram whose few labels sit among shapes and
    fills, or a picture with no letters at all, is skipped."""
    if not may_hold_text(gray, dpi):
        return False
    rules = letter_rules()
    letters = count_letters(gray, dpi, rules, enough=rules["keep_letters"])
    if letters >= rules["keep_letters"]:
        return True
    if letters < rules["min_letters"]:
        return False
    return paper_share(gray, rules["paper_margin"]) >= rules["min_paper_share"]
