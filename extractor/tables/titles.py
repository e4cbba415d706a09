"""Statement headings, tables' own small headings and text caught between a grid's rules.

Two statements set one under the other with sum rules of the same width stack into one grid of
horizontal rules ("Resultatregnskap" ... "Balanse 31.12." ...). A line set larger than the
grid's text (or in small capitals), in words only and followed by a period header (years or
dates), is the heading of the next statement: the grid is cut around it and the heading stays
page text. A larger group title inside a statement ("Eiendeler") opens no period header and cuts
nothing.

Two tables ruled only under their rows, of one width, one above the other with a heading and a
paragraph between them, stack the same way: a sentence running across the band between two of
the rules, with rules of two rows or more above it and below it, cuts the grid (``prose_parts``):
the band's text stays page text, and the lower table keeps its header line under the sentence.

Two tables ruled row by row stack the same way when they are as wide ("Representantskapet" over
its members, "Styret" over the board): a short bold line alone in a band between two rules, over
a line of words only in two cells or more (the next table's header) in the same band, where every
other band holds one line, is the lower table's own small heading (``_kicker_band``). A statement's
bold group title stands over figures, or over its own second line, and cuts nothing.
"""
from __future__ import annotations

import re
from statistics import median

from extractor.ingest.primitives import Word, word_centre_in
from extractor.ingest.row_sizes import reads_as_name
from extractor.ingest.prose import lettered, mostly_lowercase
from extractor.parse import CURRENCY_WORDS, YEAR
from extractor.tables.base import TableTolerances
from extractor.tables.cells import words_to_lines
from extractor.tables.chunks import TextLine, is_figure_chunk, words_to_text_lines
from extractor.tables.grids import bands

TITLE_SIZE_STEP = 1.12  # a line this much larger than a grid's text is a heading, not a row ...
MAX_TITLE_WORDS = 12  # ... when it is this short ...
TITLE_HEADER_LINES = 3  # ... and a period header follows within this many lines
PROSE_WORDS = 6  # words of a line that runs across a grid as a sentence ...
PROSE_SHARE = 0.5  # ... as wide as this share of the grid at least
KICKER_WORDS = 4  # a table's own small heading over it: a bold word or a few ...
HEADER_GAP_EM = 1.5  # ... over a header of cells set apart by gaps this wide or wider
PERIOD = re.compile(rf"{YEAR}|\d{{1,2}}\.\d{{1,2}}\.(?:(?:19|20)?\d\d)?")  # "2023", "31.12.2023", "31.12."


def _is_title(line: list[Word], size: float) -> bool:
    """Set larger than the grid's text, or in small capitals (a designer's title, barely larger)."""
    return ((all(w.size > size * TITLE_SIZE_STEP for w in line) or all(w.small_caps for w in line))
            and len(line) <= MAX_TITLE_WORDS and any(c.isalpha() for w in line for c in w.text))


def is_period_header(line: list[Word]) -> bool:
    """A header of figure columns: years or dates, and no other figures ("Note 2023 2022"); a
    unit's figure beside its currency word is none ("Beløp i 1000 kr 2023 2022")."""
    figures = [w.text for k, w in enumerate(line) if any(c.isdigit() for c in w.text) and not _unit_figure(line, k)]
    return bool(figures) and all(PERIOD.fullmatch(t) for t in figures)


_SCALE_FIGURES = frozenset({"1000", "1.000", "1000000", "1.000.000"})  # "i 1000 kr", "NOK 1000"


def _unit_figure(line: list[Word], k: int) -> bool:
    """The figure of a unit: "1000" right before or after a currency word ("1000 kr", "NOK 1000")."""
    near = [line[j].text.casefold() for j in (k - 1, k + 1) if 0 <= j < len(line)]
    return line[k].text in _SCALE_FIGURES and any(w in CURRENCY_WORDS for w in near)


def _kicker_band(band: list[list[Word]]) -> bool:
    """A band of two lines: a short bold line in words alone, over a header of words only in two
    cells or more (not a statement's group title wrapped onto its second line: "Finansinntekter og" /
    "finanskostnader")."""
    if len(band) != 2:
        return False
    kicker, header = band
    return (len(kicker) <= KICKER_WORDS and all(w.bold and w.text.isalpha() for w in kicker)
            and _cells(kicker) == 1 and _cells(header) >= 2  # a header wrapped onto two lines has cells in both
            and not any(c.isdigit() for w in header for c in w.text))


def _cells(line: list[Word]) -> int:
    """The cells of a line of words: runs parted by gaps of ``HEADER_GAP_EM`` or more."""
    line = sorted(line, key=lambda w: w.x0)
    return 1 + sum(b.x0 - a.x1 >= HEADER_GAP_EM * b.size for a, b in zip(line, line[1:]))


def kicker_cuts(ys: list[float], words: list[Word]) -> list[tuple[float, float]]:
    """(top, bottom) of the heading lines to cut out of a grid ruled row by row (one line in every
    band between its rules ``ys`` but the headings' own, see the module docstring)."""
    banded = [words_to_lines(band) for band in bands(ys, words)]
    kickers = [k for k, band in enumerate(banded) if _kicker_band(band)]
    if not kickers or any(len(band) > 1 for k, band in enumerate(banded) if k not in kickers):
        return []
    return [(ys[k], (max(w.bottom for w in banded[k][0]) + min(w.top for w in banded[k][1])) / 2) for k in kickers]


