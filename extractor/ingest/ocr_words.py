"""Words read by Tesseract, and what their pixels tell beyond the text.

Tesseract gives words with boxes and confidences; this module parses them and estimates
what a text layer would say directly: the font size (from box heights and the glyphs in the
word), the weight (from stroke width), and list bullets (Tesseract reads a filled bullet as
"e", "*", "¢" or drops it; layout needs "•" to see a list).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

import numpy as np

NOISE_CONF = 0.5  # words without letters or digits below this confidence are speckle
# Signs that speckle and rule remains do not look like: a lone "%" after a number in a table
# cell is often read with low confidence, and dropping it loses the percentage.
MEANINGFUL_SIGNS = frozenset("%‰§&€$£@#+=<>")
RULE_GLYPHS = frozenset("|¦_~-–—")
SPECK_EM = 0.1  # a rule-like glyph whose box is smaller than this (both ways) is a speck
BOLD_RATIO = 1.1  # stroke width per em over the page median that reads as bold
# A list number Tesseract reads as a letter: "l." opening a line is "1." ("l. vara Kari Dahl"); no
# Norwegian word is "l." alone, and elsewhere ("5 l. melk") it may be litres, so only at a line's start.
MISREAD_ORDINALS = {"l.": "1.", "l)": "1)"}


@dataclass(slots=True)
class OcrWord:
    """One Tesseract word in image pixels, with the line it belongs to."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..1
    line: tuple[int, int, int]  # block, paragraph, line


def tsv_to_words(tsv: str) -> list[OcrWord]:
    """Word rows (level 5) of Tesseract's TSV; confidence scaled to 0..1."""
    words = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(v) for v in cols[6:10])
        conf = max(0.0, min(1.0, float(cols[10]) / 100.0))
        line = (int(cols[2]), int(cols[3]), int(cols[4]))
        text = cols[11].strip()
        if text in MISREAD_ORDINALS and (not words or words[-1].line != line):
            text = MISREAD_ORDINALS[text]
        words.append(OcrWord(text, left, top, width, height, conf, line))
    return words


def is_noise(word: OcrWord, em: float = 0.0) -> bool:
    """Speckle and ruling-line remains read as "|", "_", "—", "~" with low confidence, or
    with any confidence when the box is a speck far smaller than the glyph it names (a "|"
    one pixel high is the last pixels of a painted-out rule)."""
    if any(ch.isalnum() for ch in word.text):
        return False
    if em and all(ch in RULE_GLYPHS for ch in word.text) and max(word.width, word.height) < SPECK_EM * em:
        return True
    return word.conf < NOISE_CONF and not any(ch in MEANINGFUL_SIGNS for ch in word.text)


# --- font size and weight --------------------------------------------------------------------

BLUR_PX = 1.0  # scanning blur widens a glyph box by about a pixel at 300 dpi
# Glyph extents in em above and below the baseline, for a typical sans face (DejaVu, Arial,
# Calibri are within ~5 %). A word's box height over its extent gives the em in pixels.
_X_HEIGHT, _ASCENT, _CAP, _ACCENT_CAP, _DESCENT = 0.55, 0.76, 0.73, 0.92, 0.21
_EXTENTS: dict[str, tuple[float, float]] = {}
_EXTENTS.update({c: (_X_HEIGHT, 0.0) for c in "acemnorsuvwxzæø"})
_EXTENTS.update({c: (_ASCENT, 0.0) for c in "bdfhiklt"})
_EXTENTS.update({c: (_X_HEIGHT, _DESCENT) for c in "gpqy"})
_EXTENTS.update({c: (_ASCENT, _DESCENT) for c in "j"})
_EXTENTS.update({c: (0.80, 0.0) for c in "åéèêáàöüä"})
_EXTENTS.update({c: (_CAP, 0.0) for c in "ABCDEFGHIJKLMNOPRSTUVWXYZÆ0123456789"})
_EXTENTS.update({c: (_CAP, 0.05) for c in "Q"})
_EXTENTS.update({c: (0.78, 0.0) for c in "Ø"})
_EXTENTS.update({c: (_ACCENT_CAP, 0.0) for c in "ÅÉÈÖÜÄ"})
_EXTENTS.update({c: (0.76, 0.13) for c in "()[]{}|"})


