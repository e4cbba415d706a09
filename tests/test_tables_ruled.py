"""Ruled tables: grids from drawn lines, merged cells, partial rulings, forced word breaks."""
from __future__ import annotations

import pytest

from extractor.ingest.primitives import PageContent
from extractor.tables import find_tables
from extractor.tables.base import DEFAULT_TOLERANCES, LAYOUT
from extractor.tables.grids import grid_to_regions, segments_to_grids
from extractor.tables.ruled import RuledStrategy

from test_tables_support import hline, pdf_pages, vline, word, words_in_line


@pytest.fixture(scope="module")
def asker(corpus_dir):
    return pdf_pages(corpus_dir / "asker-produkt-2022.pdf")


def test_tables_ruled_asker_page4_two_tables_with_title_rows(asker):
    tables = find_tables(asker[3])
    assert [t.strategy for t in tables] == ["ruled", "ruled"]
    first = tables[0]
    title = first.rows[0]
    assert title[0].text == "Kompetanseutvikling ordinært ansatte i Asker Produkt i 2022"
    assert title[0].col_span == 4 and all(c.merged and c.text == "" for c in title[1:])
    assert first.text_rows()[1] == ["Fag", "Deltakere", "Varighet", "Dato"]
    assert first.header_rows == 1
    assert first.pages == [4] and first.prov.page == 4
    assert all(c.prov.page == 4 and c.prov.bbox for row in first.rows for c in row)
    assert 0.9 <= first.confidence <= 1.0


def test_tables_ruled_forced_word_breaks_are_glued(asker):
    rows = [" | ".join(r) for t in find_tables(asker[3]) for r in t.text_rows()]
    assert any(r.startswith("Renholdskonferanse | Husøkonom | 2 dager | Oktober") for r in rows)
    assert any("Unge utviklingshemmede og løsninger mot arbeidslivet" in r for r in rows)
    assert any("kompetanseprogram, en samling" in r for r in rows)
    assert any(r.startswith("Erfaringsgruppemøte OKvekst") for r in rows)
    # a break at a space stays a space, even when the first word filled the line
    assert any(r.startswith("Leverandør konferansen, NAV") for r in rows)


def test_tables_ruled_aft_keeps_real_hyphens_and_headers(asker):
    (table,) = find_tables(asker[7])
    header = table.text_rows()[1]
    assert header[0] == "Plasser"
    assert header[1] == "Overgang til arbeid eller utdanning"
    assert header[3] == "Andel i intern arbeids-trening"
    assert table.text_rows()[2] == ["12 faste plasser,", "64%", "100%", "46%", "54%", "51 uker", "30 uker"]
    assert table.header_rows == 2


def test_tables_ruled_missing_inner_line_gives_spans():
    # 3x3 grid; the line between (1,0) and (2,0) is missing, and the top row has no inner verticals
    xs, ys = [100, 200, 300, 400], [100, 120, 140, 160]
    segments = [hline(100, 400, y) for y in (100, 120, 160)] + [hline(200, 400, 140)]
    segments += [vline(100, 100, 160), vline(400, 100, 160)] + [vline(x, 120, 160) for x in (200, 300)]
    words = [word("Title", 105, 105)]
    words += [word("Merged", 105, 130), word("a", 205, 125), word("b", 305, 125), word("c", 205, 145), word("d", 305, 145)]
    page = PageContent(1, 612, 792, words, segments)
    (grid,) = segments_to_grids(segments, DEFAULT_TOLERANCES)
    assert grid.xs == xs and grid.ys == ys
    assert (1, 0, 3, 1) in grid_to_regions(grid, DEFAULT_TOLERANCES)
    (table,) = RuledStrategy().find(page)
    assert table.rows[0][0].col_span == 3
    assert table.rows[1][0].text == "Merged" and table.rows[1][0].row_span == 2
    assert table.rows[2][0].merged and table.rows[2][0].text == ""
    assert table.text_rows()[2][1:] == ["c", "d"]


