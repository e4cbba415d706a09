"""Hairline tables of designer reports from the sixty-sixth held-out set's kinds (docs/phrasings.md
§114): two tables of one width, one above the other, each ruled only by its cells' own bottom
borders, a heading and a paragraph between them; the board's a "Verv | Navn | Personlig
varamedlem" table. Names are invented."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables

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
    (a word processor's: the columns from the words, the same in both tables): the sentence
    between the tables parts them (and the heading above it stays out of both)."""
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


def _run(x: float, top: float, text: str, size: float = 8.0) -> list:
    return words_in_line(text, x, top, size=size)


_NOTES_LEFT = ((95, "Note 1 Prinsipper", 8.8), (112, "Regnskapet er avlagt etter regnskapsloven og god", 7.9),
               (124, "regnskapsskikk. Renovasjonen drives etter", 7.9), (136, "selvkostprinsippet.", 7.9),
               (161, "Note 2 Inntekter", 8.8), (179, "Gebyrene fastsettes av kommunestyrene etter", 7.9),
               (191, "forslag fra representantskapet.", 7.9), (215, "Note 3 Lønn", 8.8),
               (233, "Selskapet har ytelsesbasert pensjon i KLP. Lønn til", 7.9))


def test_tables_h37_fix66_note_table_in_its_column_beside_notes():
    """Notes in two columns of short headings and a few lines, a table of the right one whose rows
    fall between the lines of the left (other line heights): the table is the right column's, no
    line of the left a cell of it."""
    from extractor.ingest.column_tables import column_tables
    from extractor.tables.base import DEFAULT_TOLERANCES

    words = [w for top, text, size in _NOTES_LEFT for w in _run(45, top, text, size=size)]
    words += _run(308, 84, "Note 4 Driftsmidler", size=8.8)
    rows = (("", "Bygg", "Biler"), ("Bokført 1.1.", "50 118", "12 640"), ("Tilgang", "1 102", "7 352"),
            ("Avskrivninger", "3 010", "3 200"), ("Salg", "0", "1 890"), ("Bokført 31.12.", "48 210", "14 902"))
    for k, (label, a, b) in enumerate(rows):
        top = 104 + 14.5 * (k > 0) + 12.2 * max(k - 1, 0)
        words += (_run(311, top, label, 7.9) if label else []) + _run(445 - 4.74 * len(a), top, a, 7.9)
        words += _run(546 - 4.74 * len(b), top, b, 7.9)
    words += _run(308, 196, "Note 5 Bank", size=8.8) + _run(308, 214, "Bundne skattetrekksmidler utgjør 1 118 tusen.", 7.9)
    tables = column_tables(PageContent(1, 595, 842, words), DEFAULT_TOLERANCES)
    assert [t.text_rows() for t in tables] == [[list(r) for r in rows]]


@pytest.mark.parametrize("lines, sentences", [
    (("regnskapsskikk. Renovasjonen drives etter", "selvkostprinsippet.", "Note 2 Inntekter"), True),
    (("Lønnskostnader", "Andre driftskostnader", "Avskrivninger på varige driftsmidler"), False),  # labels
    (("kostnadene steg med 12 400 kroner.",), False),  # a figure: a statement's line, not the column's
    (("Økonomiansvarlig og klubbkontakt", "SoMe, dugnad og utstyrsansvarlig", "Web og markedsansvarlig"), False),
    (("Sum eiendeler inkl. mva",), False),  # an abbreviation's stop ends no sentence
])
def test_tables_h37_fix66_sentences_beside_a_table(lines, sentences):
    from extractor.ingest.column_tables import _sentences
    from extractor.tables.base import DEFAULT_TOLERANCES

    rows = [_run(45, 100 + 12 * k, text) for k, text in enumerate(lines)]
    assert _sentences(rows, DEFAULT_TOLERANCES) is sentences


def test_tables_h37_fix66_header_flush_right_over_figures_is_cut_at_their_edges():
    """A header set flush right over its figures, one word space between its cells ("Bygg og
    anlegg Maskiner og kjøretøy" over "50 118  12 640"): cut where a word ends on a figure column's
    right edge."""
    from extractor.tables.chunks import split_under_columns, words_to_text_lines
    from extractor.tables.base import DEFAULT_TOLERANCES

    figures = _run(310, 120, "Bokført") + _run(400, 120, "50 118") + _run(480, 120, "12 640")
    first, second = figures[2].x1, figures[4].x1  # the figure columns' right edges
    cell = _run(0, 105, "Bygg og anlegg")
    head = _run(first - cell[-1].x1, 105, "Bygg og anlegg")  # flush right: "anlegg" ends on the first column's edge
    head += _run(head[-1].x1 + 8.0, 105, "Maskiner")
    assert abs(head[2].x1 - first) < 0.01 and head[-1].x1 < second
    lines = words_to_text_lines(head + figures, DEFAULT_TOLERANCES)
    split_under_columns(lines, DEFAULT_TOLERANCES)
    assert [" ".join(w.text for w in c) for c in lines[0].chunks] == ["Bygg og anlegg", "Maskiner"]


