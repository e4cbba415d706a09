"""Photo cards: a row of portraits, each with its caption under it ("Kari Dahl / Styreleder",
"Kari Dahl, nestleder"), as a designer lays out a board or a staff.

The captions' lines sit at the height of each other's only roughly (a name wraps to two lines
under one photo and not under the next; photos of a row end at different heights), so a reader
of lines across the page runs the cards together ("Ingrid Trond Aune Sissel"). Read here from the
images: photos side by side make a row; each photo's caption is the words under it, inside
its column (halfway to the next photo; where a caption runs past that, on the right up to the next
photo), down to the first gap wider than a line. A caption's lines in one font make one phrase where they go on ("Kari" / "Dahl" is "Kari Dahl",
"1." / "varamedlem" is "1. varamedlem"); a change of weight or size starts the next (the bold name,
then the role), and so does a line after the first phrase that only stands under the one above
("Styremedlem" / "Midtre Gauldal"). The row of cards becomes a table with a
column per card and a row per phrase: names over their roles, as a signature row is set.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from extractor.document import BBox, Cell, Provenance, Table
from extractor.ingest.primitives import Segment, Word
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
LINE_REACH_EM = 1.5  # a caption's line stands this many font sizes below the one above at most
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


def _sides(row: list[BBox], reach: bool = False) -> list[tuple[float, float]]:
    """Each photo's column: its width and half the space to the next photo on either side (and a
    little more: a word processor's cell pads the caption's text out to the left of the photo);
    with ``reach``, on the right up to the next photo (a design tool's caption, set flush left in a
    frame of its own, runs past its photo's edge: "Tor Arne Bakkevik" under a narrow portrait)."""
    gap = max(min(b[0] - a[2] for a, b in zip(row, row[1:])), 0)
    half = gap / 2 + SIDE_SLACK_PT
    nexts = [b[0] for b in row[1:]] + [row[-1][2] + gap]
    return [(box[0] - half, max(box[2] + half, after - SIDE_SLACK_PT) if reach else box[2] + half)
            for box, after in zip(row, nexts)]


def _overflows(row: list[BBox], sides: list[tuple[float, float]], words: list[Word]) -> bool:
    """A word under a photo, starting in its column, runs past the column's right edge: a caption
    set flush left wider than its photo's column ("Tor Arne Bakkevik" under a narrow portrait)."""
    return any(left <= w.x0 < right < w.x1 and 0 <= w.top - box[3] <= MAX_LINES * LINE_REACH_EM * w.size
               for box, (left, right) in zip(row, sides) for w in words)


def _flush_left(captions: list[list[list[Word]]], row: list[BBox]) -> bool:
    """Every caption starts its lines at its photo's left edge, none reaching left of it: a design
    tool's frames, not a word processor's centred cells (whose neighbours a wider column would take)."""
    return all(w.x0 >= box[0] - SIDE_SLACK_PT for parts, box in zip(captions, row) for part in parts for w in part)


def _parts(lines: list[list[Word]], column: float, photo: float) -> list[list[Word]]:
    """A caption's phrases: a change of font starts the next. Lines in one font make one phrase
    in the caption's first (the name: "Kari" / "Dahl", a frame a line in a design tool); after
    it only a line that continues the one above (``_continues``), so that the role and what
    follows it in the same font stay apart ("Styremedlem" / "Midtre Gauldal", "Styreleder" /
    "Valgt til 2025")."""
    widest = max(line[-1].x1 - line[0].x0 for line in lines)
    # the measure a line was wrapped at: a centred caption's cell may be the photo's column; a
    # word in lower case more likely wrapped at the photo's width ("Ansattes" / "representant")
    widths = (max(column if _centred(lines) else photo, widest), max(photo, widest))
    parts: list[list[Word]] = []
    font = None
    for k, line in enumerate(lines):
        here = (line[0].bold, round(line[0].size, 1))
        width = widths[line[0].text[:1].islower()]
        if parts and here == font and (len(parts) == 1 or _continues(lines[k - 1], line, width)):
            parts[-1] += line
        else:
            parts.append(list(line))
        font = here
    return parts


CENTRED_PT = 2.0  # the lines of a centred caption have their middles this close, and not all their starts


def _centred(lines: list[list[Word]]) -> bool:
    """A caption set centred (a word processor's cell): it may fill its column, wider than the
    photo; a caption set flush left (a design tool's frame) is as wide as the photo; either as
    wide as its widest line."""
    starts = [line[0].x0 for line in lines]
    middles = [(line[0].x0 + line[-1].x1) / 2 for line in lines]
    return max(middles) - min(middles) <= CENTRED_PT < max(starts) - min(starts)


# a line that ends so goes on below: "1." / "varamedlem", "Valgt av" / "generalforsamlingen", "1. vara ·" / "Namsos BTK"
OPEN_END = re.compile(r"(?:\d\.|[-–,(·•|/]|\b(?:og|for|av|i|til))$", re.IGNORECASE)
RUNNING_WORDS = 3  # a line this many words long or longer is running text, not a title
GOES_ON = "([·•|/–-"  # a line opening with one of these goes on from the one above ("Nestleder" / "· Stjørdal BTK")


def _continues(above: list[Word], line: list[Word], width: float) -> bool:
    """``line`` goes on with the line ``above`` in one phrase: it opens with a bracket or a
    separator, ``above`` ends open ("1.", "Valgt av", "1. vara ·"), it goes on in lower case from
    a line of running text (a member's biography), or ``above`` was wrapped: its next word would
    not have fitted beside it in the caption's ``width``. A line in lower case under a title is a
    phrase of its own ("Styreleiar" / "oppnemnd av Kvinnherad kommune")."""
    first = line[0]
    text = " ".join(w.text for w in above)
    if first.text[:1] in GOES_ON or OPEN_END.search(text) \
            or first.text[:1].islower() and len(above) >= RUNNING_WORDS:
        return True
    return above[-1].x1 - above[0].x0 + 0.3 * first.size + (first.x1 - first.x0) > width


def find_cards(page: int, words: list[Word], images: list[BBox], page_width: float,
               frames: list[BBox] = ()) -> list[Table]:
    """A table of one row per row of photo cards on the page (every photo of the row captioned).
    ``frames`` (photos drawn as boxes, ``frames_from_segments``) are read only as a caption row
    (``_caption_starts``): a strip of boxes with captions under each box is left to the table
    finder, which read it before boxes were taken for photos."""
    photos = [b for b in [*images, *frames] if MIN_PHOTO_PT <= b[2] - b[0] <= MAX_PHOTO_SHARE * page_width
              and b[3] - b[1] >= MIN_PHOTO_PT]
    drawn = set(frames)
    tables = []
    photo_rows = _rows(photos)
    page_words = _PageWords.of(words) if photo_rows else None
    for row in photo_rows:
        boxes = all(b in drawn for b in row)
        captions = None if boxes else _captions(row, _sides(row), photos, page_words)
        if not boxes and (captions is None or _overflows(row, _sides(row), words)):
            wide = _captions(row, _sides(row, reach=True), photos, page_words)
            captions = wide if wide is not None and _flush_left(wide, row) else captions
        if captions is None and (starts := _caption_starts(row, words)):
            captions = _captions(row, starts, photos, page_words)
        if captions is not None:
            depth = max(len(parts) for parts in captions)
            rows = [[_cell(page, parts[k]) if k < len(parts) else Cell("", Provenance(page=page))
                     for parts in captions] for k in range(depth)]
            taken = [w for parts in captions for part in parts for w in part]
            tables.append(Table(rows=rows, prov=Provenance(page=page, bbox=rounded_bbox(words_to_bbox(taken))),
                                strategy=STRATEGY, confidence=CONFIDENCE, pages=[page]))
    return tables


FRAME_SLACK_PT = 1.0  # the photo frames of a strip are of one size within this ...
MIN_FRAME_ROW = 3  # ... at least this many side by side ...
MIN_FRAME_GAP_PT = 1.0  # ... each standing apart from the next (a ruled table's cells share their edges)


def frames_from_segments(segments: list[Segment], words: list[Word]) -> list[BBox]:
    """Photo frames a designer's page draws as filled boxes (a placeholder or a picture set as a
    box's background, which the PDF holds as a shaded rectangle, no image): the rectangles the
    ruling segments outline with no word inside, in a strip of ``MIN_FRAME_ROW`` or more of one
    size standing apart. A row of chart bars is no strip (its bars differ in height); a ruled
    table's empty cells share their edges."""
    rules = [s for s in segments if s.horizontal and s.x1 - s.x0 >= MIN_PHOTO_PT]
    if len(rules) < 2 * MIN_FRAME_ROW:
        return []
    uprights = {(round(s.x0), round(s.top), round(s.bottom)) for s in segments if not s.horizontal}
    boxes = []
    by_span: dict[tuple[int, int], list[Segment]] = {}
    for s in rules:
        by_span.setdefault((round(s.x0), round(s.x1)), []).append(s)
    for (left, right), group in by_span.items():
        group.sort(key=lambda s: s.top)
        for upper, lower in zip(group, group[1:]):
            top, bottom = round(upper.top), round(lower.top)
            if bottom - top >= MIN_PHOTO_PT and (left, top, bottom) in uprights and (right, top, bottom) in uprights:
                box = (upper.x0, upper.top, upper.x1, lower.top)
                if not any(box[0] < (w.x0 + w.x1) / 2 < box[2] and box[1] < (w.top + w.bottom) / 2 < box[3]
                           for w in words):
                    boxes.append(box)
    return [b for row in _strips(boxes) for b in row]


def _strips(boxes: list[BBox]) -> list[list[BBox]]:
    """Boxes of one size side by side at one height, apart from each other, ``MIN_FRAME_ROW`` or more."""
    strips: list[list[BBox]] = []
    for box in sorted(boxes, key=lambda b: (round(b[1]), b[0])):
        strip = strips[-1] if strips else None
        if strip and abs(strip[-1][1] - box[1]) <= FRAME_SLACK_PT and abs(strip[-1][3] - box[3]) <= FRAME_SLACK_PT \
                and abs((strip[-1][2] - strip[-1][0]) - (box[2] - box[0])) <= FRAME_SLACK_PT \
                and box[0] - strip[-1][2] >= MIN_FRAME_GAP_PT:
            strip.append(box)
        else:
            strips.append([box])
    return [strip for strip in strips if len(strip) >= MIN_FRAME_ROW]


def _captions(row: list[BBox], sides: list[tuple[float, float]], photos: list[BBox], page: _PageWords
              ) -> list[list[list[Word]]] | None:
    """Each photo's caption in its column ``sides`` as phrases; None unless every photo has one."""
    captions = []
    for box, side in zip(row, sides):
        below = min((b[1] for b in photos if b[1] > box[3] and b[0] < box[2] and b[2] > box[0]), default=1e9)
        if not (lines := _caption(box, side, sides, page, below)):
            return None
        column = box[2] - box[0] + 2 * (box[0] - side[0])  # the photo and half the gap on either side
        captions.append(_parts(lines, column, box[2] - box[0]))
    return captions


CAPTION_REACH_EM = 8.0  # a caption row's lines start within this many font sizes under the strip


def _caption_starts(row: list[BBox], words: list[Word]) -> list[tuple[float, float]] | None:
    """The captions' columns of a caption row set apart from its photos (its own row of boxes,
    each as wide as its text needs: a caption starts under its photo only roughly): the left
    edges that the first line under the strip and one more start a word at, one per photo, the
    first under the first photo; each column runs to the next edge. None when the edges do
    not match the photos. Read where the photos' own columns do not each find a caption."""
    left, right, bottom = row[0][0] - SIDE_SLACK_PT, row[-1][2] + SIDE_SLACK_PT, min(b[3] for b in row)
    under = [w for w in words if left <= w.x0 and w.x1 <= right and bottom <= w.top <= bottom + CAPTION_REACH_EM * w.size]
    lines: dict[int, set[int]] = {}
    for w in under:
        lines.setdefault(round(w.top), set()).add(round(w.x0))
    counts: dict[int, int] = {}
    for edges in lines.values():
        for x in edges:
            counts[x] = counts.get(x, 0) + 1
    first = lines[min(lines)] if lines else set()  # every caption has a first line; the text under them runs across
    edges = sorted(x for x, n in counts.items() if n >= 2 and x in first)
    lefts = [b[0] for b in row]
    if len(edges) != len(row) or abs(edges[0] - row[0][0]) > SIDE_SLACK_PT \
            or any(min(range(len(row)), key=lambda k: abs(lefts[k] - x)) != k for k, x in enumerate(edges)):
        return None  # each caption starts nearer its own photo's edge than any other's
    return [(x - SIDE_SLACK_PT, nxt - SIDE_SLACK_PT) for x, nxt in zip(edges, [*edges[1:], right + SIDE_SLACK_PT])]


def _cell(page: int, words: list[Word]) -> Cell:
    return Cell(text=" ".join(w.text for w in words), prov=Provenance(page=page, bbox=rounded_bbox(words_to_bbox(words))))
