"""Sidebars: a floating text box the body wraps around, found from the words alone.

A sidebar is a narrow column of text at the left or right edge of the page's text, cut off from
the body beside it by a strip of whitespace, whose lines are set differently from the body's:
another font size, or another line pitch so that its lines do not share the body's rows. Two
text columns (each about half the width), a label/value list (every label on its value's row)
and a figures column are no sidebars. The reader lifts a sidebar's words out of the page before
it finds columns and lines, so the body's headings and lines beside the box stay whole, and reads
the box as its own lines (``Line.box``), which become ``TEXT_BOX`` blocks as Word's text boxes do.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from extractor.document import Table
from extractor.ingest.layout import (MIN_GUTTER_EM, Item, Line, PageItem, Placed, dominant_size, find_gutter_runs,
                                     items_to_rows, page_to_items)
from extractor.ingest.primitives import Word

MIN_BOX_LINES = 3  # a sidebar holds at least this many lines ...
MIN_BODY_LINES = 2  # ... beside at least this many lines of body text ...
BODY_SHARE = 0.35  # ... as wide (median) as this share of the page's text ...
BODY_LETTERS = 0.6  # ... and this much letters: running text, not a statement's figures
MAX_BOX_SHARE = 0.42  # ... and is at most this share of the width of the page's text
ALIGNED_SHARE = 0.6  # this share of its lines start at its left edge (a box has one margin)
ALIGN_PT = 2.0
SAME_ROW_PT = 1.0  # a box line whose top is this close to a body line's shares its row
MAX_SHARED_ROWS = 0.5  # more box lines than this share of them on body rows: a list or a table
OFF_GRID_ROWS = 0.2  # this share of box lines on body rows at most: the box keeps its own baselines (a text box)
SIZE_RATIO = 1.05  # font sizes differing by more than this ratio are different sizes
PITCH_RATIO = 1.06  # line pitches differing by more than this ratio are different pitches
LEVEL_GUTTER_EM = 0.5  # a bare panel level with the body: whitespace this wide (two word spaces) sets it apart ...
LEVEL_GAP_EM = 1.0  # ... from lines of text on either side, none of them with a gap this wide inside it ...
LEVEL_ROWS = 0.6  # ... its lines, this share of them at least, each on a row with a body line ...
LEVEL_SPACES = 1.8  # ... and the strip this many times as wide as one side's word spaces (median: a panel's ragged ones)
COLUMN_LIKE = 0.7  # body columns beside the box this wide (median, of the box's width) make it a column too


@dataclass(slots=True)
class Sidebar:
    x0: float
    top: float
    x1: float
    bottom: float
    words: list[Word]


def _pitch(rows: list[list[Word]]) -> float | None:
    tops = sorted(min(w.top for w in row) for row in rows)
    steps = [b - a for a, b in zip(tops, tops[1:]) if b - a > 0.5]
    return median(steps) if steps else None


def _one_block(rows: list[list[Word]]) -> bool:
    """Lines one after another at one pitch, no gap of two lines between them: a box's text, not
    captions under photos standing apart down the page."""
    tops = sorted(min(w.top for w in row) for row in rows)
    pitch = _pitch(rows)
    return bool(pitch) and max(b - a for a, b in zip(tops, tops[1:])) <= 2 * pitch


def _is_running_text(rows: list[list[Word]], width: float) -> bool:
    """Lines of prose beside the box, not the figures of a statement whose labels line up."""
    letters = sum(c.isalpha() for r in rows for w in r for c in w.text)
    chars = sum(len(w.text) for r in rows for w in r)
    extents = [max(w.x1 for w in r) - min(w.x0 for w in r) for r in rows]
    return letters >= BODY_LETTERS * chars and median(extents) >= BODY_SHARE * width


def _differs(box: list[list[Word]], body: list[list[Word]]) -> bool:
    """Set apart from the body: not on the body's rows, and another size, another pitch or rows offset
    from the body's throughout (Word's text box with no fill and no frame, set in the body's font)."""
    body_tops = [min(w.top for w in row) for row in body]
    shared = sum(any(abs(min(w.top for w in row) - t) <= SAME_ROW_PT for t in body_tops) for row in box)
    if shared > MAX_SHARED_ROWS * len(box):
        return False
    if shared <= OFF_GRID_ROWS * len(box) and _one_block(box) and len(body) >= len(box) / 2:
        return True  # lines on a baseline grid of their own beside running text: a frame floats them, drawn or not
    box_size = dominant_size([w for row in box for w in row])
    body_size = dominant_size([w for row in body for w in row])
    if max(box_size, body_size) / min(box_size, body_size) > SIZE_RATIO:
        return True
    box_pitch, body_pitch = _pitch(box), _pitch(body)
    return bool(box_pitch and body_pitch and max(box_pitch, body_pitch) / min(box_pitch, body_pitch) > PITCH_RATIO)


