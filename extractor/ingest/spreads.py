"""A landscape sheet holding two pages side by side (a PDF exported "as spreads") → two halves.

Designers' reports are often exported as spreads: each PDF page is one sheet with a left and a
right page and the gutter (the two inner margins) between them. Read as one page, the halves'
lines at the same height join across the gutter ("03 Rekneskap Notar"), and a statement facing
another is read as one table. ``find_spread_gutter`` finds the gutter: a vertical band near the
sheet's middle that no word and no table rule crosses, and that is wide for a gutter: at least ``MIN_GUTTER_PT`` and
at least ``MARGIN_SHARE`` of the narrower outer margin, since a gutter is two inner margins,
where the gap between two text columns of one page is much narrower than the page's margins;
and the halves must show a printed page's own furniture: a page number (a folio in a corner)
on either, or on each a head at its top margin, where a web page's two layout cells printed
landscape have neither (its second cell starts under the page's title).
An ordinary landscape page with one wide table (its words and rules cross the middle) or with
two text columns (a gap of a few ems between margins several times wider) is not split.
``split_spread`` gives each half its own words, rules and images; coordinates stay the sheet's,
so every item's page and bbox point at the sheet a reviewer opens.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.document import BBox
from extractor.ingest.furniture import BAND_SHARE, is_page_number
from extractor.ingest.primitives import PageContent, Segment, Word

MIN_ASPECT = 1.2  # a sheet this much wider than tall can hold two portrait pages
MIDDLE_ZONE = (0.38, 0.62)  # the gutter's centre lies in this share of the sheet's width
MIN_GUTTER_PT = 30.0  # narrower bands are column gaps
MARGIN_SHARE = 0.8  # ... and so are bands narrower than this share of the narrower outer margin
MIN_HALF_WORDS = 3  # each half holds at least this many words
ROW_PT = 2.0  # words whose tops are this close stand on one line
WIDE_RULE_SHARE = 0.95  # a rule this share of the sheet wide is a background's or frame's edge, not a table's


def _crossing_rules(segments: list[Segment], lo: float, hi: float, width: float) -> list[Segment]:
    return [s for s in segments if s.horizontal and s.x0 < lo and s.x1 > hi and s.x1 - s.x0 < WIDE_RULE_SHARE * width]


def _free_runs(words: list[Word], width: float) -> list[tuple[float, float]]:
    """Bands of the middle zone (whole points) that no word covers."""
    x_lo, x_hi = int(MIDDLE_ZONE[0] * width), int(MIDDLE_ZONE[1] * width) + 1
    cover = [0] * (x_hi - x_lo + 1)
    for word in words:
        if word.x1 < x_lo or word.x0 > x_hi:
            continue
        for x in range(max(x_lo, int(word.x0)), min(x_hi, int(word.x1) + 1) + 1):
            cover[x - x_lo] += 1
    runs, start = [], None
    for i, count in enumerate([*cover, 1]):
        if not count and start is None:
            start = i
        elif count and start is not None:
            runs.append((float(x_lo + start), float(x_lo + i - 1)))
            start = None
    return runs


def _widen(words: list[Word], lo: float, hi: float, width: float) -> tuple[float, float]:
    """The band out to the nearest words on either side that do not cross it."""
    left = max((w.x1 for w in words if w.x1 <= lo + 1), default=0.0)
    right = min((w.x0 for w in words if w.x0 >= hi - 1), default=width)
    return left, right


def _has_folio(words: list[Word], height: float) -> bool:
    """A page number alone on its line in the top or bottom band: a printed page's own furniture."""
    band = sorted((w for w in words if w.bottom < BAND_SHARE * height or w.top > (1 - BAND_SHARE) * height),
                  key=lambda w: (w.top, w.x0))
    lines: list[list[Word]] = []
    for word in band:
        if lines and abs(word.top - lines[-1][0].top) <= ROW_PT:
            lines[-1].append(word)
        else:
            lines.append([word])
    return any(is_page_number(" ".join(w.text for w in line)) for line in lines)


def _own_heads(left: list[Word], right: list[Word], height: float) -> bool:
    """Each half's text starts in the top band: each page has its own head (a running head, a
    section heading) at its top margin, where a web page's second layout cell starts under the
    page's title."""
    return all(min(w.top for w in words) < BAND_SHARE * height for words in (left, right))


def find_spread_gutter(content: PageContent) -> float | None:
    """The x of the gutter between the two pages of a spread sheet, or None for one page."""
    width, words = content.width, content.words
    if width < MIN_ASPECT * content.height or len(words) < 2 * MIN_HALF_WORDS:
        return None
    bands = [_widen(words, lo, hi, width) for lo, hi in _free_runs(words, width)]
    if not bands:
        return None
    # the band over the sheet's centre (the fold), else the widest (a cover's short lines)
    lo, hi = max(bands, key=lambda band: (band[0] <= width / 2 <= band[1], band[1] - band[0]))
    centre = width / 2 if lo <= width / 2 <= hi else (lo + hi) / 2  # the fold, where the band holds it
    if not MIDDLE_ZONE[0] * width <= centre <= MIDDLE_ZONE[1] * width:
        return None
    left = [w for w in words if (w.x0 + w.x1) / 2 < centre]
    right = [w for w in words if (w.x0 + w.x1) / 2 >= centre]
    if len(left) < MIN_HALF_WORDS or len(right) < MIN_HALF_WORDS:
        return None
    if not (_has_folio(left, content.height) or _has_folio(right, content.height)
            or _own_heads(left, right, content.height)):
        return None  # a web page's two layout cells: no page of its own
    margin = min(min(w.x0 for w in words), width - max(w.x1 for w in words))
    if hi - lo < max(MIN_GUTTER_PT, MARGIN_SHARE * margin):
        return None
    if len({round(s.top) for s in _crossing_rules(content.segments, lo, hi, width)}) > 1:
        return None  # a table ruled across the middle
    return centre


def _clip_segment(segment: Segment, x_lo: float, x_hi: float) -> Segment | None:
    x0, x1 = max(segment.x0, x_lo), min(segment.x1, x_hi)
    if x1 < x0 or (segment.horizontal and x1 - x0 < 1.0 and segment.x1 - segment.x0 >= 1.0):
        return None
    return replace(segment, x0=x0, x1=x1)


def _clip_box(box: BBox, x_lo: float, x_hi: float) -> BBox | None:
    x0, x1 = max(box[0], x_lo), min(box[2], x_hi)
    return (x0, box[1], x1, box[3]) if x1 - x0 >= 1.0 else None


def split_spread(content: PageContent, images: list[BBox], gutter: float
                 ) -> list[tuple[PageContent, list[BBox]]]:
    """The left and the right page of a spread sheet, each with its words, rules and images
    (a rule or image across the gutter cut at it), in the sheet's coordinates."""
    halves = []
    for x_lo, x_hi in ((0.0, gutter), (gutter, content.width)):
        words = [w for w in content.words if x_lo <= (w.x0 + w.x1) / 2 < x_hi]
        segments = [s for s in (_clip_segment(s, x_lo, x_hi) for s in content.segments) if s is not None]
        boxes = [b for b in (_clip_box(b, x_lo, x_hi) for b in images) if b is not None]
        halves.append((replace(content, words=words, segments=segments), boxes))
    return halves
