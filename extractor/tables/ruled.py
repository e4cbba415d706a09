"""Tables drawn with lines: the grids of ``grids`` filled with words, as cells.

Partial rulings are common in LibreOffice exports, so:

- a grid with no inner vertical rules (only horizontal rules, or a box) takes its columns
  from the alignment of the words inside it;
- such a grid also takes in the lines just above and below it that share its columns (a
  statement ruled only under its sums), and a band between two rules holding several lines
  of a statement is cut into one row per line (``partial_rules``) — only when the grid
  lacks inner horizontal rules or vertical rules, since a fully ruled row with multi-line
  cells must stay one row.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable

from extractor.document import BBox, Cell, Provenance, Table
from extractor.ingest.primitives import PageContent, Word, word_centre_in
from extractor.tables.base import (
    LAYOUT,
    LAYOUT_PARAGRAPHS,
    MAX_LAYOUT_COLUMNS,
    TableStrategy,
    TableTolerances,
    bbox_overlap_area,
    box_inside,
    rounded_bbox,
    table_confidence,
    tolerances_for,
    word_inside,
)
from extractor.tables.cells import rows_to_header_count, words_to_cell, words_to_lines
from extractor.tables.chunks import words_to_text_lines
from extractor.tables.grids import Grid, Region, Rule, bands, grid_to_regions, rules_to_grids, segments_to_rules
from extractor.tables.partial_rules import band_cuts, head_cuts, label_cut, lines_to_grow, mend_cuts
from extractor.tables.ruled_boxes import LAYOUT_ROW_PT, LAYOUT_SHARED_ROWS, text_box
from extractor.tables.stacks import line_per_row, split_stack
from extractor.tables.text_aligned import looks_like_prose
from extractor.tables.text_columns import words_to_columns

PROSE_WORDS = 6  # words of a line that runs across inferred columns as a sentence
MAX_PROSE_BANDS = 1  # row bands such a line may stand in (a note under a table) before the grid is no table


def _bordered_columns(grid: Grid, words: list[Word], tol: TableTolerances) -> Grid | None:
    """Columns drawn by the cells' own bottom borders (a web page's or a designer's table: each
    cell ruled under itself, no verticals): every horizontal rule across the grid is pieces meeting
    at the same places, and those places cut no word."""
    across = [r for r in grid.rules if r.horizontal and r.start <= grid.xs[0] + tol.snap and r.end >= grid.xs[-1] - tol.snap]
    if len(across) < 3 or not across[0].joints:
        return None
    cuts = sorted(across[0].joints)
    if any(len(r.joints) != len(cuts) or any(abs(a - b) > tol.snap for a, b in zip(sorted(r.joints), cuts))
           for r in across[1:]):
        return None
    if any(w.x0 + tol.snap < x < w.x1 - tol.snap for w in words for x in cuts):
        return None
    virtual = [Rule(x, grid.ys[0], grid.ys[-1], False) for x in cuts]
    return Grid([grid.xs[0], *cuts, grid.xs[-1]], grid.ys, grid.rules + virtual, False, grid.inferred_rows, grid.reach)


def _bordered_header(grid: Grid, page: PageContent, tol: TableTolerances) -> Grid:
    """The header line right above a bordered grid's first rule, set with the cells' small gaps
    ("Eier Eierandel Representant"): taken in when no word of it crosses a column's border and it
    puts words in two columns or more."""
    top = grid.ys[0]
    near = [w for w in page.words if grid.xs[0] - tol.snap <= w.x0 and w.x1 <= grid.xs[-1] + tol.snap
            and w.bottom <= top + tol.snap and top - w.bottom <= tol.max_row_gap_em * w.size]
    lines = words_to_lines(near)
    if not lines:
        return grid
    line = max(lines, key=lambda ln: max(w.bottom for w in ln))
    cuts = grid.xs[1:-1]
    if any(w.x0 + tol.snap < x < w.x1 - tol.snap for w in line for x in cuts) \
            or len({bisect_right(grid.xs, (w.x0 + w.x1) / 2) for w in line}) < 2:
        return grid
    head = min(w.top for w in line) - 1.0
    rules = [r if r.horizontal else Rule(r.pos, min(r.start, head), r.end, False) for r in grid.rules]
    return Grid(grid.xs, [head, *grid.ys], rules, grid.inferred_columns, grid.inferred_rows, grid.reach)


def _infer_columns(grid: Grid, words: list[Word], tol: TableTolerances) -> Grid | None:
    """A grid without inner verticals takes its columns from word alignment."""
    lines = words_to_text_lines(words, tol)
    columns = words_to_columns(lines)
    if len(columns) < 2 or sum(len(line.chunks) > 1 for line in lines) < 2:
        return None
    # every row band but a title must show columns; rules around prose do not make a table
    tabular = [any(len(line.chunks) > 1 for line in band) for band in bands(grid.ys, lines) if band]
    if sum(not t for t in tabular[1:]) > len(tabular) // 4:
        return None
    if looks_like_prose([[w.text for w in c] for line in lines if len(line.chunks) > 1 for c in line.chunks], tol):
        return None
    cuts = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:])]
    # a sentence running across the columns in several row bands: rules under a web page's headings
    # over its text and a grid of cards, not a table
    across = {bisect_right(grid.ys, (line.top + line.bottom) / 2) for line in lines if len(line.chunks) == 1
              and len(line.words) >= PROSE_WORDS and any(line.words[0].x0 < x < line.words[-1].x1 for x in cuts)}
    if len(across) > MAX_PROSE_BANDS:
        return None
    top, bottom = grid.ys[0], grid.ys[-1]
    virtual = [Rule(x, top, bottom, False) for x in cuts]
    return Grid([grid.xs[0], *cuts, grid.xs[-1]], grid.ys, grid.rules + virtual, True, grid.inferred_rows, grid.reach)


def _split_bands(grid: Grid, words: list[Word], tol: TableTolerances,
                 cuts: Callable[..., list[float]] = band_cuts) -> Grid:
    """Cut row bands holding several lines of a statement into one row per line (``band_cuts``;
    ``head_cuts`` for drawn cells)."""
    ys = [grid.ys[0]]
    virtual: list[Rule] = []
    for y1, band in zip(grid.ys[1:], bands(grid.ys, words)):
        for cut in cuts(words_to_lines(band), grid.xs, tol):
            ys.append(cut)
            virtual.append(Rule(cut, grid.xs[0], grid.xs[-1], True))
        ys.append(y1)
    if not virtual:
        return grid
    return Grid(grid.xs, ys, grid.rules + virtual, grid.inferred_columns, True, grid.reach)


def _owner_map(regions: list[Region]) -> dict[tuple[int, int], Region]:
    owner = {}
    for region in regions:
        r0, c0, r1, c1 = region
        for r in range(r0, r1):
            for c in range(c0, c1):
                owner.setdefault((r, c), region)
    return owner


def _grow(grid: Grid, page: PageContent, words: list[Word], tol: TableTolerances) -> Grid:
    """``grid`` (columns inferred from its words) taken over the lines that continue it."""
    low, high = grid.reach
    near = [w for w in page.words if low <= (w.top + w.bottom) / 2 <= high]
    up, down = lines_to_grow(grid.xs, grid.ys, near, words, tol)
    if not up and not down:
        return grid
    grown = [w for line in up + down for w in line]
    xs = [min(grid.xs[0], *(w.x0 for w in grown)), *grid.xs[1:-1], max(grid.xs[-1], *(w.x1 for w in grown))]
    xs = mend_cuts(xs, words, [w for line in up for w in line])
    xs[1] = label_cut(xs, words, up + down, tol.column_gap_em)
    # the first and last rules stay row boundaries: the rule under a header of years grown in
    # above keeps it apart from the first row (a group head with no rule of its own)
    top = [min(w.top for w in up[-1]) - 1.0] if up else []
    bottom = [max(w.bottom for w in down[-1]) + 1.0] if down else []
    ys = [*top, *grid.ys, *bottom]
    rules = [r for r in grid.rules if r.horizontal] + [Rule(x, ys[0], ys[-1], False) for x in xs[1:-1]]
    return Grid(xs, ys, rules, grid.inferred_columns, grid.inferred_rows, grid.reach)


def _complete_grid(grid: Grid, words: list[Word], page: PageContent, tol: TableTolerances) -> Grid | None:
    """Columns from word alignment where verticals are missing (and then the lines above and
    below that continue the grid: ``_grow``), rows from text lines where horizontals
    are; None for a page frame or rules around prose."""
    inner_verticals = any(not r.horizontal and r.pos not in (grid.xs[0], grid.xs[-1]) for r in grid.rules)
    if len(grid.xs) == 2 or not inner_verticals:
        x0, top, x1, bottom = grid.bbox
        if (x1 - x0) * (bottom - top) > 0.5 * page.width * page.height:  # a page frame
            return None
        inferred = _infer_columns(grid, words, tol)
        bordered = _bordered_columns(grid, words, tol)
        if bordered is not None and (inferred is None or len(bordered.xs) > len(inferred.xs)
                                     or _ruled_row_by_row(grid, inferred, page, words, tol)):
            # the cells' borders draw columns the words' alignment runs together ("Ringerike 44 %");
            # drawn, a cell of two lines is one row, but a group head with no border of its own is
            # one over the row under it; every row ruled under its one line, the borders are the
            # columns (a header set apart from them, "Verv" centred over its column, stays in it).
            # A statement ruled under its sums in a word processor's per-cell borders keeps the
            # alignment's columns and rows.
            return _bordered_header(_split_bands(bordered, words, tol, head_cuts), page, tol)
        if inferred is None:
            return None
        grid = _grow(inferred, page, words, tol)
    if len(grid.ys) == 2 or grid.inferred_columns:
        grid = _split_bands(grid, [w for w in page.words if word_centre_in(w, grid.bbox)], tol)
    return grid


def _ruled_row_by_row(grid: Grid, inferred: Grid, page: PageContent, words: list[Word], tol: TableTolerances) -> bool:
    """Every band between the grid's rules holds one line, and no more than a header line continues
    it above (nothing below): each row ruled under it. A statement ruled under its sums alone, one sum
    a band, goes on above its first rule."""
    if not line_per_row(grid.ys, words):
        return False
    low, high = inferred.reach
    up, down = lines_to_grow(inferred.xs, inferred.ys, [w for w in page.words if low <= (w.top + w.bottom) / 2 <= high],
                             words, tol)
    return len(up) <= 1 and not down


def words_to_regions(grid: Grid, regions: list[Region], words: list[Word], tol: TableTolerances):
    """Each word goes to the region holding its centre; also returns the accuracy, the share
    of characters in words lying wholly inside their region."""
    owner = _owner_map(regions)
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    region_words: dict[Region, list[Word]] = {r: [] for r in regions}
    clean = total = 0
    for word in words:
        row = min(max(bisect_right(grid.ys, (word.top + word.bottom) / 2) - 1, 0), n_rows - 1)
        col = min(max(bisect_right(grid.xs, (word.x0 + word.x1) / 2) - 1, 0), n_cols - 1)
        region = owner[(row, col)]
        region_words[region].append(word)
        r0, c0, r1, c1 = region
        total += len(word.text)
        clean += len(word.text) * word_inside(word, (grid.xs[c0], grid.ys[r0], grid.xs[c1], grid.ys[r1]), tol.snap + 1)
    return owner, region_words, (clean / total if total else 0.0)


def regions_to_rows(grid: Grid, owner: dict, region_words: dict, words: list[Word], page: int):
    """Cells row by row (rows that are empty throughout are dropped), and which rows are bold."""
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    # the text's distance from the left rule, assumed the same on the right, bounds the line
    left_pad = [
        min([w.x0 - grid.xs[c] for w in words if grid.xs[c] <= w.x0 < grid.xs[c + 1]] or [0.0]) for c in range(n_cols)
    ]
    keep = [
        r
        for r in range(n_rows)
        if not all(owner[(r, c)][0] == r and owner[(r, c)][2] == r + 1 and not region_words[owner[(r, c)]] for c in range(n_cols))
    ]
    # a region's text stands in the first cell it owns: its top left one, unless a region drawn over
    # it took that (a drawing's shapes overlap: the caption under a picture would be lost)
    anchors: dict[Region, tuple[int, int]] = {}
    for cell in sorted(owner):
        anchors.setdefault(owner[cell], cell)
    rows, bold_rows = [], []
    for r in keep:
        row = []
        for c in range(n_cols):
            region = owner[(r, c)]
            r0, c0, r1, c1 = region
            bbox = (grid.xs[c0], grid.ys[r0], grid.xs[c1], grid.ys[r1])
            if anchors[region] != (r, c):
                row.append(Cell("", Provenance(page=page, bbox=rounded_bbox(bbox)), merged=True))
                continue
            edge = grid.xs[c1] - min(max(left_pad[c0], 0.0), 12.0)
            cell = words_to_cell(region_words[region], page, bbox, right_edge=edge)
            cell.row_span = sum(1 for k in keep if r <= k < r1) or 1
            cell.col_span = c1 - c
            row.append(cell)
        rows.append(row)
        row_words = [w for c in range(n_cols) for w in region_words[owner[(r, c)]] if owner[(r, c)][0] == r]
        bold_rows.append(bool(row_words) and all(w.bold for w in row_words))
    return rows, bold_rows


def grid_to_table(grid: Grid, page: PageContent, tol: TableTolerances) -> Table | None:
    """Assign words to the grid's regions by their centre and build the Table."""
    words = [w for w in page.words if word_centre_in(w, grid.bbox)]
    layout = _layout_table(grid, words, page.number, tol) if words else None
    if layout is not None:
        return layout
    completed = _complete_grid(grid, words, page, tol) if words else None
    table = _filled_table(completed, page, tol) if completed is not None else None
    return table or (text_box(grid, words, page, tol) if words else None)