def test_tables_ruled_only_horizontal_rules_take_columns_from_words():
    segments = [hline(80, 500, y) for y in (100, 120, 140, 160)]
    words = []
    for top, cells in ((105, ("Navn", "Rolle", "Antall")), (125, ("Kari", "Leder", "3")), (145, ("Ola", "Medlem", "12"))):
        for x, text in zip((85, 250, 420), cells):
            words.append(word(text, x, top))
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert table.strategy == "ruled"
    assert table.text_rows() == [["Navn", "Rolle", "Antall"], ["Kari", "Leder", "3"], ["Ola", "Medlem", "12"]]
    assert table.header_rows == 1


def test_tables_ruled_booktabs_body_is_split_per_line():
    segments = [hline(80, 500, y) for y in (100, 120, 182)]  # top, under the header, bottom
    words = [word("Post", 85, 105), word("2022", 420, 105)]
    for i, (label, value) in enumerate((("Salg", "100"), ("Kostnader", "80"), ("Resultat", "20"))):
        words += [word(label, 85, 125 + 18 * i), word(value, 420, 125 + 18 * i)]
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert table.text_rows() == [["Post", "2022"], ["Salg", "100"], ["Kostnader", "80"], ["Resultat", "20"]]


@pytest.mark.parametrize(
    "segments",
    [
        [hline(0, 40, 10), vline(30, 0, 24), hline(0, 40, 20), vline(10, 0, 24)],  # crop marks at the sheet edge
        [hline(80, 500, 100), hline(80, 500, 200), vline(80, 100, 200), vline(500, 100, 200)],  # a framed paragraph
    ],
)
def test_tables_ruled_frames_and_marks_are_not_tables(segments):
    words = words_in_line("Dette er en vanlig setning i en ramme rundt teksten.", 90, 110)
    words += words_in_line("Den fortsetter på neste linje uten noen kolonner.", 90, 124)
    words += [word("14773", 2, 2, size=6), word("vi", 25, 2, size=6)]
    assert find_tables(PageContent(1, 612, 792, words, segments)) == []


def test_tables_ruled_wins_over_text_in_same_area(asker):
    tables = find_tables(asker[9])
    assert [t.strategy for t in tables] == ["ruled"]
    assert tables[0].text_rows()[0] == ["Dato", "Tema"]
    assert ["19.04.22", "Etiske dilemma"] in tables[0].text_rows()


def test_tables_ruled_rules_around_prose_are_not_a_table():
    """Separator rules with prose between them, and one aligned pair of lines, stay text."""
    segments = [hline(80, 500, y) for y in (100, 160, 220, 280)]
    words = []
    for band_top in (105, 225):
        for i in range(3):
            words += words_in_line("Dette er vanlig tekst som går over hele bredden av siden her.", 85, band_top + 14 * i)
    words += [word("Styreleder:", 85, 170), word("Kari Nordmann", 250, 170)]
    words += [word("Nestleder:", 85, 184), word("Ola Nordmann", 250, 184)]
    tables = find_tables(PageContent(1, 612, 792, words, segments))
    assert all(t.strategy == "text" for t in tables)
    assert [r[0] for t in tables for r in t.text_rows()] == ["Styreleder:", "Nestleder:"]


