"""Layout leftovers of stop 37 (docs/phrasings.md §119): a sidebar's role words level with one-line
cells, a tinted header band over group heads (its rounded end cells), a one-row table under a
statement's heading; the shared prose test. Names, places and figures are invented."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.ingest.column_shapes import is_column_of_pieces
from extractor.ingest.layout import items_to_rows
from extractor.ingest.pdf_chars import Char
from extractor.ingest.pdf_drawing import rounded_box
from extractor.ingest.pdf_glyphs import rects_to_edges
from extractor.ingest.primitives import PageContent
from extractor.ingest.prose import mostly_lowercase, opens_lowercase, runs_on
from extractor.tables import find_tables, join_header_rows
from extractor.tables.base import DEFAULT_TOLERANCES
from extractor.tables.chunks import words_to_text_lines
from extractor.tables.single_rows import is_statement_title, single_row_tables
from extractor.tables.text_aligned import _labels_beside_lines

from test_tables_support import word, words_in_line

ROLES = ["STYRELEDER", "NESTLEDER", "STYREMEDLEM", "STYREMEDLEM", "VARAMEDLEM"]
NAMES = ["Hallvard Brekke, oppnevnt av Odda kommune", "Siri Tufte, oppnevnt av Vestland fylkeskommune",
         "Jorunn Hus, oppnevnt av Odda sogelag", "Einar Vik, valgt av de ansatte", "Tone Rørvik"]


def _role_rows(pitch: float = 20.0):
    """Small role words in a sidebar, each level with a name and its appointer in the main column."""
    words = []
    for k, (role, name) in enumerate(zip(ROLES, NAMES)):
        words += words_in_line(role, 60, 100 + k * pitch, size=7.5) + words_in_line(name, 190, 100 + k * pitch, size=9.5)
    return words


def test_prose_a_word_opens_at_its_first_letter():
    assert opens_lowercase("(leder)") and opens_lowercase("«sa»") and not opens_lowercase("Styret")
    assert not opens_lowercase("1 204")  # no letter: opens in none
    assert mostly_lowercase(["Styret", "har", "hatt", "12", "møter"], 0.5)
    assert not mostly_lowercase(["Kari", "Holm", "(leder)", "–"], 0.5)
    assert not mostly_lowercase(["12", "–"], 0.5)  # no word with letters: no sentence


def test_prose_lines_running_on_or_cells_opening_anew():
    running = ["Styret har i året hatt åtte møter og", "behandlet 41 saker, blant dem", "budsjettet for neste år."]
    cells = NAMES
    assert runs_on(words_in_line(t, 40, 100 + 12 * k) for k, t in enumerate(running))
    assert not runs_on(words_in_line(t, 40, 100 + 12 * k) for k, t in enumerate(cells))


def test_tables_h38_role_words_level_with_one_line_cells_are_no_column_of_pieces():
    """A sidebar's role words beside "Name, oppnevnt av ..." lines read as a column of pieces beside a
    letter: the names' column lost its roles. Lines that open anew, each level with a role, are cells."""
    words = _role_rows()
    rows = items_to_rows(words)
    assert not is_column_of_pieces(rows, 170.0, 300.0, 9.5)
    table = find_tables(PageContent(1, 595, 842, words, []), ("text",))
    assert [r[0] for r in table[0].text_rows()] == ROLES


def test_tables_h38_pieces_beside_a_letter_stay_pieces():
    """The minimal pair: the same pieces beside lines that run on (a letter) are a column of pieces."""
    letter = ["Året ga oss flere oppdrag enn noen gang, og vi", "takker alle som har bidratt gjennom året til",
              "at deltakerne fikk prøve seg i ekte arbeid hos", "kundene våre i hele regionen og i byen vår, og",
              "vi ser frem til et nytt år med mange nye oppdrag."]
    words = []
    for k, (role, line) in enumerate(zip(ROLES, letter)):
        words += words_in_line(role, 60, 100 + k * 12, size=7.5) + words_in_line(line, 190, 100 + k * 12, size=9.5)
    assert is_column_of_pieces(items_to_rows(words), 170.0, 300.0, 9.5)


def _word_rows(pairs):
    return [[words_in_line(a, 40, 100 + 20 * k), words_in_line(b, 190, 100 + 20 * k)] for k, (a, b) in enumerate(pairs)]


