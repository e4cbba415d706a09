"""The column bands of a whitespace-aligned table (``text_aligned``): a run's chunks merged into
x-extents, which chunk or line falls in which band, and the corrections a statement's header
needs: a header chunk over two figure columns cut apart, a wide flush-right header cell over
long labels, a short flush-left header cell beside its flush-right figures, the label column as
wide as its widest wrapped line.
"""
from __future__ import annotations

import functools

from extractor.ingest.primitives import Word
from extractor.tables.base import finance_vocabulary
from extractor.tables.chunks import TextLine, is_figure_chunk
from extractor.tables.tabbed import TAB_STEPS
from extractor.tables.titles import PERIOD

Band = tuple[float, float]
CUT_GAP_EM = 0.5  # a header chunk over two figure columns is cut at a word gap at least this wide
HEADER_FLUSH = 2.0  # points: a header cell set flush right ends this near its figures' right edge
HEADER_LEFT_GAP_EM = 12.0  # a header set flush left ends at most this far before its figures set flush right in its cell


def spans_to_bands(spans) -> list[Band]:
    """Overlapping x-extents merged into bands, left to right."""
    bands: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if bands and x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return [(b[0], b[1]) for b in bands]


def words_to_columns(lines: list[TextLine]) -> list[Band]:
    """Column bands: the union of the x-extents of chunks from lines with two or more chunks
    (single-chunk lines may be titles or wrapped text spanning columns)."""
    return spans_to_bands((c[0].x0, c[-1].x1) for line in lines if len(line.chunks) > 1 for c in line.chunks)


MIN_SPLIT_CHUNKS = 5  # chunks a band holds before one of them may be found to bridge two columns
MIN_COLUMN_LINES = 2  # lines that fill each column the bridging chunk joins


def split_bridged(bands: list[Band], lines: list[TextLine]) -> list[Band]:
    """The bands with any that one chunk alone holds together split into the columns the other
    lines keep apart, each filled by two lines at least: a last row's long cell ("Varamenn |
    Asbjørn Kveen og Olga Stensrud") running over the place column of a role | name | place list.
    The bridging chunk then straddles and stays in the column it starts in."""
    spans = [(c[0].x0, c[-1].x1, k, any(ch.isdigit() for ch in c[-1].text))
             for k, line in enumerate(lines) if len(line.chunks) > 1 for c in line.chunks]
    out: list[Band] = []
    for b0, b1 in bands:
        inside = [s for s in spans if b0 - 1 <= s[0] and s[1] <= b1 + 1]
        # only a band of words: amounts ("kr. 472 000,-" beside "kr" / "312 408,-") keep their column
        if len(inside) < MIN_SPLIT_CHUNKS or any(figure for *_, figure in inside):
            out.append((b0, b1))
            continue
        widest = max(inside, key=lambda s: s[1] - s[0])
        if widest[2] != max(k for _, _, k, _ in inside):
            out.append((b0, b1))  # only a last row runs on so; a long label inside is the column's own width
            continue
        rest = [s for s in inside if s is not widest]
        parts = spans_to_bands((x0, x1) for x0, x1, *_ in rest)
        filled = all(len({k for x0, x1, k, _ in rest if p0 <= x0 and x1 <= p1}) >= MIN_COLUMN_LINES for p0, p1 in parts)
        out += parts if len(parts) > 1 and filled and widest[0] < parts[1][0] else [(b0, b1)]
    return out


def add_to_columns(bands: list[Band], line: TextLine) -> list[Band]:
    """``words_to_columns`` of a run grown by one multi-chunk line, without redoing the run. A
    label under the left end of a wide header cell (``label_under_header``) counts only up to
    where that cell begins, so the label column stays apart from the first figure column."""
    spans = [(c[0].x0, c[-1].x1) for c in line.chunks]
    if (band := label_under_header(line, bands)) is not None:
        spans[0] = (spans[0][0], band[0] - 1)
    return spans_to_bands([*bands, *spans])