def _one_of_columns(body: list[list[Word]], box_width: float) -> bool:
    """The body beside the box splits into text columns about as wide as the box: the box is the
    first or last column of a three-column page (a letter's lead set larger than the rest), whose
    reading as a grid of columns lets a sentence run on over the column break."""
    size = dominant_size([w for row in body for w in row])
    for start, end, cuts in find_gutter_runs(body, size):
        for cut in cuts:
            sides = ([[w for w in row if ((w.x0 + w.x1) / 2 >= cut) == right] for row in body[start:end + 1]]
                     for right in (False, True))
            extents = [[max(w.x1 for w in r) - min(w.x0 for w in r) for r in side if r] for side in sides]
            if all(len(e) >= MIN_BOX_LINES and median(e) >= COLUMN_LIKE * box_width for e in extents):
                return True
    return False


def _as_sidebar(rows: list[list[Item]], cut: float, page_x0: float, page_x1: float, level: bool = False) -> Sidebar | None:
    """The narrower side of a run of rows split at ``cut``, when it reads as a sidebar; ``level``: a
    bare panel level with the body (``_level_panel``), told apart by where it stands, not how it is set."""
    left = [[w for w in row if (w.x0 + w.x1) / 2 < cut] for row in rows]
    right = [[w for w in row if (w.x0 + w.x1) / 2 >= cut] for row in rows]
    for box, body in ((right, left), (left, right)):
        box_rows = [r for r in box if r]
        if len(box_rows) < MIN_BOX_LINES:
            continue
        first = next(i for i, r in enumerate(box) if r)
        last = max(i for i, r in enumerate(box) if r)
        body_rows = [r for r in body[first:last + 1] if r]
        if len(body_rows) < MIN_BODY_LINES or not _is_running_text(body_rows, page_x1 - page_x0):
            continue
        x0 = min(w.x0 for r in box_rows for w in r)
        x1 = max(w.x1 for r in box_rows for w in r)
        if x1 - x0 > MAX_BOX_SHARE * (page_x1 - page_x0):
            continue
        if sum(abs(r[0].x0 - x0) <= ALIGN_PT for r in box_rows) < ALIGNED_SHARE * len(box_rows):
            continue
        if not (_is_text(box_rows) if level else _differs(box_rows, body_rows)) or _one_of_columns(body_rows, x1 - x0):
            continue
        words = [w for r in box_rows for w in r]
        return Sidebar(x0, min(w.top for w in words), x1, max(w.bottom for w in words), words)
    return None


def _is_text(rows: list[list[Word]]) -> bool:
    letters = sum(c.isalpha() for r in rows for w in r for c in w.text)
    return letters >= BODY_LETTERS * sum(len(w.text) for r in rows for w in r)


def _level_panel(rows: list[list[Item]], start: int, end: int, cut: float, page_x0: float,
                 page_x1: float) -> Sidebar | None:
    """A panel with no fill and no frame floated beside the body, in the body's size and pitch and level
    with its lines: only a strip of whitespace under an em sets it apart, so it is a sidebar only where
    the body crosses that strip on the row right under or over it (wrapping back to the full measure),
    which a column's gutter never lets it do."""
    crossing = [*(rows[end + 1] if end + 1 < len(rows) else ()), *(rows[start - 1] if start else ())]
    if not any(w.x0 < cut < w.x1 for w in crossing):
        return None
    run = rows[start:end + 1]
    size = dominant_size([w for row in run for w in row])
    sides = [[[w for w in row if (w.x0 + w.x1 < 2 * cut) == left] for left in (True, False)] for row in run]
    level = sum(all(side) for side in sides)
    if level < MIN_BOX_LINES or level < LEVEL_ROWS * sum(any(side) for side in sides):
        return None  # a title's or a heading's lines above the text beside it: not level with it
    if sum(bool(row[0]) and row[0][-1].text.endswith(":") for row in sides) * 2 >= level:
        return None  # "Styreleder:⇥Kari Lunde" lines: labels beside their values, not text beside a panel
    left_edge = max((w.x1 for row in run for w in row if w.x0 + w.x1 < 2 * cut), default=cut)
    right_edge = min((w.x0 for row in run for w in row if w.x0 + w.x1 >= 2 * cut), default=cut)
    if right_edge - left_edge >= MIN_GUTTER_EM * size:
        return None  # an em or more: a column's gutter, the column finder's to read
    spaces: dict[bool, list[float]] = {True: [], False: []}  # each side's word spaces (left side: True)
    for row in sides:
        for left, side in zip((True, False), row):
            ordered = sorted(side, key=lambda w: w.x0)
            spaces[left] += [b.x0 - a.x1 for a, b in zip(ordered, ordered[1:])]
    left_size, right_size = (dominant_size([w for row in sides for w in row[k]]) for k in (0, 1))
    if max(left_size, right_size) / min(left_size, right_size) > SIZE_RATIO:
        return None  # set in another size: the first sweep's to judge
    if any(gap >= LEVEL_GAP_EM * size for side in spaces.values() for gap in side):
        return None  # "Styreleder: Kari Lunde    Ansattvalgt: Ola Dahl": a list's columns, not lines of text
    if not all(spaces.values()) or right_edge - left_edge < LEVEL_SPACES * min(map(median, spaces.values())):
        return None  # a river of word spaces (a typescript's, whose letters stand on one grid), no strip
    return _as_sidebar(run, cut, page_x0, page_x1, level=True)


