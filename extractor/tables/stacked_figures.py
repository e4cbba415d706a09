"""Figures a narrow cell wrapped at a digit-group space, set above and below their row's label.

A web page's statement imported by LibreOffice gets columns only as wide as its header words, so
a figure wraps inside its cell: "4 785" on a line above the label's, "327" on a line below it,
the cell centred on the row ("Annen driftsinntekt | 4 729 798 | 4 785 / 327"). Read line by line,
the head joins the row above and the tail the row below, and every figure of those columns comes
out wrong. Three tight lines where the label's line has nothing in the columns the other two
fill, the upper one a figure's head there and the lower one three-digit groups, are one row;
so are a row and the line under it that holds only the tails of its figures (a narrow portrait
page wraps label and figures alike: "Salgsin | 33 124" over "ntekter | 000"). A designer's band of
figure tiles wraps a big figure's unit or last group the same way ("96" / "%", "14,9 mill." /
"kr"), onto the line of the small labels under the figures (``lift_wrapped_values``), and a tile's
label onto lines of its own under the labels' line ("plasser i varig" / "tilrettelagt arbeid (VTA)",
``join_wrapped_labels``), which a design tool sets as a frame a line.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from extractor.ingest.primitives import Word
from extractor.tables.chunks import TextLine, is_figure_chunk

_HEAD = re.compile(r"[-\u2212(]?\d{1,3}(?: \d{3})*")  # "4 785", "-12", "(1 516"
_TAIL = re.compile(r"\d{3}(?: \d{3})*\)?")  # "327", "065)"

CellsOf = Callable[[TextLine], list[list[Word]]]
VALUE_SIZE = 1.3  # a tile's figure is set this many times as large as its label, or more
SAME_SIZE = 1.1  # two words within this size ratio are set in one size
WRAP_GAP_EM = 0.5  # a wrapped piece follows its figure's line at most this far below it


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x0))


def _stacked(upper: list[list[Word]], middle: list[list[Word]], lower: list[list[Word]]) -> bool:
    """The figure-only lines around a label line hold the two halves of figures: the same
    columns filled above and below, empty on the label's line, heads above and tails below."""
    if upper[0] or lower[0] or not middle[0]:
        return False
    filled = [i for i in range(1, len(upper)) if upper[i] or lower[i]]
    return bool(filled) and all(upper[i] and lower[i] and not middle[i] and _HEAD.fullmatch(_text(upper[i]))
                                and _TAIL.fullmatch(_text(lower[i])) for i in filled)


def _wrapped_below(upper: list[list[Word]], lower: list[list[Word]]) -> bool:
    """The line under a row holds the tails of its figures (and perhaps a piece of its label):
    a narrow portrait page wraps both label and figures ("Salgsin | 33 124" over "ntekter | 000").
    Every figure the lower line has completes a head above it; its label cell, if any, is one
    piece of a word ("ntekter", "ostnad"), not a label of its own ("herav tilskudd")."""
    label = _text(lower[0])
    if label and (" " in label or not label[:1].islower()):
        return False
    filled = [i for i in range(1, len(lower)) if lower[i]]
    return bool(filled) and all(i < len(upper) and upper[i] and _HEAD.fullmatch(_text(upper[i]))
                                and _TAIL.fullmatch(_text(lower[i])) for i in filled)


def join_stacked_figures(lines: list[TextLine], cells_of: CellsOf, tight: Callable[[TextLine, TextLine], bool]
                         ) -> list[TextLine]:
    """``lines`` with each label line and the halves of figures wrapped around it made one line
    (its words in reading order: the head's above the tail's, as ``_cell_text`` sorts them)."""
    out: list[TextLine] = []
    index = 0
    while index < len(lines):
        trio = lines[index:index + 3]
        if len(trio) == 3 and tight(trio[0], trio[1]) and tight(trio[1], trio[2]) \
                and _stacked(*(cells_of(line) for line in trio)):
            upper, middle, lower = trio
            out.append(TextLine(upper.words + middle.words + lower.words,
                                middle.chunks + upper.chunks + lower.chunks))
            index += 3
            continue
        pair = lines[index:index + 2]
        if len(pair) == 2 and tight(*pair) and _wrapped_below(*(cells_of(line) for line in pair)):
            out.append(TextLine(pair[0].words + pair[1].words, pair[0].chunks + pair[1].chunks))
            index += 2
            continue
        out.append(lines[index])
        index += 1
    return out