def label_under_header(line: TextLine, bands: list[Band]) -> Band | None:
    """The band whose left half the line's first chunk, a label (no figure), reaches into from
    the left while one of the line's figures stands in it: a header cell set flush right over
    its figures and wider than they are; else None."""
    first = line.chunks[0]
    if is_figure_chunk(first):
        return None
    x0, x1 = first[0].x0, first[-1].x1
    band = next((b for b in bands if b[0] > x0 + 1), None)
    if band is None or not band[0] <= x1 < (band[0] + band[1]) / 2:
        return None
    figures = [c for c in line.chunks[1:] if is_figure_chunk(c)]
    return band if any(band[0] - 1 <= c[0].x0 and c[-1].x1 <= band[1] + 1 for c in figures) else None


def band_of(chunk: list[Word], bands: list[Band]) -> int | None:
    """The band holding a chunk, or None when it straddles bands or lies outside them."""
    x0, x1 = chunk[0].x0, chunk[-1].x1
    for i, (b0, b1) in enumerate(bands):
        if x0 >= b0 - 1 and x1 <= b1 + 1:
            return i
    return None


def sole_band(chunk: list[Word], bands: list[Band]) -> int | None:
    """The one band a chunk overlaps, though it reaches past that band's edge (a label set flush
    right in a column between figure columns, wrapped onto a longer line); None when it overlaps
    none or several."""
    x0, x1 = chunk[0].x0, chunk[-1].x1
    hits = [i for i, (b0, b1) in enumerate(bands) if x0 < b1 and x1 > b0]
    return hits[0] if len(hits) == 1 else None


def is_label_only(line: TextLine, bands: list[Band]) -> bool:
    """A line with text only in the label (first) column: a wrapped label, or a section
    title inside a statement ("Driftskostnader"). It starts in the first band (indents
    allowed) and ends before the second band begins, or lies left of every band (under a
    header row whose label cell is empty)."""
    if len(line.chunks) != 1 or not bands:
        return False
    x0, x1 = line.chunks[0][0].x0, line.chunks[0][-1].x1
    if x1 < bands[0][0]:  # left of every band: the label column of a header row that leaves it empty
        return True
    return len(bands) >= 2 and bands[0][0] - 1 <= x0 <= bands[0][1] and x1 < bands[1][0]


def fits_columns(line: TextLine, bands: list[Band]) -> bool:
    """Every chunk lies mostly inside one band (a figure: overlaps one band and no other): the
    line continues the table's columns. A first
    chunk left of every band is the label of a row under a header that leaves the label
    column empty ("Note | 2024 | 2023"), and so is a label wider than those above it that
    ends before the first figure column ("Årsresultat" under labels wrapped to "Sum"). A label
    may also reach under the left end of the first band, where a header cell wider than its
    figures begins (``label_under_header``)."""
    first = line.chunks[0]
    in_labels = len(bands) >= 2 and bands[0][0] - 1 <= first[0].x0 <= bands[0][1] and first[-1].x1 < bands[1][0]
    under = label_under_header(line, bands[:1]) is not None  # a label starting left of every band
    chunks = line.chunks[1:] if first[-1].x1 < bands[0][0] or in_labels or under else line.chunks
    for chunk in chunks:
        x0, x1 = chunk[0].x0, chunk[-1].x1
        overlaps = [min(x1, b1) - max(x0, b0) for b0, b1 in bands]
        if is_figure_chunk(chunk):  # right-aligned figures stick out of a year header
            if sum(o > 0 for o in overlaps) != 1:
                return False
        elif max(overlaps, default=0.0) < 0.5 * max(x1 - x0, 1.0):
            return False
    return True


def straddle_share(run: list[TextLine], bands: list[Band]) -> float:
    """Share of characters in chunks that share a band with another chunk of their line or
    fall outside every band."""
    total = bad = 0
    for line in run:
        seen: dict[int | None, int] = {}
        for chunk in line.chunks:
            seen[band_of(chunk, bands)] = seen.get(band_of(chunk, bands), 0) + 1
        for chunk in line.chunks:
            chars = sum(len(w.text) for w in chunk)
            total += chars
            index = band_of(chunk, bands)
            if (index is None and not is_label_only(line, bands)) or (len(line.chunks) > 1 and seen[index] > 1):
                bad += chars
    return bad / total if total else 1.0