def find_sidebars(words: list[Word]) -> list[Sidebar]:
    """Sidebars on one page of text-layer words, top to bottom (OCR'd words are left alone:
    their sizes are estimates); where none is found, a bare panel level with the body."""
    if len(words) < MIN_BOX_LINES + MIN_BODY_LINES or any(w.conf is not None for w in words):
        return []
    rows = items_to_rows(words)
    size = dominant_size(words)
    page_x0, page_x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    found: list[Sidebar] = []
    for start, end, cuts in find_gutter_runs(rows, size):
        for cut in cuts:
            sidebar = _as_sidebar(rows[start:end + 1], cut, page_x0, page_x1)
            if sidebar is not None:
                found.append(sidebar)
                break
    if found:
        return found
    for start, end, cuts in find_gutter_runs(rows, size, gutter_em=LEVEL_GUTTER_EM):
        for cut in cuts:
            sidebar = _level_panel(rows, start, end, cut, page_x0, page_x1)
            if sidebar is not None:
                found.append(sidebar)
                break
    return found


def layout_cells(table: Table, words: list[Word]) -> list[Sidebar]:
    """A ruled table that lays a page out (``tables.ruled.LAYOUT``: a title and its text beside
    a boxed list) read as Word reads such a table: its widest cell stays body text, each other
    cell is a sidebar of the words inside it, so neither runs into the other's lines. A table of
    one cell is a framed box beside the page's text: that cell is the sidebar."""
    cells = sorted((c for row in table.rows for c in row if c.text and c.prov.bbox),
                   key=lambda c: c.prov.bbox[2] - c.prov.bbox[0])
    out = []
    for cell in cells[:-1] or cells:
        x0, top, x1, bottom = cell.prov.bbox
        inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
        if inside:
            out.append(Sidebar(min(w.x0 for w in inside), min(w.top for w in inside), max(w.x1 for w in inside),
                               max(w.bottom for w in inside), inside))
    return out


def page_to_lines(words: list[Word], placed: list[Placed], sidebars: list[Sidebar]) -> list[PageItem]:
    """Lines and placed items of one page in reading order: the body, then each sidebar's lines
    (``Line.box`` set, regions of their own); ``blocks.items_to_raw`` puts a sidebar's blocks
    beside the body text where the box starts. ``words`` holds the sidebars' words too."""
    if not sidebars:
        return page_to_items(words, placed)
    boxed = {id(w) for s in sidebars for w in s.words}
    out = page_to_items([w for w in words if id(w) not in boxed], placed)
    body = [i for i in out if isinstance(i, Line)]
    regions = max((ln.region for ln in body), default=-1) + 1
    for number, sidebar in enumerate(sidebars):
        narrow_measure(body, sidebar)
        lines = [i for i in page_to_items(sidebar.words, [], regions) if isinstance(i, Line)]
        for line in lines:
            line.box = number
        regions = max((ln.region for ln in lines), default=regions) + 1
        out.extend(lines)
    return out


def narrow_measure(body: list[Line], sidebar: Sidebar) -> None:
    """Body lines wrapped around a sidebar on their right end early for want of room, not by a
    deliberate break: from the sidebar's top, while lines stay within the measure left beside
    it (its frame may reach below its text), their column edge is that measure."""
    beside = [ln for ln in body if ln.x1 < sidebar.x0 and ln.top < sidebar.bottom and ln.bottom > sidebar.top]
    if not beside:  # a sidebar on the left: the measure ends where it did
        return
    edge = max(ln.x1 for ln in beside)
    for line in (ln for ln in body if ln.bottom > sidebar.top + ALIGN_PT):  # a big title starts above the box's first line
        if line.x1 > edge + ALIGN_PT:
            break
        line.region_x1 = min(line.region_x1, edge)
