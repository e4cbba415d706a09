"""Ruling lines as geometry: segments → rules → grids → merged regions.

Ruling segments are snapped and joined into rules; rules that touch form one grid, whose
column and row boundaries are the distinct rule positions. A grid position whose inner line
is missing is merged with its neighbour: a region spanning rows or columns. ``ruled`` fills
the grids with words.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TypeVar

from extractor.ingest.primitives import Segment
from extractor.tables.base import TableTolerances

Region = tuple[int, int, int, int]  # row0, col0, row1, col1 (end exclusive)


@dataclass(slots=True)
class Rule:
    pos: float  # y for horizontal rules, x for vertical ones
    start: float
    end: float
    horizontal: bool
    joints: tuple[float, ...] = ()  # where collinear pieces met end to end (cells' own borders)


@dataclass(slots=True)
class Grid:
    xs: list[float]
    ys: list[float]
    rules: list[Rule]
    inferred_columns: bool = False
    inferred_rows: bool = False
    reach: tuple[float, float] = (float("-inf"), float("inf"))  # how far it may take in lines (a title cut)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])


def _join_collinear(rules: list[Rule], tol: TableTolerances) -> list[Rule]:
    joined: list[Rule] = []
    clusters: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: r.pos):
        if clusters and rule.pos - clusters[-1][0].pos <= tol.snap:
            clusters[-1].append(rule)
        else:
            clusters.append([rule])
    for cluster in clusters:
        pos = sum(r.pos for r in cluster) / len(cluster)
        current: Rule | None = None
        for rule in sorted(cluster, key=lambda r: r.start):
            if current and rule.start <= current.end + tol.join:
                if rule.start >= current.end - tol.join and current.start < rule.start and rule.end > current.end:
                    current.joints = (*current.joints, (rule.start + current.end) / 2)  # one cell's border, the next's
                current.end = max(current.end, rule.end)
                continue
            current = Rule(pos, rule.start, rule.end, rule.horizontal)
            joined.append(current)
    return [r for r in joined if r.end - r.start >= tol.min_segment]


def segments_to_rules(segments: list[Segment], tol: TableTolerances) -> list[Rule]:
    """Snap segments to horizontal and vertical rules, joining collinear pieces."""
    horizontal = [Rule((s.top + s.bottom) / 2, s.x0, s.x1, True) for s in segments if s.horizontal]
    vertical = [Rule((s.x0 + s.x1) / 2, s.top, s.bottom, False) for s in segments if not s.horizontal]
    return _join_collinear(horizontal, tol) + _join_collinear(vertical, tol)


def _touch(a: Rule, b: Rule, tol: float) -> bool:
    return a.start - tol <= b.pos <= a.end + tol and b.start - tol <= a.pos <= b.end + tol


def _cluster_positions(values: list[float], min_gap: float) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] < min_gap:
            continue
        out.append(value)
    return out


def rules_to_grids(rules: list[Rule], tol: TableTolerances) -> list[Grid]:
    """Group touching rules into grids; runs of aligned horizontal rules with no verticals
    (at least three, so two rows) form grids of their own."""
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # only verticals whose x lies within a horizontal's extent can touch it
    verticals = sorted((r.pos, i) for i, r in enumerate(rules) if not r.horizontal)
    positions = [pos for pos, _ in verticals]
    for i, a in enumerate(rules):
        if not a.horizontal:
            continue
        lo = bisect_left(positions, a.start - tol.intersect)
        hi = bisect_right(positions, a.end + tol.intersect)
        for _, j in verticals[lo:hi]:
            if _touch(a, rules[j], tol.intersect):
                parent[root(i)] = root(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(root(i), []).append(rule)
    grids, lone = [], []
    for group in groups.values():
        horizontal = [r for r in group if r.horizontal]
        vertical = [r for r in group if not r.horizontal]
        if horizontal and vertical:
            xs = [r.pos for r in vertical] + _reach(horizontal, [r.pos for r in vertical], tol)
            ys = [r.pos for r in horizontal] + _reach(vertical, [r.pos for r in horizontal], tol)
            grids.append(Grid(_cluster_positions(xs, tol.min_cell), _cluster_positions(ys, tol.min_cell), group))
        elif horizontal and len(horizontal) == 1:
            lone.append(horizontal[0])
    grids += horizontal_rules_to_grids(lone, tol)
    return [g for g in grids if len(g.ys) >= 2 and len(g.xs) >= 2]


def _reach(across: list[Rule], inner: list[float], tol: TableTolerances) -> list[float]:
    """How far a grid reaches along its rules ``across`` (the horizontals, for its columns):
    past its outermost ``inner`` rule only where two or more of them run on (a first column
    framed by the rows' rules alone). One rule running on frames nothing: a section rule
    crossing a key-figures box beside the text is no table of text and box."""
    lo, hi = min(inner), max(inner)
    before = [r.start for r in across if r.start < lo - tol.min_cell]
    after = [r.end for r in across if r.end > hi + tol.min_cell]
    lo = min(before) if len(before) >= 2 else min([lo, *(r.start for r in across if r.start >= lo - tol.min_cell)])
    hi = max(after) if len(after) >= 2 else max([hi, *(r.end for r in across if r.end <= hi + tol.min_cell)])
    return [lo, hi]


def horizontal_rules_to_grids(rules: list[Rule], tol: TableTolerances) -> list[Grid]:
    """Stacks of three or more horizontal rules with the same extent and no verticals. A rule
    across a stack's width ends it, and so does a plain rule beside it (a signature line); a rule
    drawn cell by cell beside a stack drawn so (the next column's table, its rows interleaved with
    the stack's: assets beside equity and debt) does not."""
    grids: list[Grid] = []
    slack = 3 * tol.join
    stacks: list[list[Rule]] = []

    def flush(stack: list[Rule]) -> None:
        if len(stack) >= 3:
            xs = [min(r.start for r in stack), max(r.end for r in stack)]
            ys = _cluster_positions([r.pos for r in stack], tol.min_cell)
            grids.append(Grid(xs, ys, list(stack)))

    for rule in sorted(rules, key=lambda r: r.pos):
        same = next((s for s in stacks if abs(rule.start - s[0].start) <= slack and abs(rule.end - s[0].end) <= slack), None)
        if same is not None:
            same.append(rule)
            continue
        for stack in [s for s in stacks if rule.start < s[0].end and s[0].start < rule.end
                      or not (rule.joints and s[0].joints)]:
            flush(stack)
            stacks.remove(stack)
        stacks.append([rule])
    for stack in stacks:
        flush(stack)
    return grids


Item = TypeVar("Item")  # anything with a ``top`` and a ``bottom``: a word, a text line


def bands(ys: list[float], items: list[Item]) -> list[list[Item]]:
    """The items (words or text lines) whose middle stands between each two consecutive rules at
    ``ys``: one list per band, top to bottom (an item on a rule counts in both bands)."""
    return [[i for i in items if y0 <= (i.top + i.bottom) / 2 <= y1] for y0, y1 in zip(ys, ys[1:])]


def has_line(grid: Grid, horizontal: bool, pos: float, start: float, end: float, tol: TableTolerances) -> bool:
    """Is there a rule at ``pos`` covering [start, end]? The outer frame always counts."""
    outer = (grid.ys if horizontal else grid.xs)
    if pos in (outer[0], outer[-1]):
        return True
    margin = tol.intersect + 0.25 * (end - start)
    return any(
        r.horizontal == horizontal and abs(r.pos - pos) <= tol.snap and r.start <= start + margin and r.end >= end - margin
        for r in grid.rules
    )


def grid_to_regions(grid: Grid, tol: TableTolerances) -> list[Region]:
    """Merge grid positions not separated by a rule; each region is its bounding rectangle."""
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    parent = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def root(key: tuple[int, int]) -> tuple[int, int]:
        while parent[key] != key:
            key = parent[key]
        return key

    for r in range(n_rows):
        for c in range(n_cols):
            y0, y1, x0, x1 = grid.ys[r], grid.ys[r + 1], grid.xs[c], grid.xs[c + 1]
            if c + 1 < n_cols and not has_line(grid, False, grid.xs[c + 1], y0, y1, tol):
                parent[root((r, c + 1))] = root((r, c))
            if r + 1 < n_rows and not has_line(grid, True, grid.ys[r + 1], x0, x1, tol):
                parent[root((r + 1, c))] = root((r, c))
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key in parent:
        members.setdefault(root(key), []).append(key)
    regions = [
        (min(r for r, _ in m), min(c for _, c in m), max(r for r, _ in m) + 1, max(c for _, c in m) + 1)
        for m in members.values()
    ]
    return sorted(regions)


def segments_to_grids(segments: list[Segment], tol: TableTolerances) -> list[Grid]:
    return rules_to_grids(segments_to_rules(segments, tol), tol)