def test_tables_h37_fix66_sidebar_page_headings_end_the_runs():
    """A sidebar's role words level with names in the main column, its small title level with the
    page's heading (bold, twice the rows' size), and a second heading with nothing beside it over
    the staff: the headings are no rows, the board's and the staff's rows two tables."""
    from extractor.tables.base import DEFAULT_TOLERANCES
    from extractor.tables.chunks import words_to_text_lines
    from extractor.tables.text_runs import lines_to_runs

    def bold(text, x, top, size):
        return [replace(w, bold=True) for w in _run(x, top, text, size)]

    words = _run(17, 47, "ORGANISASJON", 7.5) + bold("Styret", 139, 47, 20.0)
    top = 90.0
    for role, name in (("STYRELEDER", "Rita Moe"), ("NESTLEDER", "Odd Lia"), ("VARAMEDLEM", "Eli Vik")):
        words += _run(17, top, role) + _run(139, top, name)
        top += 18
    words += bold("Ansatte", 139, top + 12, 14.0)
    top += 40
    for role, name in (("DAGLIG LEDER", "Per Dal"), ("KONSERVATOR", "Siv Ask")):
        words += _run(17, top, role) + _run(139, top, name)
        top += 18
    runs = lines_to_runs(words_to_text_lines(words, DEFAULT_TOLERANCES), DEFAULT_TOLERANCES)
    assert [[" ".join(w.text for w in ln.words) for ln in run] for run in runs] == [
        ["STYRELEDER Rita Moe", "NESTLEDER Odd Lia", "VARAMEDLEM Eli Vik"],
        ["DAGLIG LEDER Per Dal", "KONSERVATOR Siv Ask"]]


def test_tables_h37_fix66_a_header_row_set_large_and_bold_stays_the_tables():
    """The minimal pair of the sidebar page: a statement's header row set large and bold ("Note |
    2024 | 2023"), no smaller chunk beside it, is the table's first row, no heading."""
    from extractor.tables.base import DEFAULT_TOLERANCES
    from extractor.tables.chunks import words_to_text_lines
    from extractor.tables.text_runs import lines_to_runs

    words = [replace(w, bold=True) for w in _run(300, 60, "Note", 13.0) + _run(380, 60, "2024", 13.0)
             + _run(450, 60, "2023", 13.0)]
    for k, (label, a, b) in enumerate((("Salgsinntekt", "120 500", "98 400"), ("Annen inntekt", "4 500", "3 900"),
                                       ("Sum driftsinntekter", "125 000", "102 300"))):
        words += _run(75, 80 + 14 * k, label, 9.0) + _run(380, 80 + 14 * k, a, 9.0) + _run(450, 80 + 14 * k, b, 9.0)
    runs = lines_to_runs(words_to_text_lines(words, DEFAULT_TOLERANCES), DEFAULT_TOLERANCES)
    assert [" ".join(w.text for w in run[0].words) for run in runs] == ["Note 2024 2023"]


def test_tables_h37_fix66_key_figure_tiles_with_large_units_stay_rows():
    """Tiles whose first row holds a label, a unit set large and bold and a figure ("under 19 år |
    mill. | 200"): a row of the tiles, no heading beside a sidebar's title."""
    from extractor.tables.base import DEFAULT_TOLERANCES
    from extractor.tables.chunks import words_to_text_lines
    from extractor.tables.text_runs import lines_to_runs

    big = [replace(w, bold=True) for w in _run(306, 60, "mill.", 30.0) + _run(433, 60, "200", 30.0)]
    words = _run(180, 70, "under 19 år", 8.5) + big
    words += _run(306, 100, "i omsetning", 8.5) + _run(433, 100, "dugnadstimer", 8.5)
    words += [replace(w, bold=True) for w in _run(180, 115, "46", 30.0) + _run(306, 115, "96 %", 30.0)]
    words += _run(180, 150, "trenere", 8.5) + _run(306, 150, "av trenerne har", 8.5)
    runs = lines_to_runs(words_to_text_lines(words, DEFAULT_TOLERANCES), DEFAULT_TOLERANCES)
    assert [" ".join(w.text for w in run[0].words) for run in runs][:1] == ["under 19 år mill. 200"]
