"""A page's characters (``PageGlyphs``) → ``PageContent`` (words with size and weight, ruling
segments) plus image boxes, in a frame where the page's main text reads left to right.

The reader has already applied the page's /Rotate; text set sideways on the page (a
landscape table on a portrait page) is turned here, and the map back to page coordinates is
returned so provenance points at the printed page.

Words are formed as pdfplumber's word extractor forms them (``x_tolerance=3``,
``y_tolerance=3``, split at a change of font or size), which the layout code was tuned on,
in a fraction of its time; the tests hold the two to the same words. A list bullet a program
drew as a dot instead of a glyph (Chromium) becomes a "•" word before its line
(``drawn_bullets``), as a typed one is.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import groupby
from operator import attrgetter
from typing import Callable

from extractor.document import BBox
from extractor.ingest.pdf_chars import Char
from extractor.ingest.pdf_glyphs import PageGlyphs
from extractor.ingest.primitives import PageContent, Segment, Word
from extractor.ingest.small_caps import scaled_caps

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold", re.IGNORECASE)
X_TOLERANCE = 3.0  # a gap wider than this between two characters starts a new word
Y_TOLERANCE = 3.0  # characters whose tops differ more than this are on different lines
MARGIN_STRIP_LINES = 2  # sideways text of at most this many lines is a margin label
MARGIN_LINE_PT = 4.0  # chars whose baselines lie within this distance share a line
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


def frame_of(direction: str, width: float, height: float):
    """(to_frame, to_page, frame width, frame height) that make ``direction`` read left to right."""
    if direction == "ttb":
        return (lambda b: (b[1], width - b[2], b[3], width - b[0]),
                lambda b: (width - b[3], b[0], width - b[1], b[2]), height, width)
    if direction == "btt":
        return (lambda b: (height - b[3], b[0], height - b[1], b[2]),
                lambda b: (b[1], height - b[2], b[3], height - b[0]), height, width)
    flip = lambda b: (width - b[2], height - b[3], width - b[0], height - b[1])  # noqa: E731
    return flip, flip, width, height


def _line_count(chars: list[Char], direction: str) -> int:
    """Distinct text lines among chars of one direction (by their position across the line)."""
    return len({round((c.top if direction in ("ltr", "rtl") else c.x0) / MARGIN_LINE_PT) for c in chars})


def orient_chars(chars: list[Char]) -> tuple[list[Char], str]:
    """Chars of the page's main writing direction, and that direction.

    Text in other directions (a rotated margin label) is dropped: it would read as one
    word per letter. The main direction has the most chars, except that a sideways text of
    one or two lines (an e-signature strip along the margin) never outweighs upright text:
    a page with a short heading over a scanned image is still read upright.
    """
    if all(c.direction == "ltr" for c in chars):
        return chars, "ltr"
    by_direction: dict[str, list[Char]] = {}
    for c in chars:
        by_direction.setdefault(c.direction, []).append(c)
    main = max(by_direction, key=lambda d: len(by_direction[d]))
    if main != "ltr" and "ltr" in by_direction and _line_count(by_direction[main], main) <= MARGIN_STRIP_LINES:
        main = "ltr"
    return by_direction[main], main


def turn_chars(chars: list[Char], to_frame: Callable[[BBox], BBox]) -> list[Char]:
    turned = []
    for c in chars:
        x0, top, x1, bottom = sorted_box(to_frame((c.x0, c.top, c.x1, c.bottom)))
        turned.append(c._replace(x0=x0, top=top, x1=x1, bottom=bottom, direction="ltr"))
    return turned


_X0, _TOP, _X1, _BOTTOM = (attrgetter(name) for name in ("x0", "top", "x1", "bottom"))
_RUN_KEY = attrgetter("font", "size", "bold")
_LIGATURE_TABLE = str.maketrans(LIGATURES)
DIGIT_GAP_EM = 0.1  # a gap this wide between two digits of one word is a thousands space
TRACKED_GAP_EM = 0.1  # letters set this far apart all along a line are tracked (letter-spaced) ...
TRACKED_SLACK_EM = 0.1  # ... and a space in a gap at most this much wider than theirs is no word space
TRACKED_MAX_EM = 0.6  # wider gaps are a table's single-digit cells, not tracking
MIN_TRACKED_CHARS = 6
TRACKED_EVEN_EM, TRACKED_EVEN_SHARE = 0.05, 0.7  # ... evenly: this share of the gaps within this of their median


def _line_groups(chars: list[Char]) -> list[list[Char]]:
    """Chars grouped into lines by their tops (chained within ``Y_TOLERANCE``), each line in
    the order of the group, lines from the top."""
    tops = sorted(set(map(_TOP, chars)))
    if tops[-1] - tops[0] <= Y_TOLERANCE:
        return [chars]  # one line (a text object is one): the usual case
    line_of: dict[float, int] = {}
    line, last = 0, tops[0]
    for top in tops:
        if top > last + Y_TOLERANCE:
            line += 1
        line_of[top] = line
        last = top
    ordered = sorted(chars, key=lambda c: line_of[c.top])
    return [list(group) for _, group in groupby(ordered, key=lambda c: line_of[c.top])]


def spaced_digits(text: str, chars: list[Char], size: float) -> str:
    """A figure whose thousands space is a gap with no space glyph ("314810,36" set as
    "314 810,36") gets its space back; letters are never split (tracking makes gaps too), nor
    a figure with that gap between every two of its digits (a tracked "1000" or "1934", ``tracking_of``)."""
    if text.isalpha() or sum(map(str.isdigit, text)) < 4:  # no letter is a digit: most words end here
        return text
    out, tight = [chars[0].text], False
    for prev, char in zip(chars, chars[1:]):
        if prev.text.isdigit() and char.text.isdigit():
            if char.x0 - prev.x1 >= DIGIT_GAP_EM * size:
                out.append(" ")
            else:
                tight = True
        out.append(char.text)
    return "".join(out) if tight else text  # every digit set apart: a tracked year ("1 9 3 4"), not thousands


_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def mend_mojibake(text: str) -> str:
    """A word an old converter wrote as UTF-8 read as Windows-1252 ("BjÃ¸rnar" for "Bjørnar",
    "Ã…rsmelding"): its letters as the page shows them; any other word as it is."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


