"""Two designer's hairline tables of one width stacked one over the other (docs/phrasings.md §112):
each ruled by its cells' own bottom borders, the lower one under its own small bold heading. Names
and places are invented."""
from __future__ import annotations

from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables
from extractor.tables.grids import Grid, Rule
from extractor.tables.stacks import split_at_borders
from extractor.tables.titles import kicker_cuts

from test_tables_support import hline, word, words_in_line

UPPER = (40.0, 200.0, 300.0, 420.0)  # the council's cells' borders
LOWER = (40.0, 160.0, 250.0, 420.0)  # the board's: the same width, other columns


def _rows(rows, top: float, cuts, size: float = 8.0):
    """Words of ``rows`` set at the left of each cell, and each cell's bottom border; the ys of the rules."""
    words, segments, ys = [], [], []
    for row in rows:
        for text, x in zip(row, cuts):
            words += words_in_line(text, x + 1, top, size=size)
        ys.append(top + size + 4)
        segments += [hline(a, b, ys[-1]) for a, b in zip(cuts, cuts[1:])]
        top = ys[-1] + 4
    return words, segments, ys


COUNCIL = (("Medlem", "Kommune", "Vara"), ("Håvard Teigland", "Kvamsøy", "Liv Nordbø"),
           ("Reidun Eikås", "Nesvik", "Tor Ivar Hjelle"), ("Olav Mykletun", "Brekkestad", "Synnøve Lid"))
BOARD = (("Namn", "Verv", "Valt av"), ("Marta Vikøren", "Styreleiar", "Representantskapet"),
         ("Jon Egil Tufteland", "Nestleiar", "Representantskapet"), ("Bjørn Steinsvik", "Styremedlem", "Dei tilsette"))


def _stacked(lower_cuts, heading: bool):
    words, segments, ys = _rows(COUNCIL, 100, UPPER)
    top = ys[-1] + 10
    if heading:
        words.append(word("STYRET", 41, top, size=8, bold=True))
        top += 14
    more, rules, _ = _rows(BOARD, top, lower_cuts)
    return PageContent(1, 595, 842, words + more, segments + rules)


def _ruled_rows(page):
    return [t.text_rows() for t in find_tables(page) if t.strategy == "ruled"]


def test_tables_h37_fixL1_stacked_tables_with_other_borders_are_two():
    assert _ruled_rows(_stacked(LOWER, heading=False)) == [[list(r) for r in COUNCIL], [list(r) for r in BOARD]]


def test_tables_h37_fixL1_stacked_tables_of_the_same_columns_part_at_the_heading():
    tables = _ruled_rows(_stacked(UPPER, heading=True))
    assert tables == [[list(r) for r in COUNCIL], [list(r) for r in BOARD]]


def test_tables_h37_fixL1_stack_parts_where_the_borders_move():
    def rule(y, cuts):
        return Rule(y, cuts[0], cuts[-1], True, tuple(cuts[1:-1]))

    def rows(ys):  # a line of words in each band
        return [w for y0, y1 in zip(ys, ys[1:]) for w in words_in_line("Kari Dahl Leder", 41, y0 + 2, size=6)]
    upper, lower = (10.0, 20.0, 30.0), (50.0, 70.0, 90.0)
    rules = [rule(y, UPPER) for y in upper] + [rule(y, LOWER) for y in lower]
    grid = Grid([40.0, 420.0], [*upper, *lower], rules)
    parts = split_at_borders(grid, rows(upper) + rows(lower), 2.0)
    assert [g.ys for g in parts] == [list(upper), list(lower)]
    assert parts[0].reach[1] == 30 and parts[1].reach[0] == 30  # no line past a ruled last row, none across the other
    # a part holding several lines between two rules (a statement ruled under its sums) keeps the grid whole
    two_lines = rows(upper) + rows(lower) + words_in_line("Sum 400", 41, 61, size=6)
    assert split_at_borders(grid, two_lines, 2.0) == [grid]
    # a header cell spanning the columns has fewer joints, all of them the rows': one table
    spanning = Rule(10, 40.0, 420.0, True, (200.0,))
    whole = Grid([40.0, 420.0], [10.0, 20.0, 30.0, 40.0, 50.0, 60.0],
                 [spanning, *(rule(y, UPPER) for y in (20.0, 30.0, 40.0, 50.0, 60.0))])
    assert split_at_borders(whole, rows(whole.ys), 2.0) == [whole]


def test_tables_h37_fixL1_bold_group_title_over_figures_cuts_nothing():
    """A statement ruled row by row whose bold group title shares a band with its first row of figures."""
    ys = [100.0, 120.0, 150.0, 170.0]
    words = words_in_line("Sum driftsinntekter 1 200", 41, 105)
    words += [word("Driftskostnader", 41, 124, bold=True)] + words_in_line("Lønn 800", 41, 137)
    words += words_in_line("Driftsresultat 400", 41, 155)
    assert kicker_cuts(ys, words) == []
    # a group title wrapped onto a second line of words, in one cell
    wrapped = words_in_line("Finansinntekter og", 41, 124) + words_in_line("finanskostnader", 41, 137)
    for w in wrapped:
        w.bold = True
    assert kicker_cuts(ys, words[:4] + wrapped + words[-2:]) == []
    # the same band over a header of words in cells is a table's own heading
    header = [word("Driftskostnader", 41, 124, bold=True), word("Post", 41, 137), word("Beløp", 200, 137)]
    assert kicker_cuts(ys, words[:4] + header + words[-2:]) == [(120.0, (134.0 + 137.0) / 2)]


def test_tables_h37_fixL1_header_wrapped_onto_two_lines_is_no_heading():
    """A ruled table's header whose longest head wraps ("Personleg" / "varamedlem") has cells on
    its first line too: that line is the header's, not a heading over it."""
    ys = [100.0, 130.0, 150.0, 170.0]
    first = [word("Namn", 41, 104, bold=True), word("Verv", 150, 104, bold=True),
             word("Personleg", 260, 104, bold=True), word("Vald", 380, 104, bold=True)]
    second = [word("varamedlem", 260, 117, bold=True), word("av", 380, 117, bold=True)]
    rows = words_in_line("Kari Dahl", 41, 155) + words_in_line("Leiar", 150, 155)
    rows += words_in_line("Per Lie", 41, 135) + words_in_line("Medlem", 150, 135)
    assert kicker_cuts(ys, first + second + rows) == []
