"""Ruling lines (table borders) and skew found in a page image, with numpy only.

A ruling line is a long, thin run of dark pixels. Runs are found row by row (and column by
column for vertical lines), runs in neighbouring rows that overlap are merged into one line,
and lines thicker than a rule are dropped (they are photos or filled areas, not borders).
"""
from __future__ import annotations

import numpy as np
from PIL import Image

from extractor.ingest.primitives import Segment, Word

MEDIAN_BAND_ROWS = 64  # ~10 temporary arrays of a 300 dpi band fit in a CPU's cache
DARK_CAP = 160  # ink is never lighter than this grey (a blank page stays blank)
RULE_INK_CONTRAST = 40  # rule ink is at least this much darker than the paper
# A rule is at most this thick; thicker dark bands are filled areas or photos.
MAX_RULE_THICKNESS_PT = 4.0
# Runs on rows this close (pixels) belong to the same line: absorbs residual skew and
# anti-aliasing of a 1-2 px rule.
ROW_MERGE_GAP_PX = 2
# Pieces of one rule (broken by a scan gap, or split over rows by residual skew) lie within
# this distance across and along the line (points).
COLLINEAR_TOL_PT = 2.5
JOIN_GAP_PT = 3.0
SKEW_CHUNK = 65_536  # ink pixels turned at a time when the skew is estimated


def histogram(gray: np.ndarray) -> np.ndarray:
    """Pixel count per grey level; PIL counts uint8 in C, numpy's bincount widens every pixel
    to 64 bits first (40x slower on a 300 dpi page)."""
    if gray.dtype == np.uint8 and gray.ndim == 2:
        return np.array(Image.fromarray(gray).histogram(), dtype=np.float64)
    return np.bincount(gray.ravel(), minlength=256).astype(np.float64)


def median3(gray: np.ndarray) -> np.ndarray:
    """3 x 3 median of a greyscale image, edges replicated: PIL's ``MedianFilter(3)``, pixel
    for pixel. Each column of three is sorted once (shared by the three windows that hold
    it); the median of nine is then the median of (largest low, middle mid, smallest high):
    ~18 element-wise min/max, 3x faster than a sorting network over the nine neighbours.
    Bands of ``MEDIAN_BAND_ROWS`` rows keep the temporary arrays in the CPU cache (4x faster
    again than whole-page arrays, whose temporaries also took ~80 MB at once)."""
    padded = np.pad(gray, 1, mode="edge")
    out = np.empty_like(gray)
    for top in range(0, gray.shape[0], MEDIAN_BAND_ROWS):
        out[top:top + MEDIAN_BAND_ROWS] = _median3_band(padded[top:top + MEDIAN_BAND_ROWS + 2])
    return out


def _median3_band(padded: np.ndarray) -> np.ndarray:
    above, at, below = padded[:-2], padded[1:-1], padded[2:]
    low, high = np.minimum(above, at), np.maximum(above, at)
    mid = np.minimum(high, below)
    np.maximum(high, below, out=high)
    low, mid = np.minimum(low, mid), np.maximum(low, mid)
    lows = np.maximum(np.maximum(low[:, :-2], low[:, 1:-1]), low[:, 2:])
    highs = np.minimum(np.minimum(high[:, :-2], high[:, 1:-1]), high[:, 2:])
    return _median_of_3(lows, _median_of_3(mid[:, :-2], mid[:, 1:-1], mid[:, 2:]), highs)


