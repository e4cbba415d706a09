"""h41-fixT (docs/phrasings.md §136): a heading over or under a table aligned by whitespace stays a
heading, headings side by side are two lines, a header cell wrapped at a space keeps the space, and
the tops of tinted columns are no header band. Made-up words and boxes."""
from __future__ import annotations

import pytest

from extractor.document import Cell, Provenance, Table
from extractor.ingest.backdrops import backdrops, header_bands
from extractor.ingest.row_sizes import side_headings
from extractor.tables.chunks import TextLine, line_to_chunks
from extractor.tables.header_hyphens import join_header_hyphens
from extractor.tables.titles import edge_headings

from test_tables_support import word

PROV = Provenance(page=1, bbox=(0, 0, 10, 10))


def _line(*cells: tuple[str, float], top: float, size: float = 9.0, bold: bool = False) -> TextLine:
    """A line of cells, each (text, x0), its words one space apart."""
    words = []
    for text, x in cells:
        for token in text.split():
            words.append(word(token, x, top, size, bold=bold))
            x = words[-1].x1 + 0.3 * size
    return TextLine(words, line_to_chunks(words, 1.2))


def _box_rows(top: float) -> list[TextLine]:
    return [_line(("Leder", 60), ("Tone Aasheim", 170), ("Sykkel", 320), ("Rune Li", 430), top=top + 16 * k)
            for k in range(4)]


def test_tables_edge_headings_bold_larger_line_over_the_rows():
    head = _line(("HOVEDSTYRET", 60), ("GRUPPELEDERE", 320), top=100, size=10.5, bold=True)
    assert edge_headings([head, *_box_rows(120)]) == [head]
    under = _line(("FRIVILLIGE", 60), top=190, size=10.5, bold=True)
    assert edge_headings([*_box_rows(120), under]) == [under]


@pytest.mark.parametrize("head", [
    _line(("Beløp i kroner", 60), ("2023", 330), ("2022", 430), top=100, size=10.5, bold=True),  # years over figures
    _line(("HOVEDSTYRET", 60), ("GRUPPELEDERE", 320), top=100, size=9.0, bold=True),  # the rows' own size
    _line(("Hovedstyret", 60), ("Gruppeledere", 320), top=100, size=10.5),  # not bold
    _line(("Medlemmer valgt på årsmøtet i mars", 60), top=100, size=10.5, bold=True),  # a sentence, not a heading
])
def test_tables_edge_headings_not_a_header_row(head):
    rows = [_line(("Salg", 60), ("1 200", 330), ("900", 430), top=120 + 16 * k) for k in range(3)]
    assert edge_headings([head, *rows]) == []


def test_tables_edge_headings_a_year_in_a_heading_over_words_only():
    head = _line(("UTSTILLINGAR I 2021", 60), ("FRIVILLIGE", 320), top=100, size=10.5, bold=True)
    assert edge_headings([*_box_rows(60), head]) == [head]


def test_row_sizes_side_headings_part_two_headings_far_apart():
    row = [word("HOVEDSTYRET", 60, 100, 10.5, bold=True), word("GRUPPELEDERE", 320, 100, 10.5, bold=True)]
    assert [[w.text for w in part] for part in side_headings(row, 9.0)] == [["HOVEDSTYRET"], ["GRUPPELEDERE"]]


@pytest.mark.parametrize(("texts", "size", "bold"), [
    (("HOVEDSTYRET", "GRUPPELEDERE"), 9.0, True),  # the body's size: a row of cells, not headings
    (("HOVEDSTYRET", "GRUPPELEDERE"), 10.5, False),  # not bold
    (("Nøkkeltall", "1 214"), 10.5, True),  # a figure beside it
])
def test_row_sizes_side_headings_other_rows_stay_one(texts, size, bold):
    row = [word(texts[0], 60, 100, size, bold=bold), word(texts[1], 320, 100, size, bold=bold)]
    assert len(side_headings(row, 9.0)) == 1


def _cell(text: str, lines: tuple[str, ...] = ()) -> Cell:
    return Cell(text, PROV, lines=lines)


@pytest.mark.parametrize(("glued", "lines", "label"), [
    ("Representantskapet", ("Representant", "skapet"), "Representantskapet"),  # not told from "Antall" / "aksjer"
    ("Budsjett", ("Budsjet", "t"), "Budsjett"),  # a word too wide for its column leaves a stub
    ("Regnskap 2023", ("Regnskap", "2023"), "Regnskap 2023"),
    ("Eierandel", ("Eierande", "l"), "Eierandel"),
])
def test_tables_header_cell_glued_where_a_word_broke(glued, lines, label):
    rows = [[_cell("Aksjonær"), _cell(glued, lines)], [_cell("Lia kommune"), _cell("1 200")]]
    table = join_header_hyphens(Table(rows, PROV, "text", 0.9, header_rows=1))
    assert table.text_rows()[0] == ["Aksjonær", label]


