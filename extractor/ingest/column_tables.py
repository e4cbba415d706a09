"""Tables aligned by whitespace that stand in one column of the page (``column_tables``).

A web page's layout table puts a statement in a cell beside running text, or two statements
side by side. Across the page each row of such a statement shares its line with a line of the
text or of the other statement, so the table finder reads sentences and figures as one table,
or nothing. Each side of a column gutter is searched on its own first: where running text
stands on one side (``layout.find_column_split`` reads both sides as columns), or where both
sides hold a statement whose first column is labels (a gutter inside one statement, between
its labels and its figures or between two groups of figure columns, leaves a side with no
table or with figures only), or where a statement stands beside lines without figures (its
signatures). The words left over are then searched across the page.
"""
from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from extractor.document import Table
from extractor.ingest.layout import (column_grid_cuts, dominant_size, find_column_split, find_gutter_runs,
                                     head_above_band, items_to_rows)
from extractor.ingest.primitives import PageContent, Word, word_centre_in
from extractor.ingest.prose import ends_a_sentence, mostly_lowercase
from extractor.parse import parse_amount
from extractor.tables import find_tables
from extractor.tables.base import TableTolerances, box_inside

PROSE_ROW_WORDS = 5  # a side whose rows hold this many words with letters (median) is running text
NARROW_ROW_WORDS = 3  # ... and a column a third of the page wide this many
LABELLED_SHARE = 0.6  # a statement: this share of its body rows starts with a label (letters)
MIN_BODY_ROWS = 2  # ... and it has at least this many body rows

Rows = list[list[Word]]


def _is_prose(rows: Rows, words: int = PROSE_ROW_WORDS) -> bool:
    """Running text: most of its rows hold a sentence's worth of words (a statement's labels
    and figures, or a list of names, do not)."""
    return bool(rows) and median(sum(any(c.isalpha() for c in w.text) for w in row) for row in rows) >= words


def _unbolded(rows: Rows) -> Rows:
    """The rows but those set wholly in bold: the headings inside narrow text columns ("Aspirantene"
    over its group's few lines) are one word a line, and would make the columns' text look like a
    table's short cells."""
    return [row for row in rows if not all(w.bold for w in row)]


RUNNING_LOWER = 0.5  # running text in short lines: this share of its words or more open in lower case


def _is_running(rows: Rows) -> bool:
    """Sentences however short the lines (a lead in large type, four or five words a line): most
    words open in lower case, as a list of roles and names does not ("Styreleder Kari Anne Holm")."""
    return len(rows) >= MIN_BODY_ROWS + 1 and mostly_lowercase((w.text for row in rows for w in row), RUNNING_LOWER)


SHARE_FIRST = re.compile(r"^\d[\d,.]*\s?%")  # "38,0 % Svein Olav": a share, then the next column's words


def _is_label(text: str) -> bool:
    """A row label: letters, and no amount ("kr 260.777,-" has letters too), not opening with a
    share (a flush-right share column run into the column of names after it)."""
    return sum(c.isalpha() for c in text) >= 2 and parse_amount(text) is None and not SHARE_FIRST.match(text)


def _is_statement(table: Table) -> bool:
    body = table.rows[table.header_rows:]
    labelled = sum(_is_label(row[0].text) for row in body if row)
    return len(body) >= MIN_BODY_ROWS and labelled >= LABELLED_SHARE * len(body)


def _sides(run: Rows, cut: float) -> tuple[Rows, Rows]:
    left = [r for r in ([w for w in row if (w.x0 + w.x1) / 2 < cut] for row in run) if r]
    right = [r for r in ([w for w in row if (w.x0 + w.x1) / 2 >= cut] for row in run) if r]
    return left, right


def _columns(run: Rows, cuts: list[float]) -> list[Rows]:
    edges = [-float("inf"), *cuts, float("inf")]
    return [[r for r in ([w for w in row if lo <= (w.x0 + w.x1) / 2 < hi] for row in run) if r]
            for lo, hi in zip(edges, edges[1:])]


def _find(content: PageContent, rows: Rows, tol: TableTolerances) -> list[Table]:
    return find_tables(replace(content, words=[w for row in rows for w in row]), ("text",), tol)


ROW_SLACK = 2.0  # points a row's words may stand above or below the row's other cells


def _row_tops(rows: Rows) -> list[float]:
    return [min(w.top for w in row) for row in rows]