def _same_size(a: float, b: float) -> bool:
    return max(a, b) / max(min(a, b), 0.1) <= SAME_SIZE


def _under(word: Word, above: Word) -> bool:
    """``word`` stands tight under ``above``, overlapping its column."""
    return 0 <= word.top - above.bottom <= WRAP_GAP_EM * above.size and word.x0 < above.x1 and above.x0 < word.x1


def _remove(line: TextLine, words: list[Word]) -> None:
    gone = {id(w) for w in words}
    line.words = [w for w in line.words if id(w) not in gone]
    line.chunks = [c for c in ([w for w in chunk if id(w) not in gone] for chunk in line.chunks) if c]


def lift_wrapped_values(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with the pieces of big figures that wrapped onto the line below moved up into
    their figure's chunk: on a line of mixed sizes, a word set as large as a figure of the line
    above and much larger than the line's smallest word, tight under that figure ("96" / "%"
    beside "Medlemmer" under "640"). The small labels that the wrapped pieces pushed a line down
    ("Belegg" under "%") join the labels' line."""
    for k, (upper, lower) in enumerate(zip(lines, lines[1:])):
        small = min((w.size for w in lower.words), default=0.0)
        # OCR's sizes are box heights (a typed line's dot leaders read as small letters): never a large figure's
        moves = [(w, chunk) for w in lower.words if w.size >= VALUE_SIZE * small and w.conf is None
                 for chunk in upper.chunks for u in chunk
                 if any(c.isdigit() for c in u.text) and _same_size(w.size, u.size) and _under(w, u)]
        chunk_of = {id(w): (w, chunk) for w, chunk in reversed(moves)}  # the first figure it stands under
        if not chunk_of or len(chunk_of) == len(lower.words):
            continue
        lifted = [w for w, _ in chunk_of.values()]
        for w, chunk in chunk_of.values():
            chunk.append(w)
            upper.words.append(w)
        _remove(lower, lifted)
        below = lines[k + 2] if k + 2 < len(lines) else None
        pushed = [w for w in below.words
                  if any(_same_size(w.size, small) and _under(w, p) for p in lifted)] if below else []
        if pushed and len(pushed) == len(below.words):
            lower.words += pushed
            lower.chunks += [[w] for w in pushed]
            _remove(below, pushed)
    return [line for line in lines if line.words]


MAX_LABEL_WORDS = 4  # a centred label is a role or a key, not a line of text


def _centred_label(line: TextLine, upper: TextLine, lower: TextLine | None, lines: list[TextLine], k: int) -> bool:
    """``line`` is the label of ``upper``'s cell, centred beside it and its wrap ``lower``: a few words
    in one chunk, between the two in height (overlapping ``upper``) and left of them, the wrap tight
    under ``upper`` at its left edge, and no other text within a line of it in its own column (a
    column of prose beside another at a different leading has its lines close together). ``line`` is
    ``lines[k]``; the lines around it are looked at only once the cheap tests pass (every line is asked)."""
    if len(line.chunks) != 1 or len(upper.chunks) != 1 or lower is None or len(lower.chunks) != 1 \
            or len(line.words) > MAX_LABEL_WORDS or not (upper.top < line.top < upper.bottom < line.bottom <= lower.bottom):
        return False
    start, size = upper.chunks[0][0].x0, upper.size
    if not (line.chunks[0][-1].x1 + size < start and abs(lower.chunks[0][0].x0 - start) <= 1
            and 0 <= lower.top - upper.bottom <= WRAP_GAP_EM * size):
        return False
    crowded = any(other is not line and other.words[0].x0 < start
                  and max(other.top - line.bottom, line.top - other.bottom) < size for other in lines[max(k - 3, 0):k + 4])
    return not crowded and all(c.isalpha() for w in line.words for c in w.text[:1])