def _hit(words: list[Word], bands: list[Band]) -> set[int]:
    return {i for i, (b0, b1) in enumerate(bands) if min(words[-1].x1, b1) - max(words[0].x0, b0) > 0}


@functools.cache
def _note_headers() -> frozenset[str]:
    """The words that head a note column (the statement vocabulary's, ``finance.json``)."""
    return frozenset(finance_vocabulary()["columns"]["note"])


def is_note_word(word: str) -> bool:
    """A word heading a note column ("Note", "Noter."), as a header line's first word."""
    return word.casefold().rstrip(".") in _note_headers()


def _cut_at_columns(chunk: list[Word], bands: list[Band], size: float) -> list[list[Word]]:
    """A chunk over two figure columns, cut at the widest word gap whose sides lie in different
    columns: a header set closer than a column gap ("Budsjett 2023  Regnskap" where the
    neighbour's "Regnskap 2022" wraps). A note column's header is cut off the header beside it
    at any gap ("Note 2023" over an empty note column, or set close in a narrow web table)."""
    if len(chunk) > 1 and is_note_word(chunk[0].text) \
            and (rest := _hit(chunk[1:], bands)) and not _hit(chunk[:1], bands) & rest:
        return [chunk[:1], *_cut_at_columns(chunk[1:], bands, size)]
    if len(_hit(chunk, bands)) < 2:
        return [chunk]
    best, at = CUT_GAP_EM * size, None
    for k in range(1, len(chunk)):
        gap, left, right = chunk[k].x0 - chunk[k - 1].x1, _hit(chunk[:k], bands), _hit(chunk[k:], bands)
        if gap >= best and left and right and not left & right:
            best, at = gap, k
    if at is None:
        return [chunk]
    return _cut_at_columns(chunk[:at], bands, size) + _cut_at_columns(chunk[at:], bands, size)


def _years_only(line: TextLine) -> bool:
    """A header of years or dates ("Beløp i hele kroner | 2023 | 2022"), which are figures too."""
    return all(PERIOD.fullmatch(w.text) for chunk in line.chunks[1:] for w in chunk)


def cut_headers(run: list[TextLine]) -> list[TextLine]:
    """The run with header chunks cut at the columns its figure rows (a label, then figures
    only, not years or dates alone: that is a header row) set out; in a table of figures and
    words (owners, shares and representatives) the columns of its rows with the most cells, a
    figure among them, where every cell of the header is set closer than a column gap."""
    body = [line for line in run if len(line.chunks) > 1
            and all(is_figure_chunk(chunk) for chunk in line.chunks[1:]) and not _years_only(line)]
    bands = words_to_columns(body)
    if len(body) < 2 or len(bands) < 3:
        body = _fullest_rows(run)
        bands = words_to_columns(body)
    if len(body) < 2 or len(bands) < 3:
        return run
    out = []
    for line in run:
        chunks = [part for chunk in line.chunks for part in _cut_at_columns(chunk, bands, line.size)]
        out.append(line if len(chunks) == len(line.chunks) else TextLine(line.words, chunks))
    return out


def _fullest_rows(run: list[TextLine]) -> list[TextLine]:
    """The lines with the most chunks (three or more), a figure among their cells after the first."""
    most = max((len(line.chunks) for line in run), default=0)
    return [line for line in run if len(line.chunks) == most >= 3 and any(map(is_figure_chunk, line.chunks[1:]))]


def label_band(run: list[TextLine], bands: list[Band]) -> list[Band]:
    """The label column as wide as its widest wrapped line ("driftsinntekter" under "Sum"), so
    that a short first line of a label is not taken for a word broken at the column's edge."""
    ends = [line.chunks[0][-1].x1 for line in run
            if is_label_only(line, bands) and line.chunks[0][0].x0 >= bands[0][0] - 1]
    return [(bands[0][0], max([bands[0][1], *ends])), *bands[1:]]