def test_tables_ruled_heading_rules_over_text_and_cards_are_not_a_table():
    """A web page printed: a rule under each heading, then a paragraph, and under two of them a
    grid of cards (name over role): the cards are tables, the paragraphs are not cut at the
    cards' columns into a table with them."""
    rules_at = (100, 230, 360, 490, 560)
    segments = [hline(80, 530, y) for y in rules_at]
    words = []
    for band_top in rules_at[:-1]:
        for i in range(2):
            words += words_in_line("Stiftinga vart skipa i 1991 for å ta vare på naust og båtar langs fjorden i bygda.",
                                   85, band_top + 5 + 14 * i)
    for band_top in rules_at[:3]:
        for k, (name, role) in enumerate([("Kari Holm", "Styreleiar"), ("Per Dal", "Nestleiar"), ("Eli Vik", "Styremedlem"),
                                          ("Ola Lid", "Styremedlem"), ("Siv Moe", "Varamedlem")]):
            x, top = 85 + 150 * (k % 3), band_top + 45 + 36 * (k // 3)
            words += words_in_line(name, x, top) + words_in_line(role, x, top + 12)
    tables = find_tables(PageContent(1, 612, 792, words, segments))
    assert not any("skipa" in cell for t in tables for row in t.text_rows() for cell in row)
    assert ["Kari Holm", "Per Dal", "Eli Vik"] in [row for t in tables for row in t.text_rows()]


def _statement_line(top: float, cells: tuple[str, ...], xs=(85, 160, 360, 440)) -> list:
    words = []
    for x, text in zip(xs, cells):
        words += words_in_line(text, x, top) if text else []
    return words


def test_tables_ruled_statement_ruled_under_sums_keeps_header_and_first_lines():
    """Rules only under "Sum" lines: the title above stays out, the two-line header ("Budsjett"
    over "2025") and the items above the first rule come in, one row per line."""
    words = words_in_line("Resultatregnskap", 85, 40, size=14) + words_in_line("Eksempel Forening 2024", 85, 60)
    words += _statement_line(88, ("", "", "", "Budsjett"))
    rows = [("Konto", "Post", "2024", "2025"), ("3100", "Salgsinntekt", "120 000,00", "130 000,00"),
            ("3900", "Annen inntekt", "4 500,00", "5 000,00"), ("", "Sum driftsinntekter", "124 500,00", "135 000,00"),
            ("5000", "Lønn", "60 000,00", "70 000,00"), ("6800", "Kontor", "9 500,00", "10 000,00"),
            ("", "Sum driftskostnader", "69 500,00", "80 000,00"), ("", "Driftsresultat", "55 000,00", "55 000,00")]
    for i, cells in enumerate(rows):
        words += _statement_line(100 + 14 * i, cells)
    segments = [hline(80, 500, 100 + 14 * i + 12) for i in (3, 6, 7)]  # under the sums and the result
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert table.strategy == "ruled"
    assert table.text_rows() == [["", "", "", "Budsjett"], *[list(r) for r in rows]]


def test_tables_ruled_grand_total_under_the_last_rule_with_the_longest_label_is_taken_in():
    """Rules over each sum (a cell's top border), none under the last: the grand total below the
    last rule has a label longer than every label inside, running past the label column's
    inferred edge; it is still the statement's last row, its label whole."""
    rows = [("Bankinnskudd", "41 200", "38 900"), ("Sum eiendeler", "41 200", "38 900"),
            ("Annen egenkapital", "30 100", "29 000"), ("Sum egenkapital", "30 100", "29 000"),
            ("Leverandørgjeld", "11 100", "9 900"), ("Sum gjeld", "11 100", "9 900"),
            ("Sum egenkapital og gjeld i alt", "41 200", "38 900")]
    words = []
    for i, cells in enumerate(rows):
        words += _statement_line(100 + 15 * i, cells, xs=(60, 250, 300))
    segments = [hline(55, 335, 100 + 15 * i - 2) for i in (1, 3, 5, 6)]  # over the sums
    tables = find_tables(PageContent(1, 612, 792, words, segments))
    assert [list(r) for r in rows] == [row for t in tables for row in t.text_rows() if any(row)][-7:]


def test_tables_ruled_statement_grid_does_not_take_in_a_chart_above():
    """Marks of a chart read by OCR ("|", "°") above a ruled-under-sums statement stay out."""
    words = [word("|", 90, 60), word("631", 200, 60), word("°", 300, 60)]
    rows = [("", "Kundefordringer", "", "66 812"), ("", "Sum eiendeler", "", "66 812"),
            ("", "Egenkapital", "", "60 000"), ("", "Sum egenkapital og gjeld", "", "66 812")]
    for i, cells in enumerate(rows):
        words += _statement_line(100 + 14 * i, cells)
    segments = [hline(80, 500, 100 + 14 * i + 12) for i in (1, 3)] + [hline(80, 500, 96)]
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert [r for r in table.text_rows()] == [["Kundefordringer", "66 812"], ["Sum eiendeler", "66 812"],
                                              ["Egenkapital", "60 000"], ["Sum egenkapital og gjeld", "66 812"]]


def test_tables_ruled_heading_between_stacked_sum_rules_splits_the_grid():
    # two statements whose sum rules share one extent stack into one grid; the larger heading
    # between them cuts it in two and stays out of both
    segments = [hline(80, 500, y) for y in (140, 180, 280, 320)]
    words = []
    for top, (label, value) in zip((122, 145, 162, 185), (("Salg", "100"), ("Sum inntekter", "100"),
                                                          ("Kostnader", "80"), ("Resultat", "20"))):
        words += [word(label, 85, top), word(value, 420, top)]
    words += [word("Balanse", 85, 210, size=13.0), word("31.12.", 140, 210, size=13.0)]
    for top, (label, value) in zip((228, 245, 260, 285, 300), (("Note", "2023"), ("Bygninger", "50"), ("Bank", "30"),
                                                          ("Sum eiendeler", "80"), ("Egenkapital", "80"))):
        words += [word(label, 85, top), word(value, 420, top)]
    tables = RuledStrategy().find(PageContent(1, 612, 792, words, segments))
    assert len(tables) == 2
    cells = [c for t in tables for row in t.text_rows() for c in row]
    assert not any("Balanse" in c for c in cells)
    assert tables[0].prov.bbox[3] < 215 < tables[1].prov.bbox[1]


def test_tables_ruled_group_title_inside_a_statement_keeps_the_grid():
    # a larger "Eiendeler" over the statement's rows opens no new period header: no cut
    segments = [hline(80, 500, y) for y in (140, 200, 240)]
    words = [word("Note", 85, 105), word("2023", 420, 105), word("Eiendeler", 85, 122, size=13.0)]
    for top, (label, value) in zip((145, 165, 185, 215), (("Bygninger", "50"), ("Bank", "30"),
                                                          ("Sum", "80"), ("Egenkapital", "80"))):
        words += [word(label, 85, top), word(value, 420, top)]
    assert len(RuledStrategy().find(PageContent(1, 612, 792, words, segments))) == 1


def _box(x0, top, x1, bottom) -> list:
    return [hline(x0, x1, top), hline(x0, x1, bottom), vline(x0, top, bottom), vline(x1, top, bottom)]


def test_tables_ruled_frame_round_prose_and_a_table_is_no_table():
    """A web page's box drawn round a paragraph and a ruled table: the table is read once, the
    frame (whose rows would run the prose and the table's cells together) not at all."""
    segments = _box(60, 90, 540, 300)
    segments += [hline(80, 400, y) for y in (160, 180, 200, 220)] + [vline(x, 160, 220) for x in (80, 240, 400)]
    words = words_in_line("Selskapet er eigd av tre kommunar med desse eigardelane:", 85, 110)
    for top, (name, share) in zip((165, 185, 205), (("Eigar", "Eigardel"), ("Nordvik", "60 %"), ("Sørvik", "40 %"))):
        words += [word(name, 85, top), word(share, 245, top)]
    (table,) = RuledStrategy().find(PageContent(1, 612, 792, words, segments))
    assert table.text_rows() == [["Eigar", "Eigardel"], ["Nordvik", "60 %"], ["Sørvik", "40 %"]]



def _right_aligned(text: str, right: float, top: float) -> list:
    """``text`` set so that it ends at ``right`` (a figure in a right-aligned cell)."""
    return words_in_line(text, right - 6.0 * len(text), top)


def test_tables_ruled_left_aligned_year_under_its_header_stays_in_the_figures_column():
    """Rules only under the sums, the header cells left-aligned and the figures right-aligned:
    the cut between the note column and the first figures column, set midway between their
    words, would run through "Regnskap" and leave the short "2024" under it in the note
    column; it moves to the header's left edge, and each year heads its own figures."""
    words = words_in_line("Note", 225, 88) + words_in_line("Regnskap", 275, 88) + words_in_line("Regnskap", 375, 88)
    words += words_in_line("2024", 275, 100) + words_in_line("2023", 375, 100)
    rows = [("Salgsinntekt", "", "1 412", "1 351"), ("Tilskudd", "2", "180", "240"),
            ("Sum driftsinntekter", "", "1 592", "1 591"), ("Lønn", "3", "1 250", "1 170"),
            ("Sum driftskostnader", "", "1 250", "1 170"), ("Driftsresultat", "", "342", "421")]
    for i, (label, note, this, last) in enumerate(rows):
        top = 114 + 14 * i
        words += words_in_line(label, 85, top) + (words_in_line(note, 240, top) if note else [])
        words += _right_aligned(this, 365, top) + _right_aligned(last, 465, top)
    segments = [hline(80, 470, 114 + 14 * i + 12) for i in (2, 4, 5)]
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert table.strategy == "ruled"
    assert table.text_rows()[:3] == [["", "Note", "Regnskap", "Regnskap"], ["", "", "2024", "2023"],
                                     ["Salgsinntekt", "", "1 412", "1 351"]]


def _layout_page(box_lines: tuple[str, ...]) -> PageContent:
    """A Word page laid out in a ruled one-row table: the title and its lead-in on the left, a
    boxed list on the right, then running text under the table."""
    segments = _box(54, 56, 540, 180) + [vline(340, 56, 180)]
    words = words_in_line("Sameiet Lindebakken", 60, 62, size=20) + words_in_line("Hageby", 60, 89, size=20)
    words += words_in_line("Årsberetning for 2022 til sameiermøtet", 60, 119)
    for i, text in enumerate(box_lines):
        words += words_in_line(text, 350, 64 + 12 * i)
    words += words_in_line("Sameiet består av 36 seksjoner i to bygg fra 1998 og et garasjeanlegg.", 60, 200)
    return PageContent(1, 612, 792, words, segments)


BOARD_BOX = ("Styret 2022/2023", "Styreleder: Eli Vang", "Styremedlem: Per Dokk", "Styremedlem: Siv Ruud",
             "Varamedlem: Ola Hefte", "Forretningsfører:", "Boligbygg AS")


def test_tables_ruled_one_row_laying_out_text_is_marked_layout():
    """Two cells in one ruled row, one holding a column of lines: a page laid out, not data. The
    table comes back marked, so the reader takes its words as text (``sidebars.layout_cells``)."""
    (table,) = RuledStrategy().find(_layout_page(BOARD_BOX))
    assert table.strategy == LAYOUT


def test_tables_ruled_one_row_of_short_cells_stays_a_table():
    (table,) = RuledStrategy().find(_layout_page(BOARD_BOX[:3]))
    assert table.strategy == "ruled"


def test_tables_ruled_boxed_list_whose_rows_line_up_stays_a_table():
    """A board boxed with one column rule and no row rules: seven lines in each cell, each role
    on its name's row. A table whose rows the finder cuts line by line, not a page laid out."""
    segments = _box(54, 56, 540, 150) + [vline(200, 56, 150)]
    words = []
    for i, (role, name) in enumerate((("Styreleder", "Eli Vang"), ("Nestleder", "Per Dokk"), ("Styremedlem", "Siv Ruud"),
                                      ("Styremedlem", "Ask Lie"), ("Styremedlem", "Tor Bø"), ("Varamedlem", "Ola Hefte"),
                                      ("Varamedlem", "Mia Sand"))):
        words += words_in_line(role, 60, 62 + 12 * i) + words_in_line(name, 210, 62 + 12 * i)
    (table,) = RuledStrategy().find(PageContent(1, 612, 792, words, segments))
    assert table.strategy == "ruled" and table.text_rows()[0] == ["Styreleder", "Eli Vang"] and len(table.rows) == 7


def test_tables_ruled_shaded_header_band_is_not_read_twice():
    """A header row shaded cell by cell over a statement ruled only under its lines: the shading's
    grid repeats the statement's first row, which the statement's grid takes in from above, and
    is left out, so no header-only table stands between a statement and its continuation."""
    segments = [s for x0, x1 in ((80, 300), (300, 370), (370, 440)) for s in _box(x0, 98, x1, 113)]
    segments += [hline(80, 440, y) for y in (128, 146, 161)]
    words = [word("Beløp i kr", 85, 102), word("2023", 305, 102), word("2022", 375, 102)]
    for top, cells in ((116, ("Bankinnskudd", "120 400", "98 100")), (131, ("Kundefordringer", "20 400", "8 100")),
                       (148, ("Sum eiendeler", "140 800", "106 200"))):
        words += [word(cells[0], 85, top), word(cells[1], 305, top), word(cells[2], 375, top)]
    (table,) = RuledStrategy().find(PageContent(1, 612, 792, words, segments))
    assert table.text_rows()[0] == ["Beløp i kr", "2023", "2022"] and len(table.rows) == 4


def test_tables_ruled_figures_set_midway_beside_a_two_line_label_are_one_row():
    """A label wrapped in its cell ("Tilskot frå" / "fylkeskommunen") with its two years' figures
    centred between the two lines: one row, not a label-only row over a row of figures."""
    segments = [hline(80, 500, y) for y in (100, 118, 190)]
    words = [word("Post", 85, 104), word("2021", 360, 104), word("2020", 440, 104)]
    words += [word("Salsinntekter", 85, 122), word("1 200", 360, 122), word("1 100", 440, 122)]
    words += words_in_line("Tilskot frå", 85, 136) + [word("340", 360, 142), word("300", 440, 142)]
    words += [word("fylkeskommunen", 85, 148)]
    words += [word("Sum", 85, 164), word("1 540", 360, 164), word("1 400", 440, 164)]
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert table.text_rows() == [["Post", "2021", "2020"], ["Salsinntekter", "1 200", "1 100"],
                                 ["Tilskot frå fylkeskommunen", "340", "300"], ["Sum", "1 540", "1 400"]]


def test_tables_ruled_section_rule_crossing_a_box_frames_no_text():
    # a framed key-figures box at the right, crossed by a rule under the text beside it: the text
    # (a contents line, a heading) is no cell of the box's grid
    box = [hline(360, 540, 108), hline(360, 540, 208), vline(360, 108, 208), vline(540, 108, 208)]
    segments = box + [hline(54, 540, 184)]
    (grid,) = segments_to_grids(segments, DEFAULT_TOLERANCES)
    assert grid.xs == [360, 540]
    words = words_in_line("Innhold: Styret 1 · Regnskap 2", 54, 120) + words_in_line("Daglig leder har ordet", 54, 168)
    words += words_in_line("48 VTA-plasser", 370, 120) + words_in_line("37,4 årsverk", 370, 190)
    assert find_tables(PageContent(1, 612, 792, words, segments)) == []


def test_tables_ruled_first_column_framed_by_row_rules_alone_stays():
    # inner verticals only: the rows' rules run on past them and frame the first column
    segments = [hline(80, 400, y) for y in (100, 120, 140)] + [vline(x, 100, 140) for x in (200, 300)]
    words = []
    for top, cells in ((105, ("Leder", "Kari Li", "2025")), (125, ("Medlem", "Ola Dahl", "2026"))):
        words += [word(text, x, top) for text, x in zip(cells, (85, 205, 305))]
    (table,) = find_tables(PageContent(1, 612, 792, words, segments))
    assert table.text_rows() == [["Leder", "Kari Li", "2025"], ["Medlem", "Ola Dahl", "2026"]]
