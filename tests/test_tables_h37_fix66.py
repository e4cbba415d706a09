"""Hairline tables of designer reports from the sixty-sixth held-out set's kinds (docs/phrasings.md
§114): two tables of one width, one above the other, each ruled only by its cells' own bottom
borders, a heading and a paragraph between them; the board's a "Verv | Navn | Personlig
varamedlem" table. Names are invented."""
from __future__ import annotations

import pytest

from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables
from extractor.tables.grids import Rule, same_cells

from test_tables_support import hline, word, words_in_line

LEFT, RIGHT = 40.0, 500.0


def _bordered(cuts: tuple[float, ...], ys: list[float]):
    edges = (LEFT, *cuts, RIGHT)
    return [hline(a, b, y) for y in ys for a, b in zip(edges, edges[1:])]


def _rows(rows, cuts, top: float, pitch: float = 18.0):
    """A header, then rows, each a rule under it; words at each cell's left edge."""
    words, ys = [], []
    for k, row in enumerate(rows):
        y = top + k * pitch
        for x, text in zip((LEFT, *cuts), row):
            words += words_in_line(text, x + 2, y, size=8)
        ys.append(y + 12)
    return words, ys


@pytest.mark.parametrize("whole", [False, True])
def test_tables_h37_fix66_two_hairline_tables_of_one_width_stay_apart(whole):
    """Each cell's own border (pieces meeting elsewhere in the two tables), or rules drawn whole
    (a word processor's: the columns from the words, the same in both tables): the heading and
    the sentence between the tables part them."""
    council_cuts, board_cuts = ((250.0, 380.0), (250.0, 380.0)) if whole else ((140.0, 360.0), (250.0, 380.0))
    council = (("Kommune", "Medlem", "Varamedlem"), ("Nordby", "Siri Fossen", "Leif Aas"),
               ("Sørby", "Tor Haug", "Eli Dalen"), ("Vestby", "Kari Bråten", "Ole Rud"))
    board = (("Verv", "Navn", "Personlig varamedlem"), ("Styreleder", "Anne Lie", "Per Moe"),
             ("Nestleder", "Jon Vik", "Liv Sand"), ("Styremedlem", "Eva Dahl", "Tor Lund"))
    words, council_ys = _rows(council, council_cuts, 100)
    more, board_ys = _rows(board, board_cuts, 240)
    words += more + [word("Styret", LEFT, 180, size=12, bold=True)]
    words += words_in_line("Styret er valgt av representantskapet for to år om gangen.", LEFT, 205, size=9)
    if whole:
        segments = [hline(LEFT, RIGHT, y) for y in council_ys + board_ys]
    else:
        segments = _bordered(council_cuts, council_ys) + _bordered(board_cuts, board_ys)
    tables = [t.text_rows() for t in find_tables(PageContent(1, 595, 842, words, segments)) if t.strategy == "ruled"]
    assert tables == [[list(r) for r in council], [list(r) for r in board]]


def test_tables_h37_fix66_same_cells_allows_a_spanning_cell():
    """A rule whose cell spans columns meets at fewer places, all of them the others'; a rule
    drawn whole says nothing; pieces meeting elsewhere are another table's."""
    def rule(*joints):
        return Rule(100.0, LEFT, RIGHT, True, joints)

    assert same_cells(rule(140.0, 360.0), rule(360.0), 12.0)
    assert same_cells(rule(140.0, 360.0), rule(), 12.0)
    assert not same_cells(rule(140.0, 360.0), rule(250.0, 380.0), 12.0)