def test_tables_h38_labels_beside_one_line_cells_are_no_prose():
    assert _labels_beside_lines(_word_rows(zip(ROLES, NAMES)))
    # side-heads beside paragraphs: cells of several lines, running on
    para = [words_in_line("Styret har hatt åtte møter", 190, 100) + words_in_line("og behandlet 41 saker.", 190, 112)]
    sides = [[words_in_line(h, 40, 100 + 40 * k), [w for line in para for w in line]] for k, h in enumerate(["Styret", "Drift", "Miljø"])]
    assert not _labels_beside_lines(sides)
    # two columns of running text: no column of short labels
    prose = [("vi har i året hatt mange", "og behandlet 41 saker i"), ("oppdrag for kommunen og", "året, blant dem budsjettet")] * 2
    assert not _labels_beside_lines(_word_rows(prose))


BAND = (300.0, 100.0, 520.0, 118.0)


def _band_table() -> Table:
    edges = (300.0, 400.0, 430.0, 475.0, 520.0)
    cells = [Cell(t, Provenance(page=1, bbox=(a, 100.0, b, 118.0)))
             for t, a, b in zip(("", "Note", "2023", "2022"), edges, edges[1:])]
    return Table([cells], Provenance(page=1, bbox=BAND), "ruled", 0.9)


def _body(top: float) -> Table:
    spans = ((305.0, 390.0), (410.0, 418.0), (440.0, 470.0), (490.0, 518.0))
    rows = [("Billettinntekter", "", "6 418", "5 902"), ("Offentlige tilskudd", "2", "9 240", "8 815")]
    cells = [[Cell(t, Provenance(page=1, bbox=(a, top + 14 * r, b, top + 14 * r + 9))) for t, (a, b) in zip(row, spans)]
             for r, row in enumerate(rows)]
    return Table(cells, Provenance(page=1, bbox=(305.0, top, 518.0, top + 28)), "text", 0.8)


def test_tables_h38_group_head_between_a_band_and_its_body_is_a_row():
    """The bold group head under a tinted header band (no figure beside it) stood between the band's
    table and the text table; joined, the table's box covered it and the head was lost."""
    head = [word("Driftsinntekter", 305, 124, size=9.5, bold=True)]
    (table,) = join_header_rows([_band_table(), _body(142.0)], head)
    assert [r[0] for r in table.text_rows()] == ["", "Driftsinntekter", "Billettinntekter", "Offentlige tilskudd"]
    assert table.header_rows == 1
    # a sentence across the columns between them is no group head: the tables join as before, no row added
    prose = words_in_line("Tallene er i hele tusen kroner for begge år.", 305, 124, size=9.5)
    (joined,) = join_header_rows([_band_table(), _body(131.0)], prose)
    assert len(joined.rows) == 3


def _rounded(x0: float, y0: float, x1: float, y1: float, r: float) -> list[tuple[float, float]]:
    """A rounded rectangle's path points as a browser writes them: the straight ends and each
    corner's Bézier control points."""
    k = 0.45 * r
    return [(x0 + r, y0), (x1 - r, y0), (x1 - r + k, y0), (x1, y0 + r - k), (x1, y0 + r), (x1, y1 - r),
            (x1, y1 - r + k), (x1 - r + k, y1), (x1 - r, y1), (x0 + r, y1), (x0 + r - k, y1), (x0, y1 - r + k),
            (x0, y1 - r), (x0, y0 + r), (x0, y0 + r - k), (x0 + r - k, y0), (x0 + r, y0)]


def test_tables_h38_rounded_box_is_a_rounded_rectangle_not_a_circle():
    assert rounded_box(_rounded(10, 20, 110, 40, 5)) == (10, 20, 110, 40)
    c, r, k = (50.0, 50.0), 20.0, 11.0
    circle = [(c[0] + r, c[1]), (c[0] + r, c[1] + k), (c[0] + k, c[1] + r), (c[0], c[1] + r), (c[0] - k, c[1] + r),
              (c[0] - r, c[1] + k), (c[0] - r, c[1]), (c[0] - r, c[1] - k), (c[0] - k, c[1] - r), (c[0], c[1] - r),
              (c[0] + k, c[1] - r), (c[0] + r, c[1] - k), (c[0] + r, c[1])]
    assert rounded_box(circle) is None


