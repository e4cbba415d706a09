"""Photo cards: a row of portraits, each with its caption under it ("Kari Dahl / Styreleder",
"Kari Dahl, nestleder"), as a designer lays out a board or a staff.

The captions' lines sit at the height of each other's only roughly (a name wraps to two lines
under one photo and not under the next; photos of a row end at different heights), so a reader
of lines across the page runs the cards together ("Ingrid Trond Aune Sissel"). Read here from the
images: photos side by side make a row; each photo's caption is the words under it, inside
its column (halfway to the next photo), down to the first gap wider than a line. A caption's
lines in one font make one phrase ("Kari" / "Dahl" is "Kari Dahl", "1." / "varamedlem" is "1.
varamedlem"); a change of weight or size starts the next (the bold name, then the role). The row of cards becomes a table with a
column per card and a row per phrase: names over their roles, as a signature row is set.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from extractor.document import BBox, Cell, Provenance, Table
from extractor.ingest.primitives import Word
from extractor.tables.base import rounded_bbox, words_to_bbox

MIN_PHOTO_PT = 25.0  # a portrait at least this wide and high (no icon, no bullet) ...
MAX_PHOTO_SHARE = 0.3  # ... and at most this share of the page's width (no banner)
MIN_ROW = 2  # photos in a row of cards
ROW_OVERLAP = 0.6  # photos of a row overlap over this share of the shorter one's height ...
GROUP_GAP_RATIO = 2.0  # ... and stand no further apart than this many times the row's narrowest space
SIDE_SLACK_PT = 2.0  # a caption word may stand this far outside its photo's edges (photos set edge to edge)
FIRST_GAP_EM = 1.6  # the caption starts within this many font sizes under its photo ...
LINE_GAP_EM = 0.9  # ... and its lines are no further apart than this ...
FONT_GAP_EM = 1.5  # ... or this from a bold name to its role (a word processor's paragraph space)
SIZE_SLACK_PT = 0.3
RUN_ON_EM = 0.8  # a word this close beyond the column's edge continues the line: no caption's
MAX_LINES = 8  # a long name and a long role, each wrapped under a narrow photo
CONFIDENCE = 0.8  # the cards' grid is the photos': sure of its columns, its rows are fonts
STRATEGY = "text"  # the output's name for a table read from the words' positions
TOP_SLACK_PT = 0.01  # a line's words are looked up this far beyond its reach, then tested exactly


@dataclass(slots=True)
class _PageWords:
    """The page's words as given, and sorted by their top once, so that a word's line is found by
    bisection rather than by a scan of the page for every caption word."""
    words: list[Word]
    by_top: list[Word]
    tops: list[float]

    @classmethod
    def of(cls, words: list[Word]) -> _PageWords:
        by_top = sorted(words, key=lambda w: w.top)
        return cls(words, by_top, [w.top for w in by_top])

    def line_of(self, word: Word) -> list[Word]:
        """The words whose top is within half the word's size of its top."""
        reach = 0.5 * word.size
        lo = bisect_left(self.tops, word.top - reach - TOP_SLACK_PT)
        hi = bisect_right(self.tops, word.top + reach + TOP_SLACK_PT)
        return [w for w in self.by_top[lo:hi] if abs(w.top - word.top) <= reach]