def _word(chars: list[Char], bold: bool) -> Word:
    text = "".join([c.text for c in chars])
    if len(chars) > 3:
        text = spaced_digits(text, chars, chars[0].size)
    if not text.isascii():
        text = mend_mojibake(text.translate(_LIGATURE_TABLE))
    if len(chars) == 1:
        c = chars[0]
        return Word(text, c.x0, c.top, c.x1, c.bottom, size=c.size, bold=bold)
    return Word(text, chars[0].x0, min(map(_TOP, chars)), max(map(_X1, chars)), max(map(_BOTTOM, chars)),
                size=chars[0].size, bold=bold)


def tracking_of(line: list[Char]) -> float | None:
    """The gap between letters of a tracked (letter-spaced) line, such as a cover's small
    capitals "B Y F J O R D E N", whose gaps a reader fills with spaces; None for a line set
    as usual, whose letters nearly touch."""
    glyphs = [c for c in line if not c.text.isspace()]
    if len(glyphs) <= MIN_TRACKED_CHARS:
        return None
    size = glyphs[0].size
    floor, most = TRACKED_GAP_EM * size, (len(glyphs) - 1) // 2
    gaps, tight = [], 0
    for p, c in zip(glyphs, glyphs[1:]):
        if p.text.isalnum() and c.text.isalnum():
            gaps.append(gap := c.x0 - p.x1)
            tight += gap < floor
            if tight > most:  # most letters nearly touch: the median gap is under the floor (the usual line)
                return None
    if len(gaps) < MIN_TRACKED_CHARS:
        return None
    gaps.sort()
    tracking = gaps[len(gaps) // 2]
    slack = TRACKED_EVEN_EM * size
    letter_gaps = [gap for gap in gaps if gap <= tracking + slack]  # the wider ones part words ("A L L E  T A L L")
    if sum(tracking - gap <= slack for gap in letter_gaps) < TRACKED_EVEN_SHARE * len(letter_gaps):
        return None  # a table row's figures, some close and some far apart
    return tracking if TRACKED_GAP_EM * size <= tracking <= TRACKED_MAX_EM * size else None


def _tracked_space(line: list[Char], at: int, tracking: float | None) -> bool:
    """The space at ``at`` stands in a gap no wider than the line's tracking: not a word space."""
    if tracking is None or at == 0 or at + 1 >= len(line) or line[at - 1].text.isspace() \
            or line[at + 1].text.isspace():
        return False
    return line[at + 1].x0 - line[at - 1].x1 <= tracking + TRACKED_SLACK_EM * line[at].size


def iter_word_chars(chars: list[Char]):  # noqa: ANN201 - yields lists of chars
    """Chars (left to right on the page) split into words: a run of one font, size and
    weight is cut into lines, each sorted left to right and split at a space, at a gap
    wider than ``X_TOLERANCE``, where a char starts left of the previous one, or where the
    tops differ by more than ``Y_TOLERANCE``. In a tracked line (``tracking_of``) the spaces
    a reader put in the letters' gaps do not split, and the gap is wider by the tracking."""
    for _, run in groupby(chars, key=_RUN_KEY):
        for line in _line_groups(list(run)):
            line.sort(key=_X0)
            tracking = tracking_of(line)
            tolerance = X_TOLERANCE + (tracking or 0.0)
            word: list[Char] = []
            last = None
            for at, c in enumerate(line):
                if c.text.isspace() and _tracked_space(line, at, tracking):
                    continue
                if c.text.isspace():
                    if word:
                        yield word
                    word, last = [], None
                elif last is not None and (c.x0 < last.x0 or c.x0 > last.x1 + tolerance
                                           or abs(c.top - last.top) > Y_TOLERANCE):
                    yield word
                    word, last = [c], c
                else:
                    word.append(c)
                    last = c
            if word:
                yield word


LEADER_DOTS = 4  # this many dots in a row inside a word are a tab's leader, not text


def split_leaders(group: list[Char]) -> list[list[Char]]:
    """A word's chars with each run of leader dots made a word of its own: a tab's dotted leader
    ("Sum driftsinntekter.......2 814 500") is drawn with no gap to the label or the figure, so
    without this the label, the dots and the figure's first digits read as one word and a
    statement's columns are never seen. The dots stay (a board's "Leiar ....... Kari" is known by
    them); the table finder reads past them."""
    if len(group) < LEADER_DOTS + 1 or [c.text for c in group].count(".") < LEADER_DOTS:
        return [group]
    parts: list[list[Char]] = []
    for is_dot, run in groupby(group, key=lambda c: c.text == "."):
        run = list(run)
        if parts and not (is_dot and len(run) >= LEADER_DOTS) and not _is_leader(parts[-1]):
            parts[-1] += run  # a dot or three inside a word ("3...", "kr.") stays in it
        else:
            parts.append(run)
    return parts


def _is_leader(chars: list[Char]) -> bool:
    return len(chars) >= LEADER_DOTS and all(c.text == "." for c in chars)


def chars_to_words(chars: list[Char], width: float, height: float) -> list[Word]:
    words = []
    bold_fonts: dict[str, bool] = {}
    chars, small = scaled_caps(chars)
    for group in (part for whole in iter_word_chars(chars) for part in split_leaders(whole)):
        first = group[0]
        bold = first.bold
        if bold is None:
            bold = bold_fonts.get(first.font)
            if bold is None:
                bold = bold_fonts[first.font] = bool(BOLD_FONT.search(first.font))
        w = _word(group, bold)
        if small and all(id(c) in small for c in group if c.text.isalpha()) and any(c.text.isalpha() for c in group):
            w.small_caps = True
        if w.x1 < 0 or w.x0 > width or w.bottom < 0 or w.top > height:
            continue  # outside the page: never printed
        if w.x0 < 0 or w.top < 0 or w.x1 > width or w.bottom > height:
            # clipped to the page: a glyph of a hostile width reaches millions of points past it
            w.x0, w.top, w.x1, w.bottom = max(0.0, w.x0), max(0.0, w.top), min(width, w.x1), min(height, w.bottom)
        words.append(w)
    return words


BULLET_GAP_EM = 2.5  # a drawn bullet stands at most this many font sizes before its text
MARK_SHARE = 0.6  # ... and its side is at most this share of that text's size


def drawn_bullets(marks: list[BBox], words: list[Word]) -> list[Word]:
    """A "•" word for each drawn mark that leads a line of text: a word starts a little right
    of it, the mark's middle within that word's height, and no word ends just before it (a
    list's bullet, not a dot inside a line or a chart's legend swatch after its label). The mark
    is smaller than the word's type (``MARK_SHARE``): a box as tall as the text is no bullet."""
    if not marks:
        return []
    by_top = sorted(words, key=attrgetter("top"))
    tops = [w.top for w in by_top]
    tallest = max((w.bottom - w.top for w in words), default=0.0)
    out = []
    for x0, top, x1, bottom in marks:
        middle = (top + bottom) / 2
        near = by_top[bisect_left(tops, middle - tallest):bisect_right(tops, middle)]
        row = [w for w in near if w.top <= middle <= w.bottom]
        side = max(x1 - x0, bottom - top)
        after = [w for w in row if 0 < w.x0 - x1 < BULLET_GAP_EM * w.size and side <= MARK_SHARE * w.size]
        if not after or any(x0 - BULLET_GAP_EM * w.size < w.x1 <= x0 + 0.5 for w in row):
            continue
        first = min(after, key=lambda w: w.x0)
        out.append(Word("•", x0, first.top, x1, first.bottom, first.size, first.bold))
    return out


def sorted_box(b: BBox) -> BBox:
    return (min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3]))


def glyphs_to_content(glyphs: PageGlyphs, number: int) -> tuple[PageContent, list[BBox], Callable[[BBox], BBox] | None]:
    """Words, ruling segments and image boxes of a page in a frame where the main text reads
    left to right; plus the map back to page coordinates when turned."""
    width, height = glyphs.width, glyphs.height
    chars, direction = orient_chars(glyphs.chars)
    boxes, images, marks = glyphs.segments, glyphs.images, glyphs.marks
    to_page = None
    if direction != "ltr":
        to_frame, to_page, width, height = frame_of(direction, width, height)
        chars = turn_chars(chars, to_frame)
        boxes = [sorted_box(to_frame(b)) for b in boxes]
        images = [sorted_box(to_frame(b)) for b in images]
        marks = [sorted_box(to_frame(b)) for b in marks]
    words = chars_to_words(chars, width, height)
    words += drawn_bullets(marks, words)
    segments = [Segment(*b) for b in boxes]
    return PageContent(number, width, height, words, segments), images, to_page