def _chars(text: str, x0: float, top: float, size: float = 9.0) -> list[Char]:
    return [Char(ch, x0 + 5 * k, top, x0 + 5 * k + 5, top + size, "F", size, None, "ltr") for k, ch in enumerate(text)]


def test_tables_h38_rounded_end_cells_of_a_header_band_keep_their_edges():
    """A tinted band of column heads, its end cells' corners rounded: those cells are curves, which
    gave no edges, so the band lost its first and last column. Among a band's cells they are cells;
    a rounded tile alone with text is a background, as before."""
    cells = [((300.0, 100.0, 400.0, 118.0), True, True), ((400.0, 100.0, 460.0, 118.0), True, False),
             ((460.0, 100.0, 520.0, 118.0), True, True)]
    chars = _chars("Regnskap", 305, 104) + _chars("Note", 405, 104) + _chars("2023", 470, 104)
    assert len(rects_to_edges(cells, chars)) == 12
    tile = [((40.0, 300.0, 160.0, 340.0), True, True)]
    assert rects_to_edges(tile, _chars("Omsetning", 45, 310)) == []


@pytest.mark.parametrize("title, ok", [("Disponering av årsresultatet", True), ("Note 6 Egenkapital", True),
                                       ("Resultatregnskap 2023", True), ("Disponering av årsoverskotet", True),
                                       ("Kontakt oss", False), ("Året i tall", False)])
def test_tables_h38_statement_titles(title, ok):
    assert is_statement_title(title) is ok


def _heading(text: str, top: float = 100.0) -> list:
    """A bold heading in 11 pt."""
    return [replace(w, bold=True) for w in words_in_line(text, 40, top, size=11)]


def _page(heading: str, line: str, gap: float = 300.0):
    words = _heading(heading)
    label, figure = line.rsplit("  ", 1)
    words += words_in_line(label, 40, 118, size=9.5)
    words += words_in_line(figure, words[-1].x1 + gap, 118, size=9.5)
    return PageContent(1, 595, 842, words, [])


def test_tables_h38_one_row_table_under_a_statement_heading():
    page = _page("Disponering av årsresultatet", "Overført til annen egenkapital  972 358")
    lines = words_to_text_lines(page.words, DEFAULT_TOLERANCES)
    (table,) = single_row_tables(lines, set(), page)
    assert table.text_rows() == [["Overført til annen egenkapital", "972 358"]] and table.header_rows == 0
    assert find_tables(page, ("text",))[0].text_rows() == table.text_rows()


@pytest.mark.parametrize("heading, line, gap", [
    ("Kontakt oss", "Sentralbord  22 33 44 55", 300.0),  # no statement's heading
    ("Disponering av årsresultatet", "Overført til annen egenkapital  972 358", 8.0),  # a word space or so apart
])
def test_tables_h38_one_row_table_needs_its_heading_and_its_gap(heading, line, gap):
    page = _page(heading, line, gap)
    assert single_row_tables(words_to_text_lines(page.words, DEFAULT_TOLERANCES), set(), page) == []


def test_tables_h38_a_sentence_with_an_amount_under_the_heading_stays_text():
    words = _heading("Disponering av årsresultatet")
    words += words_in_line("Styret foreslår at årsresultatet på 972 358 kroner overføres til annen egenkapital.", 40, 118, 9.5)
    page = PageContent(1, 595, 842, words, [])
    assert find_tables(page, ("text",)) == []


def test_tables_h38_headings_beside_a_paragraphs_last_lines_stay_pieces():
    """A committee's heading and its members beside the other column's paragraphs (a page of two
    columns): the lines level with them end sentences ("Nygård.") and the pieces are no short
    labels; they stay a column of pieces, not a table's label column."""
    right = ["Tor Åsen (leder), Siv Ekren og Per Arne", "Nygård.", "Daglig leder Anne Bøe er ansatt i 80 %",
             "stilling og fører styrets protokoll."]
    left = {1: "Revisjonsutvalg", 2: "Ola Bergum (leder) og Eva Lien.", 3: "Valgkomité"}
    words = [w for k, t in enumerate(right) for w in words_in_line(t, 190, 100 + 12 * k, size=9.5)]
    words += [w for k, t in left.items() for w in words_in_line(t, 40, 100 + 12 * k, size=9.5)]
    assert is_column_of_pieces(items_to_rows(words), 180.0, 400.0, 9.5)
