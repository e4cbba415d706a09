"""Tables stacked in one grid of horizontal rules.

A designer sets two tables of one width one over the other, each cell ruled under itself
("Medlem | Kommune | Vara" over "Namn | Verv | Vald av", a small heading between): their rules
have the same extent, so ``grids`` stacks them into one grid. Where the pieces of the rules meet
(``Rule.joints``: the cells' own borders) moves from one rule to the next, and every row of both
parts is ruled under its one line, the grid is two tables (``split_at_borders``). A statement ruled
only under its sums holds several lines between two rules: it is parted at its title instead
(``titles``), as its own borders may have other joints than the table over it. ``split_stack``
makes both cuts.
"""
from __future__ import annotations

from extractor.ingest.primitives import Word
from extractor.tables.base import TableTolerances
from extractor.tables.cells import words_to_lines
from extractor.tables.grids import Grid, Rule, bands
from extractor.tables.titles import grid_parts, prose_parts

MIN_RULES = 3  # rules of a part that make a grid of its own: two rows


def line_per_row(ys: list[float], words: list[Word]) -> bool:
    """Every band between two of the rules at ``ys`` holds one text line: each row ruled under it."""
    return all(len(words_to_lines(band)) == 1 for band in bands(ys, words))


def _other_borders(rule: Rule, last: Rule, slack: float) -> bool:
    """A rule drawn in pieces meeting where none of the last rule's pieces meet, and the other way
    round; a header cell spanning columns has fewer joints, all of them the rows' ones."""
    if not rule.joints or not last.joints:
        return False

    def within(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
        return all(any(abs(x - y) <= slack for y in b) for x in a)
    return not within(rule.joints, last.joints) and not within(last.joints, rule.joints)


def split_at_borders(grid: Grid, words: list[Word], slack: float) -> list[Grid]:
    """The grid of horizontal rules cut where its cells' borders move, when every part is a grid
    ruled row by row; whole otherwise. A part takes in no line past its last rule (its last row is
    ruled) nor above the part before it (the heading between them is page text)."""
    rules = sorted((r for r in grid.rules if r.horizontal), key=lambda r: r.pos)
    if len(grid.xs) != 2 or len(rules) < 2 * MIN_RULES or any(not r.horizontal for r in grid.rules):
        return [grid]
    parts = [[rules[0]]]
    for rule in rules[1:]:
        if _other_borders(rule, parts[-1][-1], slack):
            parts.append([])
        parts[-1].append(rule)
    inside = [w for w in words if grid.xs[0] <= (w.x0 + w.x1) / 2 <= grid.xs[-1]]
    ys = [[r.pos for r in part] for part in parts]
    if len(parts) == 1 or any(len(p) < MIN_RULES or not line_per_row(y, inside) for p, y in zip(parts, ys)):
        return [grid]
    return [Grid(grid.xs, y, part, grid.inferred_columns, grid.inferred_rows,
                 (parts[k - 1][-1].pos if k else grid.reach[0], part[-1].pos if k + 1 < len(parts) else grid.reach[1]))
            for k, (part, y) in enumerate(zip(parts, ys))]


def split_at_titles(grid: Grid, words: list[Word], tol: TableTolerances) -> list[Grid]:
    """The grid cut into the parts ``titles.grid_parts`` leaves between headings, and a grid of
    horizontal rules alone (only there may a band hold a table's own small heading) into those
    ``titles.prose_parts`` leaves between sentences."""
    rows_only = not any(not r.horizontal for r in grid.rules)
    parts = grid_parts(grid.bbox, words, grid.ys if rows_only else ())
    if rows_only:
        edges = (grid.xs[0], grid.xs[-1])
        parts = [p for y0, y1 in parts
                 for p in prose_parts(edges, [y0, *[y for y in grid.ys if y0 < y < y1], y1], words, tol)]
    if parts == [(grid.ys[0], grid.ys[-1])]:
        return [grid]
    out = []
    for i, (y0, y1) in enumerate(parts):  # a part takes in no lines across a cut (the heading, the other part)
        ys = [y0, *[y for y in grid.ys if y0 < y < y1], y1]
        rules = [r for r in grid.rules if not r.horizontal or y0 <= r.pos <= y1]
        rules += [Rule(y, grid.xs[0], grid.xs[-1], True) for y in (y0, y1) if y not in grid.ys]
        reach = (y0 if i else float("-inf"), y1 if i < len(parts) - 1 else float("inf"))
        out.append(Grid(grid.xs, ys, rules, grid.inferred_columns, grid.inferred_rows, reach))
    return out


def split_stack(grid: Grid, words: list[Word], tol: TableTolerances) -> list[Grid]:
    """The tables stacked in one grid: cut where its cells' borders move (``split_at_borders``),
    then each part around the headings and sentences between tables (``split_at_titles``)."""
    return [part for table in split_at_borders(grid, words, tol.snap) for part in split_at_titles(table, words, tol)]
