"""Hairline tables of designer reports (docs/phrasings.md §110): columns drawn only by each cell's
own bottom border (pieces of every rule meeting at the same places), a cell's text wrapped onto a
second line, the header set with the cells' small gaps; and a justified paragraph right above an
unheaded table whose lines reach the figures' edge. Names and figures are invented."""
from __future__ import annotations

from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables

from test_tables_support import hline, word, words_in_line

CUTS = (40.0, 110.0, 158.0, 230.0)  # the cells' borders: each rule is drawn in three pieces


def _bordered_rules(ys):
    return [hline(a, b, y) for y in ys for a, b in zip(CUTS, CUTS[1:])]


def test_tables_h36_fix2a_cell_borders_draw_the_columns_and_a_wrapped_cell_stays_one_row():
    words = [word("Eierkommune", 41, 100, size=7), word("Eierandel", 111, 100, size=7),
             word("Representant", 159, 100, size=7)]
    ys = [111.0]
    rows = (("Lierbakken", "kommune", "48", "Sverre", "Hamre"), ("Nordåsen", "kommune", "32", "Gunn", "Aalstad"),
            ("Vestby", "kommune", "20", "Per", "Lie"))
    for label, second, share, first, last in rows:
        top = ys[-1] + 4
        words += [word(label, 41, top, size=7), word(share, 111, top, size=7), word("%", 122, top, size=7),
                  word(first, 159, top, size=7), word(last, 159, top + 11, size=7), word(second, 41, top + 11, size=7)]
        ys.append(top + 24)
    # a name short enough for one line, ending just before its share: the alignment runs the two together
    top = ys[-1] + 4
    words += words_in_line("Nordland kommune", 41, top, size=7) + [
        word("10", 111, top, size=7), word("%", 122, top, size=7), word("Eli", 159, top, size=7),
        word("Dahl", 174, top, size=7)]
    ys.append(top + 13)
    # a facts box beside the table
    words += words_in_line("Stiftet 2010", 260, 104, size=7) + words_in_line("22 ansatte og 16 årsverk", 260, 116, size=7)
    tables = [t for t in find_tables(PageContent(1, 595, 842, words, _bordered_rules(ys))) if t.strategy == "ruled"]
    assert [r for t in tables for r in t.text_rows()] == [
        ["Eierkommune", "Eierandel", "Representant"],
        ["Lierbakken kommune", "48 %", "Sverre Hamre"],
        ["Nordåsen kommune", "32 %", "Gunn Aalstad"],
        ["Vestby kommune", "20 %", "Per Lie"],
        ["Nordland kommune", "10 %", "Eli Dahl"]]


def test_tables_h36_fix2a_rules_whole_across_keep_inferring_columns():
    """The minimal pair: whole rules (no pieces) leave the columns to the words' alignment."""
    words = [word("Eier", 41, 100), word("Andel", 200, 100)]
    ys = [112.0]
    for k, (name, share) in enumerate((("Lierbakken", "48"), ("Nordåsen", "32"), ("Vestby", "20"))):
        words += [word(name, 41, ys[-1] + 3), word(share, 200, ys[-1] + 3)]
        ys.append(ys[-1] + 16)
    (table,) = find_tables(PageContent(1, 595, 842, words, [hline(40, 230, y) for y in ys]))
    assert table.text_rows()[1:] == [["Lierbakken", "48"], ["Nordåsen", "32"], ["Vestby", "20"]]


def _justified(text: str, x0: float, x1: float, top: float, size: float = 9.0):
    """A justified line: its words spread so the last ends at ``x1``."""
    tokens = text.split()
    widths = [0.6 * size * len(t) for t in tokens]
    gap = (x1 - x0 - sum(widths)) / (len(tokens) - 1)
    out, x = [], x0
    for t, w in zip(tokens, widths):
        out.append(word(t, x, top, size))
        x += w + gap
    return out


def test_tables_h36_fix2a_justified_lead_above_an_unheaded_table_is_not_its_rows():
    words = _justified("Nordvik Arbeidssenter AS vart skipa i 1991 og er godkjend for NAV i", 40, 386, 60)
    words += _justified("fylket. Vi har 24 plassar i varig tilrettelagt arbeid og 12 plassar i", 40, 356, 72)
    words += words_in_line("arbeidsførebuande trening.", 40, 84, size=9)
    words += [word("Eigar", 40, 112, size=9), word("Eigardel", 340, 112, size=9)]
    words += [word("Nordvik", 40, 126, size=9), word("kommune", 80, 126, size=9), word("70", 362, 126, size=9),
              word("%", 375, 126, size=9)]
    words += [word("Austby", 40, 140, size=9), word("herad", 75, 140, size=9), word("30", 362, 140, size=9),
              word("%", 375, 140, size=9)]
    segments = [hline(40, 386, y) for y in (123.0, 137.0, 151.0)]
    rows = [r for t in find_tables(PageContent(1, 842, 595, words, segments)) for r in t.text_rows()]
    assert rows[0] == ["Eigar", "Eigardel"]
    assert not any("skipa" in c or "plassar" in c for r in rows for c in r)