def word_em_px(word: OcrWord) -> float | None:
    """Em size in pixels implied by the word's box and the glyphs it holds."""
    extents = [_EXTENTS[c] for c in word.text if c in _EXTENTS]
    if not extents or word.height < 4:
        return None
    span = max(e[0] for e in extents) + max(e[1] for e in extents)
    return (word.height - BLUR_PX) / span


def line_ems(words: list[OcrWord]) -> list[float]:
    """Em in pixels per word: the median over its line (one size per line is the usual case
    and smooths single-word errors); the page median for lines without usable glyphs."""
    by_line: dict[tuple[int, int, int], list[float]] = {}
    for word in words:
        em = word_em_px(word)
        if em is not None:
            by_line.setdefault(word.line, []).append(em)
    line_median = {line: median(ems) for line, ems in by_line.items()}
    fallback = median(line_median.values()) if line_median else 0.0
    return [line_median.get(word.line, fallback) for word in words]


def stroke_width(dark: np.ndarray, word: OcrWord) -> float | None:
    """Mean stroke width of the ink in the word's box: twice the ink area over its perimeter
    (a stroke of width w and length l has area w*l and perimeter ~2l)."""
    box = dark[word.top:word.top + word.height, word.left:word.left + word.width]
    if box.size == 0:
        return None
    # edges between unlike neighbours, and ink on the box's border (its edge with the paper around)
    perimeter = np.count_nonzero(box[1:] != box[:-1]) + np.count_nonzero(box[:, 1:] != box[:, :-1]) \
        + np.count_nonzero(box[0]) + np.count_nonzero(box[-1]) + np.count_nonzero(box[:, 0]) + np.count_nonzero(box[:, -1])
    return 2.0 * float(np.count_nonzero(box)) / perimeter if perimeter else None


def bold_flags(dark: np.ndarray, words: list[OcrWord], ems: list[float]) -> list[bool]:
    """Bold where the stroke width relative to the em is well above the page median."""
    ratios = []
    for word, em in zip(words, ems):
        stroke = stroke_width(dark, word) if em and sum(ch.isalpha() for ch in word.text) >= 2 else None
        ratios.append(stroke / em if stroke else None)
    known = [r for r in ratios if r is not None]
    if len(known) < 5:
        return [False] * len(words)
    typical = median(known)
    return [r is not None and r > typical * BOLD_RATIO for r in ratios]


# --- list bullets ----------------------------------------------------------------------------
BULLET_CONF = 0.9  # a filled, round, x-height blob before a line is a bullet with little doubt


def is_bullet_blob(box: np.ndarray, em: float) -> bool:
    """A filled disc or square between ~0.15 and 0.6 em high: "•", "●", "▪", "■"."""
    rows, cols = np.nonzero(box)
    if rows.size == 0 or em <= 0:
        return False
    height, width = rows.max() - rows.min() + 1, cols.max() - cols.min() + 1
    fill = rows.size / (height * width)
    return 0.15 * em <= height <= 0.6 * em and 0.7 <= width / height <= 1.4 and fill >= 0.6


def find_bullet_left_of(dark: np.ndarray, first: OcrWord, top: int, bottom: int, em: float) -> OcrWord | None:
    """A bullet Tesseract skipped: the last blob of ink left of the line's first word."""
    x0 = max(0, first.left - round(2.5 * em))
    region = dark[top:bottom, x0:first.left]
    ink_cols = np.nonzero(region.any(axis=0))[0]
    if ink_cols.size == 0 or first.left - (x0 + ink_cols[-1]) < 0.2 * em:
        return None
    gaps = np.nonzero(np.diff(ink_cols) > 1)[0]
    start = ink_cols[gaps[-1] + 1] if gaps.size else ink_cols[0]
    blob = region[:, start:ink_cols[-1] + 1]
    if not is_bullet_blob(blob, em):
        return None
    rows = np.nonzero(blob.any(axis=1))[0]
    return OcrWord("•", x0 + int(start), top + int(rows[0]), int(ink_cols[-1] - start + 1),
                   int(rows[-1] - rows[0] + 1), BULLET_CONF, first.line)