def test_tables_body_cell_glued_by_a_forced_break_stays_glued():
    rows = [[_cell("Aksjonær"), _cell("Aksjer")], [_cell("Renholdskonferanse", ("Renholdskonferans", "e")), _cell("1 200")]]
    table = join_header_hyphens(Table(rows, PROV, "text", 0.9, header_rows=1))
    assert table.text_rows()[1][0] == "Renholdskonferanse"


def _row(top: float, xs=(60.0, 290.0, 360.0, 450.0, 540.0)) -> list[tuple[float, float, float, float]]:
    return [(a, top, b, top + 18.0) for a, b in zip(xs, xs[1:])]


def test_backdrop_tops_of_tinted_columns_are_no_header_band():
    # the note and figure columns shaded cell by cell down the statement, the label column white
    cells = [c for k in range(4) for c in _row(200.0 + 18 * k)[1:]]
    chars = sorted([(209.0, 100.0, 9.0, "Beløp"), (209.0, 325.0, 9.0, "Note"), (209.0, 405.0, 9.0, "2023"),
                    (209.0, 495.0, 9.0, "2022")] + [(227.0 + 18 * k, 495.0, 9.0, "1200") for k in range(3)])
    assert header_bands([[0, 1, 2]], cells, chars) == []
    assert backdrops(cells, chars) == set(range(len(cells)))


def test_backdrop_fact_box_shaded_cell_by_cell_keeps_its_first_row_band():
    # a fact box: every cell shaded, the label column too, nothing unshaded beside its first row
    cells = [c for k in range(4) for c in _row(200.0 + 18 * k, xs=(60.0, 140.0, 230.0))]
    chars = sorted([(209.0, 100.0, 9.0, "Etablert"), (209.0, 185.0, 9.0, "1996")]
                   + [(227.0 + 18 * k, 100.0, 9.0, "Ansatte") for k in range(3)])
    assert header_bands([[0, 1]], cells, chars) == [[0, 1]]


def test_backdrop_header_band_over_zebra_stripes_stays_a_band():
    # a tinted band of heads, the first body row striped right under it, the next row white
    band, stripe, later = _row(200.0)[1:], _row(218.0)[1:], _row(254.0)[1:]
    chars = sorted([(209.0, 325.0, 9.0, "Note"), (209.0, 405.0, 9.0, "2023"), (209.0, 495.0, 9.0, "2022"),
                    (227.0, 495.0, 9.0, "1200"), (263.0, 495.0, 9.0, "900")])
    assert header_bands([[0, 1, 2]], band + stripe + later, chars) == [[0, 1, 2]]


def test_tables_edge_headings_not_cards_names_going_on_under():
    # an e-signature grid or a row of cards: the names in bold go on in the rows under them
    names = _line(("Nilsen, Geir Olav", 60), ("Jakobsen, Tone", 320), top=100, size=10.5, bold=True)
    roles = _line(("Rolle: Styreleder", 60), ("Rolle: Nestleder", 320), top=116)
    more = _line(("Olsen, Mats", 60), ("Eliassen, Sunniva", 320), top=140, size=10.5, bold=True)
    assert edge_headings([names, roles, more, _line(("Rolle: Medlem", 60), ("Rolle: Medlem", 320), top=156)]) == []
    five = _line(("Øystein", 60), ("Kirsti", 160), ("Pål", 260), ("Hilde", 360), ("Vebjørn", 460), top=100,
                 size=10.5, bold=True)
    rows = [_line(("Styreleder", 60), ("Nestleder", 160), ("Medlem", 260), ("Medlem", 360), ("Medlem", 460),
                  top=116 + 14 * k) for k in range(2)]
    assert edge_headings([five, *rows]) == []


def test_row_sizes_side_headings_not_a_row_of_five_names():
    row = [word(name, 40 + 110 * k, 100, 10.5, bold=True) for k, name in enumerate(("Øystein", "Kirsti", "Pål",
                                                                                      "Hilde", "Vebjørn"))]
    assert len(side_headings(row, 9.0)) == 1


def test_tables_edge_headings_not_names_on_cards():
    names = _line(("Lise Bergum Haug", 60), ("Jon Arne Sveen", 320), top=100, size=10.5, bold=True)
    roles = [_line(("Styremedlem valgt av", 60), ("Varamedlem", 320), top=116), _line(("de ansatte", 60), top=128)]
    assert edge_headings([names, *roles]) == []
    row = [word("Lise", 60, 100, 10.5, bold=True), word("Haug", 90, 100, 10.5, bold=True),
           word("Jon", 320, 100, 10.5, bold=True), word("Sveen", 345, 100, 10.5, bold=True)]
    assert len(side_headings(row, 9.0)) == 1
