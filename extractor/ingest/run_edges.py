"""Where a run of two text columns begins and ends (``layout.rows_to_regions``): the rows a
gutter sweep leaves on the wrong side of the run's first or last row.

A gutter sweep grows a run greedily from the top, so rows that belong to the columns can stay in
the part above (a heading set level with the other column's lines, swept into a run of figure
captions that was not taken) or start the part below (a paragraph wrapping under a floating box
once the box ends). These pure functions move those rows into the run's columns.
"""
from __future__ import annotations

from statistics import median

from extractor.ingest.primitives import Word

SENTENCE_STOPS = ".!?:;"
EDGE_EM = 1.0  # a line starts at its column's left edge to within this many font sizes
RUNNING_SHARE = 0.5  # a line reaching above the run is as wide as this share of its column's lines
WRAP_GAP_EM = 1.0  # a wrapped line follows the line it continues at most this far below it
SPAN_GAP_EM = 6.0  # whitespace this high across both columns (a picture, no paragraph's spacing) parts two sets


def _words(row: list) -> list[Word] | None:
    """The row's words left to right, or None when a table or image stands in it."""
    return sorted(row, key=lambda w: w.x0) if all(isinstance(i, Word) for i in row) else None


def _side(words: list[Word], cut: float, right: bool) -> list[Word]:
    return [w for w in words if ((w.x0 + w.x1) / 2 >= cut) == right]


def _one_line(words: list[Word], size: float) -> bool:
    """No gap wider than an em between the row's words: one line of text, not two columns' lines."""
    return all(b.x0 - a.x1 <= EDGE_EM * size for a, b in zip(words, words[1:]))


def _opens_lower(word: Word) -> bool:
    first = word.text[:1]
    return first != "" and (first.islower() or first in "([")


def continues_row_above(rows: list[list], index: int, cut: float) -> bool:
    """Whether row ``index``, all left of the gutter at ``cut``, is the last line of the paragraph
    above it that runs across the gutter: it starts in lower case or a bracket after a line that
    stops mid-sentence ("... 24 plasser i arbeidsforberedende" / "trening (AFT)."). A two-column
    section under a wrapped paragraph does not start on that paragraph's last line."""
    if index == 0:
        return False
    words, above = _words(rows[index]), _words(rows[index - 1])
    if not words or not above or any(w.x1 > cut for w in words):
        return False
    crosses = above[0].x0 < cut < above[-1].x1
    return crosses and above[-1].text[-1:] not in SENTENCE_STOPS and _opens_lower(words[0])


def column_sets(rows: list[list], start: int, end: int, cut: float, size: float) -> list[tuple[int, int]]:
    """(first row, last row) of each set of columns in the run, top to bottom: a picture set across
    both columns of a web page's text (``column-span``) leaves a band of whitespace across the run;
    the text flows down the left column and up the right one above it (the left part's last line
    goes on mid-sentence at the right part's top), then again under it. Photos standing in each
    column at one height leave such a band too, but no sentence flows over it."""
    sets, first = [], start
    for i in range(start, end):
        if min(item.top for item in rows[i + 1]) - max(item.bottom for item in rows[i]) > SPAN_GAP_EM * size \
                and _flows_up(rows[first:i + 1], cut):
            sets.append((first, i))
            first = i + 1
    return [*sets, (first, end)]


def _flows_up(rows: list[list], cut: float) -> bool:
    """The left part's last line stops mid-sentence and the right part's first line opens in
    lower case: one sentence from the foot of the left column to the head of the right."""
    left = [part for row in rows if (words := _words(row)) and (part := _side(words, cut, False))]
    right = [part for row in rows if (words := _words(row)) and (part := _side(words, cut, True))]
    return bool(left and right) and left[-1][-1].text[-1:] not in SENTENCE_STOPS and _opens_lower(right[0][0])


def reaches_above(rows: list[list], start: int, end: int, cut: float, size: float) -> int:
    """The run's first row, moved up over the rows above it that hold the right column's first
    lines: a heading of the left column set level with the right column's second line ("Fra
    daglig leder" beside "... og NAV økte antallet") joins that row, which the sweep then leaves
    to the rows above. A row moves in while nothing crosses the gutter, its right part starts at
    the right column's edge and is running text (half as wide as the column's lines, median)."""
    right = [part for row in rows[start:end + 1] if (words := _words(row)) and (part := _side(words, cut, True))]
    if not right:
        return start
    edge = median(part[0].x0 for part in right)
    measure = median(part[-1].x1 - part[0].x0 for part in right)
    first = start
    while first > 0:
        words = _words(rows[first - 1])
        part = _side(words, cut, True) if words else []
        if not part or any(w.x0 < cut < w.x1 for w in words) or abs(part[0].x0 - edge) > EDGE_EM * size \
                or part[-1].x1 - part[0].x0 < RUNNING_SHARE * measure:
            break
        first -= 1
    return first


def continued_below(rows: list[list], start: int, end: int, cut: float, size: float) -> tuple[int, bool]:
    """(how many rows after the run continue one of its columns, whether that column is the right
    one): a paragraph beside a floating box wraps under the box once it ends ("... (VTA) og 15" /
    "plassar i arbeidsførebuande trening (AFT), og ..."), its lines now across the gutter. They
    follow the column's last line at its leading, each one line of text (no gap of a gutter in it),
    the first opening in lower case after a line that stops mid-sentence, the next ones while the
    line above runs to the text's edge."""
    if end + 1 >= len(rows) or not (below := _words(rows[end + 1])) or not _one_line(below, size):
        return 0, False
    run = [words for row in rows[start:end + 1] if (words := _words(row))]
    margin = min((w.x0 for words in run for w in words), default=below[0].x0)
    for right in (False, True):
        parts = [part for words in run if (part := _side(words, cut, right))]
        if not parts:
            continue
        last, edge = parts[-1], min(part[0].x0 for part in parts)
        gap = below[0].top - max(w.bottom for w in last)
        if last[-1].text[-1:] in SENTENCE_STOPS or not _opens_lower(below[0]) or not 0 <= gap <= WRAP_GAP_EM * size \
                or min(abs(below[0].x0 - edge), abs(below[0].x0 - margin)) > EDGE_EM * size:
            continue
        text_edge = max(w.x1 for words in run for w in words)
        return _wrapped_lines(rows, end + 1, gap, text_edge, size), right
    return 0, False


def _wrapped_lines(rows: list[list], first: int, gap: float, edge: float, size: float) -> int:
    """How many rows from ``first`` go on with its paragraph: at the same leading, each after a
    line that runs to the text's right edge (``edge``, or further)."""
    taken, above = 1, _words(rows[first])
    edge = max(edge, above[-1].x1)
    for row in rows[first + 1:]:
        words = _words(row)
        if not words or not _one_line(words, size) or words[0].top - max(w.bottom for w in above) > gap + 0.2 * size \
                or edge - above[-1].x1 > EDGE_EM * size * 2:
            break
        edge = max(edge, words[-1].x1)
        taken, above = taken + 1, words
    return taken
