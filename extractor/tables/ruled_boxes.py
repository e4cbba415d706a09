"""A ruled frame of one column with running text beside it: a designed report's box (key figures,
the board, a floated panel), read as a sidebar (a ``LAYOUT`` table of one cell), not as data and not
as lines running into the text beside it; a box standing in a column of text stays in the column."""
from __future__ import annotations

from extractor.document import Provenance, Table
from extractor.ingest.primitives import PageContent, Word, word_centre_in
from extractor.tables.base import LAYOUT, LAYOUT_PARAGRAPHS, TableTolerances, rounded_bbox
from extractor.tables.cells import words_to_cell, words_to_lines
from extractor.tables.chunks import words_to_text_lines
from extractor.tables.grids import Grid

LAYOUT_ROW_PT = 1.5  # a line whose top is this close to another cell's line shares its row ...
LAYOUT_SHARED_ROWS = 0.5  # ... and a laid-out cell has at most this share of such lines
MIN_BESIDE_LINES = 2  # lines of text beside a framed box that make it a box in the page's layout
BESIDE_EMS = 4.0  # ... running text ending (ragged) or starting this near the box's edge
SHARED_BOX_LINES = 3  # ... and fewer than LAYOUT_PARAGRAPHS lines do when level with the lines beside it
BOX_COLUMN_GAP_EM = 2.5  # text this near above or below a box, within its width, is the column it stands in


def text_box(grid: Grid, words: list[Word], page: PageContent, tol: TableTolerances) -> Table | None:
    """A frame of one column holding ``LAYOUT_PARAGRAPHS`` lines or more, with text beside it on
    the page: a designed report's box (key figures, the board) standing beside its text, not
    data; not a box standing in a column of text (a newsletter's third column), which the column
    reading keeps in its place. Returned as a ``LAYOUT`` table of one cell, read as a sidebar."""
    lines = words_to_lines(words)
    if len(grid.xs) != 2 or len(lines) < min(LAYOUT_PARAGRAPHS, SHARED_BOX_LINES):
        return None
    x0, top, x1, bottom = grid.bbox
    beside = [w for w in page.words if top <= (w.top + w.bottom) / 2 <= bottom and (w.x1 <= x0 or w.x0 >= x1)]
    if len(words_to_lines(beside)) < MIN_BESIDE_LINES or in_text_column(grid, page, tol):
        return None
    if len(lines) < LAYOUT_PARAGRAPHS and not shares_rows(lines, prose_beside(beside, x0, x1)):
        return None
    cell = words_to_cell(words, page.number, grid.bbox)
    return Table(rows=[[cell]], prov=Provenance(page=page.number, bbox=rounded_bbox(grid.bbox)), strategy=LAYOUT,
                 confidence=0.0, pages=[page.number])


def prose_beside(beside: list[Word], x0: float, x1: float) -> list[list[Word]]:
    """The lines of running text right beside a box: each line's words running on from the box's edge
    with gaps under an em, at least as wide as the box (a tile's short caption beside another tile's
    is none)."""
    out = []
    for line in words_to_lines(beside):
        for side in ([w for w in line if w.x1 <= x0][::-1], [w for w in line if w.x0 >= x1]):
            run = side[:1]
            for w in side[1:]:
                if min(abs(w.x0 - run[-1].x1), abs(run[-1].x0 - w.x1)) > w.size:
                    break
                run.append(w)
            near = run and min(abs(run[0].x1 - x0), abs(run[0].x0 - x1)) <= BESIDE_EMS * run[0].size
            if near and max(w.x1 for w in run) - min(w.x0 for w in run) >= x1 - x0:
                out.append(run)
    return out


def shares_rows(box: list, beside: list) -> bool:
    """Most of a box's lines level with the lines beside it: read line by line, a floated panel's
    sentence ("Eiere: A 40 %, B 35 % og C 25 %") would run into the body's lines."""
    tops = [min(w.top for w in line) for line in beside]
    shared = sum(any(abs(min(w.top for w in line) - t) <= LAYOUT_ROW_PT for t in tops) for line in box)
    return shared > LAYOUT_SHARED_ROWS * len(box)


def in_text_column(grid: Grid, page: PageContent, tol: TableTolerances) -> bool:
    """Text right above or below the box set within its width: the box stands in a column."""
    x0, top, x1, bottom = grid.bbox
    near = [w for w in page.words if not word_centre_in(w, grid.bbox)
            and (top - BOX_COLUMN_GAP_EM * w.size <= w.bottom <= top or bottom <= w.top <= bottom + BOX_COLUMN_GAP_EM * w.size)]
    return any(chunk[0].x0 >= x0 - tol.snap and chunk[-1].x1 <= x1 + tol.snap
               for line in words_to_text_lines(near, tol) for chunk in line.chunks)