def headers_over_labels(run: list[TextLine], bands: list[Band]) -> list[Band]:
    """The columns of the figure rows when a header cell set flush right over its figures, wider
    than they are, reaches left over the end of long labels and so merged the label column with
    the first figure column: each figure column widened leftwards to the header chunk ending at
    its right edge (bands then overlap; a chunk goes to the first band holding it)."""
    body = [line for line in run if len(line.chunks) > 1
            and all(is_figure_chunk(chunk) for chunk in line.chunks[1:])]
    below = words_to_columns(body)
    if len(body) < 2 or len(below) <= len(bands):
        return bands
    out, figure_rows = [list(b) for b in below], {id(line) for line in body}
    for line in run:
        if len(line.chunks) < 2 or id(line) in figure_rows:
            continue
        for chunk in line.chunks:
            flush = [i for i, (_, b1) in enumerate(below) if i and abs(chunk[-1].x1 - b1) <= HEADER_FLUSH]
            if flush:
                out[flush[0]][0] = min(out[flush[0]][0], chunk[0].x0)
            elif band_of(chunk, below) is None:
                return bands
    return [(b0, b1) for b0, b1 in out]


def _figure_or_share(chunk: list[Word]) -> bool:
    """Figures, or a share with its "%" set apart ("56 %")."""
    return is_figure_chunk(chunk) or len(chunk) > 1 and chunk[-1].text == "%" and is_figure_chunk(chunk[:-1])


def _header_of_words(lines: list[TextLine]) -> bool:
    """A first line of a word or two a chunk, no figures, over two rows or more: a header line
    ("Verv  Navn") whose words Word's default tab stops may set a stop short of their columns."""
    return len(lines) >= 3 and all(len(chunk) <= 2 and not is_figure_chunk(chunk) for chunk in lines[0].chunks)


def headers_left_of_figures(run: list[TextLine], bands: list[Band]) -> list[Band]:
    """The bands with a header cell set flush left joined to the figures set flush right under
    it ("Tal på kurs" over "3", "4", ... in a Word table's column of counts): a band the header
    lines above the figure rows alone fill, right beside a band the figure rows alone fill, is
    one column, however far apart when the figures end the table (its last cell runs to the page's
    margin: "Aksjonær | Andel" over "Førde kommune ... 56 %"). The label column never joins; a band
    other rows fill too is a column of its own. Over rows of words (a board's "Verv  Navn" over
    "Styreleder  Kari Nord", set with default tab stops), the first line's word a stop short of its
    column, no further (``_header_of_words``)."""
    lines = [line for line in run if len(line.chunks) > 1]
    body = [k for k, line in enumerate(lines) if all(_figure_or_share(chunk) for chunk in line.chunks[1:])
            and not _years_only(line)]
    widest, at_end = (HEADER_LEFT_GAP_EM * lines[0].size if lines else 0.0), True
    if len(body) < 2 and _header_of_words(lines):
        body, widest, at_end = list(range(1, len(lines))), max(TAB_STEPS), False
    if len(body) < 2 or body[0] == 0:
        return bands
    fills: list[set[str]] = [set() for _ in bands]
    for k, line in enumerate(lines):
        kind = "head" if k < body[0] else "body" if k in body else "other"
        for chunk in line.chunks:
            if (i := band_of(chunk, bands)) is not None:
                fills[i].add(kind)
    out, i = [], 0
    while i < len(bands):
        if 0 < i < len(bands) - 1 and fills[i] == {"head"} and fills[i + 1] == {"body"} \
                and (bands[i + 1][0] - bands[i][1] <= widest or at_end and i + 2 == len(bands)):
            out.append((bands[i][0], bands[i + 1][1]))
            i += 2
        else:
            out.append(bands[i])
            i += 1
    return out