def _filled_table(grid: Grid, page: PageContent, tol: TableTolerances) -> Table | None:
    words = [w for w in page.words if word_centre_in(w, grid.bbox)]
    owner, region_words, accuracy = words_to_regions(grid, grid_to_regions(grid, tol), words, tol)
    filled_per_row: dict[int, int] = {}
    for (r0, _, _, _), ws in region_words.items():
        filled_per_row[r0] = filled_per_row.get(r0, 0) + bool(ws)
    if max(filled_per_row.values()) < 2:  # boxes, frames and crop marks, not tables
        return None
    rows, bold_rows = regions_to_rows(grid, owner, region_words, words, page.number)
    owners = [c for row in rows for c in row if not c.merged]
    whitespace = sum(not c.text for c in owners) / len(owners)
    header_rows = rows_to_header_count(rows, bold_rows)
    return Table(
        rows=rows,
        prov=Provenance(page=page.number, bbox=rounded_bbox(grid.bbox)),
        strategy="ruled",
        confidence=table_confidence(accuracy, whitespace, "ruled", len(rows) - header_rows, len(grid.xs) - 1),
        header_rows=header_rows,
        pages=[page.number],
    )


def _layout_table(grid: Grid, words: list[Word], page: int, tol: TableTolerances) -> Table | None:
    """A grid whose words stand in one row of two or three cells as drawn (rows left empty
    aside), one cell holding ``LAYOUT_PARAGRAPHS`` lines or more that mostly share no row with
    the other cells' lines: a Word page laid out in a ruled table (a title and its text beside a
    boxed list), not data, whose rows would line up. Returned with the ``LAYOUT`` strategy, one
    cell per drawn cell, for the reader to take its words as text (``ingest.sidebars.layout_cells``)."""
    _, region_words, _ = words_to_regions(grid, grid_to_regions(grid, tol), words, tol)
    filled = {region: ws for region, ws in region_words.items() if ws}
    if len({r0 for r0, _, _, _ in filled}) != 1 or not 2 <= len(filled) <= MAX_LAYOUT_COLUMNS:
        return None
    tops = {region: [min(w.top for w in line) for line in words_to_lines(ws)] for region, ws in filled.items()}
    most = max(tops, key=lambda region: len(tops[region]))
    others = [t for region, ts in tops.items() if region != most for t in ts]
    shared = sum(any(abs(t - o) <= LAYOUT_ROW_PT for o in others) for t in tops[most])
    if len(tops[most]) < LAYOUT_PARAGRAPHS or shared > LAYOUT_SHARED_ROWS * len(tops[most]):
        return None
    cells = [words_to_cell(ws, page, (grid.xs[c0], grid.ys[r0], grid.xs[c1], grid.ys[r1]))
             for (r0, c0, r1, c1), ws in sorted(filled.items(), key=lambda item: item[0][1])]
    return Table(rows=[cells], prov=Provenance(page=page, bbox=rounded_bbox(grid.bbox)), strategy=LAYOUT,
                 confidence=0.0, pages=[page])