def _rows(photos: list[BBox]) -> list[list[BBox]]:
    """Photos in rows: each overlaps the row's first photo over most of its height (a row may be
    aligned at the top, the foot or the middle, its photos cropped to different heights; a
    collage mixes widths)."""
    rows: list[list[BBox]] = []
    for box in sorted(photos, key=lambda b: (b[1], b[0])):
        row = next((r for r in rows if _overlap(r[0], box) >= ROW_OVERLAP * min(r[0][3] - r[0][1], box[3] - box[1])),
                   None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    return [part for row in rows for part in _split(sorted(row, key=lambda b: b[0])) if len(part) >= MIN_ROW]


def _split(row: list[BBox]) -> list[list[BBox]]:
    """A row cut where the space between two photos is far wider than its narrowest: two groups of
    cards side by side (the board's in one column, a council's in the next)."""
    gaps = [b[0] - a[2] for a, b in zip(row, row[1:])]
    if not gaps:
        return [row]
    narrow = max(min(gaps), SIDE_SLACK_PT)
    parts = [[row[0]]]
    for gap, box in zip(gaps, row[1:]):
        if gap > GROUP_GAP_RATIO * narrow:
            parts.append([])
        parts[-1].append(box)
    return parts


def _overlap(a: BBox, b: BBox) -> float:
    return min(a[3], b[3]) - max(a[1], b[1])


def _caption(photo: BBox, side: tuple[float, float], sides: list[tuple[float, float]], page: _PageWords,
             below: float) -> list[list[Word]]:
    """The lines of words under ``photo`` inside its column ``side`` (halfway to its neighbours:
    a caption may be wider than its photo), above ``below`` (the next photo under it), down to
    the first wide gap or a line that runs on out of the column (the body text under the cards);
    none when no line starts right under the photo."""
    left, right = side
    bottom = photo[3]
    inside = sorted((w for w in page.words if w.x0 >= left and w.x1 <= right and bottom <= w.top < below),
                    key=lambda w: (w.top, w.x0))
    lines: list[list[Word]] = []
    edge = bottom
    for w in inside:
        if lines and abs(w.top - lines[-1][0].top) <= 0.5 * w.size:
            lines[-1].append(w)
            continue
        gap = w.top - edge
        # a bold name over its role in the same size: a word processor's paragraph space between them
        weight = lines and w.bold != lines[-1][0].bold and abs(w.size - lines[-1][0].size) < SIZE_SLACK_PT
        room = FIRST_GAP_EM if not lines else FONT_GAP_EM if weight else LINE_GAP_EM
        if gap > room * w.size or len(lines) == MAX_LINES or _runs_out(w, side, sides, page):
            break
        lines.append([w])
        edge = w.bottom
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _runs_out(word: Word, side: tuple[float, float], sides: list[tuple[float, float]], page: _PageWords) -> bool:
    """Whether the line of ``word`` goes on past its column's edges, a word space away, into no
    other card's column."""
    row = page.line_of(word)
    inside = [w for w in row if side[0] <= w.x0 and w.x1 <= side[1]]
    lo, hi = min(w.x0 for w in inside), max(w.x1 for w in inside)
    reach = RUN_ON_EM * word.size
    return any(not any(a <= w.x0 and w.x1 <= b for a, b in sides) and (0 <= lo - w.x1 <= reach or 0 <= w.x0 - hi <= reach)
               for w in row)


def _sides(row: list[BBox]) -> list[tuple[float, float]]:
    """Each photo's column: its width and half the space to the next photo on either side (and a
    little more: a word processor's cell pads the caption's text out to the left of the photo)."""
    half = max(min(b[0] - a[2] for a, b in zip(row, row[1:])) / 2, 0) + SIDE_SLACK_PT
    return [(box[0] - half, box[2] + half) for box in row]


def _parts(lines: list[list[Word]]) -> list[list[Word]]:
    """A caption's phrases: lines in one font joined into one, a change of font starts the next."""
    parts: list[list[Word]] = []
    font = None
    for line in lines:
        here = (line[0].bold, round(line[0].size, 1))
        if parts and here == font:
            parts[-1] += line
        else:
            parts.append(list(line))
        font = here
    return parts


def find_cards(page: int, words: list[Word], images: list[BBox], page_width: float) -> list[Table]:
    """A table of one row per row of photo cards on the page (every photo of the row captioned)."""
    photos = [b for b in images if MIN_PHOTO_PT <= b[2] - b[0] <= MAX_PHOTO_SHARE * page_width
              and b[3] - b[1] >= MIN_PHOTO_PT]
    tables = []
    photo_rows = _rows(photos)
    page_words = _PageWords.of(words) if photo_rows else None
    for row in photo_rows:
        captions = []
        sides = _sides(row)
        for box, side in zip(row, sides):
            below = min((b[1] for b in photos if b[1] > box[3] and b[0] < box[2] and b[2] > box[0]), default=1e9)
            if not (lines := _caption(box, side, sides, page_words, below)):
                break
            captions.append(_parts(lines))
        else:
            depth = max(len(parts) for parts in captions)
            rows = [[_cell(page, parts[k]) if k < len(parts) else Cell("", Provenance(page=page))
                     for parts in captions] for k in range(depth)]
            taken = [w for parts in captions for part in parts for w in part]
            tables.append(Table(rows=rows, prov=Provenance(page=page, bbox=rounded_bbox(words_to_bbox(taken))),
                                strategy=STRATEGY, confidence=CONFIDENCE, pages=[page]))
    return tables


def _cell(page: int, words: list[Word]) -> Cell:
    return Cell(text=" ".join(w.text for w in words), prov=Provenance(page=page, bbox=rounded_bbox(words_to_bbox(words))))