def with_bullets(dark: np.ndarray, words: list[OcrWord], ems: list[float]) -> tuple[list[OcrWord], list[float]]:
    """Words with each line's leading bullet read as "•" (misread or missing before)."""
    out_words: list[OcrWord] = []
    out_ems: list[float] = []
    for i, (word, em) in enumerate(zip(words, ems)):
        if i == 0 or words[i - 1].line != word.line:  # first word of a line
            line = [w for w in words[i:] if w.line == word.line]
            top, bottom = min(w.top for w in line), max(w.top + w.height for w in line)
            box = dark[word.top:word.top + word.height, word.left:word.left + word.width]
            if len(word.text) <= 2 and is_bullet_blob(box, em):
                word = OcrWord("•", word.left, word.top, word.width, word.height, BULLET_CONF, word.line)
            else:
                bullet = find_bullet_left_of(dark, word, top, bottom, em)
                if bullet is not None:
                    out_words.append(bullet)
                    out_ems.append(em)
        out_words.append(word)
        out_ems.append(em)
    return out_words, out_ems


# --- middle dots -----------------------------------------------------------------------------
# "Eksempel AS · side 3": Tesseract reads the small raised dot as "*", ":", "-" or drops it
# (low confidence), so a running header reads differently on every page.
MIDDOT_CONF = 0.9
MIDDOT_MAX_EM = 0.25  # larger round marks are bullets
MIDDOT_MIN_CONTRAST = 60  # grey levels between paper and the mark's core
MIDDOT_MIDDLE = (0.35, 0.75)  # blob centre between cap top (0) and baseline (1) of the line


def single_blob(box: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, left, height, width) of the ink when it is one compact, filled mark."""
    rows, cols = np.nonzero(box.any(axis=1))[0], np.nonzero(box.any(axis=0))[0]
    if rows.size == 0 or np.any(np.diff(rows) > 1) or np.any(np.diff(cols) > 1):
        return None
    height, width = int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)
    if box.sum() < 0.5 * height * width:
        return None
    return int(rows[0]), int(cols[0]), height, width


def middle_dot_box(gray: np.ndarray, word: OcrWord, line: list[OcrWord], em: float) -> tuple[int, int, int, int] | None:
    """(left, top, width, height) of a middle dot read as ``word``, else None.

    The dot is searched in the gap between the neighbouring words, from cap top to baseline:
    Tesseract's box for a lone sign is often a few pixels off and cuts the dot. The ink mask
    is cut at half the region's contrast, since a dot scanned at 150 dpi is a faint blur whose
    core alone (at the text threshold) looks like a short bar."""
    if any(ch.isalnum() for ch in word.text) or len(word.text) > 2 or em <= 0:
        return None
    letters = [w for w in line if w is not word and any(ch.isalnum() for ch in w.text)]
    before = [w.left + w.width for w in letters if w.left + w.width <= word.left + word.width // 2]
    after = [w.left for w in letters if w.left >= word.left + word.width // 2]
    if not before or not after:
        return None
    cap_top = round(median(w.top for w in letters))
    baseline = round(median(w.top + w.height for w in letters))
    x0, x1 = max(before) + 1, min(after)
    region = gray[cap_top:baseline, x0:x1].astype(np.int16)
    if baseline - cap_top < 4 or region.size == 0 or np.median(region) - region.min() < MIDDOT_MIN_CONTRAST:
        return None
    blob = single_blob(region <= (np.median(region) + region.min()) / 2)
    if blob is None:
        return None
    top, left, height, width = blob
    if not (0.6 <= width / height <= 1.7 and 0.05 * em <= max(height, width) <= MIDDOT_MAX_EM * em):
        return None
    centre = (top + height / 2) / (baseline - cap_top)
    if not MIDDOT_MIDDLE[0] <= centre <= MIDDOT_MIDDLE[1]:
        return None
    return x0 + left, cap_top + top, width, height


def with_middle_dots(gray: np.ndarray, words: list[OcrWord], ems: list[float]) -> list[OcrWord]:
    """Words with a small round mark at mid-height between words read as "·" (greyscale page)."""
    by_line: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    out = []
    for word, em in zip(words, ems):
        box = middle_dot_box(gray, word, by_line[word.line], em)
        out.append(word if box is None else OcrWord("·", *box, MIDDOT_CONF, word.line))
    return out


# --- digit groups ------------------------------------------------------------------------------
# Tesseract joins digit groups whose space is narrow ("1 012 448" read "1012 448"), and which
# it joins flips with a pixel of blur. Measured at 300 dpi: a group space left 0.4-0.5 em of
# blank columns, three to four times the gaps between the digits; the widest gap inside a
# year or an amount printed without spaces was 0.22 em (the side bearings of a "1").
GROUP_GAP_EM = 0.3  # a blank this wide (in em) between two digits is a space
GROUP_GAP_RATIO = 1.5  # ... and this much wider than every gap inside a group
JOINED_NUMBER = re.compile(r"[-−]?\d{4,}")


def column_gaps(box: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the runs of blank columns between the first and the last inked one."""
    ink = box.any(axis=0)
    cols = np.flatnonzero(ink)
    if cols.size == 0:
        return []
    inner = ink[cols[0]:cols[-1] + 1]  # starts and ends inked: changes come in pairs
    changes = np.flatnonzero(np.diff(inner.astype(np.int8))) + cols[0] + 1
    return [(int(a), int(b)) for a, b in zip(changes[::2], changes[1::2])]