def _inside_page(grid: Grid, page: PageContent) -> bool:
    """Printers' crop marks and page frames run to the sheet edge; tables never do."""
    x0, top, x1, bottom = grid.bbox
    return x0 > 1 and top > 1 and x1 < page.width - 1 and bottom < page.height - 1


class RuledStrategy(TableStrategy):
    name = "ruled"

    def find(self, page: PageContent) -> list[Table]:
        tol = tolerances_for(page, self.base_tolerances)
        rules = segments_to_rules(page.segments, tol)
        if len(rules) > tol.max_rules:  # a drawing or a chart, not a table; and bounded work
            return []
        grids = [part for g in rules_to_grids(rules, tol)
                 if _inside_page(g, page) and (len(g.xs) - 1) * (len(g.ys) - 1) <= tol.max_cells
                 for part in split_stack(g, page.words, tol)]
        tables = (grid_to_table(grid, page, tol) for grid in grids)
        found = _without_repeats(_without_frames([t for t in tables if t is not None]))
        return sorted(found, key=lambda t: (t.prov.bbox[1], t.prov.bbox[0]))


def _inside(inner: BBox, outer: BBox) -> bool:
    return inner != outer and box_inside(inner, outer)


def _without_frames(tables: list[Table]) -> list[Table]:
    """Ruled tables one inside another, as a web page prints them: a box drawn round a layout
    cell that holds prose and a table (its "rows" run the prose and the table's cells together,
    so every figure is read twice) is a frame, left out."""
    return [t for t in tables if not any(_inside(o.prov.bbox, t.prov.bbox) and len(o.rows) > 1 for o in tables)]


def _without_repeats(tables: list[Table]) -> list[Table]:
    """A shaded header band is drawn as a box of its own over the table it heads: the grid of
    that box overlaps the table's and repeats its rows, and is left out (read twice, it would
    stand as a header-only table between a statement and its continuation)."""
    def repeats(t: Table, o: Table) -> bool:
        rows = o.text_rows()
        return (len(o.rows) > len(t.rows) and bbox_overlap_area(t.prov.bbox, o.prov.bbox) > 0
                and all(r in rows for r in t.text_rows()))
    return [t for t in tables if not any(o is not t and repeats(t, o) for o in tables)]