def _spans_the_gutter(content: PageContent, table: Table, run: Rows, cut: float, tol: TableTolerances) -> Table:
    """``table``, found in one side of a run of text columns, or the table its rows make across the
    gutter: the run's text columns end above a grid set under them (a signature grid three to a
    row under three-column prose, the first column's names and titles on the lines of the
    others'), so the other side holds a cell on every line of the table and nothing between."""
    _, top, _, bottom = table.prov.bbox
    span = [row for row in run if top - ROW_SLACK <= min(w.top for w in row) and max(w.bottom for w in row) <= bottom + ROW_SLACK]
    tops = sorted({round(c.prov.bbox[1]) for r in table.rows for c in r if c.text and c.prov.bbox})
    if not span or len(_row_tops(span)) != len(tops) \
            or any(abs(a - b) > ROW_SLACK for a, b in zip(sorted(_row_tops(span)), tops)):
        return table
    left = (table.prov.bbox[0] + table.prov.bbox[2]) / 2 < cut
    other = [[w for w in row if ((w.x0 + w.x1) / 2 >= cut) == left] for row in span]
    if not all(other) or _is_prose(other):
        return table  # a line with nothing across the gutter, or running text there: the table is the side's
    wider = [t for t in _find(content, span, tol) if len(t.rows[0]) > len(table.rows[0]) and len(t.rows) == len(table.rows)]
    return wider[0] if len(wider) == 1 else table


def keep_widest(tables: list[Table], table: Table) -> None:
    """Adds ``table`` to ``tables`` unless one of them holds it, dropping those it holds: one
    side's half of a table stays beside the table the other side grew to across the gutter (an
    owners' table whose representatives fill the second column), and both would read its
    words twice."""
    if any(box_inside(table.prov.bbox, other.prov.bbox) for other in tables):
        return
    tables[:] = [other for other in tables if not box_inside(other.prov.bbox, table.prov.bbox)]
    tables.append(table)


def _beside_text(content: PageContent, rows: Rows, size: float, tol: TableTolerances,
                 grids: list[tuple[float, float]], notes: list[tuple[float, float, float]]
                 ) -> tuple[list[Table], list[tuple[float, float, float]]]:
    """The tables in each side of the column runs beside running text, and those runs as
    (top, bottom, gutter x); the runs of three or more text columns are added to ``grids`` as
    (top, bottom), the other runs of two text columns to ``notes`` (``_beside_sentences``)."""
    tables: list[Table] = []
    runs = []
    while (split := find_column_split(rows, size)) is not None:
        start, end, cut = split
        sides = _sides(rows[start:end + 1], cut)
        run = rows[start:end + 1]
        parts = [(side, cut) for side in sides]
        grid = column_grid_cuts(run, size)
        head = head_above_band(run, 0, len(run) - 1, size) if grid else None
        text = run if head is None else run[:head + 1]
        if grid and not all(_is_prose(_unbolded(column), NARROW_ROW_WORDS) for column in _columns(text, grid)):
            grid = []  # a table of three short columns ("Role: | Name | Elected by"), not text
        if grid:  # three or more columns of text: each searched on its own, two side by side are no table
            grids.append((min(i.top for i in text[0]), max(i.bottom for i in text[-1])))
            parts = list(zip(_columns(text, grid), [grid[0], *grid]))
            if head is not None:  # what stands under the band (a signature grid) as before
                parts += [(side, cut) for side in _sides(run[head + 1:], cut)]
        if any(map(_is_prose, sides)) or grid or any(map(_is_running, sides)) and _ruled_gutter(content, run, cut):
            for table in (_spans_the_gutter(content, t, run, side_cut, tol)
                          for side, side_cut in parts if side
                          for t in _find(content, side, tol)):
                keep_widest(tables, table)
            runs.append((min(i.top for i in rows[start]), max(i.bottom for i in rows[end]), cut))
        else:
            for table in _beside_sentences(content, run, cut, tol):
                keep_widest(tables, table)
            notes.append((min(i.top for i in rows[start]), max(i.bottom for i in rows[end]), cut))
        rows = rows[end + 1:]
    return tables, runs