def split_digit_groups(dark: np.ndarray, word: OcrWord, em: float) -> list[OcrWord]:
    """The word as Tesseract read it, or its digit groups when the ink shows group spaces
    it missed. Only a word whose glyphs stand apart (one gap between each two characters)
    is split, so each gap is known to lie between two known characters."""
    if not em or not JOINED_NUMBER.fullmatch(word.text):
        return [word]
    gaps = column_gaps(dark[word.top:word.top + word.height, word.left:word.left + word.width])
    if len(gaps) != len(word.text) - 1:
        return [word]
    digits = len(word.text.lstrip("-−"))
    # gap after character i: a group boundary when a multiple of three digits follow it
    boundary = [(len(word.text) - 1 - i) % 3 == 0 and len(word.text) - 1 - i < digits for i in range(len(gaps))]
    widths = [end - start for start, end in gaps]
    inner = max((w for w, at in zip(widths, boundary) if not at), default=0)
    cuts = [i for i, (w, at) in enumerate(zip(widths, boundary))
            if at and w >= GROUP_GAP_EM * em and w >= GROUP_GAP_RATIO * inner]
    if not cuts:
        return [word]
    parts, first, left = [], 0, 0
    for index in [*cuts, len(word.text) - 1]:
        right = gaps[index][0] if index < len(gaps) else word.width
        parts.append(OcrWord(word.text[first:index + 1], word.left + left, word.top, right - left, word.height,
                             word.conf, word.line))
        if index < len(gaps):
            first, left = index + 1, gaps[index][1]
    return parts


def with_digit_groups(dark: np.ndarray, words: list[OcrWord], ems: list[float]) -> tuple[list[OcrWord], list[float]]:
    """Words with joined digit groups split at their spaces (``split_digit_groups``), and
    their ems."""
    out_words, out_ems = [], []
    for word, em in zip(words, ems):
        parts = split_digit_groups(dark, word, em)
        out_words += parts
        out_ems += [em] * len(parts)
    return out_words, out_ems


# --- typed amounts ---------------------------------------------------------------------------
# A typewriter's "1 802,-" puts the dash a full character cell after the comma, and Tesseract
# often reads it as a word of its own ("1 802," "-"): the layout would see a figure and a
# dash, and a column of them would not line up as figures.
AMOUNT_COMMA = re.compile(r"\d,$")
DASHES = frozenset({"-", "\u2013", "\u2212"})
DASH_GAP_EM = 1.0  # at most a typewriter space (0.6 em) and the bearings from the comma


def with_amount_dashes(words: list[OcrWord], ems: list[float]) -> tuple[list[OcrWord], list[float]]:
    """Words with a lone dash just after an amount's comma on the same line joined to it."""
    out_words: list[OcrWord] = []
    out_ems: list[float] = []
    for word, em in zip(words, ems):
        prev = out_words[-1] if out_words else None
        if prev is not None and word.text in DASHES and prev.line == word.line and AMOUNT_COMMA.search(prev.text) \
                and 0 <= word.left - (prev.left + prev.width) <= DASH_GAP_EM * (em or out_ems[-1] or prev.height):
            right = max(prev.left + prev.width, word.left + word.width)
            top, bottom = min(prev.top, word.top), max(prev.top + prev.height, word.top + word.height)
            out_words[-1] = OcrWord(prev.text + "-", prev.left, top, right - prev.left, bottom - top, prev.conf, prev.line)
            continue
        out_words.append(word)
        out_ems.append(em)
    return out_words, out_ems