def grid_parts(bbox: tuple[float, float, float, float], words: list[Word],
               ys: list[float] = ()) -> list[tuple[float, float]]:
    """(top, bottom) of each part of a grid left between the statement headings inside it (and
    between tables' own small headings where the grid is ruled at ``ys`` row by row); one part,
    the whole grid, when it holds none."""
    inside = [w for w in words if word_centre_in(w, bbox)]
    if not inside:
        return [(bbox[1], bbox[3])]
    if cuts := kicker_cuts(list(ys), inside):
        edges = [bbox[1], *(y for cut in cuts for y in cut), bbox[3]]
        return [(y0, y1) for y0, y1 in zip(edges[::2], edges[1::2]) if y1 - y0 > 1]
    sizes: dict[float, int] = {}
    for w in inside:
        sizes[w.size] = sizes.get(w.size, 0) + len(w.text)
    size = max(sizes, key=sizes.get)
    lines = words_to_lines(inside)
    parts, top = [], bbox[1]
    for k, line in enumerate(lines):
        if not _is_title(line, size) or not any(map(is_period_header, lines[k + 1:k + 1 + TITLE_HEADER_LINES])):
            continue
        above = (max(w.bottom for w in lines[k - 1]) + min(w.top for w in line)) / 2 if k else top
        below = (max(w.bottom for w in line) + min(w.top for w in lines[k + 1])) / 2 if k + 1 < len(lines) else bbox[3]
        parts.append((top, above))
        top = below
    parts.append((top, bbox[3]))
    return [(y0, y1) for y0, y1 in parts if y1 - y0 > 1]


def prose_parts(xs: tuple[float, float], ys: list[float], words: list[Word], tol: TableTolerances
                ) -> list[tuple[float, float]]:
    """(top, bottom) of each part of a grid of horizontal rules at ``ys`` (from ``xs[0]`` to
    ``xs[1]``) left between the sentences that run across it: a band holding one, with two rules
    or more above it and below it, ends the part above at the band's top rule; the part below
    starts under the band's last line of one chunk (the heading and paragraph between two
    tables), so the lower table's header line is its own. Only when every band with a sentence
    parts two such tables: rules under each heading of a web page's text, sentences in every
    band, are no stack of tables (``ruled._infer_columns`` reads them)."""
    inside = [w for w in words if word_centre_in(w, (xs[0], ys[0], xs[-1], ys[-1]))]
    lines = words_to_text_lines(inside, tol)
    banded = bands(ys, lines)
    cuts = [k for k, band in enumerate(banded) if any(_sentence(ln, xs, tol) for ln in band)]
    if not cuts or cuts[0] < 1 or cuts[-1] > len(ys) - 3 or any(b - a < 2 for a, b in zip(cuts, cuts[1:])):
        return [(ys[0], ys[-1])]
    parts, top = [], ys[0]
    for k in cuts:
        band = banded[k]
        last = max(n for n, ln in enumerate(band) if _sentence(ln, xs, tol))
        tail = next((ln for ln in band[last + 1:] if len(ln.chunks) > 1), None)
        parts.append((top, ys[k]))
        top = tail.top - 1.0 if tail is not None else ys[k + 1]
    parts.append((top, ys[-1]))
    return [(y0, y1) for y0, y1 in parts if y1 - y0 > 1]


def _sentence(line, xs: tuple[float, float], tol: TableTolerances) -> bool:
    """A line of one chunk, ``PROSE_WORDS`` words or more, mostly lowercase, across half the grid."""
    texts = [w.text for w in line.words]
    return len(line.chunks) == 1 and len(lettered(texts)) >= PROSE_WORDS and mostly_lowercase(texts, tol.min_prose_lowercase) \
        and line.words[-1].x1 - line.words[0].x0 >= PROSE_SHARE * (xs[-1] - xs[0])


EDGE_HEADING_WORDS = 4  # a heading's piece at a table's edge: a word or a few per column ...
EDGE_HEADING_PIECES = 3  # ... over a box or two side by side (a row of five cards' names is no heading)


def _edge_heading(line: TextLine, rest: list[TextLine]) -> bool:
    """A heading line over (or under) a table aligned by whitespace: bold, in words, larger than
    the rest's text, a few words to each piece (two boxes' headings side by side are two pieces),
    and set like nothing else in the run (cards' names in bold go on in the rows under them:
    "Bredesen" under "Øystein", "Olsen, Mats" under "Nilsen, Geir Olav"), no piece a name ("Lise
    Bergum Haug" over her role on a card). A year in it makes it a
    header row when figures stand under it ("Regnskap 2015")."""
    size = median(w.size for ln in rest for w in ln.words)
    least = min(w.size for w in line.words)
    if not all(w.bold and w.size > size * TITLE_SIZE_STEP for w in line.words) or len(line.chunks) > EDGE_HEADING_PIECES \
            or any(len(chunk) > EDGE_HEADING_WORDS or is_figure_chunk(chunk) or reads_as_name(chunk) for chunk in line.chunks) \
            or not all(any(len(w.text) > 1 and any(c.isalpha() for c in w.text) for w in chunk) for chunk in line.chunks) \
            or any(w.bold and w.size >= least for ln in rest for w in ln.words):
        return False
    dated = any(PERIOD.fullmatch(w.text) for w in line.words)
    return not dated or not any(is_figure_chunk(chunk) for ln in rest for chunk in ln.chunks)


def edge_headings(run: list[TextLine]) -> list[TextLine]:
    """The heading lines set over a run's first row or under its last (``_edge_heading``), which
    stay page text (a designer's "HOVEDSTYRET" over a box of roles and names)."""
    found = [run[0]] if len(run) > 2 and _edge_heading(run[0], run[1:]) else []
    if len(run) > 2 + len(found) and _edge_heading(run[-1], run[len(found):-1]):
        found.append(run[-1])
    return found
