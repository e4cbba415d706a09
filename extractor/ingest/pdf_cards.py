"""Photo cards: a row of portraits, each with its caption under it ("Kari Dahl / Styreleder",
"Kari Dahl, nestleder"), as a designer lays out a board or a staff.

The captions' lines sit at the height of each other's only roughly (a name wraps to two lines
under one photo and not under the next; photos of a row end at different heights), so a reader
of lines across the page runs the cards together ("Ingrid Trond Aune Sissel"). Read here from the
images: photos whose tops line up make a row; each photo's caption is the words under it, inside
its width, down to the first gap wider than a line. A caption's lines in one font make one phrase
("Kari" / "Dahl" is "Kari Dahl", "1." / "varamedlem" is "1. varamedlem"); a change of weight or
size starts the next (the bold name, then the role). The row of cards becomes a table with a
column per card and a row per phrase: names over their roles, as a signature row is set.
"""
from __future__ import annotations

from extractor.document import BBox, Cell, Provenance, Table
from extractor.ingest.primitives import Word
from extractor.tables.base import rounded_bbox, words_to_bbox

MIN_PHOTO_PT = 25.0  # a portrait at least this wide and high (no icon, no bullet) ...
MAX_PHOTO_SHARE = 0.3  # ... and at most this share of the page's width (no banner)
MIN_ROW = 2  # photos in a row of cards
TOP_SLACK_PT = 3.0  # tops of one row's photos differ by at most this
SIDE_SLACK_PT = 2.0  # a caption word may stand this far outside its photo's edges
FIRST_GAP_EM = 1.2  # the caption starts within this many font sizes under its photo ...
LINE_GAP_EM = 0.9  # ... and its lines are no further apart than this
MAX_LINES = 8  # a long name and a long role, each wrapped under a narrow photo
CONFIDENCE = 0.8  # the cards' grid is the photos': sure of its columns, its rows are fonts
STRATEGY = "text"  # the output's name for a table read from the words' positions


def _rows(photos: list[BBox]) -> list[list[BBox]]:
    """Photos in rows: tops within ``TOP_SLACK_PT`` (a collage mixes widths)."""
    rows: list[list[BBox]] = []
    for box in sorted(photos, key=lambda b: (b[1], b[0])):
        row = next((r for r in rows if abs(r[0][1] - box[1]) <= TOP_SLACK_PT), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    return [sorted(row, key=lambda b: b[0]) for row in rows if len(row) >= MIN_ROW]


def _caption(photo: BBox, words: list[Word], below: float) -> list[list[Word]]:
    """The lines of words under ``photo`` inside its width, above ``below`` (the next photo
    under it), down to the first wide gap; none when no line starts right under the photo."""
    x0, _, x1, bottom = photo
    inside = sorted((w for w in words if w.x0 >= x0 - SIDE_SLACK_PT and w.x1 <= x1 + SIDE_SLACK_PT
                     and bottom <= w.top < below), key=lambda w: (w.top, w.x0))
    lines: list[list[Word]] = []
    edge = bottom
    for w in inside:
        if lines and abs(w.top - lines[-1][0].top) <= 0.5 * w.size:
            lines[-1].append(w)
            continue
        gap = w.top - edge
        if gap > (FIRST_GAP_EM if not lines else LINE_GAP_EM) * w.size or len(lines) == MAX_LINES:
            break
        lines.append([w])
        edge = w.bottom
    return [sorted(line, key=lambda w: w.x0) for line in lines]


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
    for row in _rows(photos):
        captions = []
        for box in row:
            below = min((b[1] for b in photos if b[1] > box[3] and b[0] < box[2] and b[2] > box[0]), default=1e9)
            if not (lines := _caption(box, words, below)):
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