def lift_centred_labels(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with a label that a table centres beside its wrapped cell joined to the cell's
    first line: a word processor's cell set "centred" puts "Varamedlemmer" level with the middle
    of the names it heads ("Torunn Skjelbred, Per" / "Haugerud og Mari Aaberge"), half a line below
    the first of them, where it reads as a line of its own between the names' lines
    (``_centred_label``)."""
    out: list[TextLine] = []
    for k, line in enumerate(lines):
        upper = out[-1] if out else None
        lower = lines[k + 1] if k + 1 < len(lines) else None
        if upper is not None and _centred_label(line, upper, lower, lines, k):
            upper.words = line.words + upper.words
            upper.chunks = [line.chunks[0], *upper.chunks]
            continue
        out.append(line)
    return out


def _figure_line(line: TextLine) -> bool:
    return all(is_figure_chunk(chunk) for chunk in line.chunks)


def _labels_under(figures: TextLine, labels: TextLine) -> bool:
    """``labels`` is the line of small words right under a band of big figures, one figure a tile."""
    return len(figures.chunks) >= 2 and _figure_line(figures) and not any(is_figure_chunk(c) for c in labels.chunks) \
        and figures.size >= VALUE_SIZE * labels.size and 0 <= labels.top - figures.bottom <= WRAP_GAP_EM * figures.size


def _label_of(chunk: list[Word], labels: TextLine) -> list[Word] | None:
    """The chunk of ``labels`` that ``chunk`` continues: set tight under it, flush with its start
    (tiles set flush left) or its middle (centred tiles), and reaching into no other."""
    em = chunk[0].size
    x0, x1 = chunk[0].x0, chunk[-1].x1
    found = [c for c in labels.chunks if abs(c[0].x0 - x0) <= em or abs((c[0].x0 + c[-1].x1) - (x0 + x1)) <= 2 * em]
    others = [c for c in labels.chunks if c not in found and c[0].x0 < x1 and x0 < c[-1].x1]
    return found[0] if len(found) == 1 and not others else None


def _widen(chunk: list[Word], more: list[Word]) -> None:
    """``chunk`` with the words of ``more`` (its next line) added, its first word still its
    leftmost and its last its rightmost (a chunk's extent is read from its ends); the cell's text
    is read line by line from the words' places."""
    words = sorted(chunk + more, key=lambda w: w.x0)
    right = max(words, key=lambda w: w.x1)
    chunk[:] = [w for w in words if w is not right] + [right]


def join_wrapped_labels(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with each line that continues the labels of a band of figure tiles (a label
    wrapped onto a line, or a frame, of its own) joined to the labels' line, its words to the
    chunks they continue: tight under it, in the labels' size, no figures, every chunk under a
    label of its own (``_label_of``). Else the band's table ends at its first line of labels,
    the rest of each label left as text."""
    out: list[TextLine] = []
    for line in lines:
        if len(out) >= 2 and _labels_under(out[-2], out[-1]):
            labels = out[-1]
            targets = [_label_of(chunk, labels) for chunk in line.chunks]
            if _same_size(line.size, labels.size) and 0 <= line.top - labels.bottom <= WRAP_GAP_EM * labels.size \
                    and not any(is_figure_chunk(c) for c in line.chunks) and all(t is not None for t in targets):
                for chunk, target in zip(line.chunks, targets):
                    _widen(target, chunk)
                labels.words += line.words
                continue
        out.append(line)
    return out