def _median_of_3(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


def otsu_threshold(gray: np.ndarray) -> int:
    """Grey level that best splits the histogram in two classes (Otsu 1979)."""
    hist = histogram(gray)
    prob = hist / max(hist.sum(), 1.0)
    omega = np.cumsum(prob)
    mu = np.cumsum(prob * np.arange(256))
    between = (mu[-1] * omega - mu) ** 2 / (omega * (1.0 - omega) + 1e-12)
    return int(np.argmax(between))


def gray_to_dark(gray: np.ndarray, otsu: int | None = None) -> np.ndarray:
    """Boolean ink mask; the threshold never goes above mid-grey so a blank page stays blank.
    ``otsu``: the page's ``otsu_threshold`` when known (a deskewed or cleaned copy of a page
    has its grey levels)."""
    return gray <= min(otsu_threshold(gray) if otsu is None else otsu, DARK_CAP)


def gray_to_rule_ink(gray: np.ndarray, otsu: int | None = None) -> np.ndarray:
    """A laxer ink mask to find rules in: a thin rule scanned at 150-200 dpi is blurred to
    a grey (145-165 on 244 paper) that straddles the text threshold and breaks into pieces.
    Only long runs count as rules, so the laxer threshold lets in no speckle."""
    paper = float(np.median(gray[::4, ::4]))
    return gray <= max(DARK_CAP, min(otsu_threshold(gray) if otsu is None else otsu, paper - RULE_INK_CONTRAST))


def profile_sharpness(ys: np.ndarray, xs: np.ndarray, shape: tuple[int, int], angle: float) -> float:
    """How sharp the row-sum profile of the ink pixels at rows ``ys``, columns ``xs`` (whole
    pixels; their centres count) is once turned by ``angle`` degrees counter-clockwise about
    the centre: each ink pixel's row is computed, as PIL's ``rotate`` (nearest) would move it,
    and counted, not the whole image rotated (5x faster). ``SKEW_CHUNK`` pixels at a time: a
    page of photos has a million ink pixels, and whole-page float temporaries took ~25 MB."""
    height, width = shape
    turn = np.deg2rad(angle)
    sin, cos = np.sin(turn), np.cos(turn)
    counts = np.zeros(height, dtype=np.intp)
    for start in range(0, len(ys), SKEW_CHUNK):
        y = ys[start:start + SKEW_CHUNK] + 0.5
        x = xs[start:start + SKEW_CHUNK] + 0.5
        rows = np.floor(height / 2.0 - sin * (x - width / 2.0) + cos * (y - height / 2.0))
        counts += np.bincount(rows[(rows >= 0) & (rows < height)].astype(np.intp), minlength=height)
    return float(np.square(np.diff(counts.astype(np.float64))).sum())


def _ink_pixels(mask: np.ndarray, band: int = 256) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the True pixels, row by row, as int32: a band of rows at a time
    (``np.nonzero`` of a whole page of photos gives 16 MB of int64 at once)."""
    ys: list[np.ndarray] = [np.empty(0, np.int32)]
    xs: list[np.ndarray] = [np.empty(0, np.int32)]
    for top in range(0, mask.shape[0], band):
        y, x = np.nonzero(mask[top:top + band])
        ys.append((y + top).astype(np.int32))
        xs.append(x.astype(np.int32))
    return np.concatenate(ys), np.concatenate(xs)


def estimate_skew(dark: np.ndarray, max_deg: float = 2.0, step_deg: float = 0.05) -> float:
    """Angle in degrees that makes text lines most horizontal (projection-profile method):
    the row-sum profile of a reduced copy is sharpest when lines are level. A coarse pass
    in 0.5 degree steps, then a fine one around its best."""
    factor = max(1, dark.shape[1] // 800)
    small = dark[::factor, ::factor]
    ys, xs = _ink_pixels(small)
    best = 0.0
    for centre, half, step in ((0.0, max_deg, 0.5), (None, 0.5, step_deg)):
        centre = best if centre is None else centre
        angles = centre + np.arange(-half, half + step / 2, step)
        # sorted by distance from the centre: ties (a blank page) keep the smaller turn
        scored = [(profile_sharpness(ys, xs, small.shape, float(a)), -abs(a - centre), float(a)) for a in angles]
        best = max(scored)[2]
    return round(best, 2)


def iter_runs(mask: np.ndarray, min_len: int):
    """(row, start, end) of every horizontal run of True at least ``min_len`` long."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded, axis=1)
    rows_s, starts = np.nonzero(edges == 1)
    rows_e, ends = np.nonzero(edges == -1)
    # starts and ends come out in the same row-major order, so they pair up
    keep = (ends - starts) >= min_len
    yield from zip(rows_s[keep].tolist(), starts[keep].tolist(), ends[keep].tolist())


def runs_to_lines(runs, max_thickness: int) -> list[tuple[int, int, int, int]]:
    """Merge runs on adjacent rows that overlap along the line into (start, end, first, last)."""
    done: list[list[int]] = []
    active: list[list[int]] = []  # [start, end, first_row, last_row]
    for row, start, end in sorted(runs):
        still = []
        for line in active:
            (still if row - line[3] <= ROW_MERGE_GAP_PX else done).append(line)
        active = still
        for line in active:
            overlap = min(end, line[1]) - max(start, line[0])
            if overlap > 0.5 * min(end - start, line[1] - line[0]):
                line[0], line[1], line[3] = min(start, line[0]), max(end, line[1]), row
                break
        else:
            active.append([start, end, row, row])
    done.extend(active)
    return [tuple(line) for line in done if line[3] - line[2] + 1 <= max_thickness]


def bridge_gaps(mask: np.ndarray, axis: int = 1) -> np.ndarray:
    """Close one-pixel breaks along rows (``axis=1``; columns: 0), scan noise or JPEG, so a
    rule stays one run."""
    out = mask.copy()
    if axis == 1:
        out[:, 1:-1] |= mask[:, :-2] & mask[:, 2:]
    else:
        out[1:-1] |= mask[:-2] & mask[2:]
    return out


def long_runs(mask: np.ndarray, min_len: int, axis: int = 1) -> list[tuple[int, int, int]]:
    """``iter_runs`` of the gap-bridged mask along rows (``axis=1``) or columns (``axis=0``,
    as (column, start, end)). A page has rules on a few dozen of its thousands of lines:
    only lines holding a run of full aligned 8-pixel groups as long as such a run must hold
    (any ``min_len`` run covers ``(min_len - 7) // 8`` of them) are read pixel by pixel; the
    same runs as reading every line, 10x faster on a page."""
    bridged = bridge_gaps(mask, axis)
    lines = bridged if axis == 1 else bridged.T
    need = (min_len - 7) // 8
    if need < 1:
        return list(iter_runs(lines, min_len))
    if axis == 1:
        full = np.packbits(bridged, axis=1) == 255  # a last, partial byte is padded with 0: never full
    else:  # packbits across rows gathers bits with a stride, 10x slower than ANDing 8 rows
        groups = bridged.shape[0] // 8
        full = bridged[:groups * 8].reshape(groups, 8, bridged.shape[1]).all(axis=1).T
    candidates = np.flatnonzero(has_run(full, need)).tolist()
    if not candidates:
        return []
    return [(candidates[i], start, end) for i, start, end in iter_runs(lines[candidates], min_len)]


def has_run(mask: np.ndarray, length: int) -> np.ndarray:
    """Per row, whether it holds ``length`` True in a row: the windows of 1, 2, 4 ... are
    ANDed with themselves shifted, and two windows of the largest power of two that fits
    cover the rest."""
    if length > mask.shape[1]:
        return np.zeros(mask.shape[0], dtype=bool)
    window, width = mask, 1
    while width * 2 <= length:
        window, width = window[:, :-width] & window[:, width:], width * 2
    rest = length - width  # 0 <= rest < width: the window at 0 and the one at rest overlap
    return (window[:, :window.shape[1] - rest] & window[:, rest:]).any(axis=1)


def merge_collinear(lines: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Join (position, start, end) pieces that lie on one line and touch or overlap."""
    bands: list[list[tuple[float, float, float]]] = []
    for line in sorted(lines):
        if bands and line[0] - bands[-1][-1][0] <= COLLINEAR_TOL_PT:
            bands[-1].append(line)
        else:
            bands.append([line])
    merged: list[tuple[float, float, float]] = []
    for band in bands:
        runs: list[list[float]] = []  # [start, end, length-weighted position sum, length]
        for pos, start, end in sorted(band, key=lambda ln: ln[1]):
            if runs and start <= runs[-1][1] + JOIN_GAP_PT:
                runs[-1][1] = max(runs[-1][1], end)
            else:
                runs.append([start, end, 0.0, 0.0])
            runs[-1][2] += pos * (end - start)
            runs[-1][3] += end - start
        merged.extend((pos_sum / max(length, 1e-9), start, end) for start, end, pos_sum, length in runs)
    return merged


def dark_to_segments(
    dark: np.ndarray, pt_per_px: float, min_h_pt: float, min_v_pt: float
) -> list[Segment]:
    """Horizontal and vertical ruling lines of an ink mask, in points (origin top-left)."""
    thick = max(2, round(MAX_RULE_THICKNESS_PT / pt_per_px))
    segments: list[Segment] = []
    h_runs = long_runs(dark, max(2, round(min_h_pt / pt_per_px)))
    h_lines = [((first + last + 1) / 2 * pt_per_px, start * pt_per_px, end * pt_per_px)
               for start, end, first, last in runs_to_lines(h_runs, thick)]
    for y, x0, x1 in merge_collinear(h_lines):
        segments.append(Segment(x0, y, x1, y))
    v_runs = long_runs(dark, max(2, round(min_v_pt / pt_per_px)), axis=0)
    v_lines = [((first + last + 1) / 2 * pt_per_px, start * pt_per_px, end * pt_per_px)
               for start, end, first, last in runs_to_lines(v_runs, thick)]
    for x, top, bottom in merge_collinear(v_lines):
        segments.append(Segment(x, top, x, bottom))
    return segments


# --- signature lines -------------------------------------------------------------------------
# A short rule standing alone (no vertical rule at it, no parallel rule over the same columns
# near it, no word resting on it) is a line to sign on. Born-digital reports type these as
# "____"; read as text, a row of them with the names under it stays the same text table.
SIGNATURE_MAX_SHARE = 0.45  # of the page width: a longer rule separates or frames something
SIGNATURE_CLEAR_PT = 40.0  # table rows are closer; stacked signature rows are ~70 pt apart
TOUCH_TOL_PT = 3.0
UNDERLINE_EM = 0.3  # a rule this close under a word's box underlines it


def is_signature_rule(rule: Segment, segments: list[Segment], words: list[Word], page_width: float) -> bool:
    if not rule.horizontal or rule.x1 - rule.x0 > SIGNATURE_MAX_SHARE * page_width:
        return False
    y = rule.top
    for other in segments:
        if other is rule:
            continue
        if other.horizontal:
            overlap = min(other.x1, rule.x1) - max(other.x0, rule.x0)
            if overlap > 0 and abs(other.top - y) < SIGNATURE_CLEAR_PT:
                return False
        elif rule.x0 - TOUCH_TOL_PT <= other.x0 <= rule.x1 + TOUCH_TOL_PT \
                and other.top - TOUCH_TOL_PT <= y <= other.bottom + TOUCH_TOL_PT:
            return False
    return not any(
        w.x0 < rule.x1 and w.x1 > rule.x0 and w.top <= y <= w.bottom + UNDERLINE_EM * w.size for w in words
    )


def split_signature_rules(
    segments: list[Segment], words: list[Word], page_width: float
) -> tuple[list[Segment], list[Segment]]:
    """(table and other rules, signature lines) of a page's ruling lines."""
    rules, signature = [], []
    for seg in segments:
        (signature if is_signature_rule(seg, segments, words, page_width) else rules).append(seg)
    return rules, signature


def rule_to_word(rule: Segment, size: float, conf: float) -> Word:
    """A signature line as the underscores a text layer would hold (one per half em)."""
    count = max(3, round((rule.x1 - rule.x0) / (0.5 * size)))
    return Word("_" * count, rule.x0, rule.top - size, rule.x1, rule.top, size=size, conf=conf)