def _beside_sentences(content: PageContent, run: Rows, cut: float, tol: TableTolerances) -> list[Table]:
    """The tables of a run of two text columns neither of which is running text throughout
    (notes: short headings, a few lines each, a note's table), each found in its own side where
    the other side's lines beside it are sentences (``_sentences``). Across the page the table
    would take those lines in as its first column; a table the gutter cuts in two (labels beside
    figures, two statements side by side) has no sentences beside either half."""
    tables: list[Table] = []
    for side, other in (_sides(run, cut), _sides(run, cut)[::-1]):
        for table in _find(content, side, tol):
            _, top, _, bottom = table.prov.bbox
            beside = [row for row in other if top - ROW_SLACK <= min(w.top for w in row)
                      and max(w.bottom for w in row) <= bottom + ROW_SLACK]
            if _sentences(beside, tol):
                tables.append(table)
    return tables


def _sentences(rows: Rows, tol: TableTolerances) -> bool:
    """Lines of running text: no figures (a note's number is none), mostly lowercase words, a word
    ending a sentence ("drives etter selvkostprinsippet.", ``prose.ends_a_sentence``).
    A statement's labels start in capitals and end none (an abbreviation's stop is short: "inkl."),
    nor do a club's offices ("SoMe, dugnad og utstyrsansvarlig")."""
    words = [w.text for row in rows for w in row]
    return mostly_lowercase(words, tol.min_prose_lowercase) and ends_a_sentence(words) \
        and not any(sum(c.isdigit() for c in t) >= 3 and parse_amount(t) is not None for t in words)


RULED_SHARE = 0.8  # a rule down the gutter beside this share of the run's rows divides two columns


def _ruled_gutter(content: PageContent, run: Rows, cut: float) -> bool:
    """A rule drawn down the gutter the length of the run (a designer's column rule, Word's line
    between columns): a lead column of short lines in large type beside a sidebar of labels and
    names is two columns, not one table across the rule (with running text on one side: a table
    of roles and names ruled between its columns stays a table)."""
    left, right = _sides(run, cut)
    if not left or not right:
        return False
    x_lo, x_hi = max(w.x1 for row in left for w in row), min(w.x0 for row in right for w in row)
    middles = [(min(w.top for w in row) + max(w.bottom for w in row)) / 2 for row in run]
    return any(not seg.horizontal and x_lo < seg.x0 < x_hi
               and sum(seg.top <= m <= seg.bottom for m in middles) >= RULED_SHARE * len(middles)
               for seg in content.segments)


def _across_columns(table: Table, runs: list[tuple[float, float, float]]) -> bool:
    """A table found across the page that stands inside a run of text columns, over their
    gutter: lines of two or three columns side by side (a newsletter's), not a table."""
    x0, top, x1, bottom = table.prov.bbox
    return any(run_top < top and bottom < run_bottom and x0 < cut < x1 for run_top, run_bottom, cut in runs)


def _sentences_across(table: Table, notes: list[tuple[float, float, float]], words: list[Word],
                      tol: TableTolerances) -> bool:
    """A table found across the page over the gutter of a run of two text columns (``notes``)
    whose lines on one side of it are sentences: the two columns' lines side by side."""
    x0, top, x1, bottom = table.prov.bbox
    for run_top, run_bottom, cut in notes:
        if run_top - ROW_SLACK <= top and bottom <= run_bottom + ROW_SLACK and x0 < cut < x1:
            rows = _sides(items_to_rows([w for w in words if word_centre_in(w, table.prov.bbox, 1.0)]), cut)
            if any(_sentences(side, tol) for side in rows):
                return True
    return False


def _statements(content: PageContent, rows: Rows, tol: TableTolerances) -> list[Table]:
    """The side's tables when it holds some and each is a statement, else none."""
    found = _find(content, rows, tol)
    return found if all(_is_statement(t) for t in found) else []


def _has_figures(table: Table) -> bool:
    """Figures beside the labels in ``MIN_BODY_ROWS`` rows or more: a statement's, not a grid of
    names and titles (a signature page's, which a gutter would cut in two)."""
    body = table.rows[table.header_rows:]
    return sum(any(parse_amount(c.text) is not None for c in row[1:]) for row in body) >= MIN_BODY_ROWS


def _figureless(rows: Rows) -> bool:
    """Lines without figures (one dated line aside): names and titles signing beside a
    statement, which the table finder would take in as one more column."""
    return bool(rows) and sum(any(parse_amount(w.text) is not None for w in row) for row in rows) <= 1


def _side_by_side(content: PageContent, rows: Rows, size: float, tol: TableTolerances) -> list[Table]:
    tables: list[Table] = []
    for start, end, cuts in find_gutter_runs(rows, size):
        for cut in cuts:
            left, right = _sides(rows[start:end + 1], cut)
            # the right side is searched only when the left holds statements (most gutters
            # run through prose or a list: then one search, not two)
            found = _statements(content, left, tol)
            if found and all(map(_has_figures, found)) and _figureless(right):  # its signatures beside it
                tables += found
                break
            if found and (more := _statements(content, right, tol)) and not _cut_in_two(found, more):
                tables += found + more
                break
    return tables


def _column_edges(table: Table) -> list[tuple[float, float]]:
    """Each column's left and right edge, over its filled cells."""
    columns = [[c.prov.bbox for c in column if c.text and c.prov.bbox] for column in zip(*table.rows)]
    return [(min(b[0] for b in boxes), max(b[2] for b in boxes)) for boxes in columns if boxes]


def _cut_in_two(left: list[Table], right: list[Table]) -> bool:
    """The two sides of a gutter hold a table cut between its columns ("Rolle | Navn" beside
    "Valgt for | Status": roles and names beside terms and re-elections; owners and shares beside
    their representatives), not two statements side by side nor one list set in two columns: a
    table on each side, not both with figures, the right one not repeating the left's shape
    (``_repeats``), their rows on the same lines one for one, and the gutter no wider than a gap
    between two columns inside either. The page is then read across, the table whole."""
    return any(_halves(a, b) for a in left for b in right)


def _halves(left: Table, right: Table) -> bool:
    if _has_figures(left) and _has_figures(right) or _repeats(left, right):
        return False
    tops = [[min(c.prov.bbox[1] for c in row if c.prov.bbox) for row in t.rows] for t in (left, right)]
    if len(tops[0]) != len(tops[1]) or any(abs(a - b) > ROW_SLACK for a, b in zip(*tops)):
        return False
    edges = [_column_edges(left), _column_edges(right)]
    inside = [b[0] - a[1] for cols in edges for a, b in zip(cols, cols[1:])]
    return bool(inside) and edges[1][0][0] - edges[0][-1][1] <= max(inside)


def _first_column_shape(table: Table) -> tuple[int, float, bool]:
    """Columns, words in a body cell of the first column (median), whether most hold a digit."""
    cells = [row[0].text for row in table.rows[table.header_rows:] if row and row[0].text]
    if not cells:
        return len(table.rows[0]), 0.0, False
    return (len(table.rows[0]), median(len(c.split()) for c in cells),
            sum(any(ch.isdigit() for ch in c) for c in cells) * 2 > len(cells))


def _repeats(left: Table, right: Table) -> bool:
    """The right table repeats the left's shape: as many columns, the first of one kind (roles of one
    word beside roles of one word: a list of roles and names set in two columns, or two organs)."""
    return _first_column_shape(left) == _first_column_shape(right)


def _without(content: PageContent, tables: list[Table]) -> PageContent:
    boxes = [t.prov.bbox for t in tables]
    return replace(content, words=[w for w in content.words if not any(word_centre_in(w, b, 1.0) for b in boxes)])


def _outside(content: PageContent, bands: list[tuple[float, float]]) -> PageContent:
    """The words outside the bands: three or more columns of running text are searched for
    tables in each side only; across the page their lines are no table's rows (a signature
    grid set right under them would take the last lines in)."""
    if not bands:
        return content
    return replace(content, words=[w for w in content.words
                                   if not any(top - ROW_SLACK <= w.top and w.bottom <= bottom + ROW_SLACK
                                              for top, bottom in bands)])


def column_tables(content: PageContent, tol: TableTolerances) -> list[Table]:
    """The page's whitespace-aligned tables, top to bottom: those in a column first (see the
    module's docstring), then those across the page in the words left over."""
    size = dominant_size(content.words)
    rows = items_to_rows(content.words)
    grids: list[tuple[float, float]] = []
    notes: list[tuple[float, float, float]] = []
    tables, runs = _beside_text(content, rows, size, tol, grids, notes)
    if tables:  # the rows left beside them; with none, every row is left
        content = _without(content, tables)
        rows = items_to_rows(content.words)
    found = _side_by_side(content, rows, size, tol)
    across = find_tables(_outside(_without(content, found) if found else content, grids), ("text",), tol)
    tables += found + [t for t in across
                       if not _across_columns(t, runs) and not _sentences_across(t, notes, content.words, tol)]
    return sorted(tables, key=lambda t: (t.prov.bbox[1], t.prov.bbox[0]))
